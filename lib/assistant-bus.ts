/**
 * The flags the two halves of the page assistant share: the gate (the small
 * content script every court page gets) asks for the assistant once, and the
 * assistant, injected on demand, runs once per page. They live on the
 * extension's isolated world's globalThis, which page scripts cannot reach.
 */
import type { PageShape } from './page/shape';
import type { ScreenId } from './procedure';

/**
 * What the assistant sees: a screen of the procedure (the step it stands for, and every screen
 * the page shows: a page may show two at once), or a court page it does not know.
 */
export type Seen =
  { kind: 'screen'; screen: ScreenId; screens: ScreenId[]; step: number } | { kind: 'unrecognised'; shape: PageShape };

export interface AssistantBus {
  /** The assistant has been asked for (it loads once per page). */
  panelRequested: boolean;
  /** The assistant is running. */
  panelRunning: boolean;
}

const KEY = '__moEfilingAssistant';

export function assistantBus(
  scope: Record<string, unknown> = globalThis as unknown as Record<string, unknown>,
): AssistantBus {
  return ((scope[KEY] as AssistantBus | undefined) ??= { panelRequested: false, panelRunning: false });
}

/** The element that hosts the panel's shadow root (its tag is part of the testing contract). */
export const PANEL_TAG = 'mo-efiling-assistant';
