// Ad-hoc self-check of the replica (not a vitest file): node test/replica/check-manifest.mjs
// - every manifest selector (every part of an array selector) matches exactly one element, in every
//   screen and variant and on variant c's combined pages, for two seeds (group-authentication both
//   with and without an invitation token);
// - ids are unique on a page, change with the seed, and no product field id leaks into the markup;
// - values rendered back land in the boxes the manifest names (split boxes part by part);
// - values typed into the boxes the manifest names, posted as a browser would, come back from
//   readForm() as the right product fields (split boxes joined);
// - the pages' own validation scripts see values set programmatically with bubbling events only;
//   the masked phone box rewrites digits into "(___) ___-____";
// - the look-alike pages render in every variant;
// - a walk over HTTP through the running server, per variant: registration (variant c's combined
//   contact page fills name-email AND addresses-phone values of the session), the e-mail link,
//   logon, group authentication, user agreement, eFiling menu, preferences.
// Uses happy-dom from the project's node_modules; the server from ./server.mjs.

import https from 'node:https';
import { Window } from 'happy-dom';
import {
  SCREENS, VARIANTS, DSS_TOKEN, GROUPS, SECURITY_QUESTIONS, SECURITY_QUESTIONS_C, US_STATES, stateValueC,
  renderScreen, renderCombined, renderPage, readForm, PAGE_NAMES,
} from './screens.mjs';
import { MANIFEST, COMBINED, MASKED_PHONE, selectorParts } from './manifest.mjs';
import { startReplica } from './server.mjs';

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
const SECRET = ['password', 'passwordConfirm', 'captcha', 'group.pin', 'acknowledge', 'noMobarNumber', 'billingSameAsMailing'];

const fips = (code) => US_STATES.find((r) => r[0] === code)?.[2];
const stateOptionValue = (v, code) => (v === 'a' ? code : v === 'b' ? fips(code) : stateValueC(code));
const questionList = (v) => (v === 'c' ? SECURITY_QUESTIONS_C.map(([val, text]) => [val, text]) : SECURITY_QUESTIONS.map((q, i) => [String(i + 1), q]));
const groupOptionValue = (v, name) => {
  const g = GROUPS.find((x) => x.name === name);
  return v === 'a' ? g.code : v === 'b' ? g.num : g.cid;
};
/** How a value is typed into split boxes: phone 3/3/4 digits, ZIP 5 + 4. */
function splitValue(field, value, n) {
  if (n === 1) return [value];
  if (field === 'phone') {
    const d = value.replace(/\D/g, '');
    return [d.slice(0, 3), d.slice(3, 6), d.slice(6, 10)];
  }
  const [z5, z4 = ''] = value.split('-');
  return [z5, z4];
}
const optionValue = (o) => o.getAttribute('value') ?? o.textContent;
const selectedValue = (el) => el.querySelector('option[selected]')?.getAttribute('value'); // see happy-dom note in README

/** Every selector of an entry, array parts flattened: [[label, selector]]. */
function allSelectors(entry) {
  const out = [];
  for (const [field, sel] of Object.entries(entry.expected)) {
    const parts = selectorParts(sel);
    parts.forEach((s, j) => out.push([parts.length > 1 ? `${field}[${j}]` : field, s]));
  }
  for (const [k, s] of Object.entries(entry.personOnly ?? {})) out.push([`personOnly.${k}`, s]);
  for (const [k, s] of Object.entries(entry.actions ?? {})) out.push([`action.${k}`, s]);
  if (entry.submit) out.push(['submit', entry.submit]);
  return out;
}

let checked = 0;

/** Selectors, ids, leaks, labels, chrome; for seeds 0 and 7 and every mode. */
async function checkMarkup(tag, entry, render, modes = [{}]) {
  const idsBySeed = [];
  for (const mode of modes) {
    for (const seed of [0, 7]) {
      const html = render({ seed, ...mode, values: { 'group.name': 'Department of Social Services', displayName: 'A B' } });
      const t = `${tag}${mode.token ? '+token' : ''} seed ${seed}`;
      for (const word of LEAK) if (html.includes(word)) fail(`${t}: markup contains product id "${word}"`);
      const win = load(html);
      const doc = win.document;
      for (const [field, sel] of allSelectors(entry)) {
        const n = doc.querySelectorAll(sel).length;
        checked++;
        if (n !== 1) fail(`${t}: ${field} -> ${sel} matched ${n}`);
      }
      checkDocument(t, doc);
      idsBySeed.push([...doc.querySelectorAll('[id]')].map((e) => e.id).filter((x) => x !== 'content' && x !== 'continue').join(','));
      await win.happyDOM.close();
    }
  }
  if (idsBySeed[0] && idsBySeed[0] === idsBySeed[1]) fail(`${tag}: ids do not change with the seed`);
}

