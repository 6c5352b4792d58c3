import { describe, expect, it } from 'vitest';
import { REPORT_FORMAT, currentValues, pageShapeReport } from '@/lib/page/report';
import { collectPageShape } from '@/lib/page/shape';
import * as screens from '../replica/screens.mjs';
import { SCREEN_IDS, VARIANTS, parseHtml, renderScreen } from '../support/replica';

const GROUP_NAMES = (screens.GROUPS as { name: string }[]).map((g) => g.name);
const SECURITY_QUESTIONS = screens.SECURITY_QUESTIONS as string[];
const STATE_NAMES = (screens.US_STATES as [string, string, string][]).map(([, name]) => name);

const COURT = 'https://www.courts.mo.gov';

interface Report {
  format: string;
  version: number;
  extension: string;
  path: string;
  title: string;
  headings: string[];
  actions: string[];
  fields: { type: string; name: string; labels: string[] }[];
}

function reportFor(doc: Document, url = `${COURT}/ecf/unknown.do`, typed: readonly string[] = currentValues(doc)) {
  const text = pageShapeReport(collectPageShape(doc, new URL(url)), typed, '0.1.0');
  return { text, json: JSON.parse(text) as Report };
}

const page = (body: string, title = 'Test page') =>
  parseHtml(`<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`);

const cases = SCREEN_IDS.flatMap((screen) => VARIANTS.map((variant) => ({ screen, variant })));

/**
 * Fill every text box and text area on the page with a distinctive value and
 * pick the last option of every drop-down; returns what was typed or chosen.
 */
function typeEverywhere(doc: Document): string[] {
  const typed: string[] = [];
  let n = 0;
  for (const el of doc.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(
    'input, textarea, select',
  )) {
    if (el instanceof HTMLSelectElement) {
      if (!el.options.length) continue;
      el.selectedIndex = el.options.length - 1;
      typed.push(el.options[el.selectedIndex]!.text);
    } else if (
      /^(text|email|tel|password|search|number|url|)$/.test(el.getAttribute('type') ?? '') ||
      el.tagName === 'TEXTAREA'
    ) {
      const value = `Privata${n++}Quill`;
      el.value = value;
      typed.push(value);
    }
  }
  return typed;
}

