import { describe, expect, it } from 'vitest';
import { collectPage } from '@/lib/page/collect';
import { classifyControls } from '@/lib/recognise/classify';
import { insertFill, undoFill } from '@/lib/fill/insert';
import { planFill } from '@/lib/fill/plan';
import type { ScreenId } from '@/lib/procedure/procedure';
import type { ScreenValues } from '@/lib/profile/profile-values';
import { MANIFEST, SCREEN_IDS, VARIANTS, parseHtml, queryParts, renderScreen, type Variant } from '../support/replica';

const visible = () => true; // happy-dom has no layout; real visibility is tested in Chromium

/**
 * The profile's values as the background hands them out, written out by hand (not computed by the
 * product). The saved questions are deliberately in another order than any page shows them.
 */
const VALUES: ScreenValues = {
  noMobarNumber: true,
  username: 'jdoe_dss_2026',
  password: 'Str0ng!Passw0rd',
  passwordConfirm: 'Str0ng!Passw0rd',
  firstName: 'Jane',
  lastName: 'Doe',
  email: 'jane.doe@example.org',
  emailConfirm: 'jane.doe@example.org',
  'mailing.line1': '221 W High St',
  'mailing.line2': 'Room 4',
  'mailing.city': 'Jefferson City',
  'mailing.state': 'MO',
  'mailing.zip': '65101',
  billingSameAsMailing: false,
  'billing.line1': 'PO Box 88',
  'billing.line2': '',
  'billing.city': 'Jefferson City',
  'billing.state': 'Missouri',
  'billing.zip': '65102-0088',
  phone: '(573) 555-0100',
  'security1.question': 'What was the name of your first pet?',
  'security1.answer': 'Rex',
  'security2.question': "What is your mother's maiden name?",
  'security2.answer': 'Smith',
  'security3.question': 'In what city were you born?',
  'security3.answer': 'Springfield',
  'group.name': 'Department of Social Services',
  'group.pin': '4417',
  'group.userInformation': 'Position: Clerk; Department: Children’s Division; Supervisor: Ann Smith',
};

/** What each box must hold after the fill: its value, its ticked state, or its chosen option's text. */
const STATE_TEXT: Record<Variant, string> = { a: 'Missouri', b: 'Missouri', c: 'MO - Missouri' };
const GROUP_TEXT: Record<Variant, string> = {
  a: 'Department of Social Services',
  b: 'Department of Social Services',
  c: 'Social Services, Department of',
};
function expectedFor(variant: Variant): Record<string, string | boolean | string[]> {
  return {
    noMobarNumber: true,
    username: 'jdoe_dss_2026',
    password: 'Str0ng!Passw0rd',
    passwordConfirm: 'Str0ng!Passw0rd',
    firstName: 'Jane',
    lastName: 'Doe',
    email: 'jane.doe@example.org',
    emailConfirm: 'jane.doe@example.org',
    'mailing.line1': '221 W High St',
    'mailing.line2': 'Room 4',
    'mailing.city': 'Jefferson City',
    'mailing.state': STATE_TEXT[variant],
    'mailing.zip': variant === 'c' ? ['65101', ''] : '65101',
    billingSameAsMailing: false,
    'billing.line1': 'PO Box 88',
    'billing.line2': '',
    'billing.city': 'Jefferson City',
    'billing.state': STATE_TEXT[variant],
    'billing.zip': variant === 'c' ? ['65102', '0088'] : '65102-0088',
    phone: variant === 'c' ? ['573', '555', '0100'] : '(573) 555-0100',
    'group.name': GROUP_TEXT[variant],
    'group.pin': '4417',
    'group.userInformation': 'Position: Clerk; Department: Children’s Division; Supervisor: Ann Smith',
  };
}
/** Which answer belongs beside which question, however the page words it. */
const ANSWER_FOR = (question: string) =>
  /maiden/i.test(question) ? 'Smith' : /born/i.test(question) ? 'Springfield' : /pet/i.test(question) ? 'Rex' : '?';

const readBox = (el: Element): string | boolean => {
  if (el.tagName === 'SELECT') {
    const select = el as HTMLSelectElement;
    return select.options[select.selectedIndex]?.text ?? '';
  }
  const input = el as HTMLInputElement;
  return input.type === 'checkbox' ? input.checked : input.value;
};

/** Every control's state, to prove a fill touched nothing it should not. */
const snapshot = (doc: Document) => [...doc.querySelectorAll('input, select, textarea')].map(readBox);

/** The pipeline as the panel runs it: collect, classify, plan for the page's screens, insert. */
function fill(doc: Document, screens: ScreenId[], values: ScreenValues = VALUES, overwrite?: Set<string>) {
  const { page, elements } = collectPage(doc, new URL('https://www.courts.mo.gov/ecf/x.do'));
  const plan = planFill({ screens, classified: classifyControls(page.controls), elements, values });
  return insertFill(plan, { document: doc, isVisible: visible, overwrite: overwrite as Set<never> | undefined });
}

