/**
 * `npm run bench`, part two: what a clerk who keeps the extension installed
 * feels on Case.net all day. Every figure is the same browser with and
 * without the extension in the same run, alternating, medians; the pages are
 * made here (served at https://www.courts.mo.gov/__bench/… by route), so the
 * replica is not shaped for them. Writes test/artifacts/bench-clerk.json.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReplica } from '../replica/server.mjs';
import { chromiumArgs, findChromium } from '../scripts/chromium.mjs';
import { launch, type Harness } from '../e2e/harness';

/** Budgets a run fails on. */
const BUDGET = {
  ordinaryCpuRatio: 1.1, // 150 ordinary court pages, CPU of all the browser's processes
  docketAddedScriptMs: 5, // a 5,000-row docket: script time the extension adds to its load
  tickingScriptRatio: 1.2, // the docket with a clock ticking for 20 s
  lateFormMs: 500, // a form appearing long after load, with no input: until the panel names its step
};

interface Row {
  measure: string;
  without: string;
  with: string;
  value: string;
  budget: string;
  ok: boolean | null;
}
const rows: Row[] = [];
const results: Record<string, unknown> = {};
const fmt = (n: number, unit: string) => `${n.toFixed(n < 10 ? 2 : 0)} ${unit}`;
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

let replica: { port: number; close(): Promise<void> };
let bareDir: string;
let bare: BrowserContext;
let ext: Harness;

// ---------------------------------------------------------------------------------------------
// pages a clerk meets: none of them is a registration screen except the late form

const SITE = `<header><a href="/">Your Missouri Courts</a>
<form action="/search" role="search"><input name="q" placeholder="Search courts.mo.gov"><button>Go</button></form>
<nav><a href="/casenet/">Case.net</a> <a href="/ecf/">eFiling</a> <a href="/help">Help</a></nav></header>`;
const page = (title: string, body: string, script = '') =>
  `<!DOCTYPE html><html><head><title>${title}</title></head><body>${SITE}${body}<script>${script}</script></body></html>`;
const rows5000 = Array.from(
  { length: 5000 },
  (_, i) =>
    `<tr><td>${String(i).padStart(5, '0')}</td><td>2026-0${(i % 9) + 1}-1${i % 10}</td><td>Docket entry ${i}: Notice filed by party</td><td>Circuit Clerk</td></tr>`,
).join('');
/** About 6 ms of the page's own script a second, as a busy court page has. */
const OWN_WORK = `setInterval(() => { const t = performance.now(); while (performance.now() - t < 6) {} }, 1000);`;
const PAGES: Record<string, string> = {
  ordinary: page(
    'Case.net: Case Header',
    '<h1>Case Header</h1><p>16AC-CC00123 - State v. Doe</p><table><tr><td>Judge</td><td>Hon. Smith</td></tr></table>',
  ),
  docket: page('Case.net: Docket Entries', `<h1>Docket Entries</h1><table>${rows5000}</table>`),
  ticking: page(
    'Case.net: Docket Entries',
    `<h1>Docket Entries</h1><p>Updated <span id="clock"></span></p><table>${rows5000}</table>`,
    `setInterval(() => { document.getElementById('clock').textContent = new Date().toLocaleTimeString(); }, 1000); ${OWN_WORK}`,
  ),
  scroll: page(
    'Case.net: Search Results',
    '<h1>Search Results</h1><table><tbody id="rows"></tbody></table>',
    `let n = 0; setInterval(() => { const b = document.getElementById('rows'); for (let i = 0; i < 50; i++, n++) b.insertAdjacentHTML('beforeend', '<tr><td>Case ' + n + '</td><td>Filed</td><td><a href="#">Open</a></td></tr>'); }, 500);`,
  ),
  form1500: page(
    'Court Data Request',
    `<h1>Statistics request</h1><form>${Array.from({ length: 1500 }, (_, i) => `<p><label for="f${i}">Count ${i}</label> <input id="f${i}" name="count${i}"></p>`).join('')}</form>`,
  ),
  late: page(
    'Missouri eFiling',
    '<h1>Loading…</h1><p id="clock"></p><div id="app"></div>',
    `setInterval(() => { document.getElementById('clock').textContent = String(Date.now()); }, 100);
     setTimeout(() => {
       document.querySelector('h1').textContent = 'Group User Authentication';
       document.getElementById('app').innerHTML = '<form><label for="g">Group Name</label> <select id="g"><option>Department of Social Services</option></select>' +
         '<label for="p">PIN</label> <input id="p" type="password"><label for="u">User Information</label> <textarea id="u"></textarea><button>Submit</button></form>';
       window.__shownAt = performance.now();
     }, 3000);`,
  ),
};