describe('the page-shape report', () => {
  it('is JSON in the mo-efiling-page-shape format, version 1, with the extension version', () => {
    const doc = parseHtml(renderScreen('logon', 'a'));
    const { json } = reportFor(doc);
    expect(REPORT_FORMAT).toBe('mo-efiling-page-shape');
    expect(Object.keys(json)).toEqual([
      'format',
      'version',
      'extension',
      'path',
      'title',
      'headings',
      'actions',
      'fields',
    ]);
    expect(json.format).toBe('mo-efiling-page-shape');
    expect(json.version).toBe(1);
    expect(json.extension).toBe('0.1.0');
    expect(json.title).toBe('eFiling Logon | Your Missouri Courts');
    expect(json.headings).toContain('Log on');
    expect(json.actions).toContain('Logon');
    expect(json.fields).toContainEqual({ type: 'text', name: 'j_username', labels: ['User name'] });
    expect(json.fields).toContainEqual({ type: 'password', name: 'j_password', labels: ['Password'] });
  });

  it.each(cases)('$screen ($variant): keeps the path, never the query or fragment', ({ screen, variant }) => {
    const doc = parseHtml(renderScreen(screen, variant, { token: 'secret' }));
    const { text, json } = reportFor(doc, `${COURT}/ecf/groupUser.do?token=secret&user=jdoe#frag`);
    expect(json.path).toBe('/ecf/groupUser.do');
    expect(text).not.toContain('secret');
    expect(text).not.toContain('token=');
    expect(text).not.toContain('jdoe');
    expect(text).not.toContain('#frag');
  });

  it.each(cases)('$screen ($variant): leaves out everything typed or chosen on the page', ({ screen, variant }) => {
    const doc = parseHtml(renderScreen(screen, variant));
    const typed = typeEverywhere(doc);
    const { text } = reportFor(doc);
    expect(text).not.toContain('Privata');
    for (const value of typed.filter((v) => v.trim().length >= 2)) expect(text).not.toContain(value);
  });

  it('reports what a page says, not what was typed in it (name-email, variant a)', () => {
    const doc = parseHtml(renderScreen('name-email', 'a'));
    typeEverywhere(doc);
    const { json } = reportFor(doc);
    expect(json.fields.map((f) => f.name)).toEqual([
      'q',
      'firstName',
      'middleName',
      'lastName',
      'email',
      'confirmEmail',
    ]);
    expect(json.fields.find((f) => f.name === 'email')).toEqual({
      type: 'email',
      name: 'email',
      labels: ['E-mail address'],
    });
  });

  it('blanks a typed value wherever the page repeats it in a heading or label', () => {
    const doc = page(`
      <h1>Confirm the account for Zelda Quartermaine</h1>
      <label for="n">Name (Zelda Quartermaine)</label><input id="n" name="fullName">
      <label for="c">Comments</label><textarea id="c" name="comments"></textarea>`);
    doc.querySelector<HTMLInputElement>('#n')!.value = 'Zelda Quartermaine';
    doc.querySelector<HTMLTextAreaElement>('#c')!.value = 'Confirm the account';
    const { text, json } = reportFor(doc);
    expect(text).not.toContain('Zelda');
    expect(text).not.toContain('Quartermaine');
    expect(json.headings).toContain('[typed] for [typed]');
    expect(json.fields[0]).toEqual({ type: 'text', name: 'fullName', labels: ['Name ([typed])'] });
  });

  it('blanks the chosen option of a drop-down where the page repeats it', () => {
    const doc = page(`
      <h2>Filing for Department of Revenue</h2>
      <label for="g">Group</label>
      <select id="g" name="group"><option value="">Choose</option><option value="DOR">Department of Revenue</option></select>`);
    doc.querySelector<HTMLSelectElement>('#g')!.value = 'DOR';
    const { json } = reportFor(doc);
    expect(json.headings).toContain('Filing for [typed]');
  });

  it('does not blank one-letter values (they would blank every word)', () => {
    const doc = page('<h1>Account details</h1><label for="m">Middle initial</label><input id="m" name="mi">');
    doc.querySelector<HTMLInputElement>('#m')!.value = 'a';
    const { json } = reportFor(doc);
    expect(json.headings).toContain('Account details');
    expect(json.fields[0]!.labels).toEqual(['Middle initial']);
  });

  // A typed value that contains a long number must be blanked whole, not only its number part
  // (masking the number first would stop the typed value matching).
  it('blanks all of a typed value even when part of it looks like a number', () => {
    const doc = page(`
      <h1>Ship to 12345 Elm Road</h1>
      <p>Signed in as jdoe12345</p>
      <label for="a">Street</label><input id="a" name="street">
      <label for="u">User name</label><input id="u" name="user">`);
    doc.querySelector<HTMLInputElement>('#a')!.value = '12345 Elm Road';
    doc.querySelector<HTMLInputElement>('#u')!.value = 'jdoe12345';
    const { text } = reportFor(doc);
    expect(text).not.toContain('Elm Road');
    expect(text).not.toContain('jdoe');
  });

  // The other way round: a short typed or chosen value (here "25 per page") inside a long number
  // must not cut the number into pieces too short to be masked.
  it('masks all of a long number even when a short typed value sits inside it', () => {
    const doc = page(`
      <h2>Reference 123-25-6789</h2>
      <label for="r">Rows</label><select id="r" name="rows"><option>10</option><option>25</option></select>`);
    doc.querySelector<HTMLSelectElement>('#r')!.selectedIndex = 1;
    expect(currentValues(doc)).toEqual(['25']);
    const { text } = reportFor(doc);
    expect(text).not.toContain('6789');
    expect(text).not.toContain('123');
  });

  it('masks e-mail addresses and long numbers in the title, headings, labels and actions', () => {
    const doc = page(
      `
      <h1>Account of jane.doe@example.com</h1>
      <h2>Call 573-751-4144 or write to J.Roe+court@mail.example.org</h2>
      <h3>Case 2024 CV 1234567 · Step 3 of 5</h3>
      <label for="k">Card 4111 1111 1111 1111</label><input id="k" name="card">
      <button type="submit">Send to pat@dss.example.gov</button>`,
      'Receipt 99887766 for sam@example.net',
    );
    const { text, json } = reportFor(doc, `${COURT}/ecf/receipt.do`, []);
    expect(json.title).toBe('Receipt [number] for [e-mail]');
    expect(json.headings).toEqual(
      expect.arrayContaining([
        'Account of [e-mail]',
        'Call [number] or write to [e-mail]',
        'Case [number] CV [number] · Step 3 of 5',
      ]),
    );
    expect(json.fields).toEqual([{ type: 'text', name: 'card', labels: ['Card [number]'] }]);
    expect(json.actions).toContain('Send to [e-mail]');
    for (const secret of [
      'jane.doe',
      'example.com',
      '751-4144',
      'J.Roe',
      '1234567',
      '4111',
      '99887766',
      'sam@',
      'pat@',
    ])
      expect(text).not.toContain(secret);
  });

  it('masks long numbers in the path too', () => {
    const doc = page('<h1>Case</h1>');
    const { json } = reportFor(doc, `${COURT}/ecf/case/20231234567/view.do?x=1`, []);
    expect(json.path).toBe('/ecf/case/[number]/view.do');
  });

  it('keeps short numbers, which name steps rather than people', () => {
    const doc = parseHtml(renderScreen('name-email', 'b'));
    const { json } = reportFor(doc);
    expect(json.headings).toContain('Account Registration - Step 3 of 5');
  });

  it('blanks every run of four digits or more (a PIN the page shows as text), keeps shorter ones', () => {
    const doc = page('<h1>Your group PIN is 4417 (step 19 of 26)</h1><p><label>Code x90210y <input name="c"></label></p>');
    const { json } = reportFor(doc, `${COURT}/ecf/unknown.do`, []);
    expect(json.headings).toEqual(['Your group PIN is [number] (step 19 of 26)']);
    expect(json.fields[0]!.labels).toEqual(['Code x[number]y']);
  });

  it.each(VARIANTS)('never lists the groups of the Group Name drop-down (variant %s)', (variant) => {
    const doc = parseHtml(renderScreen('group-authentication', variant));
    expect(doc.querySelectorAll('select option').length).toBe(GROUP_NAMES.length + 1);
    const { text, json } = reportFor(doc, `${COURT}/ecf/secure/groupAuthentication.do`, []);
    for (const name of GROUP_NAMES) expect(text).not.toContain(name);
    expect(text).not.toMatch(/Select (your )?group/i);
    expect(json.fields.find((f) => f.type === 'select')?.labels).toEqual([
      { a: 'Group Name', b: 'Group Name:', c: 'Filing group (agency)' }[variant],
    ]);
  });

  it('never lists the security questions of the drop-downs', () => {
    const doc = parseHtml(renderScreen('security-questions', 'a'));
    const { text, json } = reportFor(doc, `${COURT}/ecf/registration/securityQuestions.do`, []);
    for (const q of SECURITY_QUESTIONS) expect(text).not.toContain(q);
    expect(json.fields.filter((f) => f.type === 'select').map((f) => f.labels)).toEqual([
      ['Question'],
      ['Question'],
      ['Question'],
    ]);
  });

  it.each(VARIANTS)('never lists the states of the State drop-downs (variant %s)', (variant) => {
    const doc = parseHtml(renderScreen('addresses-phone', variant));
    const { text } = reportFor(doc, `${COURT}/ecf/registration/addressPhone.do`, []);
    // "Missouri" is in the site's own name, on every page.
    for (const state of STATE_NAMES.filter((s) => s !== 'Missouri')) expect(text).not.toContain(state);
  });

  it('never lists option texts of a drop-down inside a label, a table cell or beside bold text', () => {
    const doc = page(`
      <label>Home county <select name="county"><option>Callaway</option><option>Osage</option></select></label>
      <table><tr><td>Court <select name="court"><option>Cole County Circuit</option></select></td></tr></table>
      <div><b>Rows</b> <select name="rows"><option>Twenty-five rows</option></select></div>`);
    const { text, json } = reportFor(doc, `${COURT}/x`, []);
    for (const option of ['Callaway', 'Osage', 'Cole County', 'Twenty-five']) expect(text).not.toContain(option);
    expect(json.fields.map((f) => f.labels[0])).toEqual(['Home county', 'Court', 'Rows']);
  });

  it('never includes the text of a text area (the user agreement, variant b)', () => {
    const doc = parseHtml(renderScreen('user-agreement', 'b'));
    const { text } = reportFor(doc, `${COURT}/ecf/secure/userAgreement.do`, []);
    expect(text).not.toContain('This agreement governs');
    expect(text).not.toContain('group administrator');
    expect(text).toContain('eFiling User Agreement');
  });

  it('never includes text-area contents written into the page, even inside a label or block', () => {
    const doc = page(`
      <label>Notes <textarea name="notes">Call my supervisor Morgan</textarea></label>
      <div>About you<textarea name="about">I work in the Osage office</textarea></div>
      <table><tr><td>Details</td><td><textarea name="details">Private details here</textarea></td></tr></table>`);
    const { text, json } = reportFor(doc, `${COURT}/x`, []);
    for (const secret of ['Morgan', 'Osage', 'Private details']) expect(text).not.toContain(secret);
    expect(json.fields).toEqual([
      { type: 'textarea', name: 'notes', labels: ['Notes'] },
      { type: 'textarea', name: 'about', labels: ['About you'] },
      { type: 'textarea', name: 'details', labels: ['Details'] },
    ]);
  });
});