const cases = SCREEN_IDS.flatMap((screen) => VARIANTS.map((variant) => ({ screen, variant }))).filter(
  ({ screen }) => Object.keys(MANIFEST[screen].a.expected).length,
);

describe('filling every replica screen from a profile', () => {
  it.each(cases)(
    '$screen ($variant): every box gets its value, the person-only ones and everything else stay',
    ({ screen, variant }) => {
      const doc = parseHtml(renderScreen(screen, variant));
      const before = snapshot(doc);
      const { report, undo } = fill(doc, [screen]);
      const entry = MANIFEST[screen][variant];
      const expected = expectedFor(variant);
      const personOnly = Object.values(entry.personOnly ?? {});
      const touched = new Set<Element>();
      for (const [field, selector] of Object.entries(entry.expected)) {
        const boxes = queryParts(doc, selector).map((el) => el!);
        if (typeof selector === 'string' && personOnly.includes(selector)) {
          expect(readBox(boxes[0]!), `${field} is the person's to fill`).toBe(before[snapshotIndex(doc, boxes[0]!)]);
          expect(report.leftForYou).toContain(field);
          continue;
        }
        boxes.forEach((b) => touched.add(b));
        if (/^security\d\.(question|answer)$/.test(field)) continue; // checked pairwise below
        const want = expected[field];
        const got = boxes.length > 1 ? boxes.map((b) => readBox(b)) : readBox(boxes[0]!);
        if (field === 'group.name' && (boxes[0] as HTMLInputElement).readOnly) {
          // The invitation filled it: reported as the site's, never typed over.
          expect(report.filledBySite).toContain('group.name');
          continue;
        }
        expect(got, field).toEqual(want);
        if (want !== false && want !== '') expect(report.filled).toContain(field);
      }
      if (screen === 'security-questions') {
        for (const n of [1, 2, 3]) {
          const answer = readBox(doc.querySelector(entry.expected[`security${n}.answer`] as string)!);
          const questionBox = entry.expected[`security${n}.question`];
          const question = questionBox
            ? String(readBox(doc.querySelector(questionBox as string)!))
            : // Fixed questions: the question is the answer box's own label, in the cell before it.
              (doc.querySelector(entry.expected[`security${n}.answer`] as string)!.closest('tr')?.textContent ?? '');
          expect(answer, `answer ${n} beside "${question}"`).toBe(ANSWER_FOR(question));
        }
      }
      // Nothing outside the expected boxes changed.
      const after = snapshot(doc);
      [...doc.querySelectorAll('input, select, textarea')].forEach((el, i) => {
        if (!touched.has(el)) expect(after[i], `${el.getAttribute('name')} changed`).toBe(before[i]);
      });
      undoFill(undo);
      expect(snapshot(doc)).toEqual(before);
    },
  );

  it('fills a page that shows two screens at once (name, e-mail, addresses and phone on one page)', () => {
    const doc = parseHtml(renderScreen('name-email', 'c'));
    const { report } = fill(doc, ['name-email', 'addresses-phone']);
    expect(report.filled).toEqual([
      'firstName',
      'lastName',
      'email',
      'emailConfirm',
      'mailing.line1',
      'mailing.line2',
      'mailing.city',
      'mailing.state',
      'mailing.zip',
      'billing.line1',
      'billing.city',
      'billing.state',
      'billing.zip',
      'phone',
    ]);
    expect(report.reasons.phone).toEqual({ signal: 'label', text: 'Daytime phone number' });
    expect(report.boxes).toEqual({ 'mailing.zip': 2, 'billing.zip': 2, phone: 3 });
    expect(report.reasons['billing.zip']).toEqual({
      signal: 'placeholder',
      text: 'Zip',
      section: 'Where should invoices go?',
    });
  });

  it('never writes more than a box takes', () => {
    const doc = parseHtml(
      '<label for="p">Phone</label><input id="p" maxlength="10"><label for="z">ZIP</label><input id="z" maxlength="5">' +
        '<label for="c">City</label><input id="c" maxlength="4">',
    );
    const { report } = fill(doc, ['addresses-phone'], {
      phone: '(816) 555-0142',
      'mailing.zip': '65101-1234',
      'mailing.city': 'Jefferson City',
    });
    expect(doc.querySelector<HTMLInputElement>('#p')!.value).toBe('8165550142');
    expect(doc.querySelector<HTMLInputElement>('#z')!.value).toBe('65101');
    expect(doc.querySelector<HTMLInputElement>('#c')!.value).toBe('');
    expect(report.unsure).toEqual([{ why: 'too-long', field: 'mailing.city', text: 'City' }]);
  });

  it('types digits into a masked phone box and accepts the page reformatting them', () => {
    const doc = parseHtml('<label for="p">Daytime phone</label><input id="p" placeholder="(___) ___-____">');
    const box = doc.querySelector<HTMLInputElement>('#p')!;
    const typed: string[] = [];
    box.addEventListener('input', () => {
      typed.push(box.value);
      const d = box.value.replace(/\D/g, '');
      box.value = `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6, 10)}`;
    });
    const { report } = fill(doc, ['addresses-phone'], { phone: '573.555.0100' });
    expect(typed).toEqual(['5735550100']);
    expect(box.value).toBe('(573) 555-0100');
    expect(report.filled).toEqual(['phone']);
    expect(report.changedByPage).toEqual([]);
  });

  it('leaves a drop-down for the person when two choices fit equally', () => {
    const doc = parseHtml(
      '<label for="g">Group</label><select id="g"><option>Choose</option><option>Social Services, Dept. of</option>' +
        '<option>Dept. of Social Services</option></select><label for="p">PIN</label><input id="p" type="password">',
    );
    const { report } = fill(doc, ['group-authentication'], { 'group.name': 'Department of Social Services' });
    expect(doc.querySelector<HTMLSelectElement>('#g')!.selectedIndex).toBe(0);
    expect(report.leftAlone).toEqual([{ field: 'group.name', reason: 'ambiguous-option' }]);
  });

  it('leaves a box that already holds something else, and replaces it only when asked', () => {
    const doc = parseHtml(renderScreen('name-email', 'a'));
    const email = doc.querySelector<HTMLInputElement>('input[name="email"]')!;
    email.value = 'typed.by.hand@example.org';
    const first = fill(doc, ['name-email']);
    expect(first.report.leftAlone).toEqual([{ field: 'email', reason: 'holds-other-value' }]);
    expect(email.value).toBe('typed.by.hand@example.org');
    const second = fill(doc, ['name-email'], VALUES, new Set(['email']));
    expect(email.value).toBe('jane.doe@example.org');
    expect(second.report.filled).toContain('email');
  });

  it('never writes into a hidden, disabled or foreign-document box', () => {
    const doc = parseHtml(renderScreen('name-email', 'a'));
    const first = doc.querySelector<HTMLInputElement>('input[name="firstName"]')!;
    const last = doc.querySelector<HTMLInputElement>('input[name="lastName"]')!;
    last.disabled = true;
    const { page, elements } = collectPage(doc, new URL('https://www.courts.mo.gov/x'));
    const plan = planFill({
      screens: ['name-email'],
      classified: classifyControls(page.controls),
      elements,
      values: VALUES,
    });
    const { report } = insertFill(plan, { document: doc, isVisible: (el) => el !== first });
    expect(first.value).toBe('');
    expect(last.value).toBe('');
    expect(report.leftAlone).toEqual(
      expect.arrayContaining([
        { field: 'firstName', reason: 'hidden' },
        { field: 'lastName', reason: 'disabled' },
      ]),
    );
    const other = insertFill(plan, { document: parseHtml('<p></p>'), isVisible: visible });
    expect(other.report.filled).toEqual([]);
    expect(other.report.leftAlone.every((l) => l.reason === 'other-frame')).toBe(true);
  });

  it('without the secrets leaves passwords for the person and says they are not in the profile', () => {
    const doc = parseHtml(renderScreen('credentials', 'a'));
    const { report } = fill(doc, ['credentials'], { username: 'jdoe_dss_2026', password: '', passwordConfirm: '' });
    expect(report.missing).toEqual(['password', 'passwordConfirm']);
    expect(doc.querySelector<HTMLInputElement>('input[name="password"]')!.value).toBe('');
    expect(report.filled).toEqual(['username']);
  });

  it('picks the exact group, not a look-alike, and says when no choice matches', () => {
    const doc = parseHtml(renderScreen('group-authentication', 'a'));
    const select = doc.querySelector<HTMLSelectElement>('select[name="groupName"]')!;
    fill(doc, ['group-authentication'], { 'group.name': 'Department of Social Services' });
    expect(select.options[select.selectedIndex]!.text).toBe('Department of Social Services');
    const doc2 = parseHtml(renderScreen('group-authentication', 'a'));
    const r = fill(doc2, ['group-authentication'], { 'group.name': 'Dept of Nothing' });
    expect(r.report.leftAlone).toEqual([{ field: 'group.name', reason: 'no-such-option' }]);
  });

  it('fires bubbling input and change events the page can hear', () => {
    const doc = parseHtml(renderScreen('name-email', 'b'));
    const heard: string[] = [];
    doc.addEventListener('input', (e) => heard.push(`input:${(e.target as HTMLInputElement).name}`));
    doc.addEventListener('change', (e) => heard.push(`change:${(e.target as HTMLInputElement).name}`));
    fill(doc, ['name-email'], { firstName: 'Jane' });
    expect(heard).toEqual(['input:userForm.firstName', 'change:userForm.firstName']);
  });
});

function snapshotIndex(doc: Document, el: Element): number {
  return [...doc.querySelectorAll('input, select, textarea')].indexOf(el);
}
