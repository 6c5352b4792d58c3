/**
 * What the panel does with what the recogniser saw: the facts it needs from the
 * background and the browser's storage, gathered, then one action. A newer
 * sighting wins: `isCurrent` turns false and this one is dropped.
 */
import { browser } from 'wxt/browser';
import type { Seen } from '@/lib/panel/assistant-bus';
import type { PanelAction, PanelState } from '@/lib/panel/panel-state';
import { send } from '@/lib/messaging/send';
import { isComplete } from '@/lib/progress/progress';

export const COLLAPSED_KEY = 'panelCollapsed';
/** The person closed the "eFiling is one click away" note on the logon page. */
export const FINISHED_DISMISSED_KEY = 'finishedNoteDismissed';

/** After all 26 steps: no registration panel, only the note on the logon page (until closed). */
async function registrationFinished(): Promise<boolean> {
  try {
    return isComplete(await send('progress/get'));
  } catch {
    return false; // no answer: show the panel as before
  }
}

const storedFlag = async (key: string) => (await browser.storage.local.get(key))[key] === true;

/** The action `seen` leads to, or null when a newer sighting arrived while the facts were asked for. */
export async function actionFor(
  seen: Seen,
  current: () => PanelState,
  isCurrent: () => boolean,
): Promise<PanelAction | null> {
  if (seen.kind === 'unrecognised') {
    if (current().view?.kind === 'unrecognised') return { type: 'unrecognised', shape: seen.shape };
    // Names the extension knows are kept out of the report, as typed values are; the help e-mail goes to the
    // administrator the profile names (none: the person's mail program asks).
    const [privateWords, adminEmail] = await Promise.all([
      send('report/private-words').catch(() => []),
      send('report/admin-email').catch(() => ''),
    ]);
    return { type: 'unrecognised', shape: seen.shape, privateWords, adminEmail };
  }
  const finished = await registrationFinished();
  if (!isCurrent()) return null;
  if (finished) {
    const dismissed = await storedFlag(FINISHED_DISMISSED_KEY);
    return { type: 'finished', hidden: seen.screen !== 'logon' || dismissed };
  }
  const storedCollapsed = current().view?.kind !== 'screen' ? await storedFlag(COLLAPSED_KEY) : undefined;
  return { type: 'screen', screen: seen.screen, screens: seen.screens, step: seen.step, storedCollapsed };
}
