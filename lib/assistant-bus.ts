/**
 * How the two halves of the page assistant talk. The small content script
 * (detection, on every court page) publishes what it sees here; the panel
 * and filler, injected only when needed, subscribe. It lives on the
 * extension's isolated world's globalThis, which page scripts cannot reach,
 * so a page cannot forge what the assistant sees.
 */
import type { PageShape } from './page/shape';
import type { ScreenId } from './procedure';

/**
 * What the content script saw: a screen of the procedure (the step it stands for, and every screen
 * the page shows: a page may show two at once), or a page it does not know.
 */
export type Seen =
  { kind: 'screen'; screen: ScreenId; screens: ScreenId[]; step: number } | { kind: 'unrecognised'; shape: PageShape };

export interface AssistantBus {
  latest: Seen | null;
  listeners: Set<(seen: Seen) => void>;
  /** The panel half has been asked for (it loads once per page). */
  panelRequested: boolean;
  /** The panel half is running. */
  panelRunning: boolean;
}

const KEY = '__moEfilingAssistant';

export function assistantBus(
  scope: Record<string, unknown> = globalThis as unknown as Record<string, unknown>,
): AssistantBus {
  return ((scope[KEY] as AssistantBus | undefined) ??= {
    latest: null,
    listeners: new Set(),
    panelRequested: false,
    panelRunning: false,
  });
}

export function publish(bus: AssistantBus, seen: Seen): void {
  bus.latest = seen;
  for (const listener of bus.listeners) listener(seen);
}

/** The element that hosts the panel's shadow root (its tag is part of the testing contract). */
export const PANEL_TAG = 'mo-efiling-assistant';
