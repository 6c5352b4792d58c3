/**
 * How the three parts of the page assistant meet. The gate (the content script
 * every court page gets) asks for the recogniser once; the recogniser, injected
 * on demand, publishes what the page is here and asks for the panel only on a
 * screen of the procedure (the popup can load it on any court page); the panel
 * subscribes. It lives on the extension's isolated world's
 * globalThis, which page scripts cannot reach, so a page cannot forge it.
 */
import type { PageShape } from '../page/shape';
import type { ScreenId } from '../procedure/procedure';

/**
 * What the recogniser sees: a screen of the procedure (the step it stands for, and every screen
 * the page shows: a page may show two at once), or a court page it does not know.
 */
export type Seen =
  { kind: 'screen'; screen: ScreenId; screens: ScreenId[]; step: number } | { kind: 'unrecognised'; shape: PageShape };

export interface AssistantBus {
  latest: Seen | null;
  listeners: Set<(seen: Seen) => void>;
  /** The recogniser has been asked for (once per page). */
  recogniserRequested: boolean;
  recogniserRunning: boolean;
  /** The panel has been asked for, and is running. */
  panelRequested: boolean;
  panelRunning: boolean;
  /** Our panel's host element, once shown: compared by identity, never by its (random) name. */
  panelHost: Element | null;
}

const KEY = '__moEfilingAssistant';

export function assistantBus(
  scope: Record<string, unknown> = globalThis as unknown as Record<string, unknown>,
): AssistantBus {
  return ((scope[KEY] as AssistantBus | undefined) ??= {
    latest: null,
    listeners: new Set(),
    recogniserRequested: false,
    recogniserRunning: false,
    panelRequested: false,
    panelRunning: false,
    panelHost: null,
  });
}

export function publish(bus: AssistantBus, seen: Seen): void {
  bus.latest = seen;
  for (const listener of bus.listeners) listener(seen);
}
