/**
 * The pieces the benchmark times inside a real page, bundled on their own
 * (test/bench/budgets.bench.ts builds this with esbuild and injects it):
 * the same detector and filler the extension runs, and the bare loop that
 * is the physical floor for writing the same values with the same events.
 */
import { detect } from '@/lib/recognise/screens';
import { classifyControls } from '@/lib/recognise/classify';
import { insertFill } from '@/lib/fill/insert';
import { planFill } from '@/lib/fill/plan';
import { collectPage } from '@/lib/page/collect';
import type { ScreenId } from '@/lib/procedure/procedure';
import type { ScreenValues } from '@/lib/profile/profile-values';
import { isVisibleField } from '@/lib/page/visibility';
import { parseGroupProfile } from '@/lib/profile/group-profile';
import { parseRoster, rosterCodes } from '@/lib/sharing/roster';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Empty every control, so each run writes into the same blank form. */
function clear() {
  for (const el of document.querySelectorAll<Control>('input, select, textarea')) {
    if (el.type === 'hidden' || el.type === 'submit' || el.type === 'button') continue;
    if (el.tagName === 'SELECT') (el as HTMLSelectElement).selectedIndex = 0;
    else if (el.type === 'checkbox') (el as HTMLInputElement).checked = false;
    else el.value = '';
  }
}

function fire(el: Element, type: string) {
  el.dispatchEvent(new Event(type, { bubbles: true }));
}

const bench = {
  /** Batches of runs, timed as a whole: performance.now() is coarse in a page, a batch is not. */
  detect(batches: number, perBatch = 20) {
    const times: number[] = [];
    let screens: string[] = [];
    for (let b = 0; b < batches; b++) {
      const t = performance.now();
      for (let i = 0; i < perBatch; i++) screens = detect(collectPage(document, new URL(location.href)).page).screens;
      times.push((performance.now() - t) / perBatch);
    }
    return { screens, median: median(times) };
  },

  /**
   * The floor of looking at a page: one plain loop that reads what any recogniser must read (each
   * box's attributes, its labels' and its row's text, the headings), batched as `detect` is. The
   * recognition budget is a ratio against it, measured on the same page in the same run.
   */
  look(batches: number, perBatch = 20) {
    const times: number[] = [];
    let chars = 0;
    for (let b = 0; b < batches; b++) {
      const t = performance.now();
      for (let i = 0; i < perBatch; i++) {
        chars = 0;
        for (const el of document.querySelectorAll<Control>('input, select, textarea')) {
          for (const a of ['type', 'name', 'id', 'placeholder', 'autocomplete', 'title', 'aria-label'])
            chars += (el.getAttribute(a) ?? '').length;
          for (const label of el.labels ?? []) chars += (label.textContent ?? '').length;
          chars += (el.closest('tr, p, div, li')?.textContent ?? '').length;
        }
        for (const h of document.querySelectorAll('h1, h2, h3, legend, th')) chars += (h.textContent ?? '').length;
      }
      times.push((performance.now() - t) / perBatch);
    }
    return { chars, median: median(times) };
  },

  /** 1,000 roster codes, in the page (the options page does this), and the floor of the same crypto. */
  async roster(lines: string, passphrase: string) {
    const group = parseGroupProfile({ groupName: 'Department of Social Services', pin: '4417' });
    if (!group.ok) throw new Error(group.errors.join(' '));
    let t = performance.now();
    const parsed = parseRoster(lines);
    if (!parsed.ok) throw new Error('roster refused');
    const codes = await rosterCodes(group.value, parsed.rows, passphrase);
    const ours = performance.now() - t;

    // The floor: one PBKDF2 derivation of the same strength, then per person the JSON, compression,
    // AES-GCM and the SHA-256 check any locked code needs, with nothing else.
    t = performance.now();
    const enc = new TextEncoder();
    const salt = crypto.getRandomValues(new Uint8Array(16));
    const base = await crypto.subtle.importKey('raw', enc.encode(passphrase), 'PBKDF2', false, ['deriveKey']);
    const key = await crypto.subtle.deriveKey(
      { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 600_000 },
      base,
      { name: 'AES-GCM', length: 256 },
      false,
      ['encrypt'],
    );
    for (const row of parsed.rows) {
      const json = enc.encode(JSON.stringify({ group: group.value, person: row }));
      const stream = new CompressionStream('deflate-raw');
      const writer = stream.writable.getWriter();
      void writer.write(json).then(() => writer.close());
      const parts: Uint8Array[] = [];
      for (const reader = stream.readable.getReader(); ;) {
        const { done, value } = await reader.read();
        if (done) break;
        parts.push(value);
      }
      const packed = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
      parts.reduce((at, p) => (packed.set(p, at), at + p.length), 0);
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, packed);
      await crypto.subtle.digest('SHA-256', sealed);
    }
    const floor = performance.now() - t;
    return { codes: codes.length, ours, floor };
  },

  /** The stages of recognition timed apart (for finding what to make faster; not a budget). */
  stages(runs = 200) {
    const url = new URL(location.href);
    let t = performance.now();
    let page = collectPage(document, url).page;
    for (let i = 0; i < runs; i++) page = collectPage(document, url).page;
    const collect = (performance.now() - t) / runs;
    t = performance.now();
    let classified = classifyControls(page.controls);
    for (let i = 0; i < runs; i++) classified = classifyControls(page.controls);
    const classify = (performance.now() - t) / runs;
    t = performance.now();
    for (let i = 0; i < runs; i++) detect(page);
    const all = (performance.now() - t) / runs;
    return { collect, classify, detectFromCollected: all, controls: classified.length };
  },

  /** The extension's fill (collect, classify, plan, visibility checks, write) against the bare loop writing the same. */
  fill(screen: ScreenId, values: ScreenValues, runs: number) {
    const planned = () => {
      const { page, elements } = collectPage(document, new URL(location.href), isVisibleField);
      return planFill({ screens: [screen], classified: classifyControls(page.controls), elements, values });
    };
    clear();
    const plan = planned();
    // The bare loop: the same elements, values and events, nothing else.
    const writes = plan.fills.map(({ element, value }) => {
      if (element.tagName === 'SELECT') {
        const select = element as HTMLSelectElement;
        const index = [...select.options].findIndex((o) => o.text === value || o.value === value);
        return { element, prop: 'selectedIndex' as const, value: Math.max(index, 1) };
      }
      if (element.getAttribute('type') === 'checkbox') return { element, prop: 'checked' as const, value };
      return { element, prop: 'value' as const, value };
    });
    const setters = writes.map(
      ({ element, prop }) => Object.getOwnPropertyDescriptor(Object.getPrototypeOf(element), prop)!.set!,
    );
    const ours: number[] = [];
    const bare: number[] = [];
    let filled = 0;
    for (let i = 0; i < runs; i++) {
      clear();
      let t = performance.now();
      const p = planned();
      filled = insertFill(p, { document, isVisible: isVisibleField }).report.filled.length;
      ours.push(performance.now() - t);

      clear();
      t = performance.now();
      writes.forEach(({ element, value }, k) => {
        element.focus({ preventScroll: true });
        setters[k]!.call(element, value);
        fire(element, 'input');
        fire(element, 'change');
        element.blur();
      });
      bare.push(performance.now() - t);
    }
    const fields = new Set(plan.fills.map((f) => f.field)).size;
    return { boxes: writes.length, fields, filled, ours: median(ours), bare: median(bare) };
  },
};

(window as unknown as { __moBench: typeof bench }).__moBench = bench;
