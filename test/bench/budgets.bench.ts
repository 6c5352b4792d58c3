/**
 * `npm run bench`: the extension's speed and size against its budgets, in
 * real Chromium on the replica. Prints a table, writes test/artifacts/bench.json,
 * and fails (non-zero exit) when a budget is missed. Not part of `npm test`:
 * timings belong here, not in unit tests. CI runs it after the tests.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProfileInputSchema, splitSecrets } from '@/lib/profile/profile';
import { valuesForScreen } from '@/lib/profile/profile-values';
import { startReplica } from '../replica/server.mjs';
import { EXTENSION_DIR, chromiumArgs, findChromium } from '../scripts/chromium.mjs';
import { launch, stopServiceWorkers, type Harness } from '../e2e/harness';
import { MANIFEST, SCREEN_IDS, VARIANTS } from '../support/replica';
import { PROFILE } from '../e2e/profiles';

const BUDGET = {
  // Slowest screen against a plain look at the same page (measured 13-15× here): regressions of
  // the order that once put the docket at 100 ms fail, the noise of a busy machine does not.
  recognitionRatio: 30,
  fillRatio: 3, // largest screen, against the bare loop
  contentGzipKb: 12,
  // 25 until 0.3.0: the popup now checks every answer against the one protocol (zod/mini), about 8 kB.
  popupGzipKb: 27,
  popupFirstRenderMs: 100, // real progress shown, warm worker, above a one-line page's first paint
  rosterRatio: 8, // 1,000 codes in the page against the same crypto done bare (measured 3.1-5.7× across runs)
};

const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface Row {
  measure: string;
  value: string;
  budget: string;
  ok: boolean;
}
const rows: Row[] = [];
const results: Record<string, unknown> = {};
const record = (measure: string, value: number | string, unit: string, budget?: number, ok = true) => {
  rows.push({
    measure,
    value: typeof value === 'number' ? `${value.toFixed(value < 10 ? 3 : 1)} ${unit}` : value,
    budget: budget === undefined ? '' : `≤ ${budget} ${unit}`,
    ok,
  });
};

let replica: { port: number; close(): Promise<void> };
let bare: BrowserContext;
let benchScript: string;

const kb = (bytes: number) => bytes / 1024;
const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

beforeAll(async () => {
  replica = await startReplica({ port: 0 });
  const out = await build({
    entryPoints: ['test/bench/page-bench.ts'],
    bundle: true,
    format: 'iife',
    write: false,
    minify: true,
  });
  benchScript = out.outputFiles[0]!.text;
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  // A browser WITHOUT the extension, for the in-page timings and as the baseline for heap and long tasks.
  bare = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'mo-bench-')), {
    executablePath: findChromium()!,
    headless: true,
    ignoreHTTPSErrors: true,
    args: chromiumArgs(replica).filter((a) => !a.includes('extension')),
  });
}, 60_000);

afterAll(async () => {
  await bare?.close();
  await replica?.close();
  mkdirSync('test/artifacts', { recursive: true });
  writeFileSync(
    'test/artifacts/bench.json',
    `${JSON.stringify({ when: new Date().toISOString(), results, rows }, null, 2)}\n`,
  );
  const w = [34, 16, 14];
  const line = (a: string, b: string, c: string, d: string) =>
    `${a.padEnd(w[0]!)} ${b.padStart(w[1]!)} ${c.padStart(w[2]!)}  ${d}`;
  console.log(
    [
      '',
      line('measure', 'value', 'budget', ''),
      ...rows.map((r) => line(r.measure, r.value, r.budget, r.budget ? (r.ok ? 'ok' : 'MISSED') : '')),
    ].join('\n'),
  );
});

async function benchPage(path: string): Promise<Page> {
  const page = await bare.newPage();
  await page.goto(`https://www.courts.mo.gov${path}`);
  await page.addScriptTag({ content: benchScript });
  return page;
}

describe('budgets', () => {
  it('recognises every screen within a few plain looks at the same page', async () => {
    // Each page timed whole, and against the floor of looking at it (a plain loop reading what any
    // recogniser must read: __moBench.look), alternating on the same page in the same run. A page
    // that shows two screens at once does both screens' work in one look: its ratio is per screen.
    const times: Record<string, number> = {};
    const ratios: Record<string, number> = {};
    for (const screen of SCREEN_IDS) {
      for (const variant of VARIANTS) {
        const page = await benchPage(`/ecf/__replica/screen/${screen}?variant=${variant}&seed=3`);
        const r = await page.evaluate(() => {
          const b = (window as any).__moBench;
          const look = b.look(25).median;
          const detected = b.detect(25);
          return { ...detected, look: Math.min(look, b.look(25).median) };
        });
        expect(r.screens).toContain(screen);
        times[`${screen} (${variant})`] = r.median;
        ratios[`${screen} (${variant})`] = r.median / r.look / r.screens.length;
        await page.close();
      }
    }
    results.recognitionMs = times;
    results.recognitionRatioPerScreen = ratios;
    const worst = Math.max(...Object.values(ratios));
    results.slowestScreen = Object.entries(ratios).find(([, t]) => t === worst)?.[0];
    const sorted = Object.values(times).sort((a, b) => a - b);
    record('recognition, median over pages', sorted[Math.floor(sorted.length / 2)]!, 'ms');
    record('recognition, slowest page', sorted[sorted.length - 1]!, 'ms');
    record(
      'recognition ÷ plain look, slowest per screen',
      worst,
      '×',
      BUDGET.recognitionRatio,
      worst <= BUDGET.recognitionRatio,
    );
    expect(worst).toBeLessThanOrEqual(BUDGET.recognitionRatio);
  });

  it('fills the largest screen within 3× the bare loop', async () => {
    const { data, secrets } = splitSecrets(ProfileInputSchema.parse(PROFILE));
    const sizes = Object.fromEntries(SCREEN_IDS.map((s) => [s, Object.keys(MANIFEST[s].a.expected).length]));
    const largest = SCREEN_IDS.reduce((a, b) => (sizes[b]! > sizes[a]! ? b : a));
    const out: Record<string, unknown> = {};
    for (const variant of VARIANTS) {
      const page = await benchPage(`/ecf/__replica/screen/${largest}?variant=${variant}&seed=3`);
      const values = valuesForScreen({ ...data, billingAddress: data.billingAddress }, secrets, largest);
      const r = await page.evaluate(([s, v]) => (window as any).__moBench.fill(s, v, 60), [largest, values] as const);
      expect(r.filled).toBe(r.fields);
      const ratio = r.ours / r.bare;
      out[variant] = { ...r, ratio };
      record(`fill ${largest} (${variant}): ${r.fields} fields, ${r.boxes} boxes`, r.ours, 'ms');
      record(`bare loop, same writes (${variant})`, r.bare, 'ms');
      record(`fill ÷ bare loop (${variant})`, ratio, '×', BUDGET.fillRatio, ratio <= BUDGET.fillRatio);
      expect(ratio).toBeLessThanOrEqual(BUDGET.fillRatio);
      await page.close();
    }
    results.fill = { screen: largest, ...out };
  });

  it('keeps the content script and the popup small', () => {
    const content = `${EXTENSION_DIR}/gate.js`;
    const contentRaw = readFileSync(content).length;
    const contentGz = gz(content);
    const panel = `${EXTENSION_DIR}/assistant-ui.js`;
    const html = readFileSync(`${EXTENSION_DIR}/popup.html`, 'utf8');
    const files = [...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => `${EXTENSION_DIR}/${m[1]}`);
    const popupRaw = files.reduce((n, f) => n + readFileSync(f).length, 0);
    const popupGz = files.reduce((n, f) => n + gz(f), 0);
    results.sizes = {
      contentRaw,
      contentGz,
      panelRaw: readFileSync(panel).length,
      panelGz: gz(panel),
      popupRaw,
      popupGz,
      popupFiles: files,
    };
    record('content script, raw', kb(contentRaw), 'kB');
    record('content script, gzip', kb(contentGz), 'kB', BUDGET.contentGzipKb, kb(contentGz) <= BUDGET.contentGzipKb);
    record('panel + filler (on demand), gzip', kb(gz(panel)), 'kB');
    record('popup (html, js, css), raw', kb(popupRaw), 'kB');
    record('popup, gzip', kb(popupGz), 'kB', BUDGET.popupGzipKb, kb(popupGz) <= BUDGET.popupGzipKb);
    expect(kb(contentGz)).toBeLessThanOrEqual(BUDGET.contentGzipKb);
    expect(kb(popupGz)).toBeLessThanOrEqual(BUDGET.popupGzipKb);
  });

  it('renders the popup quickly, and costs the page little and nothing once idle', async () => {
    const h: Harness = await launch({ replica });
    try {
      // First contentful paint of the popup, and of a one-line page in the same browser: the floor
      // every page pays here (process, parser, compositor), which no extension can lower.
      const fcp = async (url: string) => {
        const page = await h.context.newPage();
        await page.goto(url);
        await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
        const t = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]!.startTime);
        await page.close();
        return t;
      };
      // What the person waits for is their progress, not the first paint: the time until the popup
      // lists the steps with their state (from the background), warm and with the worker stopped.
      const progressShown = async (cold: boolean) => {
        const page = await h.context.newPage();
        if (cold) {
          await page.goto(h.popupUrl);
          await stopServiceWorkers(page);
        }
        await page.goto(h.popupUrl);
        const t = await page.waitForFunction(
          () => (document.querySelector('li[data-step="1"][data-status]') ? performance.now() : 0),
          undefined,
          { polling: 'raf' },
        );
        const value = (await t.jsonValue()) as number;
        await page.close();
        return value;
      };
      const warm: number[] = [];
      const cold: number[] = [];
      const floorPaints: number[] = [];
      for (let i = 0; i < 7; i++) {
        floorPaints.push(await fcp('data:text/html,<h1>Floor</h1>'));
        warm.push(await progressShown(false));
        cold.push(await progressShown(true));
      }
      const floor = med(floorPaints);
      // Each warm popup against the floor measured just before it: the pair shares the machine's moment.
      const firstRender = Math.max(0, med(warm.map((w, i) => w - floorPaints[i]!)));
      results.popupProgressMs = { warm, cold, floor: floorPaints };
      record('one-line page first paint (floor)', floor, 'ms');
      record('popup shows progress, worker warm', med(warm), 'ms');
      record('popup shows progress, worker stopped', med(cold), 'ms');
      record(
        'popup progress above the floor (warm)',
        firstRender,
        'ms',
        BUDGET.popupFirstRenderMs,
        firstRender <= BUDGET.popupFirstRenderMs,
      );

      // The same court page with and without the extension: long tasks and heap.
      const measure = async (context: BrowserContext) => {
        const page = await context.newPage();
        await page.addInitScript(() => {
          (window as any).__long = [];
          new PerformanceObserver((l) => (window as any).__long.push(...l.getEntries().map((e) => e.duration))).observe(
            {
              type: 'longtask',
              buffered: true,
            },
          );
        });
        await page.goto('https://www.courts.mo.gov/ecf/registration/addressPhone.do?variant=a');
        await page.waitForTimeout(7_000); // past the page watcher's idle time
        const cdp = await context.newCDPSession(page);
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('Performance.enable');
        const { metrics } = await cdp.send('Performance.getMetrics');
        const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')!.value;
        const longTasks: number[] = await page.evaluate(() => (window as any).__long);
        const watching = await page
          .locator('mo-efiling-assistant')
          .getAttribute('data-watching')
          .catch(() => null);
        await page.close();
        return { heap, longTasks, watching };
      };
      const without = await measure(bare);
      const withExt = await measure(h.context);
      const added = withExt.heap - without.heap;
      results.page = { without, with: withExt, heapAddedBytes: added };
      record('JS heap added on a court page', kb(added), 'kB');
      record('long tasks (with / without extension)', `${withExt.longTasks.length} / ${without.longTasks.length}`, '');
      const idle = withExt.watching === 'idle';
      rows.push({
        measure: 'observers left once idle',
        value: idle ? 'none' : `watching: ${withExt.watching}`,
        budget: 'none',
        ok: idle,
      });
      expect(firstRender).toBeLessThanOrEqual(BUDGET.popupFirstRenderMs);
      expect(withExt.watching).toBe('idle');
    } finally {
      await h.dispose();
    }
  }, 180_000);

  it('makes 1,000 roster codes in the browser within a small multiple of the crypto they need', async () => {
    const lines = ['First name,Last name,E-mail,Position,Department,Supervisor'];
    for (let i = 0; i < 1000; i++)
      lines.push(`Person${i},"Doe, ${i}",person${i}@dss.mo.gov,Clerk,"Children's Division",Ann Smith`);
    const page = await benchPage('/__replica/');
    const runs: { codes: number; ours: number; floor: number }[] = [];
    for (let run = 0; run < 3; run++) {
      runs.push(
        await page.evaluate(([csv, pass]) => (window as any).__moBench.roster(csv, pass), [
          lines.join('\n'),
          'correct horse battery',
        ] as const),
      );
    }
    await page.close();
    for (const r of runs) expect(r.codes).toBe(1000);
    const ratio = med(runs.map((r) => r.ours / r.floor));
    results.roster = runs;
    record('roster: 1,000 codes in the page', med(runs.map((r) => r.ours)), 'ms');
    record('roster: the same crypto, bare', med(runs.map((r) => r.floor)), 'ms');
    record('roster ÷ bare crypto', ratio, '×', BUDGET.rosterRatio, ratio <= BUDGET.rosterRatio);
    expect(ratio).toBeLessThanOrEqual(BUDGET.rosterRatio);
  });
});
