import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchPage, type PageWatch } from '@/lib/page/watch';

/** MutationObserver callbacks run as a microtask after the change: let them run. */
const flush = () => vi.advanceTimersByTimeAsync(0);

let watches: PageWatch[] = [];

function setup(options: { quietMs?: number; maxWaitMs?: number } = {}) {
  document.body.innerHTML =
    '<main id="page"><p id="clock">10:00:00</p><table><tbody id="rows"></tbody></table></main><div id="panel"><p>Panel</p></div>';
  const page = document.getElementById('page')!;
  const panel = document.getElementById('panel')!;
  const onChange = vi.fn();
  const onActiveChange = vi.fn();
  const watch = watchPage(document, onChange, { ...options, ignore: () => panel, onActiveChange });
  watches.push(watch);
  return { page, panel, onChange, onActiveChange, watch };
}

const addBox = (parent: Element) => parent.insertAdjacentHTML('beforeend', '<label>Zip <input name="z"></label>');

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  for (const w of watches) w.stop();
  watches = [];
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('watchPage', () => {
  it('looks again quietMs after a box appears, and says a look is due meanwhile', async () => {
    const { page, onChange, onActiveChange, watch } = setup({ quietMs: 100, maxWaitMs: 400 });
    expect(onActiveChange.mock.calls).toEqual([[false]]);
    addBox(page);
    await flush();
    expect(watch.active).toBe(true);
    expect(onActiveChange.mock.calls).toEqual([[false], [true]]);
    await vi.advanceTimersByTimeAsync(99);
    expect(onChange).toHaveBeenCalledTimes(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(watch.active).toBe(false);
    expect(onActiveChange.mock.calls).toEqual([[false], [true], [false]]);
  });

  it('cannot be starved: boxes added every 50 ms still get a look maxWaitMs after the first', async () => {
    const { page, onChange } = setup({ quietMs: 100, maxWaitMs: 400 });
    for (let i = 0; i < 7; i++) {
      addBox(page);
      await flush();
      await vi.advanceTimersByTimeAsync(50);
    }
    // 350 ms in, still changing: not yet.
    expect(onChange).toHaveBeenCalledTimes(0);
    addBox(page);
    await flush();
    await vi.advanceTimersByTimeAsync(50);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('does not count a ticking clock, rows of plain text, or our own panel as changes', async () => {
    const { page, panel, onChange, watch } = setup();
    const clock = document.getElementById('clock')!;
    const rows = document.getElementById('rows')!;
    for (let i = 0; i < 20; i++) {
      clock.firstChild!.textContent = `10:00:${String(i).padStart(2, '0')}`;
      rows.insertAdjacentHTML('beforeend', `<tr><td>Case ${i}</td><td>Filed</td></tr>`);
      panel.insertAdjacentHTML('beforeend', '<button>Fill this page</button>');
      await flush();
    }
    await vi.advanceTimersByTimeAsync(1_000);
    expect(watch.active).toBe(false);
    expect(onChange).toHaveBeenCalledTimes(0);
    // The panel's host itself, removed and put back, is no change either.
    panel.remove();
    document.body.append(panel);
    await flush();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(onChange).toHaveBeenCalledTimes(0);
    // A heading's text rewritten is one.
    page.insertAdjacentHTML('afterbegin', '<h1>Search</h1>');
    await flush();
    await vi.advanceTimersByTimeAsync(100);
    expect(onChange).toHaveBeenCalledTimes(1);
    page.querySelector('h1')!.firstChild!.textContent = 'Group User Authentication';
    await flush();
    await vi.advanceTimersByTimeAsync(100);
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('keeps watching for as long as the page lives: a form 30 s after load is still seen', async () => {
    const { page, onChange } = setup({ quietMs: 100 });
    await vi.advanceTimersByTimeAsync(30_000);
    addBox(page);
    await flush();
    await vi.advanceTimersByTimeAsync(100);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('stop() ends it: no look after that, nothing due', async () => {
    const { page, onChange, watch } = setup();
    addBox(page);
    await flush();
    watch.stop();
    await vi.advanceTimersByTimeAsync(1_000);
    addBox(page);
    await flush();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(onChange).toHaveBeenCalledTimes(0);
    expect(watch.active).toBe(false);
  });
});
