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
import type { ScreenId } from '@/lib/procedure';
import type { ScreenValues } from '@/lib/profile-values';
import { isVisibleField } from '@/lib/page/visibility';

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
