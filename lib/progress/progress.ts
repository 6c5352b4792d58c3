/**
 * Where a person is in the procedure: pure functions over a small record.
 *
 * Only two facts are stored: the answer to step 1 and the steps marked done.
 * Everything else (skipped steps, the current step, the badge) is derived
 * from them and the procedure table, so it can never disagree with them.
 */
import { CASENET_BRANCH, STEPS, TOTAL_STEPS } from '../procedure/procedure';

/**
 * The stored record. Its schema (zod) is in progress-schema.ts, apart, so the
 * popup, which only reads progress, does not carry a validator.
 */
export interface Progress {
  /** Answer to step 1; null until the person answers. */
  hasCaseNetAccount: boolean | null;
  /** Steps 2..26 the person has done, ascending, no repeats. Step 1 is done when answered. */
  done: number[];
  updatedAt: number;
}

function assertStep(step: number): void {
  if (!Number.isInteger(step) || step < 1 || step > TOTAL_STEPS) throw new RangeError(`There is no step ${step}.`);
}

export type StepStatus = 'done' | 'skipped' | 'current' | 'to-do';

export const EMPTY_PROGRESS: Progress = Object.freeze({ hasCaseNetAccount: null, done: [], updatedAt: 0 }) as Progress;

export function isSkipped(p: Progress, step: number): boolean {
  return p.hasCaseNetAccount === true && step >= CASENET_BRANCH.skipsFrom && step <= CASENET_BRANCH.skipsTo;
}

function isDone(p: Progress, step: number): boolean {
  return step === CASENET_BRANCH.atStep ? p.hasCaseNetAccount !== null : p.done.includes(step);
}

/** The first step neither done nor skipped; null when the whole procedure is complete. */
export function currentStep(p: Progress): number | null {
  return STEPS.find((s) => !isDone(p, s.number) && !isSkipped(p, s.number))?.number ?? null;
}

export function isComplete(p: Progress): boolean {
  return currentStep(p) === null;
}

export function stepStatus(p: Progress, step: number): StepStatus {
  if (isSkipped(p, step)) return 'skipped';
  if (isDone(p, step)) return 'done';
  return currentStep(p) === step ? 'current' : 'to-do';
}

/** Steps done or skipped, out of 26: what "how far along" means to a person. */
export function countFinished(p: Progress): number {
  return STEPS.filter((s) => isDone(p, s.number) || isSkipped(p, s.number)).length;
}

/** Toolbar badge: nothing until step 1 is answered, then the current step, then a tick. */
export function badgeText(p: Progress): string {
  if (p.hasCaseNetAccount === null) return '';
  const current = currentStep(p);
  return current === null ? '✓' : String(current);
}

function withDone(p: Progress, done: Iterable<number>, now: number): Progress {
  return { ...p, done: [...new Set(done)].sort((a, b) => a - b), updatedAt: now };
}

export function answerCaseNet(p: Progress, hasAccount: boolean, now = Date.now()): Progress {
  return { ...p, hasCaseNetAccount: hasAccount, updatedAt: now };
}

/**
 * Mark one step done or not done. Undoing step 1 withdraws the answer (and
 * with it the skip); marking a skipped step changes nothing.
 */
export function markStep(p: Progress, step: number, done: boolean, now = Date.now()): Progress {
  assertStep(step);
  if (step === CASENET_BRANCH.atStep) {
    return done ? p : { ...p, hasCaseNetAccount: null, updatedAt: now };
  }
  if (isSkipped(p, step)) return p;
  return withDone(p, done ? [...p.done, step] : p.done.filter((s) => s !== step), now);
}

export function resetProgress(now = Date.now()): Progress {
  return { ...EMPTY_PROGRESS, updatedAt: now };
}

/**
 * The person has reached a screen whose first step is `step`: every step
 * before it is done. Never un-marks anything. Reaching an account-creation
 * screen answers step 1 with "no Case.net account" if it was unanswered;
 * later screens leave that question to the person, as either answer fits.
 */
/** How many screens' steps one arrival may mark done (see reachStep). */
export const MAX_SCREENS_PER_ARRIVAL = 2;

export function reachStep(p: Progress, step: number, now = Date.now()): Progress {
  assertStep(step);
  const creatingAccount = step >= CASENET_BRANCH.skipsFrom && step <= CASENET_BRANCH.skipsTo;
  const answered = p.hasCaseNetAccount === null && creatingAccount ? { ...p, hasCaseNetAccount: false } : p;
  const before = STEPS.map((s) => s.number).filter(
    (n) => n > CASENET_BRANCH.atStep && n < step && !isSkipped(answered, n),
  );
  // One page's word is not enough to skip ahead: it may mark done the steps of the screen the
  // person was on and of one more (a page can show two screens at once), never a run of screens.
  const crossed = new Set(before.filter((n) => !p.done.includes(n)).map((n) => STEPS[n - 1]!.screen ?? n));
  if (crossed.size > MAX_SCREENS_PER_ARRIVAL) return p;
  if (answered === p && before.every((n) => p.done.includes(n))) return p;
  return withDone(answered, [...answered.done, ...before], now);
}
