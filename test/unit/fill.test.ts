import { describe, expect, it } from 'vitest';
import { matchFields } from '@/lib/recognise/classify';
import { insertFill, undoFill } from '@/lib/fill/insert';
import { planFill } from '@/lib/fill/plan';
import type { FieldId } from '@/lib/fields';
import { allValues, valuesForScreen } from '@/lib/profile-values';
import { ProfileInputSchema, splitSecrets } from '@/lib/profile';
import { MANIFEST, SCREEN_IDS, VARIANTS, parseHtml, renderScreen } from '../support/replica';

const input = ProfileInputSchema.parse({
  label: 'Jane at DSS',
  username: 'jdoe_dss_2026',
  firstName: 'Jane',
  lastName: 'Doe',
  email: 'jane.doe@example.org',
  phone: '573-555-0100',
  mailingAddress: { line1: '221 W High St', line2: 'Room 4', city: 'Jefferson City', state: 'MO', zip: '65101' },
  billingAddress: { line1: 'PO Box 88', line2: '', city: 'Jefferson City', state: 'Missouri', zip: '65102-0088' },
  securityQuestions: [
    { question: "What is your mother's maiden name?", answer: 'Smith' },
    { question: 'In what city were you born?', answer: 'Springfield' },
    { question: 'What was the name of your first pet?', answer: 'Rex' },
  ],
  group: {
    name: 'Department of Social Services',
    pin: '4417',
    position: 'Clerk',
    department: 'Children’s Division',
    supervisor: 'Ann Smith',
  },
});
const { data, secrets } = splitSecrets(input);
const SECRETS = { ...secrets, password: 'Str0ng!Passw0rd' };
const visible = () => true; // happy-dom has no layout; real visibility is tested in Chromium

/** Every control's state, to prove a fill touched nothing it should not. */
const snapshot = (doc: Document) =>
  [...doc.querySelectorAll<HTMLInputElement>('input, select, textarea')].map((el) =>
    el.type === 'checkbox'
      ? String(el.checked)
      : el.tagName === 'SELECT'
        ? String((el as unknown as HTMLSelectElement).selectedIndex)
        : el.value,
  );

const cases = SCREEN_IDS.flatMap((screen) => VARIANTS.map((variant) => ({ screen, variant }))).filter(
  ({ screen }) => Object.keys(MANIFEST[screen].a.expected).length,
);

