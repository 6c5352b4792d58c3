/**
 * What the assistant panel says on a screen, read from the procedure table:
 * the steps the person does here (from the step they are at), the reminders
 * of what only they may do, warnings, and notes for a screen no step is on.
 * Texts are message keys: the panel looks them up.
 */
import { FIELDS } from './fields';
import type { MessageKey } from '../i18n';
import { CASENET_BRANCH, NOTES, getScreen, stepsOnScreen, type ScreenId, type StepDef } from './procedure';

export interface ScreenGuide {
  title: MessageKey;
  steps: readonly StepDef[];
  reminders: MessageKey[];
  /** Said in amber, before anything else: what the person must not do here now. */
  warnings: MessageKey[];
  /** For a screen that only a note is about (My Preferences): what it is for. */
  notes: MessageKey[];
  /** Whether the panel offers Fill here (not at step 15, where the person must not log on). */
  mayFill: boolean;
  /** Step 26 ("keep the eFiling link") is done here: the panel offers "Bookmark eFiling". */
  offersBookmark: boolean;
}

export function guideFor(screen: ScreenId, step: number): ScreenGuide {
  // Steps on this screen from `step` on, while they run on without a gap:
  // the logon screen at step 15 shows step 15 only; at 17 it shows 17 and 18.
  const steps: StepDef[] = [];
  for (const s of stepsOnScreen(screen)) {
    if (s.number < step) continue;
    if (steps.length && s.number !== steps[steps.length - 1]!.number + 1) break;
    steps.push(s);
  }
  const def = getScreen(screen);
  const reminders = def.fields.flatMap((id) => {
    const field = FIELDS[id];
    return 'personOnly' in field ? [field.personOnly] : [];
  });
  // The last step of making the account is the logon screen that must NOT be used yet.
  const doNotLogOn = steps.some((s) => s.number === CASENET_BRANCH.skipsTo);
  const notes = steps.length ? [] : NOTES.filter((n) => n.screen === screen).map((n) => n.text);
  const afterLastStep = NOTES.some((n) => n.screen === screen && !steps.length);
  return {
    title: def.title,
    steps,
    reminders,
    warnings: doNotLogOn ? ['panel_do_not_log_on'] : [],
    notes,
    mayFill: !doNotLogOn,
    offersBookmark: steps.some((s) => s.link === 'efiling') || afterLastStep,
  };
}
