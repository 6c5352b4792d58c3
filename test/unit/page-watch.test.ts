import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchPage, type PageWatch } from '@/lib/page/watch';

/** MutationObserver callbacks run as a microtask after the change: let them run. */
const flush = () => vi.advanceTimersByTimeAsync(0);

let watches: PageWatch[] = [];

function setup(options: { debounceMs?: number; idleMs?: number; withPanel?: boolean } = {}) {
  document.body.innerHTML = '<main id="page"><p id="text">Hello</p></main><div id="panel"><p>Panel</p></div>';
  const page = document.getElementById('page')!;
  const panel = document.getElementById('panel')!;
  const onChange = vi.fn();
  const onActiveChange = vi.fn();
  const watch = watchPage(document, onChange, {
    debounceMs: options.debounceMs,
    idleMs: options.idleMs,
    ignore: options.withPanel === false ? undefined : () => panel,
    onActiveChange,
  });
  watches.push(watch);
  return { page, panel, onChange, onActiveChange, watch };
}

/** A change to the page proper (outside our panel). */
function addTo(parent: Element, text = 'new') {
  const p = document.createElement('p');
  p.textContent = text;
  parent.append(p);
}

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
  it('starts observing at once and says so', () => {
    const { watch, onActiveChange, onChange } = setup();
    expect(watch.active).toBe(true);
    expect(onActiveChange.mock.calls).toEqual([[true]]);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('debounces many changes into one callback, debounceMs after the last change', async () => {
    const { page, onChange } = setup({ debounceMs: 250, idleMs: 5_000 });
    // Five changes 100 ms apart: each one pushes the callback back.
    for (let i = 0; i < 5; i++) {
      addTo(page, `change ${i}`);
      await flush();
      await vi.advanceTimersByTimeAsync(100);
    }
    // 100 ms after the last change: still waiting.
    expect(onChange).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(149);
    expect(onChange).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(onChange).toHaveBeenCalledTimes(1);
    // Nothing more without further changes.
    await vi.advanceTimersByTimeAsync(1_000);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('many changes in one burst give one callback', async () => {
    const { page, onChange } = setup({ debounceMs: 250 });
    for (let i = 0; i < 20; i++) addTo(page, `row ${i}`);
    document.getElementById('text')!.firstChild!.textContent = 'Changed text';
    await flush();
    await vi.advanceTimersByTimeAsync(250);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('notices a text change (characterData) as a change', async () => {
    const { onChange } = setup({ debounceMs: 50 });
    (document.getElementById('text')!.firstChild as Text).data = 'Other words';
    await flush();
    await vi.advanceTimersByTimeAsync(50);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('calls back again for a second, separate round of changes', async () => {
    const { page, onChange } = setup({ debounceMs: 250 });
    addTo(page);
    await flush();
    await vi.advanceTimersByTimeAsync(300);
    addTo(page);
    await flush();
    await vi.advanceTimersByTimeAsync(300);
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('uses 250 ms debounce and 5 s idle by default', async () => {
    const { page, onChange, watch, onActiveChange } = setup({});
    addTo(page);
    await flush();
    await vi.advanceTimersByTimeAsync(249);
    expect(onChange).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(onChange).toHaveBeenCalledTimes(1);
    // The change restarted the idle timer: it runs out 5 s after it.
    await vi.advanceTimersByTimeAsync(5_000 - 250 - 1);
    expect(watch.active).toBe(true);
    await vi.advanceTimersByTimeAsync(1);
    expect(watch.active).toBe(false);
    expect(onActiveChange.mock.calls).toEqual([[true], [false]]);
  });

  it('ignores changes inside the ignored node (our own panel)', async () => {
    const { panel, onChange } = setup({ debounceMs: 100 });
    addTo(panel, 'panel update');
    panel.querySelector('p')!.firstChild!.textContent = 'Step 7 of 26';
    await flush();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('panel changes do not keep the watch awake', async () => {
    const { panel, watch, onActiveChange } = setup({ debounceMs: 100, idleMs: 1_000 });
    await vi.advanceTimersByTimeAsync(900);
    addTo(panel, 'panel update');
    await flush();
    await vi.advanceTimersByTimeAsync(100);
    expect(watch.active).toBe(false);
    expect(onActiveChange.mock.calls).toEqual([[true], [false]]);
  });

  it('a batch with both panel and page changes is a page change', async () => {
    const { page, panel, onChange } = setup({ debounceMs: 100 });
    addTo(panel, 'panel update');
    addTo(page, 'page update');
    await flush();
    await vi.advanceTimersByTimeAsync(100);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('without an ignore option, every change counts', async () => {
    const { panel, onChange } = setup({ debounceMs: 100, withPanel: false });
    addTo(panel, 'panel update');
    await flush();
    await vi.advanceTimersByTimeAsync(100);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('stops observing after idleMs without changes', async () => {
    const { page, watch, onChange, onActiveChange } = setup({ debounceMs: 100, idleMs: 2_000 });
    await vi.advanceTimersByTimeAsync(1_999);
    expect(watch.active).toBe(true);
    expect(onActiveChange).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(watch.active).toBe(false);
    expect(onActiveChange.mock.calls).toEqual([[true], [false]]);

    // Asleep: changes are no longer seen.
    addTo(page);
    await flush();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(onChange).not.toHaveBeenCalled();
    expect(watch.active).toBe(false);
    expect(onActiveChange).toHaveBeenCalledTimes(2);
  });

  it('each change restarts the idle timer', async () => {
    const { page, watch } = setup({ debounceMs: 100, idleMs: 2_000 });
    await vi.advanceTimersByTimeAsync(1_500);
    addTo(page);
    await flush();
    // 2 000 ms after the start, but only 500 ms after the change.
    await vi.advanceTimersByTimeAsync(500);
    expect(watch.active).toBe(true);
    await vi.advanceTimersByTimeAsync(1_499);
    expect(watch.active).toBe(true);
    await vi.advanceTimersByTimeAsync(1);
    expect(watch.active).toBe(false);
  });

  it('rearm() starts observing again after it went idle', async () => {
    const { page, watch, onChange, onActiveChange } = setup({ debounceMs: 100, idleMs: 1_000 });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(watch.active).toBe(false);

    watch.rearm();
    expect(watch.active).toBe(true);
    expect(onActiveChange.mock.calls).toEqual([[true], [false], [true]]);

    addTo(page);
    await flush();
    await vi.advanceTimersByTimeAsync(100);
    expect(onChange).toHaveBeenCalledTimes(1);

    // And it goes idle again idleMs after that change.
    await vi.advanceTimersByTimeAsync(900);
    expect(watch.active).toBe(false);
    expect(onActiveChange.mock.calls).toEqual([[true], [false], [true], [false]]);
  });

  it('rearm() while active extends the idle time without announcing a new start', async () => {
    const { watch, onActiveChange } = setup({ debounceMs: 100, idleMs: 1_000 });
    await vi.advanceTimersByTimeAsync(800);
    watch.rearm();
    await vi.advanceTimersByTimeAsync(800);
    expect(watch.active).toBe(true);
    expect(onActiveChange.mock.calls).toEqual([[true]]);
    await vi.advanceTimersByTimeAsync(200);
    expect(watch.active).toBe(false);
    expect(onActiveChange.mock.calls).toEqual([[true], [false]]);
  });

  it('stop() cancels a pending callback and stops observing', async () => {
    const { page, watch, onChange, onActiveChange } = setup({ debounceMs: 250, idleMs: 5_000 });
    addTo(page);
    await flush();
    await vi.advanceTimersByTimeAsync(100);
    watch.stop();
    expect(watch.active).toBe(false);
    expect(onActiveChange.mock.calls).toEqual([[true], [false]]);

    await vi.advanceTimersByTimeAsync(1_000);
    expect(onChange).not.toHaveBeenCalled();

    addTo(page);
    await flush();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(onChange).not.toHaveBeenCalled();
    expect(onActiveChange).toHaveBeenCalledTimes(2);
  });

  it('stop() twice announces the stop only once', () => {
    const { watch, onActiveChange } = setup();
    watch.stop();
    watch.stop();
    expect(onActiveChange.mock.calls).toEqual([[true], [false]]);
  });
});