describe('currentValues', () => {
  it('lists typed text, text-area contents and the chosen option, in page order', () => {
    const doc = page(`
      <input name="a" type="text">
      <input name="b">
      <input name="c" type="email">
      <input name="d" type="password">
      <textarea name="e"></textarea>
      <select name="f"><option value="1">One</option><option value="2">Option two</option></select>
      <input name="g" type="checkbox" value="Y" checked>
      <input name="h" type="radio" value="R" checked>
      <input type="submit" value="Continue">
      <input type="button" value="Back">
      <input type="reset" value="Clear">
      <input type="image" alt="Go" value="Go">`);
    const [a, b, c, d] = doc.querySelectorAll('input');
    a!.value = 'Zelda';
    b!.value = 'no type attribute';
    c!.value = 'z@example.com';
    d!.value = 'hunter22';
    doc.querySelector('textarea')!.value = 'my notes';
    doc.querySelector('select')!.value = '2';
    expect(currentValues(doc)).toEqual([
      'Zelda',
      'no type attribute',
      'z@example.com',
      'hunter22',
      'my notes',
      'Option two',
    ]);
  });

  it('gives the first option of an untouched drop-down and nothing for an empty one', () => {
    const doc = page('<select><option>First</option><option>Second</option></select><select></select>');
    expect(currentValues(doc)).toEqual(['First']);
  });
});
