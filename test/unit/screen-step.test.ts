import { describe, expect, it } from 'vitest';
import type { ScreenId } from '@/lib/procedure/procedure';
import { EMPTY_PROGRESS, answerCaseNet, currentStep, reachStep, stepStatus, type Progress } from '@/lib/progress/progress';
import { stepForScreen, type ArrivalFacts } from '@/lib/procedure/screen-step';

const fromCourt: ArrivalFacts = { fromCourtPage: true, hasQuery: false };
const viaEmailLink: ArrivalFacts = { fromCourtPage: false, hasQuery: true };
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const progress = (hasCaseNetAccount: boolean | null, done: number[], updatedAt = 1): Progress => ({
  hasCaseNetAccount,
  done,
  updatedAt,
});

describe('stepForScreen', () => {
  const firstSteps: [ScreenId, number][] = [
    ['registration-start', 2],
    ['account-type', 4],
    ['credentials', 6],
    ['name-email', 8],
    ['addresses-phone', 10],
    ['security-questions', 12],
    ['additional-steps', 13],
    ['group-authentication', 19],
    ['user-agreement', 23],
    ['efiling-menu', 25],
    ['my-preferences', 26],
  ];

  it.each(firstSteps)('%s is step %i, however the person arrived and wherever they are', (screen, step) => {
    const states = [EMPTY_PROGRESS, answerCaseNet(EMPTY_PROGRESS, true), progress(false, range(2, 15))];
    const arrivals: ArrivalFacts[] = [
      fromCourt,
      viaEmailLink,
      { fromCourtPage: true, hasQuery: true },
      { fromCourtPage: false, hasQuery: false },
    ];
    for (const p of states) for (const a of arrivals) expect(stepForScreen(screen, p, a)).toBe(step);
  });

  describe('the logon screen', () => {
    it('is step 15 (do not log on) when reached from a court page without a query, while creating an account', () => {
      expect(stepForScreen('logon', EMPTY_PROGRESS, fromCourt)).toBe(15);
      expect(stepForScreen('logon', answerCaseNet(EMPTY_PROGRESS, false), fromCourt)).toBe(15);
      // Every creation step up to 14 done, 15 not yet.
      expect(stepForScreen('logon', progress(false, range(2, 14)), fromCourt)).toBe(15);
    });

    it('is step 17 when the address carries a query (the group e-mail link)', () => {
      expect(stepForScreen('logon', EMPTY_PROGRESS, { fromCourtPage: true, hasQuery: true })).toBe(17);
      expect(stepForScreen('logon', progress(false, range(2, 14)), { fromCourtPage: true, hasQuery: true })).toBe(17);
    });

    it('is step 17 when the person did not come from a court page (e-mail, typed in)', () => {
      expect(stepForScreen('logon', EMPTY_PROGRESS, { fromCourtPage: false, hasQuery: false })).toBe(17);
      expect(stepForScreen('logon', EMPTY_PROGRESS, viaEmailLink)).toBe(17);
    });

    it('is step 17 once step 15 is done, even from a court page', () => {
      expect(stepForScreen('logon', progress(false, range(2, 15)), fromCourt)).toBe(17);
      expect(stepForScreen('logon', progress(false, [15]), fromCourt)).toBe(17);
    });

    it('is step 17 once a later step is done', () => {
      expect(stepForScreen('logon', progress(false, [19]), fromCourt)).toBe(17);
      expect(stepForScreen('logon', progress(null, [16]), fromCourt)).toBe(17);
    });

    it('is step 17 for a person with a Case.net account (step 15 skipped)', () => {
      expect(stepForScreen('logon', answerCaseNet(EMPTY_PROGRESS, true), fromCourt)).toBe(17);
    });
  });
});