function checkDocument(t, doc) {
  const ids = [...doc.querySelectorAll('[id]')].map((e) => e.id);
  if (new Set(ids).size !== ids.length) fail(`${t}: duplicate ids`);
  for (const label of doc.querySelectorAll('label[for]'))
    if (!doc.getElementById(label.getAttribute('for'))) fail(`${t}: label for=${label.getAttribute('for')} has no target`);
  for (const el of doc.querySelectorAll('[aria-labelledby]'))
    for (const ref of el.getAttribute('aria-labelledby').split(/\s+/))
      if (!doc.getElementById(ref)) fail(`${t}: aria-labelledby=${ref} has no target`);
  for (const must of ['Missouri Courts', 'Your Missouri Courts', 'Office of State Courts Administrator'])
    if (!doc.body.textContent.replace(/\s+/g, ' ').toLowerCase().includes(must.toLowerCase())) fail(`${t}: chrome text "${must}" missing`);
}

/** Values rendered back (errors re-render) show in the boxes the manifest names. */
async function checkRenderBack(tag, entry, render, v) {
  const values = {};
  const want = {}; // field -> per part: accepted values
  const questions = questionList(v);
  Object.entries(entry.expected).forEach(([k, sel], i) => {
    if (SECRET.includes(k)) return;
    const n = selectorParts(sel).length;
    if (k.endsWith('.state')) {
      const code = k.startsWith('mailing') ? 'MO' : 'KS';
      [values[k], want[k]] = [code, [[stateOptionValue(v, code)]]];
    } else if (/^security\d\.question$/.test(k)) {
      const [val, text] = questions[i % questions.length];
      [values[k], want[k]] = [text, [[val]]];
    } else if (k === 'group.name') [values[k], want[k]] = ['Department of Revenue', [[groupOptionValue(v, 'Department of Revenue')]]];
    else if (k === 'phone') [values[k], want[k]] = ['573-555-0100', n === 3 ? [['573'], ['555'], ['0100']] : [['573-555-0100', '(573) 555-0100']]];
    else if (k.endsWith('.zip')) [values[k], want[k]] = ['65101-0088', n === 2 ? [['65101'], ['0088']] : [['65101-0088']]];
    else [values[k], want[k]] = [`val-${i}`, [[`val-${i}`]]];
  });
  const win = load(render({ seed: 1, values }));
  for (const [k, accepted] of Object.entries(want)) {
    selectorParts(entry.expected[k]).forEach((sel, j) => {
      const el = win.document.querySelector(sel);
      const got = el?.tagName === 'SELECT' ? selectedValue(el) : el?.value;
      if (!el || !accepted[j].includes(got)) fail(`${tag}: ${k}${j ? `[${j}]` : ''} shows "${got}" (wanted ${accepted[j].join('|')})`);
    });
  }
  await win.happyDOM.close();
}

/**
 * Put one value into the box(es) a selector names, the way a person would. Returns the value the
 * product would mean by it (what readForm must give back), or undefined when nothing was set.
 */
