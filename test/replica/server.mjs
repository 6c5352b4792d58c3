// Local replica of www.courts.mo.gov (and a practice mailbox) for tests and the clerk's demo.
//
//   node test/replica/server.mjs [httpsPort] [httpPort]
//
// Routing is by Host header: mail.replica.test is the mailbox, every other host (the court hosts,
// and any look-alike host a test points here) gets the court site. State lives in memory per
// JSESSIONID cookie; accounts are per server instance. Forms POST and answer 303 (PRG); errors
// re-render the same screen with 200, the typed values and a message (never a password or PIN).

import https from 'node:https';
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  SCREENS, VARIANTS, PATHS, B_PAGES, CAPTCHA_PHRASE, GROUPS, GROUP_TOKENS, DSS_TOKEN, COMBINED_PAGES, C_FLOW, PAGE_PATHS,
  groupForToken, renderScreen, renderCombined, renderPage, renderMailbox, readForm, esc,
} from './screens.mjs';

const CERT = new URL('./cert/', import.meta.url);
export const MAIL_HOST = 'mail.replica.test';
export const CASENET_ACCOUNT = { username: 'casenet_user1', password: 'Passw0rd!23' };
const RESERVED_NAMES = new Set(['taken_user1']); // "already taken" without being a usable account

const REG_ORDER = ['account-type', 'credentials', 'name-email', 'addresses-phone', 'security-questions', 'additional-steps'];
const A_PATH_TO_SCREEN = Object.fromEntries(REG_ORDER.map((id) => [PATHS[id].a, id]));
const B_PAGE_TO_SCREEN = Object.fromEntries(Object.entries(B_PAGES).map(([id, n]) => [n, id]));
// Variant c: its own URL per step; name-email + addresses-phone are one step, 'contact-details'.
const C_STEP_PATH = Object.fromEntries(C_FLOW.map((id) => [id, COMBINED_PAGES[id]?.path ?? PATHS[id].c]));
const C_PATH_TO_STEP = Object.fromEntries(Object.entries(C_STEP_PATH).map(([id, path]) => [path, id]));
// Paths that only variant c has: requests to them are answered in variant c whatever the cookie says.
const C_ONLY_PATHS = new Set([
  PATHS['registration-start'].c,
  ...Object.keys(C_PATH_TO_STEP),
  PATHS['group-authentication'].c,
  PATHS['user-agreement'].c,
  PATHS['my-preferences'].c,
  '/ecf/secure/leaveGroup.do',
]);
const COMBINED_PREFIX = '/ecf/__replica/combined/';
const SECRET_KEYS = ['password', 'passwordConfirm', 'captcha', 'group.pin'];

const scrub = (values) => Object.fromEntries(Object.entries(values || {}).filter(([k]) => !SECRET_KEYS.includes(k)));
const truthy = (v) => v != null && v !== '' && v !== 'false';

// ---------------------------------------------------------------------------------------------
// state

function createState() {
  const accounts = new Map();
  accounts.set(CASENET_ACCOUNT.username, {
    username: CASENET_ACCOUNT.username,
    password: CASENET_ACCOUNT.password,
    firstName: 'Casey',
    lastName: 'Moreland',
    email: 'casey.moreland@dss.example.gov',
    group: null,
    agreed: false,
    prefs: {},
    source: 'casenet',
  });
  return { sessions: new Map(), accounts };
}

function newSession(state) {
  const id = randomBytes(16).toString('hex').toUpperCase();
  const s = { id, regStep: 'account-type', reg: {}, user: null, token: null, renders: 0, flash: null };
  state.sessions.set(id, s);
  return s;
}

// ---------------------------------------------------------------------------------------------
// validation (server side; the page scripts only show hints)