async function routePages(context: BrowserContext) {
  await context.route('https://www.courts.mo.gov/__bench/**', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop()!.replace(/\.do$/, '');
    return route.fulfill({
      status: 200,
      contentType: 'text/html',
      body: PAGES[name] ?? page('Not found', '<h1>Not found</h1>'),
    });
  });
}

// ---------------------------------------------------------------------------------------------
// measuring

/** CPU time (ms) of every process of the browser whose profile is `dir`: the browser, renderers, GPU, the worker. */
function browserCpuMs(dir: string): number {
  const procs = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  const info = new Map<number, { ppid: number; ticks: number; cmd: string }>();
  for (const p of procs) {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      info.set(Number(p), {
        ppid: Number(f[1]),
        // utime + stime, and cutime + cstime: what its children that ended (a closed tab's renderer) used.
        ticks: Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]),
        cmd: readFileSync(`/proc/${p}/cmdline`, 'utf8'),
      });
    } catch {
      // a process that ended meanwhile
    }
  }
  const roots = [...info].filter(([, v]) => v.cmd.includes(dir) && !v.cmd.includes('--type=')).map(([pid]) => pid);
  const mine = new Set(roots);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, v] of info) if (!mine.has(pid) && mine.has(v.ppid)) (mine.add(pid), (grew = true));
  }
  return [...mine].reduce((sum, pid) => sum + info.get(pid)!.ticks, 0) * 10; // 100 ticks a second
}

/**
 * A new page whose main-thread script time (its own scripts and the extension's content scripts) is
 * counted from before it loads: `scriptMs()` reads the total so far.
 */
async function meteredPage(context: BrowserContext): Promise<{ p: Page; scriptMs: () => Promise<number> }> {
  const p = await context.newPage();
  const cdp = await context.newCDPSession(p);
  await cdp.send('Performance.enable');
  const scriptMs = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'ScriptDuration')!.value * 1000;
  };
  return { p, scriptMs };
}

function compare(
  measure: string,
  without: number[],
  withExt: number[],
  unit: string,
  budget?: { ratio?: number; added?: number; paired?: true },
) {
  // Paired: each round's two runs met the same moments of the machine (taking turns, back to back, or
  // at the same time), so their ratio or difference shares its load of then; the median of those is
  // what other work on the machine moves least. The table then shows that median pair itself.
  const pairValue = (i: number) =>
    budget?.added !== undefined ? withExt[i]! - without[i]! : withExt[i]! / without[i]!;
  const middle = budget?.paired
    ? [...without.keys()].sort((a, b) => pairValue(a) - pairValue(b))[Math.floor(without.length / 2)]!
    : -1;
  const w = middle >= 0 ? without[middle]! : med(without);
  const x = middle >= 0 ? withExt[middle]! : med(withExt);
  const ratio = w > 0 ? x / w : 1;
  const added = x - w;
  const ok =
    budget?.ratio !== undefined ? ratio <= budget.ratio : budget?.added !== undefined ? added <= budget.added : null;
  rows.push({
    measure,
    without: fmt(w, unit),
    with: fmt(x, unit),
    value: budget?.added !== undefined ? `+${fmt(added, unit)}` : `${ratio.toFixed(2)} ×`,
    budget:
      budget?.ratio !== undefined
        ? `≤ ${budget.ratio} ×`
        : budget?.added !== undefined
          ? `≤ +${budget.added} ${unit}`
          : '',
    ok,
  });
  results[measure] = { without, with: withExt, ratio, added };
  return { ratio, added };
}

beforeAll(async () => {
  replica = await startReplica({ port: 0 });
  bareDir = mkdtempSync(join(tmpdir(), 'mo-bench-bare-'));
  bare = await chromium.launchPersistentContext(bareDir, {
    executablePath: findChromium()!,
    headless: true,
    ignoreHTTPSErrors: true,
    args: chromiumArgs(replica).filter((a) => !a.includes('extension')),
  });
  ext = await launch({ replica });
  await routePages(bare);
  await routePages(ext.context);
}, 60_000);