describe('filling every replica screen from a profile', () => {
  it.each(cases)(
    '$screen ($variant): fills its fields, leaves the person-only ones and everything else',
    ({ screen, variant }) => {
      const doc = parseHtml(renderScreen(screen, variant));
      const before = snapshot(doc);
      const plan = planFill(screen, matchFields(doc, screen), valuesForScreen(data, SECRETS, screen));
      const { report, undo } = insertFill(plan, { document: doc, isVisible: visible });
      const entry = MANIFEST[screen][variant];
      const all = allValues(data, SECRETS);
      const personOnly = Object.values(entry.personOnly ?? {});
      const filledElements = new Set<Element>();
      for (const [field, selector] of Object.entries(entry.expected)) {
        const el = doc.querySelector<HTMLInputElement>(selector)!;
        if (personOnly.includes(selector)) {
          expect(el.type === 'checkbox' ? el.checked : el.value, `${field} is the person's to fill`).toBe(
            el.type === 'checkbox' ? false : '',
          );
          expect(report.leftForYou).toContain(field);
          continue;
        }
        if (field === 'billingSameAsMailing') continue; // the profile has a separate billing address
        const want = all[field as FieldId];
        if (want === '') {
          expect(report.missing, `${field} is empty in the profile`).toContain(field);
          continue;
        }
        filledElements.add(el);
        if (el.type === 'checkbox') expect(el.checked, field).toBe(want);
        else if (el.tagName === 'SELECT') {
          const select = el as unknown as HTMLSelectElement;
          const text = select.options[select.selectedIndex]!.text;
          if (field.endsWith('.state')) expect(['Missouri', 'MO']).toContain(text);
          else expect(text, field).toBe(want);
        } else if (field === 'group.name' && el.readOnly) expect(el.value).toBe('Department of Social Services');
        else if (/security\d\.answer/.test(field) && variant === 'b') {
          // Fixed questions: the answer saved for that same question.
          expect(['Smith', 'Springfield', 'Rex']).toContain(el.value);
        } else expect(el.value, field).toBe(want);
        expect(report.filled).toContain(field);
      }
      // Nothing outside the expected fields changed.
      const after = snapshot(doc);
      const controls = [...doc.querySelectorAll('input, select, textarea')];
      controls.forEach((el, i) => {
        if (!filledElements.has(el)) expect(after[i], `${el.getAttribute('name')} changed`).toBe(before[i]);
      });
      // Undo puts everything back.
      undoFill(undo);
      expect(snapshot(doc)).toEqual(before);
    },
  );

  it('leaves a field that already holds something else, and replaces it only when asked', () => {
    const doc = parseHtml(renderScreen('name-email', 'a'));
    const email = doc.querySelector<HTMLInputElement>('input[name="email"]')!;
    email.value = 'typed.by.hand@example.org';
    const plan = planFill('name-email', matchFields(doc, 'name-email'), valuesForScreen(data, SECRETS, 'name-email'));
    const first = insertFill(plan, { document: doc, isVisible: visible });
    expect(first.report.leftAlone).toEqual([{ field: 'email', reason: 'holds-other-value' }]);
    expect(email.value).toBe('typed.by.hand@example.org');
    const second = insertFill(plan, { document: doc, isVisible: visible, overwrite: new Set(['email']) });
    expect(email.value).toBe('jane.doe@example.org');
    expect(second.report.filled).toContain('email');
  });

  it('never writes into a hidden, disabled or foreign-document field', () => {
    const doc = parseHtml(renderScreen('name-email', 'a'));
    const first = doc.querySelector<HTMLInputElement>('input[name="firstName"]')!;
    const last = doc.querySelector<HTMLInputElement>('input[name="lastName"]')!;
    last.disabled = true;
    const plan = planFill('name-email', matchFields(doc, 'name-email'), valuesForScreen(data, SECRETS, 'name-email'));
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

  it('without a passphrase leaves passwords, answers and the PIN for the person', () => {
    const doc = parseHtml(renderScreen('credentials', 'a'));
    const plan = planFill('credentials', matchFields(doc, 'credentials'), valuesForScreen(data, {}, 'credentials'));
    const { report } = insertFill(plan, { document: doc, isVisible: visible });
    expect(report.missing).toEqual(['password', 'passwordConfirm']);
    expect(doc.querySelector<HTMLInputElement>('input[name="password"]')!.value).toBe('');
    expect(report.filled).toEqual(['username']);
  });

  it('picks the exact group, not a look-alike, and says when no choice matches', () => {
    const doc = parseHtml(renderScreen('group-authentication', 'a'));
    const matches = matchFields(doc, 'group-authentication');
    const select = doc.querySelector<HTMLSelectElement>('select[name="groupName"]')!;
    insertFill(planFill('group-authentication', matches, { 'group.name': 'Department of Social Services' }), {
      document: doc,
      isVisible: visible,
    });
    expect(select.options[select.selectedIndex]!.text).toBe('Department of Social Services');
    const doc2 = parseHtml(renderScreen('group-authentication', 'a'));
    const r = insertFill(
      planFill('group-authentication', matchFields(doc2, 'group-authentication'), { 'group.name': 'Dept of Nothing' }),
      {
        document: doc2,
        isVisible: visible,
      },
    );
    expect(r.report.leftAlone).toEqual([{ field: 'group.name', reason: 'no-such-option' }]);
  });

  it('fires bubbling input and change events the page can hear', () => {
    const doc = parseHtml(renderScreen('name-email', 'b'));
    const heard: string[] = [];
    doc.addEventListener('input', (e) => heard.push(`input:${(e.target as HTMLInputElement).name}`));
    doc.addEventListener('change', (e) => heard.push(`change:${(e.target as HTMLInputElement).name}`));
    insertFill(planFill('name-email', matchFields(doc, 'name-email'), { firstName: 'Jane' }), {
      document: doc,
      isVisible: visible,
    });
    expect(heard).toEqual(['input:userForm.firstName', 'change:userForm.firstName']);
  });
});
