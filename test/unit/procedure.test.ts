import { describe, expect, it } from 'vitest';
import { FIELDS } from '@/lib/procedure/fields';
import { t } from '@/lib/i18n';
import { PROCEDURE, ProcedureSchema } from '@/lib/procedure/procedure-schema';
import { SCREENS, STEPS, firstStepOfScreen, getStep, stepsOnScreen, type ScreenId } from '@/lib/procedure/procedure';

const clone = () => structuredClone(PROCEDURE) as any;

/** The court's 12 screens, in the order a registration meets them: written out here, not read from the table. */
const SCREEN_IDS_BY_HAND = [
  'registration-start',
  'account-type',
  'credentials',
  'name-email',
  'addresses-phone',
  'security-questions',
  'additional-steps',
  'logon',
  'group-authentication',
  'user-agreement',
  'efiling-menu',
  'my-preferences',
];
/** Each of the 26 steps with its screen (null: a step away from the court's registration pages). */
const STEP_SCREENS_BY_HAND: [number, string | null][] = [
  [1, null],
  [2, 'registration-start'],
  [3, 'registration-start'],
  [4, 'account-type'],
  [5, 'account-type'],
  [6, 'credentials'],
  [7, 'credentials'],
  [8, 'name-email'],
  [9, 'name-email'],
  [10, 'addresses-phone'],
  [11, 'addresses-phone'],
  [12, 'security-questions'],
  [13, 'additional-steps'],
  [14, 'additional-steps'],
  [15, 'logon'],
  [16, null],
  [17, 'logon'],
  [18, 'logon'],
  [19, 'group-authentication'],
  [20, 'group-authentication'],
  [21, 'group-authentication'],
  [22, 'group-authentication'],
  [23, 'user-agreement'],
  [24, 'user-agreement'],
  [25, 'efiling-menu'],
  [26, 'efiling-menu'],
];
const problems = (p: unknown) => {
  const r = ProcedureSchema.safeParse(p);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe('the procedure table', () => {
  it('satisfies its own invariants', () => {
    expect(problems(PROCEDURE)).toEqual([]);
  });

  it('has the 12 screens written out above, each once and in order', () => {
    expect(SCREENS.map((s) => s.id)).toEqual(SCREEN_IDS_BY_HAND);
    expect(PROCEDURE.screens.map((s) => s.id)).toEqual(SCREEN_IDS_BY_HAND);
  });

  it('has the 26 steps written out above, each once, in order, each on its screen', () => {
    expect(STEPS.map((s) => [s.number, s.screen])).toEqual(STEP_SCREENS_BY_HAND);
    expect(PROCEDURE.steps.map((s) => [s.number, s.screen])).toEqual(STEP_SCREENS_BY_HAND);
  });

  it('rejects a table with a screen taken out', () => {
    const p = clone();
    p.screens = p.screens.filter((s: any) => s.id !== 'security-questions');
    expect(problems(p)).toContain('screen security-questions is missing from the table');
  });

  it('rejects a missing, repeated or misnumbered step', () => {
    const missing = clone();
    missing.steps.splice(9, 1);
    expect(problems(missing).join()).toMatch(/26 steps/);

    const repeated = clone();
    repeated.steps[10] = { ...repeated.steps[9] };
    expect(problems(repeated).join()).toMatch(/position 11 is numbered 10/);
  });

  it('rejects a screen no step uses, and a field that does not exist', () => {
    const unused = clone();
    unused.steps = unused.steps.map((s: any) =>
      s.screen === 'security-questions' ? { ...s, screen: 'addresses-phone' } : s,
    );
    expect(problems(unused).join()).toMatch(/security-questions is used by no step/);

    const badField = clone();
    badField.screens[2].fields.push('favouriteColour');
    expect(problems(badField).length).toBeGreaterThan(0);
  });

  it('rejects a text that is not a message key with a message, or that asks for a substitution', () => {
    const english = clone();
    english.steps[6].instruction = 'Prove you are a person.';
    expect(problems(english).join()).toMatch(/"Prove you are a person\." has no message/);

    const note = clone();
    note.notes[0].text = 'note_that_does_not_exist';
    expect(problems(note).join()).toMatch(/note_that_does_not_exist" has no message/);

    const field = clone();
    field.screens[0].title = 'popup_steps_finished'; // "$1 of $2 steps finished"
    expect(problems(field).join()).toMatch(/asks for a substitution/);
  });

  it('rejects a step the extension cannot help with that does not say what the person does', () => {
    const p = clone();
    delete p.steps[6].yourself; // step 7, the captcha
    expect(problems(p).join()).toMatch(/must say what the person does/);
  });

  it('rejects a phase that goes backwards and a branch that skips nothing', () => {
    const phases = clone();
    phases.steps[3].phase = 'finish';
    expect(problems(phases).join()).toMatch(/goes back to an earlier phase/);

    const branch = clone();
    branch.branch.resumesAt = 17;
    expect(problems(branch).join()).toMatch(/branch/);
  });

  it('leaves to the person the captcha (7), not logging on (15), "I acknowledge" (24) and every button', () => {
    for (const n of [3, 5, 7, 9, 11, 14, 15, 18, 22, 24]) expect(getStep(n).help).toBe('none');
    expect(t(getStep(7).yourself!)).toMatch(/phrase/);
    expect(t(getStep(15).instruction)).toMatch(/Do not log on/);
    expect(t(getStep(24).yourself!)).toMatch(/I acknowledge/);
    expect(FIELDS.captcha.personOnly).toBeTruthy();
    expect(FIELDS.acknowledge.personOnly).toBeTruthy();
  });

  it('gives each screen the first step the badge contract names', () => {
    const expected: Record<ScreenId, number> = {
      'registration-start': 2,
      'account-type': 4,
      credentials: 6,
      'name-email': 8,
      'addresses-phone': 10,
      'security-questions': 12,
      'additional-steps': 13,
      logon: 15,
      'group-authentication': 19,
      'user-agreement': 23,
      'efiling-menu': 25,
      'my-preferences': 26,
    };
    // Every screen written out (the record's keys are the hand-written list), not only those the table has.
    expect(Object.keys(expected)).toEqual(SCREEN_IDS_BY_HAND);
    for (const [id, first] of Object.entries(expected))
      expect([id, firstStepOfScreen(id as ScreenId)]).toEqual([id, first]);
    expect(stepsOnScreen('logon').map((s) => s.number)).toEqual([15, 17, 18]);
  });

  it('marks the account password, the answers and the PIN as secrets', () => {
    const secrets = Object.entries(FIELDS)
      .filter(([, f]) => 'secret' in f)
      .map(([id]) => id);
    expect(secrets.sort()).toEqual(
      ['group.pin', 'password', 'passwordConfirm', 'security1.answer', 'security2.answer', 'security3.answer'].sort(),
    );
  });
});