function setField(doc, v, field, sel, value) {
  const parts = selectorParts(sel).map((s) => doc.querySelector(s));
  const el = parts[0];
  if (!el || parts.some((p) => !p)) return undefined;
  if (el.tagName === 'INPUT' && el.type === 'checkbox') {
    el.checked = Boolean(value);
    return value ? 'true' : '';
  }
  if (el.readOnly) return undefined;
  if (el.tagName === 'SELECT') {
    const options = [...el.querySelectorAll('option')];
    let option;
    if (field.endsWith('.state')) option = options.find((o) => optionValue(o) === stateOptionValue(v, value));
    else if (field === 'group.name') option = options.find((o) => optionValue(o) === groupOptionValue(v, value));
    else if (/^#\d+$/.test(value)) option = options[Number(value.slice(1))];
    if (!option) return undefined;
    el.value = optionValue(option);
    if (field.endsWith('.state') || field === 'group.name') return value;
    return option.textContent;
  }
  splitValue(field, value, parts.length).forEach((x, j) => {
    parts[j].value = x;
  });
  return value;
}

/** The form a browser would send when `submitEl` is pressed. */
function serialize(form, submitEl) {
  const p = new URLSearchParams();
  for (const el of form.querySelectorAll('input, select, textarea')) {
    if (!el.name || el.disabled) continue;
    const type = (el.getAttribute('type') || 'text').toLowerCase();
    if (el.tagName === 'INPUT' && ['submit', 'button', 'image', 'reset', 'file'].includes(type)) continue;
    if (el.tagName === 'INPUT' && (type === 'checkbox' || type === 'radio')) {
      if (el.checked) p.append(el.name, el.getAttribute('value') ?? 'on');
    } else if (el.tagName === 'SELECT') {
      const o = el.options[el.selectedIndex];
      if (o) p.append(el.name, optionValue(o));
    } else p.append(el.name, el.value);
  }
  if (submitEl?.name && ['BUTTON', 'INPUT'].includes(submitEl.tagName)) p.append(submitEl.name, submitEl.value);
  return p;
}

function sampleValue(field, i, v) {
  if (SECRET.includes(field) && ['noMobarNumber', 'billingSameAsMailing', 'acknowledge'].includes(field)) return true;
  if (field.endsWith('.state')) return field.startsWith('mailing') ? 'MO' : 'KS';
  if (field === 'group.name') return 'Department of Revenue';
  if (/^security\d\.question$/.test(field)) return `#${Number(field[8]) + (v === 'c' ? 1 : 2)}`;
  if (field === 'phone') return '573-555-0100';
  if (field.endsWith('.zip')) return i % 2 ? '65101-0088' : '64105';
  return `Posted ${i} ${field.length}`;
}

/** Typed into the manifest's boxes and posted: readForm gives every field back. */
async function checkPostBack(tag, entry, render, readers, v) {
  const win = load(render({ seed: 2 }));
  const doc = win.document;
  const intended = {};
  Object.entries(entry.expected).forEach(([k, sel], i) => {
    const meant = setField(doc, v, k, sel, sampleValue(k, i, v));
    if (meant !== undefined) intended[k] = meant;
  });
  const first = doc.querySelector(selectorParts(Object.values(entry.expected)[0])[0]);
  const form = first?.closest('form');
  const submitEl = entry.submit ? doc.querySelector(entry.submit) : null;
  if (!form) fail(`${tag}: no form around the fields`);
  else {
    if (submitEl && submitEl.closest('form') !== form) fail(`${tag}: submit is not in the fields' form`);
    const params = serialize(form, submitEl);
    const got = Object.assign({}, ...readers.map(([id, rv]) => readForm(id, rv, params)));
    for (const [k, want] of Object.entries(intended)) {
      checked++;
      if (got[k] !== want) fail(`${tag}: posted ${k}="${want}" but readForm gave "${got[k]}"`);
    }
  }
  await win.happyDOM.close();
}

/** The page's own validation script hears bubbling input/change and blur, nothing else. */
async function checkValidation(tag, entry, render) {
  const win = load(render({ seed: 3 }), true);
  const doc = win.document;
  if (!win.__replicaSeen) fail(`${tag}: validation script did not run`);
  const fields = Object.entries(entry.expected)
    .flatMap(([k, sel]) => selectorParts(sel).map((s) => [k, doc.querySelector(s)]))
    .filter(([, el]) => el && el.tagName !== 'SELECT' && el.type !== 'checkbox' && !el.readOnly);
  const [[k1, el1], [k2, el2]] = fields;
  el1.value = 'Sample 1';
  el1.dispatchEvent(new win.Event('input', { bubbles: true }));
  const key1 = Object.keys(win.__replicaSeen || {}).find((k) => k === el1.name || k.startsWith(`${el1.name}#`));
  if (!key1 || win.__replicaSeen[key1] !== 'Sample 1') fail(`${tag}: bubbling input on ${k1} not seen`);
  const status = el1.nextElementSibling;
  if (!status || !/\u2713|check|digits|ZIP|match/.test(status.textContent)) fail(`${tag}: no inline status after ${k1} (${status?.textContent})`);
  el2.value = 'Sample 2';
  el2.dispatchEvent(new win.Event('input', { bubbles: false }));
  if (Object.values(win.__replicaSeen || {}).includes('Sample 2')) fail(`${tag}: non-bubbling input on ${k2} was seen`);
  el2.dispatchEvent(new win.Event('blur'));
  if (!Object.values(win.__replicaSeen || {}).includes('Sample 2')) fail(`${tag}: blur on ${k2} not seen`);
  await win.happyDOM.close();
}

// ------------------------------------------------------------------ every screen, every variant
for (const id of SCREENS) {
  for (const v of VARIANTS) {
    const entry = MANIFEST[id]?.[v];
    if (!entry) {
      fail(`${id}/${v}: no manifest entry`);
      continue;
    }
    const render = (opts) => renderScreen(id, v, opts);
    await checkMarkup(`${id}/${v}`, entry, render, id === 'group-authentication' ? [{ token: '' }, { token: DSS_TOKEN }] : [{}]);
    await checkRenderBack(`${id}/${v}`, entry, render, v);
    if (Object.keys(entry.expected).length) await checkPostBack(`${id}/${v}`, entry, render, [[id, v]], v);
    if (VALIDATED.includes(id)) await checkValidation(`${id}/${v}`, entry, render);
    if (entry.combined && entry.path !== COMBINED[entry.combined]?.path) fail(`${id}/${v}: path is not its combined page's`);
  }
}

// ------------------------------------------------------------------ variant c's combined pages
const combinedCases = [
  ['contact-details', COMBINED['contact-details'], {}, [['name-email', 'c'], ['addresses-phone', 'c']]],
  ['contact-details (masked phone)', MASKED_PHONE, MASKED_PHONE.options, [['contact-details', 'c']]],
  ['login-security', COMBINED['login-security'], {}, [['login-security', 'c']]],
];
for (const [name, entry, options, readers] of combinedCases) {
  const id = entry.combined ?? name;
  const render = (opts) => renderCombined(id, { ...options, ...opts });
  const tag = `combined ${name}`;
  for (const screen of entry.screens) {
    const part = MANIFEST[screen].c.expected;
    const personOnly = MANIFEST[screen].c.personOnly;
    for (const k of Object.keys(part)) if (!(k in entry.expected) && !(k in personOnly)) fail(`${tag}: ${screen}'s field ${k} missing`);
  }
  await checkMarkup(tag, entry, render);
  await checkRenderBack(tag, entry, render, 'c');
  await checkPostBack(tag, entry, render, readers, 'c');
  await checkValidation(tag, entry, render);
}
// the flow's contact page is the same markup as the screens name-email and addresses-phone
for (const screen of COMBINED['contact-details'].screens)
  if (renderScreen(screen, 'c', { seed: 4 }) !== renderCombined('contact-details', { seed: 4 }))
    fail(`${screen}/c is not the contact-details page`);
{
  // the mask: digits typed (or set and announced with a bubbling input event) become "(573) 555-0100"
  const win = load(renderCombined('contact-details', { seed: 5, phone: 'masked' }), true);
  const box = win.document.querySelector(MASKED_PHONE.expected.phone);
  if (box?.getAttribute('placeholder') !== MASKED_PHONE.mask) fail(`masked phone: placeholder is "${box?.getAttribute('placeholder')}"`);
  for (const [typed, shown] of [['57355', '(573) 55'], ['5735550100', '(573) 555-0100'], ['573-555-0100', '(573) 555-0100'], ['(573) 555-01009', '(573) 555-0100']]) {
    box.value = typed;
    box.dispatchEvent(new win.Event('input', { bubbles: true }));
    if (box.value !== shown) fail(`masked phone: "${typed}" shows "${box.value}" (wanted "${shown}")`);
    if (win.__replicaSeen?.f_0040 !== shown) fail(`masked phone: the page saw "${win.__replicaSeen?.f_0040}" for "${typed}"`);
  }
  await win.happyDOM.close();
}
{
  // c's group drop-down and state list: names written differently, values neither USPS nor FIPS
  const doc = load(renderScreen('group-authentication', 'c')).document;
  const texts = [...doc.querySelectorAll(MANIFEST['group-authentication'].c.expected['group.name'] + ' option')].map((o) => o.textContent);
  for (const g of GROUPS) if (texts.includes(g.name)) fail(`group-authentication/c: drop-down shows the plain name "${g.name}"`);
  const states = [...load(renderScreen('addresses-phone', 'c')).document.querySelectorAll('select[name="f_0024"] option')];
  if (states.some((o) => US_STATES.some(([code, , f]) => o.getAttribute('value') === code || o.getAttribute('value') === f))) fail('addresses-phone/c: a state option value is a USPS or FIPS code');
  if (!states.some((o) => o.textContent === 'MO - Missouri')) fail('addresses-phone/c: no "MO - Missouri" option');
}

// ------------------------------------------------------------------ non-procedure pages
const LOOKALIKE_WORDS = {
  'change-password': [/change (your )?password/i, /log off/i],
  'contact-us': [/contact/i, /send/i],
  'update-account': [/update/i, /log off/i, /save changes/i],
  'casenet-name-search': [/search/i, /year of birth/i],
};
for (const name of PAGE_NAMES)
  for (const v of VARIANTS) {
    const html = renderPage(name, { variant: v, seed: 1 });
    const t = `page ${name}/${v}`;
    if (!html.includes('Missouri Courts')) fail(`${t}: chrome missing`);
    for (const word of LEAK) if (html.includes(word)) fail(`${t}: markup contains product id "${word}"`);
    const win = load(html);
    checkDocument(t, win.document);
    for (const w of LOOKALIKE_WORDS[name] ?? []) if (!w.test(html)) fail(`${t}: ${w} missing`);
    if (name === 'casenet-name-search' && win.document.querySelectorAll('input[name="inputVO.yearOfBirth"], input[name="inputVO.middleName"]').length !== 2)
      fail(`${t}: middle name / year of birth boxes missing`);
    await win.happyDOM.close();
  }

// ------------------------------------------------------------------ over HTTP, through the server
const replica = await startReplica({ port: 0 });

function client() {
  const jar = new Map();
  const req = (method, path, body) =>
    new Promise((ok, bad) => {
      const data = body ? body.toString() : '';
      const q = https.request(
        {
          host: '127.0.0.1',
          port: replica.port,
          method,
          path,
          rejectUnauthorized: false,
          headers: {
            host: 'www.courts.mo.gov',
            cookie: [...jar].map(([k, x]) => `${k}=${x}`).join('; '),
            ...(body ? { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(data) } : {}),
          },
        },
        (res) => {
          for (const c of [].concat(res.headers['set-cookie'] || [])) {
            const kv = c.split(';')[0];
            const i = kv.indexOf('=');
            if (/Max-Age=0/i.test(c)) jar.delete(kv.slice(0, i));
            else jar.set(kv.slice(0, i), kv.slice(i + 1));
          }
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (d) => (text += d));
          res.on('end', () => ok({ status: res.statusCode, location: res.headers.location, body: text, path }));
        },
      );
      q.on('error', bad);
      q.end(data);
    });
  const get = async (path) => {
    let res = await req('GET', path);
    for (let hops = 0; [301, 302, 303].includes(res.status) && hops < 5; hops++) res = await req('GET', res.location);
    return res;
  };
  return { req, get };
}

