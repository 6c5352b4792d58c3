/**
 * The "Procedure for Group Users" as data: the one table the product reads.
 *
 * The popup lists these steps, the progress store counts them, and (later)
 * the detector and filler look up each screen's fields here. Instructions are
 * in our own plain words; the court's wording is in shared/seeds.
 * Its invariants are checked by `ProcedureSchema` (procedure-schema.ts).
 *
 * Every text a person reads is a message key (public/_locales/en/messages.json),
 * not the words themselves: whoever shows it looks it up with t() (lib/i18n.ts).
 */
import { NOTES, STEPS, type PhaseId } from './procedure-steps';
import { SCREENS, type ScreenId } from './procedure-screens';
import type { ScreenDef, StepDef } from './procedure-types';

// The table's parts, one module each, all read from here.
export * from './procedure-site';
export * from './procedure-types';
export * from './procedure-screens';
export * from './procedure-steps';

export function getStep(number: number): StepDef {
  const step = STEPS[number - 1];
  if (!step || step.number !== number) throw new RangeError(`There is no step ${number}.`);
  return step;
}

export function getScreen(id: ScreenId): ScreenDef {
  const screen = SCREENS.find((s) => s.id === id);
  if (!screen) throw new RangeError(`Unknown screen ${id}.`);
  return screen;
}

/** The steps that happen on a screen, in order. */
export function stepsOnScreen(id: ScreenId): readonly StepDef[] {
  return STEPS.filter((s) => s.screen === id);
}

/**
 * The step a person is at when a screen shows: its first step, or for a screen
 * only a note mentions (My Preferences), the step that note follows.
 */
export function firstStepOfScreen(id: ScreenId): number {
  const first = stepsOnScreen(id)[0] ?? NOTES.find((n) => n.screen === id);
  if (!first) throw new RangeError(`Screen ${id} belongs to no step.`);
  return 'number' in first ? first.number : first.afterStep;
}

export function stepsInPhase(id: PhaseId): readonly StepDef[] {
  return STEPS.filter((s) => s.phase === id);
}