afterAll(async () => {
  await bare?.close();
  await ext?.dispose();
  await replica?.close();
  mkdirSync('test/artifacts', { recursive: true });
  writeFileSync(
    'test/artifacts/bench-clerk.json',
    `${JSON.stringify({ when: new Date().toISOString(), results, rows }, null, 2)}\n`,
  );
  const w = [44, 11, 11, 10, 12];
  const line = (r: Omit<Row, 'ok'> & { ok: string }) =>
    `${r.measure.padEnd(w[0]!)} ${r.without.padStart(w[1]!)} ${r.with.padStart(w[2]!)} ${r.value.padStart(w[3]!)} ${r.budget.padStart(w[4]!)}  ${r.ok}`;
  console.log(
    [
      '',
      line({
        measure: 'measure (median; paired: the median pair)',
        without: 'without',
        with: 'with',
        value: 'value',
        budget: 'budget',
        ok: '',
      }),
      ...rows.map((r) => line({ ...r, ok: r.ok === null ? '' : r.ok ? 'ok' : 'MISSED' })),
    ].join('\n'),
  );
});

describe("a clerk's day with the extension installed", () => {
  it('150 ordinary court pages: at most 1.1× the CPU of the same browser without the extension', async () => {
    const five = (
      process.env.BENCH_PATHS ?? '/__bench/ordinary.do,/,/ecf/help.do,/__bench/docket.do,/casenet/cases/searchCases.do'
    ).split(',');
    const paths = [...five, ...five];
    // One tab in each browser for the whole day, as a clerk keeps one: its renderer lives on, so every
    // round counts it whole (a closed tab's renderer was counted only once the browser had reaped it).
    const browsers = [
      { context: bare, dir: bareDir },
      { context: ext.context, dir: ext.userDataDir },
    ];
    const tabs = await Promise.all(browsers.map((b) => b.context.newPage()));
    /**
     * One round: the two browsers take turns page by page, so both meet the same moments of the
     * machine (its other work, its clock), and the round's CPU of each is compared. Rounds of each
     * browser's pages in a row moved 10-15% apart for the same browser twice over (the machine, not
     * the browser); page by page, a few per cent.
     */
    const round = async (bareFirst: boolean) => {
      const before = browsers.map((b) => browserCpuMs(b.dir));
      const order = bareFirst ? [0, 1] : [1, 0];
      for (const path of paths)
        for (const i of order) await tabs[i]!.goto(`https://www.courts.mo.gov${path}`, { waitUntil: 'load' });
      await tabs[0]!.waitForTimeout(300); // let what the last pages started finish, as the next click would
      return browsers.map((b, i) => browserCpuMs(b.dir) - before[i]!);
    };
    // One round first, not counted: both browsers' first loads compile and cache what a clerk's day
    // then reuses (the day is what is measured, not the browser's start).
    await round(true);
    const without: number[] = [];
    const withExt: number[] = [];
    // 15 rounds of the pages twice over (150 pages in each browser): the median of the 15 paired
    // ratios, which one round disturbed by other work cannot move.
    for (let r = 0; r < 15; r++) {
      // Which browser goes first alternates, so neither always follows the other's leftovers.
      const [a, b] = await round(r % 2 === 0);
      without.push(a!);
      withExt.push(b!);
    }
    const { ratio } = compare('150 ordinary court pages: CPU of all processes', without, withExt, 'ms', {
      ratio: BUDGET.ordinaryCpuRatio,
      paired: true,
    });
    expect(ratio).toBeLessThanOrEqual(BUDGET.ordinaryCpuRatio);
    for (const tab of tabs) await tab.close();
  }, 300_000);

  it('a 5,000-row docket: the extension adds at most 5 ms of script to its load', async () => {
    const load = async (context: BrowserContext) => {
      const { p, scriptMs } = await meteredPage(context);
      await p.goto('https://www.courts.mo.gov/__bench/docket.do', { waitUntil: 'load' });
      await p.waitForTimeout(500);
      const ms = await scriptMs();
      await p.close();
      return ms;
    };
    const without: number[] = [];
    const withExt: number[] = [];
    // Back to back, which goes first alternating; the figure is the median of the 9 pairs' differences.
    for (let i = 0; i < 9; i++) {
      if (i % 2 === 0) without.push(await load(bare));
      withExt.push(await load(ext.context));
      if (i % 2 === 1) without.push(await load(bare));
    }
    const { added } = compare('5,000-row docket: script to load', without, withExt, 'ms', {
      added: BUDGET.docketAddedScriptMs,
      paired: true,
    });
    expect(added).toBeLessThanOrEqual(BUDGET.docketAddedScriptMs);
  }, 120_000);

  it('the docket with a ticking clock for 20 s costs at most 1.2× its own script', async () => {
    const tick = async (context: BrowserContext) => {
      const { p, scriptMs } = await meteredPage(context);
      await p.goto('https://www.courts.mo.gov/__bench/ticking.do', { waitUntil: 'load' });
      await p.waitForTimeout(500);
      const start = await scriptMs();
      await p.waitForTimeout(20_000);
      const ms = (await scriptMs()) - start;
      await p.close();
      return ms;
    };
    // Three 20 s windows, the two browsers' at the same time: each pair meets the same moments of
    // whatever else the machine does (one after the other, a window was at its mercy alone).
    const without: number[] = [];
    const withExt: number[] = [];
    for (let i = 0; i < 3; i++) {
      const [a, b] = await Promise.all([tick(bare), tick(ext.context)]);
      without.push(a);
      withExt.push(b);
    }
    const { ratio } = compare('docket + ticking clock, 20 s: script', without, withExt, 'ms', {
      ratio: BUDGET.tickingScriptRatio,
      paired: true,
    });
    expect(ratio).toBeLessThanOrEqual(BUDGET.tickingScriptRatio);
  }, 240_000);

  it('an infinite-scroll result list and a 1,500-box form while scrolling (reported)', async () => {
    const stream = async (context: BrowserContext) => {
      const { p, scriptMs } = await meteredPage(context);
      await p.goto('https://www.courts.mo.gov/__bench/scroll.do', { waitUntil: 'load' });
      const start = await scriptMs();
      await p.waitForTimeout(10_000);
      const ms = (await scriptMs()) - start;
      await p.close();
      return ms;
    };
    const scrollForm = async (context: BrowserContext) => {
      const { p, scriptMs } = await meteredPage(context);
      await p.goto('https://www.courts.mo.gov/__bench/form1500.do', { waitUntil: 'load' });
      // This page has boxes of its own: with the extension the recogniser has looked (and shows no panel).
      await p.waitForTimeout(1_000);
      const start = await scriptMs();
      await p.evaluate(
        () =>
          new Promise<void>((done) => {
            const until = performance.now() + 2800;
            const step = () => (
              window.scrollBy(0, 40),
              performance.now() < until ? requestAnimationFrame(step) : done()
            );
            requestAnimationFrame(step);
          }),
      );
      const ms = (await scriptMs()) - start;
      await p.close();
      return ms;
    };
    const w1 = [await stream(bare)];
    const x1 = [await stream(ext.context)];
    compare('infinite scroll (50 rows / 500 ms), 10 s: script', w1, x1, 'ms');
    const w2 = [await scrollForm(bare), await scrollForm(bare)];
    const x2 = [await scrollForm(ext.context), await scrollForm(ext.context)];
    const { ratio } = compare('1,500-box form, 2.8 s of scrolling: script', w2, x2, 'ms');
    expect(Number.isFinite(ratio)).toBe(true);
  }, 180_000);

  it('a form that appears 3 s after load, with no input and a clock ticking every 100 ms, is recognised within 500 ms', async () => {
    const latencies: number[] = [];
    for (let i = 0; i < 3; i++) {
      const p = await ext.context.newPage();
      await p.goto('https://www.courts.mo.gov/__bench/late.do', { waitUntil: 'load' });
      const handle = await p.waitForFunction(
        () => {
          const shownAt = (window as unknown as { __shownAt?: number }).__shownAt;
          const heading =
            document.querySelector('mo-efiling-assistant')?.shadowRoot?.querySelector('h2')?.textContent ?? '';
          return shownAt !== undefined && heading.includes('Step 19') ? performance.now() - shownAt : 0;
        },
        undefined,
        { polling: 'raf', timeout: 15_000 },
      );
      latencies.push((await handle.jsonValue()) as number);
      await p.close();
    }
    const latency = med(latencies);
    results.lateFormMs = latencies;
    rows.push({
      measure: 'late form, no input: recognised after',
      without: '',
      with: fmt(latency, 'ms'),
      value: fmt(latency, 'ms'),
      budget: `≤ ${BUDGET.lateFormMs} ms`,
      ok: latency <= BUDGET.lateFormMs,
    });
    expect(latency).toBeLessThanOrEqual(BUDGET.lateFormMs);
  }, 120_000);
});