const VALIDATE = {
  'account-type'(v) {
    if (!truthy(v.noMobarNumber) && !v.mobarNumber) return ['Check "I do not have a MOBAR number" or enter your MOBAR number.'];
    if (v.mobarNumber && !/^\d{4,8}$/.test(v.mobarNumber)) return ['MOBAR number must be 4 to 8 digits.'];
    return [];
  },
  credentials(v, state, { captcha = true } = {}) {
    const e = [];
    if (!v.username) e.push('User name is required.');
    else if (!/^\w{4,30}$/.test(v.username)) e.push('User name must be 4 to 30 letters, numbers or underscores.');
    else if (RESERVED_NAMES.has(v.username.toLowerCase()) || state.accounts.has(v.username.toLowerCase()))
      e.push('That user name is already taken. Please choose another.');
    if (!v.password) e.push('Password is required.');
    else if (v.password.length < 8) e.push('Password must be at least 8 characters long.');
    if (!v.passwordConfirm) e.push('Please enter your password again.');
    else if (v.password && v.password !== v.passwordConfirm) e.push('The passwords you entered do not match.');
    if (!captcha) return e;
    if (!v.captcha) e.push('Please type the phrase shown in the picture.');
    else if (v.captcha.toUpperCase() !== CAPTCHA_PHRASE) e.push('The phrase you typed does not match the picture. Please try again.');
    return e;
  },
  'name-email'(v) {
    const e = [];
    if (!v.firstName) e.push('First name is required.');
    if (!v.lastName) e.push('Last name is required.');
    if (!v.email) e.push('E-mail address is required.');
    else if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v.email)) e.push('Please enter a valid e-mail address.');
    if ('emailConfirm' in v) {
      if (!v.emailConfirm) e.push('Please enter your e-mail address again.');
      else if (v.email && v.email.toLowerCase() !== v.emailConfirm.toLowerCase()) e.push('The e-mail addresses you entered do not match.');
    }
    return e;
  },
  'addresses-phone'(v) {
    const e = [];
    const block = (key, label) => {
      if (!v[`${key}.line1`]) e.push(`${label}: street address is required.`);
      if (!v[`${key}.city`]) e.push(`${label}: city is required.`);
      if (!v[`${key}.state`]) e.push(`${label}: state is required.`);
      if (!v[`${key}.zip`]) e.push(`${label}: ZIP code is required.`);
      else if (!/^\d{5}(-\d{4})?$/.test(v[`${key}.zip`])) e.push(`${label}: ZIP code must be 5 digits (or ZIP+4).`);
    };
    block('mailing', 'Mailing address');
    if (!truthy(v.billingSameAsMailing)) block('billing', 'Billing address');
    const digits = (v.phone || '').replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');
    if (!v.phone) e.push('Telephone number is required.');
    else if (digits.length !== 10) e.push('Please enter a 10-digit telephone number.');
    return e;
  },
  'security-questions'(v) {
    const e = [];
    const qs = [1, 2, 3].map((i) => v[`security${i}.question`]);
    if (qs.some((q) => !q)) e.push('Please choose three security questions.');
    else if (new Set(qs).size !== 3) e.push('Please choose three different security questions.');
    for (const i of [1, 2, 3]) if (!v[`security${i}.answer`]) e.push(`Please answer security question ${i}.`);
    return e;
  },
  'additional-steps'() {
    return [];
  },
  // variant c's combined pages
  'contact-details'(v) {
    return [...VALIDATE['name-email'](v), ...VALIDATE['addresses-phone'](v)];
  },
  'login-security'(v, state) {
    return [...VALIDATE.credentials(v, state, { captcha: false }), ...VALIDATE['security-questions'](v)];
  },
};

// Which markup was posted (shared URLs): decided from the names the form carries. Every variant c
// form carries __VIEWSTATE.
const B_MARKERS = { logon: 'username', 'group-authentication': 'grpAuthForm.userInfo', 'user-agreement': 'method', 'my-preferences': 'prefForm.rows' };
const postedVariant = (screenId, p, fallback) =>
  p.has('__VIEWSTATE') ? 'c' : B_MARKERS[screenId] ? (p.has(B_MARKERS[screenId]) ? 'b' : 'a') : fallback;
// The look-alike pages have no __VIEWSTATE: their variant is told by a name only that variant uses.
const pageVariant = (p, cName, bName) => (p.has(cName) ? 'c' : p.has(bName) ? 'b' : 'a');

// ---------------------------------------------------------------------------------------------
// http plumbing

function parseCookies(header = '') {
  const out = {};
  for (const part of header.split(';')) {
    const i = part.indexOf('=');
    if (i > 0) out[part.slice(0, i).trim()] = decodeURIComponent(part.slice(i + 1).trim());
  }
  return out;
}

