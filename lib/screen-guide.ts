/**
 * What the assistant panel says on a screen, read from the procedure table:
 * the steps the person does here (from the step they are at) and the
 * reminders of what only they may do. Texts are message keys: the panel looks them up.
 */
import { FIELDS } from './fields';
import type { MessageKey } from './i18n';
import { getScreen, stepsOnScreen, type ScreenId, type StepDef } from './procedure';

export interface ScreenGuide {
  title: MessageKey;
  steps: readonly StepDef[];
  reminders: MessageKey[];
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
  return { title: def.title, steps, reminders };
}