describe('reachStep', () => {
  it('marks every step before the reached one done, and answers step 1 "no" on a creation screen', () => {
    const p = reachStep(EMPTY_PROGRESS, 6, 42);
    expect(p).toEqual({ hasCaseNetAccount: false, done: [2, 3, 4, 5], updatedAt: 42 });
    expect(currentStep(p)).toBe(6);
    expect(stepStatus(p, 1)).toBe('done');
  });

  it('reaching step 2 answers step 1 and marks nothing else', () => {
    expect(reachStep(EMPTY_PROGRESS, 2, 7)).toEqual({ hasCaseNetAccount: false, done: [], updatedAt: 7 });
  });

  it('one page cannot skip ahead: a screen several screens on marks nothing and answers nothing', () => {
    // Step 15 from the start would cross registration start, account type … additional steps.
    expect(reachStep(EMPTY_PROGRESS, 15, 7)).toBe(EMPTY_PROGRESS);
    // A Case.net page that shows an eFiling-menu heading, early in the procedure.
    const early = progress(false, [2, 3], 1);
    expect(reachStep(early, 25, 7)).toBe(early);
  });

  it.each([16, 17, 19, 23, 25, 26])('reaching step %i with step 1 unanswered changes nothing', (step) => {
    expect(reachStep(EMPTY_PROGRESS, step, 9)).toBe(EMPTY_PROGRESS);
  });

  it('marks the steps of the screen the person was on and of one more (a page may show two screens)', () => {
    // On name and e-mail (8-9), a page that showed addresses too, then security questions (12).
    const p = progress(false, range(2, 7), 1);
    expect(reachStep(p, 12, 3)).toEqual({ hasCaseNetAccount: false, done: range(2, 11), updatedAt: 3 });
    // Three screens on (8-9, 10-11, 12) is too far.
    expect(reachStep(p, 13, 3)).toBe(p);
  });

  it('never marks skipped steps for a person with a Case.net account', () => {
    const yes = answerCaseNet(EMPTY_PROGRESS, true, 1);
    // 16 (the e-mail, no screen) and the logon screen (17-18): two at most.
    expect(reachStep(yes, 19, 3)).toEqual({ hasCaseNetAccount: true, done: [16, 17, 18], updatedAt: 3 });
    expect(reachStep(yes, 26, 3)).toBe(yes);
    const atAgreement = progress(true, range(16, 22), 1);
    expect(reachStep(atAgreement, 25, 3).done).toEqual(range(16, 24));
  });

  it('never changes an answer already given', () => {
    const yes = answerCaseNet(EMPTY_PROGRESS, true, 1);
    // A creation screen reached by someone who said "yes": nothing to mark (2-5 are skipped).
    expect(reachStep(yes, 6, 3)).toBe(yes);
    const no = progress(false, range(2, 15), 1);
    expect(reachStep(no, 19, 3)).toEqual({ hasCaseNetAccount: false, done: range(2, 18), updatedAt: 3 });
  });

  it('never un-marks a step, even one after the reached step', () => {
    const p = progress(false, [20, 24], 1);
    expect(reachStep(p, 6, 2)).toEqual({ hasCaseNetAccount: false, done: [2, 3, 4, 5, 20, 24], updatedAt: 2 });
  });

  it('going back to an earlier screen changes nothing and returns the same object', () => {
    const p = progress(false, range(2, 12), 1);
    expect(reachStep(p, 8, 2)).toBe(p);
    expect(reachStep(p, 13, 2)).toBe(p);
  });

  it('reaching the same step again returns the same object', () => {
    const p = reachStep(EMPTY_PROGRESS, 10, 1);
    expect(reachStep(p, 10, 2)).toBe(p);
    expect(reachStep(EMPTY_PROGRESS, 1, 2)).toBe(EMPTY_PROGRESS);
  });

  it('returns a new object (and leaves the old one alone) when something changes', () => {
    const p = progress(false, [2], 1);
    const q = reachStep(p, 4, 5);
    expect(q).not.toBe(p);
    expect(p).toEqual({ hasCaseNetAccount: false, done: [2], updatedAt: 1 });
    expect(q).toEqual({ hasCaseNetAccount: false, done: [2, 3], updatedAt: 5 });
  });

  it('refuses a step outside 1-26', () => {
    expect(() => reachStep(EMPTY_PROGRESS, 0)).toThrow();
    expect(() => reachStep(EMPTY_PROGRESS, 27)).toThrow();
    expect(() => reachStep(EMPTY_PROGRESS, 2.5)).toThrow();
  });
});

describe('arriving on a screen: stepForScreen then reachStep', () => {
  it('the logon screen after account creation keeps step 15 to do', () => {
    const atAdditionalSteps = progress(false, range(2, 12), 1);
    const p = reachStep(atAdditionalSteps, stepForScreen('logon', atAdditionalSteps, fromCourt), 2);
    expect(p.done).toEqual(range(2, 14));
    expect(currentStep(p)).toBe(15);
  });

  it('the logon screen from the group e-mail moves a person with a Case.net account to step 17', () => {
    const yes = answerCaseNet(EMPTY_PROGRESS, true, 1);
    const p = reachStep(yes, stepForScreen('logon', yes, viaEmailLink), 2);
    expect(p.done).toEqual([16]);
    expect(currentStep(p)).toBe(17);
  });
});