function readBody(req, limit = 256 * 1024) {
  return new Promise((resolveBody, reject) => {
    let size = 0;
    const chunks = [];
    req.on('data', (c) => {
      size += c.length;
      if (size > limit) {
        reject(new Error('body too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function makeServerHandler(state, ports) {
  return (req, res) => {
    handle(state, ports, req, res).catch((err) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(`replica error: ${err?.stack || err}`);
      } else res.destroy();
    });
  };
}

async function handle(state, ports, req, res) {
  const rawHost = (req.headers.host || '').toLowerCase();
  const host = rawHost.replace(/:\d+$/, '');
  const hasPort = /:\d+$/.test(rawHost) && !/:443$/.test(rawHost);
  const secure = Boolean(req.socket.encrypted);
  // Links to other replica hosts: no port when the browser maps :443 to us (host-resolver-rules),
  // the https port when the client talks to our port directly (curl --resolve, demo without rules).
  const httpsOrigin = (h) => `https://${h}${hasPort ? `:${ports.https}` : ''}`;
  const url = new URL(req.url, 'https://replica.invalid');
  const pathname = url.pathname.replace(/;jsessionid=[^/?]*/i, '');
  const method = req.method === 'HEAD' ? 'GET' : req.method;
  const params = method === 'POST' ? new URLSearchParams(await readBody(req)) : new URLSearchParams();
  if (process.env.REPLICA_LOG) console.log(`${req.method} ${secure ? 'https' : 'http'}://${rawHost}${req.url}`);

  const setCookies = [];
  const send = (status, body, headers = {}) => {
    res.writeHead(status, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      ...(setCookies.length ? { 'set-cookie': setCookies } : {}),
      ...headers,
    });
    res.end(body);
  };
  const redirect = (location, status = 303) => send(status, '', { location });

  if (host === MAIL_HOST) return mailbox({ pathname, send, httpsOrigin });

  // --- session, variant, seed
  const cookies = parseCookies(req.headers.cookie);
  let session = state.sessions.get(cookies.JSESSIONID);
  const startSession = () => {
    session = newSession(state);
    setCookies.push(`JSESSIONID=${session.id}; Path=/; HttpOnly; SameSite=Lax`);
  };
  if (!session) startSession();
  let variant = VARIANTS.includes(cookies.replica_variant) ? cookies.replica_variant : 'a';
  const qv = url.searchParams.get('variant');
  if (qv && VARIANTS.includes(qv)) {
    variant = qv;
    setCookies.push(`replica_variant=${qv}; Path=/; SameSite=Lax`);
  }
  if (C_ONLY_PATHS.has(pathname) || pathname.startsWith(COMBINED_PREFIX)) variant = 'c';
  let seedCookie = cookies.replica_seed;
  if (url.searchParams.has('seed')) {
    const q = url.searchParams.get('seed');
    seedCookie = /^\d+$/.test(q) ? q : undefined;
    setCookies.push(seedCookie ? `replica_seed=${seedCookie}; Path=/; SameSite=Lax` : 'replica_seed=; Path=/; Max-Age=0');
  }
  // A fixed ?seed= gives the same ids on every render; otherwise ids move on every render.
  const nextSeed = () => (seedCookie !== undefined ? Number(seedCookie) : 1000 + session.renders++);

  const account = () => (session.user ? state.accounts.get(session.user.toLowerCase()) : null);
  const screen = (id, opts = {}, status = 200) => send(status, renderScreen(id, variant, { seed: nextSeed(), ...opts }));
  const page = (name, opts = {}, status = 200) => send(status, renderPage(name, { variant, seed: nextSeed(), ...opts }));
  const notFound = () => page('not-found', {}, 404);
  const takeFlash = () => {
    const f = session.flash;
    session.flash = null;
    return f || '';
  };
  const logonScreen = (opts = {}, status = 200) =>
    screen('logon', { token: session.token && groupForToken(session.token) ? session.token : '', ...opts }, status);
  const requireUser = () => {
    if (account()) return true;
    redirect(PATHS.logon[variant]);
    return false;
  };
  const menuValues = (acct) => ({ displayName: [acct.firstName, acct.lastName].filter(Boolean).join(' ') || acct.username, 'group.name': acct.group || '' });

  // --- registration wizard (variant a: one URL per step; variant b: /ecf/register.do + hidden page;
  // variant c: one URL per step, name-email + addresses-phone as the one step 'contact-details')
  const showReg = (id, opts = {}) => {
    const o = { values: scrub(session.reg), ...opts };
    if (id === 'login-security') return send(200, renderCombined(id, { seed: nextSeed(), ...o }));
    return screen(id === 'contact-details' ? 'name-email' : id, o);
  };
  const stepPath = (step) => (variant === 'c' ? C_STEP_PATH[step] : PATHS[step][variant]);
  const postReg = (id, formVariant) => {
    const order = formVariant === 'c' ? C_FLOW : REG_ORDER;
    if (formVariant === 'b' && params.get('method') === 'Cancel') {
      session.reg = {};
      session.regStep = 'account-type';
      return redirect('/registration');
    }
    if (formVariant === 'b' && params.get('method') === 'Back') {
      session.regStep = REG_ORDER[Math.max(0, REG_ORDER.indexOf(id) - 1)];
      return redirect(PATHS[session.regStep][variant]);
    }
    const values = readForm(id, formVariant, params);
    const errors = VALIDATE[id](values, state);
    const phone = params.has('f_0040') ? 'masked' : undefined; // c's masked-phone page stays masked
    if (errors.length) return showReg(id, { errors, values: { ...scrub(session.reg), ...scrub(values) }, phone });
    Object.assign(session.reg, values);
    if (id === 'security-questions' || id === 'login-security') createAccount();
    if (id === 'login-security') {
      // standalone page (not in the flow): go on as if the questions page had been answered
      session.regStep = 'additional-steps';
      return redirect(stepPath('additional-steps'));
    }
    if (id === 'additional-steps') {
      // Registration done: the site sends the person to the logon screen (step 15).
      session.reg = {};
      session.regStep = 'account-type';
      return redirect(PATHS.logon[variant]);
    }
    session.regStep = order[order.indexOf(id) + 1];
    return redirect(stepPath(session.regStep));
  };
  // Lenient on purpose: a screen opened out of order (tests, demo) still works; an account is only
  // made when a user name and password were given in this session.
  const createAccount = () => {
    const r = session.reg;
    if (!r.username || !r.password || state.accounts.has(r.username.toLowerCase())) return;
    state.accounts.set(r.username.toLowerCase(), {
      username: r.username,
      password: r.password,
      firstName: r.firstName || '',
      lastName: r.lastName || '',
      email: r.email || '',
      mailing: Object.fromEntries(['line1', 'line2', 'city', 'state', 'zip'].map((k) => [k, r[`mailing.${k}`] || ''])),
      phone: r.phone || '',
      group: null,
      agreed: false,
      prefs: {},
      source: 'registration',
    });
  };

  // --- logon (eFiling, Case.net, and the e-mail link)
  const postLogon = (action) => {
    const fv = postedVariant('logon', params, variant);
    const v = readForm('logon', fv, params);
    const token = groupForToken(v.token) ? v.token : groupForToken(session.token) ? session.token : '';
    const acct = v.username ? state.accounts.get(v.username.toLowerCase()) : null;
    let error = '';
    if (!v.username || !v.password) error = 'Please enter your user name and password.';
    else if (!acct || acct.password !== v.password) error = 'The user name or password you entered is incorrect.';
    if (error) return screen('logon', { errors: [error], values: { username: v.username }, token, action });
    session.user = acct.username;
    session.token = token || null;
    if (action === '/cnet/logon.do') return redirect('/casenet/welcome.do');
    // the markup that was posted decides where the next screens are (variant c has its own paths)
    if (session.token || !acct.group) return redirect(PATHS['group-authentication'][fv]);
    if (!acct.agreed) return redirect(PATHS['user-agreement'][fv]);
    return redirect('/ecf/');
  };
  const displayName = (acct) => [acct.firstName, acct.lastName].filter(Boolean).join(' ') || acct.username;
  const accountValues = (acct) => ({
    firstName: acct.firstName || '',
    lastName: acct.lastName || '',
    email: acct.email || '',
    ...Object.fromEntries(Object.entries(acct.mailing || {}).map(([k, x]) => [`mailing.${k}`, x])),
    phone: acct.phone || '',
  });

  // ------------------------------------------------------------------ routes
  if (pathname === '/favicon.ico') return send(204, '');
  if (pathname === '/') return page('home');
  if (pathname === '/registration' || pathname === '/registration/') {
    // variant c's registration lives under /ecf/enroll/: the old address forwards there
    if (variant === 'c') return redirect(PATHS['registration-start'].c, 302);
    return screen('registration-start');
  }
  if (pathname === PATHS['registration-start'].c) return screen('registration-start');
  if (pathname === '/ecf') return redirect('/ecf/', 301);
  if (pathname === '/ecf/' || pathname === '/ecf/index.do') {
    const acct = account();
    return acct ? screen('efiling-menu', { values: menuValues(acct), notice: takeFlash() }) : logonScreen({ action: PATHS.logon[variant] });
  }

  if (A_PATH_TO_SCREEN[pathname]) {
    const id = A_PATH_TO_SCREEN[pathname];
    if (method === 'POST') return postReg(id, 'a');
    session.regStep = id;
    return showReg(id);
  }
  if (C_PATH_TO_STEP[pathname]) {
    const id = C_PATH_TO_STEP[pathname];
    if (method === 'POST') return postReg(id, 'c');
    session.regStep = id;
    return showReg(id, { phone: url.searchParams.get('phone') === 'masked' ? 'masked' : undefined });
  }
  if (pathname === '/ecf/register.do') {
    if (method === 'POST') {
      const id = B_PAGE_TO_SCREEN[params.get('page')];
      return id ? postReg(id, 'b') : redirect('/ecf/register.do');
    }
    if (url.searchParams.get('method') === 'start') {
      session.reg = {};
      session.regStep = 'account-type';
      return redirect('/ecf/register.do');
    }
    return showReg(session.regStep || 'account-type');
  }

  if (pathname === '/ecf/logon.do' || pathname === '/cnet/logon.do') {
    const action = pathname;
    if (method === 'POST') return postLogon(action);
    return action === '/cnet/logon.do' ? screen('logon', { action }) : logonScreen({ action });
  }
  if (pathname === '/ecf/groupUser.do') {
    const token = url.searchParams.get('token') || '';
    if (!groupForToken(token)) {
      session.token = null;
      return screen('logon', {
        errors: ['This group invitation link is not valid or has expired. Please contact your group administrator.'],
        action: '/ecf/logon.do',
      });
    }
    session.token = token; // kept in the session as well as in the form
    return screen('logon', { token, action: '/ecf/logon.do' });
  }
  if (pathname === '/ecf/logoff.do') {
    session.user = null;
    session.token = null;
    return redirect('/ecf/logon.do');
  }

  if (pathname === PATHS['group-authentication'].a || pathname === PATHS['group-authentication'].c) {
    if (!requireUser()) return;
    const acct = account();
    const token = groupForToken(session.token) ? session.token : '';
    if (method !== 'POST') return screen('group-authentication', { token });
    const v = readForm('group-authentication', postedVariant('group-authentication', params, variant), params);
    const group = groupForToken(token) || v['group.name'];
    const errors = [];
    if (!group) errors.push('Please select your group.');
    if (!v['group.pin']) errors.push('Please enter the PIN provided by your group administrator.');
    else if (group && GROUPS.find((g) => g.name === group)?.pin !== v['group.pin'])
      errors.push('The PIN you entered is not correct. Please contact your group administrator for the current PIN.');
    if (!v['group.userInformation']) errors.push('Please enter your user information (for example, your position, department and supervisor).');
    if (errors.length) return screen('group-authentication', { token, errors, values: scrub({ ...v, 'group.name': group }) });
    acct.group = group;
    acct.userInfo = v['group.userInformation'];
    acct.agreed = false; // joining a group asks for the agreement again
    session.token = null;
    return redirect(PATHS['user-agreement'][variant]);
  }
  if (pathname === PATHS['user-agreement'].a || pathname === PATHS['user-agreement'].c) {
    if (!requireUser()) return;
    if (method !== 'POST') return screen('user-agreement');
    const fv = postedVariant('user-agreement', params, variant);
    const v = readForm('user-agreement', fv, params);
    if (truthy(v.decline)) {
      session.user = null;
      return redirect('/ecf/logon.do');
    }
    if (!truthy(v.acknowledge))
      return screen('user-agreement', {
        errors: [fv === 'c' ? 'Please tick "I have read and agree" to accept the Terms of Use.' : 'You must check the "I acknowledge" box before you can continue.'],
      });
    account().agreed = true;
    session.flash = 'You have completed registration and group authentication.';
    return redirect('/ecf/');
  }
  if (pathname === PATHS['my-preferences'].a || pathname === PATHS['my-preferences'].c) {
    if (!requireUser()) return;
    const acct = account();
    if (method === 'POST') {
      acct.prefs = { ...acct.prefs, ...readForm('my-preferences', postedVariant('my-preferences', params, variant), params) };
      session.flash = 'Your preferences have been saved.';
      return redirect(PATHS['my-preferences'][variant]);
    }
    return screen('my-preferences', { values: { ...acct.prefs, 'group.name': acct.group || '' }, notice: takeFlash() });
  }
  if ((pathname === '/ecf/secure/removeGroup.do' || pathname === '/ecf/secure/leaveGroup.do') && method === 'POST') {
    if (!requireUser()) return;
    const acct = account();
    session.flash = acct.group ? `You are no longer associated with ${acct.group}.` : 'You are not associated with a group.';
    acct.group = null;
    return redirect(PATHS['my-preferences'][variant]);
  }

  if (pathname === '/ecf/forgotPassword.do') {
    return page('forgot-password', method === 'POST' ? { notice: 'If an account with that user name exists, instructions have been sent to its e-mail address.' } : {});
  }
  if (pathname === '/ecf/help.do') return page('help');

  // --- look-alike pages (not procedure screens)
  if (pathname === PAGE_PATHS['change-password']) {
    if (!requireUser()) return;
    const acct = account();
    const who = { displayName: displayName(acct) };
    if (method !== 'POST') return page('change-password', { ...who, notice: takeFlash() });
    const names = { a: ['currentPassword', 'password', 'confirmPassword'], b: ['pwdForm.oldPwd', 'userForm.pwd', 'userForm.pwd2'], c: ['ctl00$Main$txtOldPwd', 'ctl00$Main$txtNewPwd', 'ctl00$Main$txtNewPwd2'] };
    const [cur, next, again] = names[pageVariant(params, 'ctl00$Main$txtOldPwd', 'pwdForm.oldPwd')].map((n) => params.get(n) ?? '');
    const errors = [];
    if (cur !== acct.password) errors.push('Your current password is not correct.');
    if (next.length < 8) errors.push('The new password must be at least 8 characters long.');
    else if (next !== again) errors.push('The new passwords you entered do not match.');
    if (errors.length) return page('change-password', { ...who, errors });
    acct.password = next;
    session.flash = 'Your password has been changed.';
    return redirect(PAGE_PATHS['change-password']);
  }
  if (pathname === '/page.jsp' && url.searchParams.get('id') === '1779') {
    return page('contact-us', method === 'POST' ? { notice: 'Thank you. Your message has been sent; we answer most messages within one business day.' } : {});
  }
  if (pathname === PAGE_PATHS['update-account']) {
    if (!requireUser()) return;
    const acct = account();
    if (method === 'POST') {
      const fv = pageVariant(params, 'data[Person][given]', 'userForm.firstName');
      const v = { ...readForm('name-email', fv, params), ...readForm('addresses-phone', fv, params) };
      Object.assign(acct, { firstName: v.firstName, lastName: v.lastName, email: v.email, phone: v.phone });
      acct.mailing = Object.fromEntries(['line1', 'line2', 'city', 'state', 'zip'].map((k) => [k, v[`mailing.${k}`] || '']));
      session.flash = 'Your changes have been saved.';
      return redirect(PAGE_PATHS['update-account']);
    }
    return page('update-account', { values: accountValues(acct), displayName: displayName(acct), notice: takeFlash() });
  }
  if (pathname === PAGE_PATHS['casenet-name-search']) {
    const keys = ['lastName', 'firstName', 'middleName', 'yearOfBirth'];
    const q = Object.fromEntries(keys.map((k) => [k, url.searchParams.get(`inputVO.${k}`) || '']));
    q.searched = keys.some((k) => url.searchParams.has(`inputVO.${k}`)) ? '1' : '';
    return page('casenet-name-search', { query: q });
  }
  if (pathname === '/casenet/cases/searchCases.do' || pathname === '/casenet/welcome.do') {
    const q = Object.fromEntries(['lastName', 'firstName', 'caseNumber'].map((k) => [k, url.searchParams.get(`inputVO.${k}`) || '']));
    q.searched = [...url.searchParams.keys()].some((k) => k.startsWith('inputVO.')) ? '1' : '';
    return page('casenet-search', { query: q });
  }

  // --- tooling pages for tests and the demo
  if (pathname === '/__replica' || pathname === '/__replica/') return send(200, replicaIndex(variant, httpsOrigin));
  if (pathname.startsWith('/ecf/__replica/screen/')) {
    const id = decodeURIComponent(pathname.slice('/ecf/__replica/screen/'.length));
    if (!SCREENS.includes(id)) return notFound();
    const error = url.searchParams.get('error');
    const phone = url.searchParams.get('phone') === 'masked' ? 'masked' : undefined;
    return screen(id, { token: url.searchParams.get('token') || '', errors: error ? [error] : [], phone });
  }
  if (pathname.startsWith(COMBINED_PREFIX)) {
    // variant c's combined pages on their own: /ecf/__replica/combined/contact-details[?phone=masked],
    // /ecf/__replica/combined/login-security (which also takes the POST of its own form)
    const id = decodeURIComponent(pathname.slice(COMBINED_PREFIX.length));
    if (!Object.hasOwn(COMBINED_PAGES, id)) return notFound();
    if (method === 'POST') return postReg(id, 'c');
    const error = url.searchParams.get('error');
    const phone = url.searchParams.get('phone') === 'masked' ? 'masked' : undefined;
    return send(200, renderCombined(id, { seed: nextSeed(), errors: error ? [error] : [], phone }));
  }
  if (pathname.startsWith('/__replica/page/')) return page(decodeURIComponent(pathname.slice('/__replica/page/'.length)));
  if (pathname === '/__replica/state') {
    const body = JSON.stringify(
      {
        variant,
        seed: seedCookie ?? null,
        session: { regStep: session.regStep, reg: scrub(session.reg), user: session.user, token: session.token },
        accounts: [...state.accounts.values()].map(({ password, ...a }) => a),
      },
      null,
      2,
    );
    return send(200, body, { 'content-type': 'application/json; charset=utf-8' });
  }
  if (pathname === '/__replica/reset') {
    state.sessions.delete(session.id);
    startSession();
    return redirect('/__replica/');
  }
  return notFound();
}

// ---------------------------------------------------------------------------------------------
// mailbox host

function mailbox({ pathname, send, httpsOrigin }) {
  const courtOrigin = httpsOrigin('www.courts.mo.gov');
  if (pathname === '/' || pathname === '/inbox') return send(200, renderMailbox({ selected: 1, courtOrigin }));
  const m = pathname.match(/^\/message\/(\d+)$/);
  if (m && (m[1] === '1' || m[1] === '2')) return send(200, renderMailbox({ selected: Number(m[1]), courtOrigin }));
  if (pathname === '/favicon.ico') return send(204, '');
  return send(404, '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Not found - Practice Mail</title></head><body><h1>Message not found</h1><p><a href="/">Back to Inbox</a></p></body></html>');
}

// ---------------------------------------------------------------------------------------------
// /__replica/ index (demo and test entry point; plain, not court-styled)

function replicaIndex(variant, httpsOrigin) {
  const mail = `${httpsOrigin(MAIL_HOST)}/`;
  const link = `${httpsOrigin('www.courts.mo.gov')}/ecf/groupUser.do?token=${DSS_TOKEN}`;
  const rows = SCREENS.map(
    (id) =>
      `<tr><td>${id}</td>${VARIANTS.map((v) => `<td><a href="/ecf/__replica/screen/${id}?variant=${v}">variant ${v}</a></td>`).join('')}<td>${[...new Set(VARIANTS.map((v) => PATHS[id][v]))]
        .map((p) => `<code>${esc(p)}</code>`)
        .join(' / ')}</td></tr>`,
  ).join('\n');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Court replica index</title>
<style>body{font:15px/1.5 Arial,sans-serif;max-width:900px;margin:24px auto;padding:0 16px}td,th{padding:3px 10px;text-align:left;border-bottom:1px solid #ddd}code{background:#f3f3f3;padding:0 3px}</style></head>
<body>
<h1>Court replica (practice and tests)</h1>
<p>This is a local imitation of www.courts.mo.gov for practice and tests. The real site's markup is not known; every screen exists in three variants. Current variant: <strong>${variant}</strong> &mdash; switch: <a href="/__replica/?variant=a">a (modern)</a> | <a href="/__replica/?variant=b">b (old table layout)</a> | <a href="/__replica/?variant=c">c (another web team: own words, split boxes, name/e-mail/addresses/phone on one page)</a>. <a href="/__replica/reset">Start over</a> (new session).</p>
<h2>Walk the procedure</h2>
<ol>
<li><a href="/registration">Start registration</a> (steps 2-15). The picture always shows <code>${CAPTCHA_PHRASE}</code>.</li>
<li><a href="${esc(mail)}">Open the practice mailbox</a> (step 16) and follow the group invitation link: <code>${esc(link)}</code></li>
<li>Log on, then Group User Authentication: PIN <code>4417</code> for Department of Social Services (<code>1234</code> for the other groups).</li>
<li>Already have a Case.net account? Use <code>${CASENET_ACCOUNT.username}</code> / <code>${esc(CASENET_ACCOUNT.password)}</code> with the mailbox link.</li>
<li>The user name <code>taken_user1</code> is always "already taken".</li>
</ol>
<h2>Each screen on its own</h2>
<table><tr><th>screen</th>${VARIANTS.map(() => '<th></th>').join('')}<th>path in the flow (${VARIANTS.join(' / ')}, shared paths once)</th></tr>
${rows}
</table>
<p>Group authentication with the group filled in: ${VARIANTS.map((v) => `<a href="/ecf/__replica/screen/group-authentication?variant=${v}&amp;token=${DSS_TOKEN}">${v}</a>`).join(' | ')}. Any screen with an error: add <code>&amp;error=Some+message</code>.</p>
<h2>Variant c's combined pages</h2>
<ul>
<li><a href="${COMBINED_PAGES['contact-details'].standalone}?variant=c">Your contact details</a> (name-email + addresses-phone; in c's flow at <code>${COMBINED_PAGES['contact-details'].path}</code>)</li>
<li><a href="${COMBINED_PAGES['contact-details'].standalone}?variant=c&amp;phone=masked">Your contact details with one masked phone box</a> (<code>(___) ___-____</code>)</li>
<li><a href="${COMBINED_PAGES['login-security'].standalone}?variant=c">Login and recovery questions on one page</a> (standalone only)</li>
</ul>
<h2>Look-alike pages (not procedure screens: an assistant leaves them alone)</h2>
<ul>
<li><a href="${PAGE_PATHS['change-password']}">Change your password</a> (logged on) &middot; <a href="/__replica/page/change-password">standalone</a></li>
<li><a href="${esc(PAGE_PATHS['contact-us'])}">Contact us</a></li>
<li><a href="${PAGE_PATHS['update-account']}">Update my account information</a> (logged on) &middot; <a href="/__replica/page/update-account">standalone</a></li>
<li><a href="${PAGE_PATHS['casenet-name-search']}">Case.net litigant name search</a></li>
</ul>
<h2>Other pages</h2>
<ul>
<li><a href="/casenet/cases/searchCases.do">Case.net search</a></li>
<li><a href="/ecf/help.do">eFiling Help</a></li>
<li><a href="/cnet/logon.do">Case.net logon</a></li>
<li><a href="/ecf/">eFiling</a> (menu when logged on, else logon)</li>
<li><a href="/no/such/page">A missing page (404)</a></li>
<li><a href="/__replica/state">Session state (JSON)</a></li>
</ul>
<p>Groups in the drop-down: ${GROUPS.map((g) => esc(g.name)).join('; ')}. Invitation tokens: ${Object.keys(GROUP_TOKENS).map((t) => `<code>${t}</code>`).join(', ')}.</p>
</body></html>
`;
}

// ---------------------------------------------------------------------------------------------
// start / stop

function listen(server, port, host) {
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      ok();
    });
  });
}

/**
 * Start the replica on 127.0.0.1.
 * @param {{ port?: number, httpPort?: number }} [opts] port: https (0 = any free port);
 *   httpPort: also serve the same routes over plain http (for the "page is not secure" warning).
 * @returns {Promise<{ port: number, httpPort?: number, state: object, close: () => Promise<void> }>}
 */
export async function startReplica({ port = 0, httpPort } = {}) {
  const state = createState();
  const ports = { https: 0 };
  const handler = makeServerHandler(state, ports);
  const tls = https.createServer({ key: readFileSync(new URL('key.pem', CERT)), cert: readFileSync(new URL('cert.pem', CERT)) }, handler);
  await listen(tls, port, '127.0.0.1');
  ports.https = tls.address().port;
  let plain;
  if (httpPort !== undefined && httpPort !== null) {
    plain = http.createServer(handler);
    await listen(plain, httpPort, '127.0.0.1');
  }
  const stop = (srv) =>
    new Promise((ok) => {
      srv.close(() => ok());
      srv.closeAllConnections?.();
    });
  return {
    port: ports.https,
    httpPort: plain ? plain.address().port : undefined,
    state,
    close: async () => {
      await Promise.all([stop(tls), ...(plain ? [stop(plain)] : [])]);
    },
  };
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  const port = Number(process.argv[2] ?? 8443);
  const httpPort = process.argv[3] !== undefined ? Number(process.argv[3]) : undefined;
  const r = await startReplica({ port, httpPort });
  const p = r.port;
  console.log(`Court replica listening on https://127.0.0.1:${p}/ (self-signed test certificate)`);
  if (r.httpPort) console.log(`Plain http copy on http://127.0.0.1:${r.httpPort}/`);
  console.log(`Index:   https://www.courts.mo.gov:${p}/__replica/   (with the host mapped to 127.0.0.1)`);
  console.log(`curl:    curl -sk --resolve www.courts.mo.gov:${p}:127.0.0.1 https://www.courts.mo.gov:${p}/registration`);
  console.log(
    `Browser: chromium --ignore-certificate-errors --host-resolver-rules="MAP www.courts.mo.gov:443 127.0.0.1:${p}, MAP courts.mo.gov:443 127.0.0.1:${p}, MAP ${MAIL_HOST}:443 127.0.0.1:${p}" https://www.courts.mo.gov/__replica/`,
  );
  const shutdown = () => r.close().then(() => process.exit(0));
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}
