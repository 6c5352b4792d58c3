/**
 * The fill report a person can trust: plurals, optional boxes, locked secrets
 * with Unlock beside them, a just-suggested password, boxes the site filled;
 * and the page facts the panel reads (site-filled boxes, the court's questions).
 */
import { clickAsPerson } from '../support/person-click';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FillSection, type FillUi } from '@/components/FillSection';
import { insertFill } from '@/lib/fill/insert';
import { emptyReport } from '../support/fill-report';
import { planFill } from '@/lib/fill/plan';
import { tidyReport } from '@/lib/fill/report-tidy';
import { inCourtWords } from '@/lib/fill/question-words';
import { collectPage } from '@/lib/page/collect';
import { classifyControls } from '@/lib/recognise/classify';
import { courtQuestionsOn, siteFilledFields } from '@/entrypoints/assistant-ui/page-facts';
import { parseHtml, renderScreen } from '../support/replica';

afterEach(cleanup);

const facts = { locked: false, secretsWaiting: false, suggested: [], siteFilled: [] };

describe('tidying the fill report', () => {
  it('never lists an optional second address line as something to type', () => {
    const report = tidyReport({ ...emptyReport(), missing: ['mailing.line2', 'billing.line2', 'phone'] }, facts);
    expect(report.missing).toEqual(['phone']);
  });

  it('lists a saved secret the locked passphrase holds back as locked, not as missing', () => {
    const report = tidyReport(
      { ...emptyReport(), missing: ['password', 'passwordConfirm', 'email'] },
      { ...facts, locked: true },
    );
    expect(report.locked).toEqual(['password', 'passwordConfirm']);
    expect(report.missing).toEqual(['email']);
  });

  it('does not list a password just suggested as missing', () => {
    const report = tidyReport(
      { ...emptyReport(), missing: ['password', 'passwordConfirm', 'username'] },
      { ...facts, suggested: ['password', 'passwordConfirm'] },
    );
    expect(report.missing).toEqual(['username']);
    expect(report.locked).toEqual([]);
  });

  it('reports a box the site filled as the site’s, neither missing nor filled by us', () => {
    const report = tidyReport(
      { ...emptyReport(), filled: ['group.userInformation'], missing: ['group.name'] },
      { ...facts, siteFilled: ['group.name'] },
    );
    expect(report.filledBySite).toEqual(['group.name']);
    expect(report.missing).toEqual([]);
    expect(report.filled).toEqual(['group.userInformation']);
  });

  it('leaves out the secrets that wait for the person’s own Fill', () => {
    const report = tidyReport(
      { ...emptyReport(), missing: ['group.pin', 'phone'] },
      { ...facts, secretsWaiting: true },
    );
    expect(report.missing).toEqual(['phone']);
    expect(report.locked).toEqual([]);
  });
});

describe('a read-only box holding a value', () => {
  it('is reported as filled by the site, even when the profile says something else, and is not typed over', () => {
    const doc = parseHtml(
      '<form><label for="g">Group Name</label><input id="g" name="groupName" value="Dept of Revenue" readonly>' +
        '<label for="p">PIN</label><input id="p" type="password" name="pin"></form>',
    );
    const { page, elements } = collectPage(doc, new URL('https://www.courts.mo.gov/ecf/groupUser.do'));
    const classified = classifyControls(page.controls);
    const plan = planFill({
      screens: ['group-authentication'],
      classified,
      elements,
      values: { 'group.name': 'Department of Social Services' },
    });
    const { report } = insertFill(plan, { document: doc, isVisible: () => true });
    expect(report.filledBySite).toEqual(['group.name']);
    expect(report.filled).toEqual([]);
    expect(report.leftAlone).toEqual([]);
    expect(doc.querySelector<HTMLInputElement>('#g')!.value).toBe('Dept of Revenue');
    expect(siteFilledFields(classified, elements)).toEqual(['group.name']);
  });
});

describe("the court's security questions on the page", () => {
  it('are read from the lists (variant a), each once, without the placeholder', () => {
    const doc = parseHtml(renderScreen('security-questions', 'a'));
    expect(courtQuestionsOn(doc, () => true)).toEqual([
      "What is your mother's maiden name?",
      'What was the name of your first pet?',
      'In what city were you born?',
      'What was the make of your first car?',
      'What is the name of the elementary school you attended?',
      'What was your childhood nickname?',
      "What is your father's middle name?",
      'In what city did you meet your spouse or partner?',
    ]);
  });

  it('are none on a page whose questions are fixed text (variant b)', () => {
    const doc = parseHtml(renderScreen('security-questions', 'b'));
    expect(courtQuestionsOn(doc, () => true)).toEqual([]);
  });
});

