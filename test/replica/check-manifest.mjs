// Ad-hoc self-check of the replica (not a vitest file): node test/replica/check-manifest.mjs
// - every manifest selector matches exactly one element, in every screen and variant, for two seeds
//   (group-authentication both with and without an invitation token);
// - ids are unique on a page, change with the seed, and no product field id leaks into the markup;
// - the pages' own validation scripts see values set programmatically with bubbling events only.
// Uses happy-dom from the project's node_modules.

import { Window } from 'happy-dom';
import { SCREENS, VARIANTS, DSS_TOKEN, SECURITY_QUESTIONS, renderScreen, renderPage, PAGE_NAMES } from './screens.mjs';
import { MANIFEST } from './manifest.mjs';

let failures = 0;
const fail = (msg) => {
  failures++;
  console.error(`FAIL ${msg}`);
};

function load(html, js = false) {
  const window = new Window({
    url: 'https://www.courts.mo.gov/',
    settings: { enableJavaScriptEvaluation: js, suppressInsecureJavaScriptEnvironmentWarning: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  window.document.open();
  window.document.write(html);
  window.document.close();
  return window;
}

// Product ids that could never be an honest input name on the court site.
const LEAK = ['noMobarNumber', 'passwordConfirm', 'emailConfirm', 'mailing.', 'billing.', 'billingSameAsMailing', 'security1.', 'group.pin', 'group.userInformation', 'group.name', 'data-field'];
const VALIDATED = ['credentials', 'name-email', 'addresses-phone', 'group-authentication'];

let checked = 0;
for (const id of SCREENS) {
  for (const v of VARIANTS) {
    const entry = MANIFEST[id]?.[v];
    if (!entry) {
      fail(`${id}/${v}: no manifest entry`);
      continue;
    }
    const modes = id === 'group-authentication' ? [{ token: '' }, { token: DSS_TOKEN }] : [{}];
    const idsBySeed = [];
    for (const mode of modes) {
      for (const seed of [0, 7]) {
        const html = renderScreen(id, v, { seed, ...mode, values: { 'group.name': 'Department of Social Services', displayName: 'A B' } });
        const tag = `${id}/${v}${mode.token ? '+token' : ''} seed ${seed}`;
        for (const word of LEAK) if (html.includes(word)) fail(`${tag}: markup contains product id "${word}"`);
        const win = load(html);
        const doc = win.document;
        const selectors = { ...entry.expected, ...Object.fromEntries(Object.entries(entry.personOnly).map(([k, s]) => [`personOnly.${k}`, s])), ...(entry.actions || {}) };
        if (entry.submit) selectors.submit = entry.submit;
        for (const [field, sel] of Object.entries(selectors)) {
          const n = doc.querySelectorAll(sel).length;
          checked++;
          if (n !== 1) fail(`${tag}: ${field} -> ${sel} matched ${n}`);
        }
        const ids = [...doc.querySelectorAll('[id]')].map((e) => e.id);
        if (new Set(ids).size !== ids.length) fail(`${tag}: duplicate ids`);
        for (const label of doc.querySelectorAll('label[for]'))
          if (!doc.getElementById(label.getAttribute('for'))) fail(`${tag}: label for=${label.getAttribute('for')} has no target`);
        for (const must of ['Missouri Courts', 'Your Missouri Courts', 'Office of State Courts Administrator'])
          if (!doc.body.textContent.replace(/\s+/g, ' ').toLowerCase().includes(must.toLowerCase())) fail(`${tag}: chrome text "${must}" missing`);
        idsBySeed.push(ids.filter((x) => x !== 'content' && x !== 'continue').join(','));
        await win.happyDOM.close();
      }
    }
    if (idsBySeed[0] && idsBySeed[0] === idsBySeed[1]) fail(`${id}/${v}: ids do not change with the seed`);

    // each selector points at the right box: values rendered back land where the manifest says
    {
      const SECRET = ['password', 'passwordConfirm', 'captcha', 'group.pin', 'acknowledge', 'noMobarNumber', 'billingSameAsMailing'];
      const values = {};
      const want = {};
      Object.keys(entry.expected).forEach((k, i) => {
        if (SECRET.includes(k)) return;
        if (k.endsWith('.state')) [values[k], want[k]] = [k.startsWith('mailing') ? 'MO' : 'KS', k.startsWith('mailing') ? ['MO', '29'] : ['KS', '20']];
        else if (/^security\d\.question$/.test(k)) [values[k], want[k]] = [SECURITY_QUESTIONS[i % 8], [String((i % 8) + 1)]];
        else if (k === 'group.name') [values[k], want[k]] = ['Department of Revenue', ['DOR', '1022']];
        else [values[k], want[k]] = [`val-${i}`, [`val-${i}`]];
      });
      const win = load(renderScreen(id, v, { seed: 1, values }));
      for (const [k, accepted] of Object.entries(want)) {
        const el = win.document.querySelector(entry.expected[k]);
        // happy-dom 21 reports a wrong select.value when markup carries option[selected]; read the attribute
        const got = el?.tagName === 'SELECT' ? el.querySelector('option[selected]')?.getAttribute('value') : el?.value;
        if (!el || !accepted.includes(got)) fail(`${id}/${v}: ${k} shows "${got}" (wanted ${accepted.join('|')})`);
      }
      await win.happyDOM.close();
    }

    // the page's own validation script
    if (VALIDATED.includes(id)) {
      const win = load(renderScreen(id, v, { seed: 3 }), true);
      const doc = win.document;
      if (!win.__replicaSeen) fail(`${id}/${v}: validation script did not run`);
      const fields = Object.entries(entry.expected)
        .map(([k, sel]) => [k, doc.querySelector(sel)])
        .filter(([, el]) => el && el.tagName !== 'SELECT' && el.type !== 'checkbox' && !el.readOnly);
      const [[k1, el1], [k2, el2]] = fields;
      el1.value = 'Sample 1';
      el1.dispatchEvent(new win.Event('input', { bubbles: true }));
      const key1 = Object.keys(win.__replicaSeen || {}).find((k) => k === el1.name || k.startsWith(`${el1.name}#`));
      if (!key1 || win.__replicaSeen[key1] !== 'Sample 1') fail(`${id}/${v}: bubbling input on ${k1} not seen`);
      const status = el1.nextElementSibling;
      if (!status || !/\u2713|check|digits|ZIP|match/.test(status.textContent)) fail(`${id}/${v}: no inline status after ${k1} (${status?.textContent})`);
      el2.value = 'Sample 2';
      el2.dispatchEvent(new win.Event('input', { bubbles: false }));
      if (Object.values(win.__replicaSeen || {}).includes('Sample 2')) fail(`${id}/${v}: non-bubbling input on ${k2} was seen`);
      el2.dispatchEvent(new win.Event('blur'));
      if (!Object.values(win.__replicaSeen || {}).includes('Sample 2')) fail(`${id}/${v}: blur on ${k2} not seen`);
      await win.happyDOM.close();
    }
  }
}
for (const name of PAGE_NAMES)
  for (const v of VARIANTS) {
    const html = renderPage(name, { variant: v });
    if (!html.includes('Missouri Courts')) fail(`page ${name}/${v}: chrome missing`);
  }

console.log(`${checked} selector checks over ${SCREENS.length} screens x ${VARIANTS.length} variants; ${failures} failure(s)`);
process.exit(failures ? 1 : 0);
