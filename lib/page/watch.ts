/**
 * Notices when a page changes enough to look again, without watching forever:
 * DOM changes are debounced, and observation stops once the page has been
 * quiet for a while. Anything the person does (a click, a key) re-arms it.
 */
export interface PageWatchOptions {
  /** Wait this long after the last change before calling back. */
  debounceMs?: number;
  /** Stop observing after this long without changes. */
  idleMs?: number;
  /** Changes inside this element (our own panel) are not page changes. */
  ignore?: () => Node | null;
  /** Told when observation starts and stops (tests and the benchmark read it). */
  onActiveChange?: (active: boolean) => void;
}

export interface PageWatch {
  /** Observe again (after the person interacts). */
  rearm(): void;
  /** True while a MutationObserver or timer is alive. */
  readonly active: boolean;
  stop(): void;
}

export function watchPage(doc: Document, onChange: () => void, options: PageWatchOptions = {}): PageWatch {
  const { debounceMs = 250, idleMs = 5_000, ignore, onActiveChange } = options;
  let debounce: ReturnType<typeof setTimeout> | undefined;
  let idle: ReturnType<typeof setTimeout> | undefined;
  let observing = false;

  const observer = new MutationObserver((records) => {
    const own = ignore?.();
    if (own && records.every((r) => own.contains(r.target))) return;
    clearTimeout(debounce);
    debounce = setTimeout(() => {
      debounce = undefined;
      onChange();
    }, debounceMs);
    restartIdle();
  });

  function sleep() {
    observer.disconnect();
    idle = undefined;
    if (observing) onActiveChange?.(false);
    observing = false;
  }
  function restartIdle() {
    clearTimeout(idle);
    idle = setTimeout(sleep, idleMs);
  }

  const watch: PageWatch = {
    rearm() {
      if (!observing && doc.body) {
        observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
        observing = true;
        onActiveChange?.(true);
      }
      restartIdle();
    },
    get active() {
      return observing || debounce !== undefined || idle !== undefined;
    },
    stop() {
      clearTimeout(debounce);
      clearTimeout(idle);
      debounce = undefined;
      sleep();
    },
  };
  watch.rearm();
  return watch;
}