function fillUi(over: Partial<FillUi> = {}): FillUi {
  return {
    profileLabel: 'Jane at DSS',
    locked: false,
    busy: false,
    error: '',
    report: null,
    canUndo: false,
    note: '',
    offerPassword: false,
    teaching: null,
    onFill: vi.fn(),
    onUndo: vi.fn(),
    onReplace: vi.fn(),
    onSuggestPassword: vi.fn(),
    onOpenOptions: vi.fn(),
    onTeachStart: vi.fn(),
    onTeachSave: vi.fn(),
    onTeachCancel: vi.fn(),
    ...over,
  };
}

describe('the fill report in the panel', () => {
  it('says "Filled 1 field. Check it", and "Filled 2 fields. Check them"', () => {
    const { rerender } = render(<FillSection {...fillUi({ report: { ...emptyReport(), filled: ['email'] } })} />);
    expect(screen.getByRole('status').querySelector('p')!.textContent).toBe(
      'Filled 1 field. Check it, then continue yourself.',
    );
    rerender(<FillSection {...fillUi({ report: { ...emptyReport(), filled: ['email', 'phone'] } })} />);
    expect(screen.getByRole('status').querySelector('p')!.textContent).toBe(
      'Filled 2 fields. Check them, then continue yourself.',
    );
    rerender(<FillSection {...fillUi({ report: emptyReport() })} />);
    expect(screen.getByRole('status').querySelector('p')!.textContent).toBe('Filled 0 fields.');
  });

  it('lists locked secrets under "Locked: unlock to fill" with an Unlock button that opens the passphrase section', () => {
    const ui = fillUi({
      locked: true,
      report: { ...emptyReport(), filled: ['username'], locked: ['password', 'passwordConfirm'] },
    });
    render(<FillSection {...ui} />);
    const group = document.querySelector('.report-group.locked')!;
    expect(group.querySelector('.report-title')!.textContent).toBe('Locked: unlock to fill');
    expect([...group.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Password', 'Password again']);
    expect(document.body.textContent).not.toContain('Not in your profile');
    const unlock = screen.getByRole('button', { name: 'Unlock' });
    fireEvent.click(unlock); // a page script's click does nothing
    expect(ui.onOpenOptions).not.toHaveBeenCalled();
    clickAsPerson(unlock);
    expect(ui.onOpenOptions).toHaveBeenCalledWith('passphrase');
  });

  it('"Add your details" opens the options page at the profile form', () => {
    const ui = fillUi({ profileLabel: null });
    render(<FillSection {...ui} />);
    clickAsPerson(screen.getByRole('button', { name: 'Add your details' }));
    expect(ui.onOpenOptions).toHaveBeenCalledWith('profile');
  });
});

describe('the suggested password in the panel', () => {
  const suggested = { password: 'Kq7#mP2!xZ9@wR4$', shown: false, profileLabel: 'Jane at DSS', copied: '' as const };

  it('is masked until Show, and can be copied', () => {
    const ui = fillUi({
      offerPassword: true,
      suggested: { ...suggested, kept: 'saved' },
      onShowPassword: vi.fn(),
      onCopyPassword: vi.fn(),
    });
    const { rerender } = render(<FillSection {...ui} />);
    const secret = document.querySelector('.password .secret')!;
    expect(secret.textContent).toBe('••••••••••••••••');
    expect(document.body.textContent).not.toContain('Kq7#mP2!xZ9@wR4$');
    clickAsPerson(screen.getByRole('button', { name: 'Show' }));
    expect(ui.onShowPassword).toHaveBeenCalledTimes(1);
    clickAsPerson(screen.getByRole('button', { name: 'Copy' }));
    expect(ui.onCopyPassword).toHaveBeenCalledTimes(1);
    rerender(<FillSection {...ui} suggested={{ ...suggested, kept: 'saved', shown: true }} />);
    expect(document.querySelector('.password .secret')!.textContent).toBe('Kq7#mP2!xZ9@wR4$');
    expect(screen.getByRole('button', { name: 'Hide' }).getAttribute('aria-pressed')).toBe('true');
    expect(document.body.textContent).toContain(
      'Kept, encrypted, in your profile “Jane at DSS”. At step 17, “Fill this page” types it for you.',
    );
  });

  it('without a passphrase: says it is not kept yet and offers "Set a passphrase now"', () => {
    const ui = fillUi({
      offerPassword: true,
      suggested: { ...suggested, kept: 'no-passphrase' },
      onSavePassword: vi.fn(),
    });
    render(<FillSection {...ui} />);
    expect(document.body.textContent).toContain(
      'Not kept yet: the assistant keeps passwords only behind a passphrase. Set one now, or write this password down: you need it to log on at step 17.',
    );
    clickAsPerson(screen.getByRole('button', { name: 'Set a passphrase now' }));
    expect(ui.onOpenOptions).toHaveBeenCalledWith('passphrase');
    clickAsPerson(screen.getByRole('button', { name: 'Keep it in my profile' }));
    expect(ui.onSavePassword).toHaveBeenCalledTimes(1);
  });
});

describe('saving the court’s questions from the panel', () => {
  it('offers the button, then says how many were saved', () => {
    const ui = fillUi({ courtQuestions: { count: 8, saved: false }, onSaveQuestions: vi.fn() });
    const { rerender } = render(<FillSection {...ui} />);
    const save = screen.getByRole('button', { name: 'Save the court’s questions' });
    fireEvent.click(save);
    expect(ui.onSaveQuestions).not.toHaveBeenCalled();
    clickAsPerson(save);
    expect(ui.onSaveQuestions).toHaveBeenCalledTimes(1);
    rerender(<FillSection {...ui} courtQuestions={{ count: 8, saved: true }} />);
    expect(document.body.textContent).toContain(
      'Saved 8 questions. Choose from them in your profile on the options page.',
    );
  });
});

const TYPED = {
  'security1.question': 'what is your mothers maiden name',
  'security1.answer': 'Smithers-9',
  'security2.question': 'In what city were you born',
  'security2.answer': 'Springfield-8',
  'security3.question': 'What was the name of your first pet?',
  'security3.answer': 'Rexford-7',
};

function fillQuestions(variant: 'a' | 'b') {
  const doc = parseHtml(renderScreen('security-questions', variant));
  const { page, elements } = collectPage(
    doc,
    new URL('https://www.courts.mo.gov/ecf/registration/securityQuestions.do'),
  );
  const classified = classifyControls(page.controls);
  const questions = [...courtQuestionsOn(doc, () => true), ...classified.flatMap((c) => c.question ?? [])];
  const plan = planFill({
    screens: ['security-questions'],
    classified,
    elements,
    values: inCourtWords(TYPED, questions),
  });
  return { doc, report: insertFill(plan, { document: doc, isVisible: () => true }).report };
}

describe('security questions typed a little differently from the court’s list', () => {
  it('are put in the court’s words when exactly one question is the same without apostrophes', () => {
    const court = ["What is your mother's maiden name?", "What is your father's middle name?"];
    expect(inCourtWords(TYPED, court)['security1.question']).toBe("What is your mother's maiden name?");
    expect(inCourtWords(TYPED, court)['security2.question']).toBe('In what city were you born');
    // Two wordings that are the same without apostrophes: no guess.
    const twice = ["Mother's maiden name?", 'Mothers maiden name'];
    expect(inCourtWords({ 'security1.question': 'mothers maiden name' }, twice)).toEqual({
      'security1.question': 'mothers maiden name',
    });
  });

  it('are chosen from the lists and answered (variant a: a missing apostrophe, other capitals, no question mark)', () => {
    const { doc, report } = fillQuestions('a');
    const chosen = [...doc.querySelectorAll<HTMLSelectElement>('select')].map((s) => s.options[s.selectedIndex]!.text);
    expect(chosen).toEqual([
      "What is your mother's maiden name?",
      'In what city were you born?',
      'What was the name of your first pet?',
    ]);
    expect(report.leftAlone).toEqual([]);
    expect([...doc.querySelectorAll<HTMLInputElement>('input[name^="secAnswer"]')].map((i) => i.value)).toEqual([
      'Smithers-9',
      'Springfield-8',
      'Rexford-7',
    ]);
  });

  it('are answered beside the court’s fixed questions (variant b)', () => {
    const { report } = fillQuestions('b');
    expect(report.unknownQuestions).toEqual([]);
    expect(report.filled).toEqual(expect.arrayContaining(['security1.answer', 'security2.answer', 'security3.answer']));
  });
});