const errorsIn = (html) => [...load(html).document.querySelectorAll('li')].map((li) => li.textContent).filter((t) => /required|please|must|not|match/i.test(t)).join(' | ');

async function walk(v) {
  const { req, get } = client();
  const user = `walk_${v}_user`;
  const person = {
    noMobarNumber: true, username: user, password: 'Str0ng!Passw0rd', passwordConfirm: 'Str0ng!Passw0rd', captcha: 'court7',
    firstName: 'Jane', lastName: 'Doe', email: 'jane.doe@example.org', emailConfirm: 'jane.doe@example.org',
    'mailing.line1': '221 W High St', 'mailing.line2': 'Room 4', 'mailing.city': 'Jefferson City', 'mailing.state': 'MO', 'mailing.zip': '65101-0088',
    billingSameAsMailing: false, 'billing.line1': 'PO Box 88', 'billing.line2': '', 'billing.city': 'Topeka', 'billing.state': 'KS', 'billing.zip': '66601',
    phone: '573-555-0100',
    'security1.question': '#1', 'security1.answer': 'Smith', 'security2.question': '#2', 'security2.answer': 'Springfield', 'security3.question': '#3', 'security3.answer': 'Rex',
    'group.pin': '4417', 'group.userInformation': 'Clerk, Children’s Division; supervisor Ann Smith', acknowledge: true,
  };
  const tag = `walk ${v}`;
  const sessionState = async () => JSON.parse((await get('/__replica/state')).body);
  /** Fill the screens' boxes on the page, press its submit, and follow the redirect. */
  const submit = async (page, screens, expectPath) => {
    const doc = load(page.body).document;
    const meant = {};
    for (const screen of screens)
      for (const [k, sel] of Object.entries(MANIFEST[screen][v].expected))
        if (k in person) {
          const m = setField(doc, v, k, sel, person[k]);
          if (m !== undefined) meant[k] = m;
        }
    const submitEl = doc.querySelector(MANIFEST[screens[0]][v].submit);
    const form = submitEl?.closest('form');
    if (!form) {
      fail(`${tag}: ${screens.join('+')}: no form with the submit control at ${page.path}`);
      return { page, meant };
    }
    const res = await req('POST', form.getAttribute('action'), serialize(form, submitEl));
    if (res.status !== 303) {
      fail(`${tag}: ${screens.join('+')} answered ${res.status}: ${errorsIn(res.body)}`);
      return { page: res, meant };
    }
    if (expectPath && res.location.split('?')[0] !== expectPath) fail(`${tag}: ${screens.join('+')} went to ${res.location} (wanted ${expectPath})`);
    return { page: await get(res.location), meant };
  };

  let page = await get(`/registration?variant=${v}&seed=`);
  let doc = load(page.body).document;
  const start = doc.querySelector(MANIFEST['registration-start'][v].submit);
  if (!start) return fail(`${tag}: no registration start link`);
  page = await get(start.getAttribute('href'));
  const steps = v === 'c' ? [['account-type'], ['credentials'], ['name-email', 'addresses-phone'], ['security-questions'], ['additional-steps']] : [['account-type'], ['credentials'], ['name-email'], ['addresses-phone'], ['security-questions'], ['additional-steps']];
  for (const screens of steps) {
    const i = steps.indexOf(screens);
    const next = steps[i + 1] ? MANIFEST[steps[i + 1][0]][v].path : MANIFEST.logon[v].path;
    const r = await submit(page, screens, next);
    page = r.page;
    if (screens.includes('addresses-phone')) {
      const reg = (await sessionState()).session.reg;
      for (const [k, want] of Object.entries(r.meant))
        if (!['password', 'passwordConfirm', 'captcha'].includes(k) && reg[k] !== want) fail(`${tag}: after ${screens.join('+')} the session has ${k}="${reg[k]}" (wanted "${want}")`);
      if (v === 'c' && (reg.firstName !== 'Jane' || reg.phone !== '573-555-0100' || reg['mailing.zip'] !== '65101-0088' || reg['billing.state'] !== 'KS'))
        fail(`${tag}: the combined contact page did not fill both screens' session values (${JSON.stringify(reg)})`);
    }
  }
  let acct = (await sessionState()).accounts.find((a) => a.username === user);
  if (!acct) return fail(`${tag}: no account made`);
  if (acct.mailing?.zip !== '65101-0088' || acct.phone !== '573-555-0100') fail(`${tag}: account has ${JSON.stringify(acct.mailing)} / ${acct.phone}`);
  // step 16: the e-mail link, then logon (17-18), group authentication (19-22), agreement (23-24)
  page = await get(`/ecf/groupUser.do?token=${DSS_TOKEN}`);
  page = (await submit(page, ['logon'], MANIFEST['group-authentication'][v].path)).page;
  doc = load(page.body).document;
  const groupBox = doc.querySelector(MANIFEST['group-authentication'][v].expected['group.name']);
  if (!groupBox?.readOnly) fail(`${tag}: group name not read-only with the invitation token`);
  page = (await submit(page, ['group-authentication'], MANIFEST['user-agreement'][v].path)).page;
  page = (await submit(page, ['user-agreement'], '/ecf/')).page;
  doc = load(page.body).document;
  if (!/completed registration/.test(doc.body.textContent)) fail(`${tag}: no completion notice on the eFiling menu`);
  const prefs = doc.querySelector(MANIFEST['efiling-menu'][v].actions.myPreferences);
  if (!prefs) return fail(`${tag}: no preferences link on the menu`);
  page = await get(prefs.getAttribute('href'));
  doc = load(page.body).document;
  if (page.status !== 200 || !doc.querySelector(MANIFEST['my-preferences'][v].actions.removeGroup)) fail(`${tag}: preferences page without its remove-group control`);
  acct = (await sessionState()).accounts.find((a) => a.username === user);
  if (acct.group !== 'Department of Social Services' || !acct.agreed) fail(`${tag}: account ended with group "${acct.group}", agreed ${acct.agreed}`);
  // look-alike pages while logged on
  for (const name of ['change-password', 'update-account']) {
    const res = await get(name === 'change-password' ? '/ecf/secure/changePassword.do' : '/ecf/secure/updateAccount.do');
    if (res.status !== 200 || !res.body.includes('/ecf/logoff.do')) fail(`${tag}: ${name} not shown logged on`);
  }
  const update = await get('/ecf/secure/updateAccount.do');
  if (!update.body.includes('Jefferson City')) fail(`${tag}: update-account does not show the account's address`);
}

