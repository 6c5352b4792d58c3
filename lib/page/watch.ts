/**
 * Notices when a page changes in a way that can change what it is: boxes or
 * headings added or removed, a heading's or label's text rewritten. Work is
 * in proportion to the change, never to the page: each mutation record is
 * judged by its own nodes, and a clock ticking in a corner or rows streaming
 * into a table cost a glance each. Our own panel is never a change of the
 * page (compared by identity). A look is due `quietMs` after the last
 * relevant change, and never later than `maxWaitMs` after the first, so a
 * page that never stops changing cannot starve it.
 */
export interface PageWatchOptions {
  quietMs?: number;
  maxWaitMs?: number;
  /** Our own panel's host element: nothing inside it, or it itself, is a page change. */
  ignore?: () => Node | null;
  /** Told when a look becomes due and when it has run (tests and the benchmark read it). */
  onActiveChange?: (active: boolean) => void;
}

export interface PageWatch {
  /** True while a look is due. */
  readonly active: boolean;
  stop(): void;
}

/** What can change which screen a page is, or what its boxes are called. */
const MEANINGFUL =
  'input, select, textarea, button, label, legend, h1, h2, h3, h4, [role="heading"], img[alt], form, fieldset, table';
const TEXT_HOLDERS = 'label, legend, h1, h2, h3, h4, [role="heading"], caption, th, option, button, title';

export function isMeaningfulChange(record: MutationRecord, own: Node | null): boolean {
  const target = record.target;
  if (own && (target === own || own.contains(target))) return false;
  if (record.type === 'characterData') {
    return target.parentElement?.closest(TEXT_HOLDERS) != null;
  }
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.some((node) => {
    if (node === own || node.nodeType !== 1) return false;
    const el = node as Element;
    return el.matches(MEANINGFUL) || el.querySelector(MEANINGFUL) !== null;
  });
}

export function watchPage(doc: Document, onChange: () => void, options: PageWatchOptions = {}): PageWatch {
  const { quietMs = 100, maxWaitMs = 400, ignore, onActiveChange } = options;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstAt = 0;

  const fire = () => {
    timer = undefined;
    onActiveChange?.(false);
    onChange();
  };
  const observer = new MutationObserver((records) => {
    const own = ignore?.() ?? null;
    if (!records.some((r) => isMeaningfulChange(r, own))) return;
    const now = Date.now();
    if (timer === undefined) {
      firstAt = now;
      onActiveChange?.(true);
    } else clearTimeout(timer);
    timer = setTimeout(fire, Math.max(0, Math.min(quietMs, firstAt + maxWaitMs - now)));
  });
  if (doc.body) observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  onActiveChange?.(false);

  return {
    get active() {
      return timer !== undefined;
    },
    stop() {
      clearTimeout(timer);
      timer = undefined;
      observer.disconnect();
    },
  };
}