// the combined login + questions page posts on its own too
async function walkLoginSecurity() {
  const { req, get } = client();
  const page = await get(`${COMBINED['login-security'].standalone}&seed=`);
  const doc = load(page.body).document;
  const values = { username: 'walk_ls_user', password: 'Str0ng!Passw0rd', passwordConfirm: 'Str0ng!Passw0rd', 'security1.question': '#1', 'security1.answer': 'A', 'security2.question': '#4', 'security2.answer': 'B', 'security3.question': '#9', 'security3.answer': 'C' };
  for (const [k, sel] of Object.entries(COMBINED['login-security'].expected)) setField(doc, 'c', k, sel, values[k]);
  const submitEl = doc.querySelector(COMBINED['login-security'].submit);
  const res = await req('POST', submitEl.closest('form').getAttribute('action'), serialize(submitEl.closest('form'), submitEl));
  if (res.status !== 303 || res.location !== MANIFEST['additional-steps'].c.path) fail(`login-security POST answered ${res.status} ${res.location}: ${errorsIn(res.body)}`);
  const acct = JSON.parse((await get('/__replica/state')).body).accounts.find((a) => a.username === 'walk_ls_user');
  if (!acct) fail('login-security POST made no account');
}

// every c path answers in variant c whatever the cookie, and /registration forwards to c's start
async function checkRoutes() {
  const { get, req } = client();
  await get('/__replica/?variant=a');
  for (const id of SCREENS) {
    const res = await get(`/ecf/__replica/screen/${id}?variant=c&seed=3`);
    if (res.status !== 200 || !res.body.includes('class="portal"')) fail(`standalone ${id}/c: ${res.status}`);
  }
  const forward = await req('GET', '/registration?variant=c');
  if (forward.status !== 302 || forward.location !== MANIFEST['registration-start'].c.path) fail(`/registration (c) answered ${forward.status} ${forward.location}`);
  for (const path of [MANIFEST['registration-start'].c.path, MANIFEST['account-type'].c.path, COMBINED['contact-details'].path, COMBINED['login-security'].standalone, MASKED_PHONE.standalone]) {
    const res = await get(path.includes('?') ? path : `${path}?variant=a`);
    if (res.status !== 200 || !res.body.includes('class="portal"')) fail(`${path}: not variant c (${res.status})`);
  }
  const masked = await get(MASKED_PHONE.standalone);
  if (!masked.body.includes('(___) ___-____')) fail('masked phone page has no mask');
  for (const path of ['/page.jsp?id=1779', '/casenet/cases/nameSearch.do?inputVO.lastName=Doe', '/__replica/page/update-account?variant=c', '/__replica/page/change-password?variant=b'])
    if ((await get(path)).status !== 200) fail(`${path}: not 200`);
}

try {
  for (const v of VARIANTS) await walk(v);
  await walkLoginSecurity();
  await checkRoutes();
} finally {
  await replica.close();
}

console.log(
  `${checked} selector/value checks over ${SCREENS.length} screens x ${VARIANTS.length} variants, ${Object.keys(COMBINED).length} combined pages (+ masked phone), ${PAGE_NAMES.length} pages; HTTP walks for ${VARIANTS.join(', ')}; ${failures} failure(s)`,
);
process.exit(failures ? 1 : 0);
