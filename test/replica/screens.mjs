// Pure render functions for the local court replica (no I/O, no dependencies).
//
// Why two variants: the real registration / group screens have never been seen, so every
// procedure screen exists in two believable shapes (modern-ish "a", old Struts table layout "b").
// A product that only works on one of them is guessing. Ids are generated from a seed on every
// render so nothing can lean on them; our product's field ids never appear in the markup.

export const SCREENS = [
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
export const VARIANTS = ['a', 'b'];

/** The captcha picture always shows this phrase (tests type it as "the person"). */
export const CAPTCHA_PHRASE = 'COURT7';

/** Groups offered in the Group Name drop-down. `code` = option value in a, `num` = in b. */
export const GROUPS = [
  { name: 'Department of Corrections', code: 'DOC', num: '1187', pin: '1234' },
  { name: 'Department of Revenue', code: 'DOR', num: '1022', pin: '1234' },
  { name: 'Department of Social Services', code: 'DSS', num: '1043', pin: '4417' },
  // Deliberately similar name: matching "Social Services" loosely picks the wrong group.
  { name: "Department of Social Services - Children's Division", code: 'DSSCD', num: '1044', pin: '1234' },
  { name: 'Division of Employment Security', code: 'DES', num: '1210', pin: '1234' },
  { name: 'Missouri State Highway Patrol', code: 'MSHP', num: '1305', pin: '1234' },
];

/** Invitation tokens (the e-mail link's ?token=) and the group each one stands for. */
export const DSS_TOKEN = 'c3e1d9a4-5f20-4b7e-9d11-dss0417';
export const GROUP_TOKENS = {
  [DSS_TOKEN]: 'Department of Social Services',
  'b7a2f0e6-91cc-4a0d-8e35-dor1022': 'Department of Revenue',
};
export const groupForToken = (t) => (t && Object.hasOwn(GROUP_TOKENS, t) ? GROUP_TOKENS[t] : null);

/** Where each screen lives in each variant. Variant b shares one URL for the wizard steps. */
export const PATHS = {
  'registration-start': { a: '/registration', b: '/registration' },
  'account-type': { a: '/ecf/registration/accountType.do', b: '/ecf/register.do' },
  credentials: { a: '/ecf/registration/credentials.do', b: '/ecf/register.do' },
  'name-email': { a: '/ecf/registration/nameEmail.do', b: '/ecf/register.do' },
  'addresses-phone': { a: '/ecf/registration/addressPhone.do', b: '/ecf/register.do' },
  'security-questions': { a: '/ecf/registration/securityQuestions.do', b: '/ecf/register.do' },
  'additional-steps': { a: '/ecf/registration/additionalSteps.do', b: '/ecf/register.do' },
  logon: { a: '/ecf/logon.do', b: '/ecf/logon.do' },
  'group-authentication': { a: '/ecf/secure/groupAuthentication.do', b: '/ecf/secure/groupAuthentication.do' },
  'user-agreement': { a: '/ecf/secure/userAgreement.do', b: '/ecf/secure/userAgreement.do' },
  'efiling-menu': { a: '/ecf/', b: '/ecf/' },
  'my-preferences': { a: '/ecf/secure/preferences.do', b: '/ecf/secure/preferences.do' },
};

/** Variant b's hidden `page` value for each wizard step on /ecf/register.do. */
export const B_PAGES = {
  'account-type': '1',
  credentials: '2',
  'name-email': '3',
  'addresses-phone': '4',
  'security-questions': '5',
  'additional-steps': '6',
};

// [USPS code, name, FIPS code]. Variant a submits the USPS code, variant b the FIPS number.
export const US_STATES = [
  ['AL', 'Alabama', '01'], ['AK', 'Alaska', '02'], ['AZ', 'Arizona', '04'], ['AR', 'Arkansas', '05'],
  ['CA', 'California', '06'], ['CO', 'Colorado', '08'], ['CT', 'Connecticut', '09'], ['DE', 'Delaware', '10'],
  ['DC', 'District of Columbia', '11'], ['FL', 'Florida', '12'], ['GA', 'Georgia', '13'], ['HI', 'Hawaii', '15'],
  ['ID', 'Idaho', '16'], ['IL', 'Illinois', '17'], ['IN', 'Indiana', '18'], ['IA', 'Iowa', '19'],
  ['KS', 'Kansas', '20'], ['KY', 'Kentucky', '21'], ['LA', 'Louisiana', '22'], ['ME', 'Maine', '23'],
  ['MD', 'Maryland', '24'], ['MA', 'Massachusetts', '25'], ['MI', 'Michigan', '26'], ['MN', 'Minnesota', '27'],
  ['MS', 'Mississippi', '28'], ['MO', 'Missouri', '29'], ['MT', 'Montana', '30'], ['NE', 'Nebraska', '31'],
  ['NV', 'Nevada', '32'], ['NH', 'New Hampshire', '33'], ['NJ', 'New Jersey', '34'], ['NM', 'New Mexico', '35'],
  ['NY', 'New York', '36'], ['NC', 'North Carolina', '37'], ['ND', 'North Dakota', '38'], ['OH', 'Ohio', '39'],
  ['OK', 'Oklahoma', '40'], ['OR', 'Oregon', '41'], ['PA', 'Pennsylvania', '42'], ['RI', 'Rhode Island', '44'],
  ['SC', 'South Carolina', '45'], ['SD', 'South Dakota', '46'], ['TN', 'Tennessee', '47'], ['TX', 'Texas', '48'],
  ['UT', 'Utah', '49'], ['VT', 'Vermont', '50'], ['VA', 'Virginia', '51'], ['WA', 'Washington', '53'],
  ['WV', 'West Virginia', '54'], ['WI', 'Wisconsin', '55'], ['WY', 'Wyoming', '56'],
];

/** Variant a: three drop-downs drawing from this list (option value = 1-based index). */
export const SECURITY_QUESTIONS = [
  "What is your mother's maiden name?",
  'What was the name of your first pet?',
  'In what city were you born?',
  'What was the make of your first car?',
  'What is the name of the elementary school you attended?',
  'What was your childhood nickname?',
  "What is your father's middle name?",
  'In what city did you meet your spouse or partner?',
];
/** Variant b: three fixed questions printed in table cells. */
export const FIXED_QUESTIONS_B = [
  "What is your mother's maiden name?",
  'In what city were you born?',
  'What was the name of your first pet?',
];

export const HELP_DESK = '(888) 541-4894';

// ---------------------------------------------------------------------------------------------
// small helpers

export const esc = (s) =>
  String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

function fnv1a(str) {
  let h = 0x811c9dc5;
  for (let i = 0; i < str.length; i++) {
    h ^= str.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Id generator: deterministic for (seed, screen, variant), different for every seed. */
function idMaker(seed, scope, variant) {
  let n = 0;
  return () => {
    const h = fnv1a(`${seed}|${scope}|${variant}|${n}`).toString(36).padStart(7, 'k');
    // the counter n keeps ids unique within one page; the hash makes them differ between seeds
    const id = variant === 'b' ? `j_id_${h.slice(-2)}${n.toString(36)}x${h.slice(-3, -2)}` : `uid-${h.slice(-4)}-${n}`;
    n++;
    return id;
  };
}

const truthy = (v) => v != null && v !== '' && v !== 'false' && v !== false;
const checked = (v) => (truthy(v) ? ' checked' : '');

function stateOptions(variant, selected) {
  const first = variant === 'a' ? '<option value="">Select a state</option>' : '<option value=""></option>';
  return (
    first +
    US_STATES.map(([code, name, fips]) => {
      const value = variant === 'a' ? code : fips;
      const sel = selected && (selected === code || selected === name || selected === fips) ? ' selected' : '';
      return `<option value="${value}"${sel}>${esc(name)}</option>`;
    }).join('')
  );
}

const stateFromSubmitted = (v) => {
  const row = US_STATES.find(([code, name, fips]) => v === code || v === fips || v === name);
  return row ? row[0] : '';
};

// ---------------------------------------------------------------------------------------------
// page chrome (same on every page, so nav/footer words never identify a screen)

const NAV = [
  ['/', 'Home'],
  ['/casenet/cases/searchCases.do', 'Case.net'],
  ['/ecf/', 'eFiling'],
  ['/registration', 'Register'],
  ['/ecf/logon.do', 'Logon'],
  ['/courts/directory.do', 'Court Directory'],
  ['/page.jsp?id=12086', 'Opinions &amp; Minutes'],
  ['/ecf/help.do', 'Help'],
];

const CSS_A = `
*{box-sizing:border-box}body{margin:0;font:16px/1.5 "Segoe UI",Arial,sans-serif;color:#1d2733;background:#f4f6f8}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.skip-link{position:absolute;left:-999px}.skip-link:focus{left:8px;top:8px;background:#fff;padding:4px}
.wrap{max-width:980px;margin:0 auto;padding:0 16px}
.site-header{background:#0b3a66;color:#fff}.site-header .wrap{display:flex;justify-content:space-between;align-items:center;padding:14px 16px}
.brand{color:#fff;text-decoration:none;display:flex;gap:12px;align-items:center}
.seal{display:inline-block;width:44px;height:44px;border-radius:50%;background:#c9a227;color:#0b3a66;font-weight:700;text-align:center;line-height:44px}
.brand-top{display:block;font-size:13px;letter-spacing:.08em;text-transform:uppercase;opacity:.85}.brand-name{display:block;font-size:24px;font-weight:600}
.site-search input{padding:4px 8px;border:0;border-radius:3px}.btn-search{border:0;background:#c9a227;padding:4px 10px;border-radius:3px}
.site-nav{background:#164f85}.site-nav ul{list-style:none;display:flex;flex-wrap:wrap;gap:4px}.site-nav a{display:block;color:#fff;padding:8px 10px;text-decoration:none}
.site-nav a:hover{background:#0b3a66}
main{background:#fff;padding:24px 28px;margin-top:18px;margin-bottom:18px;border-radius:4px;box-shadow:0 1px 3px rgba(0,0,0,.12)}
h1{font-size:26px;margin:0 0 12px;color:#0b3a66}h2{font-size:19px;color:#0b3a66}
fieldset{border:1px solid #cdd5de;border-radius:4px;margin:0 0 18px;padding:12px 16px}legend{font-weight:600;padding:0 6px}
.form-row{margin:0 0 12px}.form-row label{display:block;font-weight:600;margin-bottom:2px}
.form-row input[type=text],.form-row input[type=password],.form-row input[type=email],.form-row input[type=tel],.form-row select,.form-row textarea{width:100%;max-width:420px;padding:6px 8px;border:1px solid #8a96a3;border-radius:3px;font:inherit}
.check-row label{font-weight:400;display:inline}
.hint{font-size:13px;color:#556}
.field-status{font-size:13px;margin-left:6px}.field-status.ok{color:#1b7a35}.field-status.bad{color:#b00020}
.btn{display:inline-block;padding:8px 18px;border-radius:3px;border:1px solid #0b3a66;font:inherit;cursor:pointer;text-decoration:none}
.btn-primary{background:#0b3a66;color:#fff}.btn-secondary{background:#fff;color:#0b3a66}
.actions{margin-top:16px;display:flex;gap:10px}
.alert{border-radius:4px;padding:10px 14px;margin-bottom:16px}.alert-error{background:#fde8ea;border:1px solid #e3a1a9;color:#7a0014}
.alert-info{background:#e8f1fb;border:1px solid #a9c6e8}
.steps{list-style:none;padding:0;display:flex;gap:6px;font-size:13px;color:#556}.steps li{padding:2px 8px;border-radius:10px;background:#eef1f4}.steps li[aria-current]{background:#0b3a66;color:#fff}
.agreement{max-height:320px;overflow:auto;border:1px solid #cdd5de;padding:8px 16px;background:#fafbfc}
.captcha img{border:1px solid #8a96a3;display:block;margin-bottom:6px}
.menu-grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:12px;list-style:none;padding:0}
.menu-grid a{display:block;padding:14px;border:1px solid #cdd5de;border-radius:4px;text-decoration:none;color:#0b3a66;font-weight:600}
footer{background:#1d2733;color:#cfd6de;font-size:14px;padding:18px 0}footer a{color:#fff}
`;

const CSS_B = `
body{margin:0;font-family:Verdana,Arial,Helvetica,sans-serif;font-size:11px;background:#fff;color:#000}
td{font-size:11px}a{color:#003399}
.hdr{background:#003366;color:#fff}.hdr .title{font:bold 20px Georgia,serif;color:#fff}.hdr .sub{color:#ffcc66;font-size:11px}
.navcol{background:#e6ebf2;border-right:1px solid #99a;vertical-align:top;width:160px}.navcol a{display:block;padding:3px 0;text-decoration:none}
.pageTitle{font:bold 15px Arial,sans-serif;color:#003366;padding:6px 0;border-bottom:2px solid #003366}
.sectionHdr{background:#ccd6e0;font-weight:bold;padding:3px}
.label{text-align:right;white-space:nowrap;padding-right:6px}
.req{color:#cc0000}
.vmsg{font-size:10px;padding-left:4px}.vmsg.ok{color:#008000}.vmsg.bad{color:#cc0000}
.errorText{color:#cc0000;border:1px solid #cc0000;background:#fff5f5;padding:4px}
.infoText{color:#003366;border:1px solid #99a;background:#f3f6fa;padding:4px}
.btnLink{display:inline-block;background:#e0e0e0;border:1px solid #888;padding:2px 10px;color:#000;text-decoration:none}
.button{font-size:11px}
.footer{font-size:10px;color:#555;border-top:1px solid #99a;padding:6px}
.readonly{background:#eee}
`;

function chromeA(body, { title, nid, script = '' }) {
  const sid = nid();
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${CSS_A}</style>
</head>
<body>
<a class="skip-link" href="#content">Skip to main content</a>
<header class="site-header">
  <div class="wrap">
    <a class="brand" href="/"><span class="seal" aria-hidden="true">MO</span><span><span class="brand-top">Your Missouri Courts</span><span class="brand-name">Missouri Courts</span></span></a>
    <form class="site-search" role="search" action="/search" method="get">
      <label class="sr-only" for="${sid}">Search this site</label>
      <input type="search" id="${sid}" name="q" placeholder="Search courts.mo.gov">
      <button type="submit" class="btn-search">Search</button>
    </form>
  </div>
</header>
<nav class="site-nav" aria-label="Main"><ul class="wrap">${NAV.map(([h, t]) => `<li><a href="${h}">${t}</a></li>`).join('')}</ul></nav>
<main id="content" class="wrap">
${body}
</main>
<footer>
  <div class="wrap">
    <p><strong>Supreme Court of Missouri</strong> &middot; Office of State Courts Administrator<br>
    2112 Industrial Drive &middot; P.O. Box 104480 &middot; Jefferson City, MO 65110</p>
    <p>OSCA Help Desk: ${HELP_DESK}, 7:30 a.m. &ndash; 5:00 p.m., Monday &ndash; Friday (except state holidays)</p>
    <p><a href="/page.jsp?id=1777">Privacy Policy</a> | <a href="/page.jsp?id=1778">Accessibility</a> | <a href="/page.jsp?id=1779">Contact Us</a> | <a href="/ecf/help.do">Help</a></p>
    <p>Copyright &copy; Missouri Judiciary. All rights reserved.</p>
  </div>
</footer>
${script ? `<script>\n${script}\n</script>\n` : ''}</body>
</html>
`;
}

function chromeB(body, { title, script = '' }) {
  return `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="Pragma" content="no-cache">
<title>${esc(title)}</title>
<style type="text/css">${CSS_B}</style>
<script type="text/javascript">
function doSubmit(formName) { var f = document.forms[formName]; if (f) { f.submit(); } return false; }
</script>
</head>
<body>
<table width="100%" cellpadding="0" cellspacing="0" border="0">
<tr class="hdr">
  <td colspan="2" class="hdr">
    <table width="100%" cellpadding="6" cellspacing="0" border="0"><tr>
      <td><span class="sub">YOUR MISSOURI COURTS</span><br><span class="title">Missouri Courts</span><br><span class="sub">Judicial Branch of Government</span></td>
      <td align="right"><form name="searchForm" action="/search" method="get"><input type="text" name="searchText" size="18" title="Search"> <input type="submit" value="Go" class="button"></form></td>
    </tr></table>
  </td>
</tr>
<tr>
  <td class="navcol"><table cellpadding="6" cellspacing="0" border="0" width="100%"><tr><td>
    ${NAV.map(([h, t]) => `<a href="${h}">${t}</a>`).join('\n    ')}
  </td></tr></table></td>
  <td valign="top" style="padding:10px 16px">
${body}
  </td>
</tr>
<tr><td colspan="2" class="footer" align="center">
  Supreme Court of Missouri &nbsp;|&nbsp; Office of State Courts Administrator &nbsp;|&nbsp; 2112 Industrial Drive, P.O. Box 104480, Jefferson City, MO 65110<br>
  Help Desk ${HELP_DESK} (7:30 a.m. - 5:00 p.m. Monday - Friday) &nbsp;|&nbsp; <a href="/page.jsp?id=1777">Privacy Policy</a> &nbsp;|&nbsp; <a href="/ecf/help.do">Help</a><br>
  Copyright &copy; Missouri Judiciary
</td></tr>
</table>
${script ? `<script type="text/javascript">\n${script}\n</script>\n` : ''}</body>
</html>
`;
}

function errorsA(errors) {
  if (!errors?.length) return '';
  return `<div class="alert alert-error" role="alert"><p><strong>Please correct the following:</strong></p><ul>${errors
    .map((e) => `<li>${esc(e)}</li>`)
    .join('')}</ul></div>`;
}
function errorsB(errors) {
  if (!errors?.length) return '';
  return `<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td class="errorText"><b>The following errors occurred:</b><ul>${errors
    .map((e) => `<li>${esc(e)}</li>`)
    .join('')}</ul></td></tr></table><br>`;
}
const noticeA = (n) => (n ? `<div class="alert alert-info" role="status">${esc(n)}</div>` : '');
const noticeB = (n) => (n ? `<table width="100%"><tr><td class="infoText">${esc(n)}</td></tr></table><br>` : '');

// ---------------------------------------------------------------------------------------------
// client-side validation (a page's own script; listens the way real validation scripts do)

/**
 * Delegated listeners on the form: `input` and `change` only arrive if they bubble, which is the
 * point (a product that sets `.value` and fires a non-bubbling event is not seen). Blur does not
 * bubble, so it is taken in the capture phase. Every value seen lands in window.__replicaSeen,
 * keyed by input name; a repeated name's 2nd, 3rd... occurrence is keyed "name#2", "name#3".
 */
function validationScript(formSelector, rules, statusClass) {
  return `(function () {
  var RULES = ${JSON.stringify(rules)};
  var STATUS = ${JSON.stringify(statusClass)};
  var form = document.querySelector(${JSON.stringify(formSelector)});
  if (!form) { return; }
  window.__replicaSeen = window.__replicaSeen || {};
  function trim(s) { return String(s || '').replace(/^\\s+|\\s+$/g, ''); }
  function keyOf(el) {
    var same = form.querySelectorAll('[name="' + el.name + '"]');
    for (var i = 0; i < same.length; i++) { if (same[i] === el) { return i === 0 ? el.name : el.name + '#' + (i + 1); } }
    return el.name;
  }
  function statusOf(el) {
    var s = el.nextElementSibling;
    return s && (' ' + s.className + ' ').indexOf(' ' + STATUS + ' ') >= 0 ? s : null;
  }
  function check(el) {
    var rule = RULES[el.name];
    var s = statusOf(el);
    if (!rule || !s) { return; }
    var v = trim(el.value), msg = '';
    if (!v) { msg = rule === 'opt' ? '' : 'required'; }
    else if (rule === 'email' && !/^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$/.test(v)) { msg = 'check e-mail'; }
    else if (rule === 'zip' && !/^\\d{5}(-\\d{4})?$/.test(v)) { msg = '5-digit ZIP'; }
    else if (rule === 'phone' && v.replace(/\\D/g, '').length !== 10) { msg = '10 digits'; }
    else if (rule.indexOf('match:') === 0) {
      var other = form.querySelector('[name="' + rule.slice(6) + '"]');
      if (other && other.value !== el.value) { msg = 'does not match'; }
    }
    s.textContent = msg || (v ? '\\u2713' : '');
    s.className = STATUS + (msg ? ' bad' : (v ? ' ok' : ''));
  }
  function seen(e) {
    var el = e.target;
    if (!el || !el.name || el.type === 'hidden' || el.type === 'submit') { return; }
    window.__replicaSeen[keyOf(el)] = el.type === 'checkbox' ? (el.checked ? el.value : '') : el.value;
    check(el);
  }
  form.addEventListener('input', seen, false);
  form.addEventListener('change', seen, false);
  form.addEventListener('blur', seen, true);
})();`;
}

// Old forms without a submit button do not submit on Enter; the real ones patch that in.
const enterSubmitsB = (formName) => `(function () {
  var f = document.forms[${JSON.stringify(formName)}];
  if (!f) { return; }
  f.onkeypress = function (e) { e = e || window.event; if ((e.keyCode || e.which) === 13 && (e.target || e.srcElement).tagName !== 'TEXTAREA') { f.submit(); return false; } return true; };
})();`;

// ---------------------------------------------------------------------------------------------
// captcha picture (always the same phrase; never readable as text from the alt/title or the DOM)

function captchaSvg(seed) {
  const chars = CAPTCHA_PHRASE.split('');
  const glyphs = chars
    .map((c, i) => {
      const rot = ((fnv1a(`${seed}${i}`) % 31) - 15).toString();
      const y = 34 + (fnv1a(`y${seed}${i}`) % 9);
      return `<text x="${14 + i * 27}" y="${y}" transform="rotate(${rot} ${14 + i * 27} ${y})" font-family="Georgia,serif" font-size="28" font-weight="bold" fill="#2a3b4c">${c}</text>`;
    })
    .join('');
  const lines = [0, 1, 2, 3]
    .map((i) => {
      const h = fnv1a(`l${seed}${i}`);
      return `<line x1="0" y1="${h % 50}" x2="180" y2="${(h >>> 8) % 50}" stroke="#8899aa" stroke-width="1.5"/>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="180" height="50" viewBox="0 0 180 50"><rect width="180" height="50" fill="#e8eef3"/>${lines}${glyphs}</svg>`;
}

// An <img> (not inline SVG) so the phrase is a picture, never text in the page's DOM.
const captchaDataUrl = (seed) => `data:image/svg+xml;base64,${btoa(captchaSvg(seed))}`;

// ---------------------------------------------------------------------------------------------
// agreement text (our own words; long enough to scroll)

const AGREEMENT = [
  'This agreement governs your use of the Missouri Courts electronic filing system ("eFiling"). By registering, you agree to use eFiling only for lawful purposes related to matters pending or to be filed in the courts of Missouri.',
  'You are responsible for every document submitted under your user name. Do not share your password with anyone, including other members of your group. If you believe your account has been used without your permission, contact the OSCA Help Desk immediately.',
  'Documents filed through eFiling must comply with the Missouri Supreme Court Rules, any applicable local court rules, and the redaction requirements for confidential information. Filing a document electronically has the same legal effect as filing a paper document with the clerk.',
  'A document is considered filed on the date and time it is received by the eFiling system, subject to review and acceptance by the clerk. The clerk may return a filing that does not comply with the rules. You will be notified by e-mail of each receipt, acceptance, hold or return.',
  'If you are a member of a group, your group administrator may view the status of filings you submit on behalf of the group, will receive copies of the notices sent to you, and may remove you from the group at any time. Removing your association with a group does not close your account.',
  'You agree to keep your e-mail address current. Notices sent to the address on file are considered delivered. Fees, where they apply, will be charged to the payment method you provide, and you authorize those charges.',
  'The courts may suspend or end access to eFiling for misuse, for security reasons, or for system maintenance. The courts make no guarantee that eFiling will be available at any particular time and are not responsible for delays caused by system outages.',
  'This agreement may be updated from time to time. Continued use of eFiling after a change means that you accept the updated agreement.',
];

// ---------------------------------------------------------------------------------------------
// the screens: each returns { title, body, script } for one variant

const SCREEN_A = {};
const SCREEN_B = {};
const STEP_NAMES = ['Account type', 'User name', 'Name', 'Address', 'Security'];
const stepsA = (n) =>
  `<ol class="steps" aria-label="Registration progress">${STEP_NAMES.map(
    (s, i) => `<li${i + 1 === n ? ' aria-current="step"' : ''}>${i + 1}. ${s}</li>`,
  ).join('')}</ol>`;
const hiddenB = (c, page) =>
  `<input type="hidden" name="page" value="${page}"><input type="hidden" name="org.apache.struts.taglib.html.TOKEN" value="${c.strutsToken}">`;
const hiddenA = (c) => `<input type="hidden" name="_csrf" value="${c.strutsToken.slice(0, 24)}">`;
const statusA = () => '<span class="field-status" aria-live="polite"></span>';
const statusB = () => '<span class="vmsg"></span>';
const linkBtnB = (form, text) =>
  `<a href="#" onclick="return doSubmit('${form}');" class="btnLink"><span><strong>${text}</strong></span></a>`;

// ---- 1. registration start
SCREEN_A['registration-start'] = (c) => ({
  title: 'Missouri Judiciary Account Registration | Your Missouri Courts',
  body: `<h1>Missouri Judiciary Account Registration</h1>
<p>A Missouri Judiciary account gives you one user name and password for the courts' online services, including secure Case.net and eFiling.</p>
<p>Before you begin, have your mailing and billing addresses and a working e-mail address ready. Registration takes about ten minutes.</p>
<p class="actions"><a class="btn btn-primary" href="${PATHS['account-type'].a}">Create an account</a>
<a class="btn btn-secondary" href="/ecf/logon.do">I already have an account</a></p>
<p class="hint">Attorneys licensed in Missouri will need their MOBAR number.</p>`,
});
SCREEN_B['registration-start'] = () => ({
  title: 'Missouri Courts - Registration',
  body: `<div class="pageTitle">Register for a Missouri Judiciary Account</div>
<p>Use this page to create a secure account for Case.net and Missouri eFiling. One account is needed per person.</p>
<table cellpadding="4" cellspacing="0" border="0">
<tr><td><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" width="1" height="1" alt=""></td>
<td><a href="/ecf/register.do?method=start"><span><strong>Create an account</strong></span></a></td></tr>
<tr><td></td><td>Already registered? <a href="/cnet/logon.do">Log on to Case.net</a> or <a href="/ecf/logon.do">eFiling</a>.</td></tr>
</table>`,
});

// ---- 2. account type
SCREEN_A['account-type'] = (c) => {
  const [idBar, idNo] = [c.nid(), c.nid()];
  return {
    title: 'Account Type | Missouri Judiciary Account Registration',
    body: `<h1>Create your account</h1>${stepsA(1)}${c.errorsHtml}
<form method="post" action="${PATHS['account-type'].a}" novalidate>${hiddenA(c)}
<fieldset><legend>Are you a Missouri attorney?</legend>
<p class="hint">Attorneys enter their Missouri Bar (MOBAR) number. Everyone else checks the box.</p>
<div class="form-row"><label for="${idBar}">MOBAR number</label><input type="text" id="${idBar}" name="mobarNumber" inputmode="numeric" maxlength="8" value="${c.v('mobarNumber')}"></div>
<div class="form-row check-row"><input type="checkbox" id="${idNo}" name="noMobar" value="true"${checked(c.raw.noMobarNumber)}> <label for="${idNo}">I do not have a MOBAR number</label></div>
</fieldset>
<div class="actions"><button type="submit" class="btn btn-primary">Continue</button><a class="btn btn-secondary" href="/registration">Cancel</a></div>
</form>`,
  };
};
SCREEN_B['account-type'] = (c) => ({
  title: 'Missouri Courts - eFiling',
  body: `<div class="pageTitle">Account Registration - Step 1 of 5</div><br>${c.errorsHtml}
<form name="userForm" method="post" action="${PATHS['account-type'].b}">${hiddenB(c, B_PAGES['account-type'])}
<table cellpadding="3" cellspacing="0" border="0" width="600">
<tr><td colspan="2">If you are licensed to practice law in Missouri, enter your MOBAR number. Otherwise, check the box below.</td></tr>
<tr><td class="label">MOBAR Number:</td><td><input type="text" name="userForm.barNumber" size="10" maxlength="8" id="${c.nid()}" value="${c.v('mobarNumber')}"></td></tr>
<tr><td class="label"><input type="checkbox" name="userForm.noBarNumber" value="Y" id="${c.nid()}"${checked(c.raw.noMobarNumber)}></td><td>I do not have a MOBAR number</td></tr>
<tr><td></td><td><br><input type="submit" name="method" value="Continue" id="continue" class="button"> <input type="submit" name="method" value="Cancel" class="button"></td></tr>
</table>
</form>`,
});

// ---- 3. credentials
SCREEN_A.credentials = (c) => {
  const [iu, ip, ic, ik] = [c.nid(), c.nid(), c.nid(), c.nid()];
  const img = captchaDataUrl(c.seed);
  return {
    title: 'User Name and Password | Missouri Judiciary Account Registration',
    body: `<h1>Choose a user name and password</h1>${stepsA(2)}${c.errorsHtml}
<form method="post" action="${PATHS.credentials.a}" class="reg-form" novalidate>${hiddenA(c)}
<fieldset><legend>Sign-in details</legend>
<div class="form-row"><label for="${iu}">User name</label><input type="text" id="${iu}" name="userName" autocomplete="username" value="${c.v('username')}">${statusA()}
<div class="hint">Letters, numbers and underscores.</div></div>
<div class="form-row"><label for="${ip}">Password</label><input type="password" id="${ip}" name="password" autocomplete="new-password">${statusA()}
<div class="hint">At least 8 characters.</div></div>
<div class="form-row"><label for="${ic}">Confirm password</label><input type="password" id="${ic}" name="confirmPassword">${statusA()}</div>
</fieldset>
<fieldset class="captcha"><legend>Security check</legend>
<img src="${img}" width="180" height="50" alt="Security phrase">
<div class="form-row"><label for="${ik}">Type the phrase shown in the picture</label><input type="text" id="${ik}" name="captchaText" autocomplete="off" value="">${statusA()}</div>
</fieldset>
<div class="actions"><button type="submit" class="btn btn-primary">Continue</button><button type="button" class="btn btn-secondary" onclick="history.back()">Back</button></div>
</form>`,
    script: validationScript('form.reg-form', { userName: 'req', password: 'req', confirmPassword: 'match:password', captchaText: 'req' }, 'field-status'),
  };
};
SCREEN_B.credentials = (c) => ({
  title: 'Missouri Courts - eFiling',
  body: `<div class="pageTitle">Account Registration - Step 2 of 5</div><br>${c.errorsHtml}
<form name="userForm" method="post" action="${PATHS.credentials.b}">${hiddenB(c, B_PAGES.credentials)}
<table cellpadding="3" cellspacing="0" border="0" width="600">
<tr><td colspan="2" class="sectionHdr">User ID and Password</td></tr>
<tr><td class="label"><span class="req">*</span> User ID:</td><td><input type="text" name="userForm.userId" size="20" maxlength="20" id="${c.nid()}" value="${c.v('username')}">${statusB()}</td></tr>
<tr><td class="label"><span class="req">*</span> Password:</td><td><input type="password" name="userForm.pwd" size="20" id="${c.nid()}">${statusB()}</td></tr>
<tr><td class="label"><span class="req">*</span> Re-enter Password:</td><td><input type="password" name="userForm.pwd2" size="20" id="${c.nid()}">${statusB()}</td></tr>
<tr><td colspan="2" class="sectionHdr">Verification</td></tr>
<tr><td></td><td><img src="${captchaDataUrl(c.seed)}" width="180" height="50" border="1" alt="security phrase"></td></tr>
<tr><td></td><td><input type="text" name="j_captcha_response" size="12" id="${c.nid()}" title="Type the characters you see in the picture above" autocomplete="off">${statusB()}</td></tr>
<tr><td></td><td><br>${linkBtnB('userForm', 'Continue')} &nbsp; <a href="/registration">Cancel</a></td></tr>
</table>
</form>`,
  script:
    validationScript('form[name="userForm"]', { 'userForm.userId': 'req', 'userForm.pwd': 'req', 'userForm.pwd2': 'match:userForm.pwd', j_captcha_response: 'req' }, 'vmsg') +
    '\n' +
    enterSubmitsB('userForm'),
});

// ---- 4. name and e-mail
SCREEN_A['name-email'] = (c) => {
  const ids = [c.nid(), c.nid(), c.nid(), c.nid(), c.nid()];
  return {
    title: 'Your Name and E-mail | Missouri Judiciary Account Registration',
    body: `<h1>Tell us about yourself</h1>${stepsA(3)}${c.errorsHtml}
<form method="post" action="${PATHS['name-email'].a}" class="reg-form" novalidate>${hiddenA(c)}
<fieldset><legend>Name</legend>
<div class="form-row"><label for="${ids[0]}">First name</label><input type="text" id="${ids[0]}" name="firstName" autocomplete="given-name" value="${c.v('firstName')}">${statusA()}</div>
<div class="form-row"><label for="${ids[1]}">Middle name <span class="hint">(optional)</span></label><input type="text" id="${ids[1]}" name="middleName" value="${c.v('middleName')}"></div>
<div class="form-row"><label for="${ids[2]}">Last name</label><input type="text" id="${ids[2]}" name="lastName" autocomplete="family-name" value="${c.v('lastName')}">${statusA()}</div>
</fieldset>
<fieldset><legend>E-mail</legend>
<p class="hint">Court notices and your account confirmation are sent to this address.</p>
<div class="form-row"><label for="${ids[3]}">E-mail address</label><input type="email" id="${ids[3]}" name="email" autocomplete="email" value="${c.v('email')}">${statusA()}</div>
<div class="form-row"><label for="${ids[4]}">Confirm e-mail address</label><input type="email" id="${ids[4]}" name="confirmEmail" value="${c.v('emailConfirm')}">${statusA()}</div>
</fieldset>
<div class="actions"><button type="submit" class="btn btn-primary">Continue</button><button type="button" class="btn btn-secondary" onclick="history.back()">Back</button></div>
</form>`,
    script: validationScript('form.reg-form', { firstName: 'req', lastName: 'req', email: 'email', confirmEmail: 'match:email' }, 'field-status'),
  };
};
SCREEN_B['name-email'] = (c) => ({
  title: 'Missouri Courts - eFiling',
  body: `<div class="pageTitle">Account Registration - Step 3 of 5</div><br>${c.errorsHtml}
<form name="userForm" method="post" action="${PATHS['name-email'].b}">${hiddenB(c, B_PAGES['name-email'])}
<table cellpadding="4" cellspacing="0" border="0">
<tr><td colspan="4" class="sectionHdr">Personal Information</td></tr>
<tr>
<td><b>First Name</b><span class="req">*</span><br><input type="text" name="userForm.firstName" size="20" id="${c.nid()}" value="${c.v('firstName')}">${statusB()}</td>
<td><b>MI</b><br><input type="text" name="userForm.middleInit" size="2" maxlength="1" id="${c.nid()}" value="${c.v('middleName').slice(0, 1)}"></td>
<td><b>Last Name</b><span class="req">*</span><br><input type="text" name="userForm.lastName" size="20" id="${c.nid()}" value="${c.v('lastName')}">${statusB()}</td>
<td><b>Suffix</b><br><select name="userForm.suffix" id="${c.nid()}"><option value=""></option><option>Jr.</option><option>Sr.</option><option>II</option><option>III</option></select></td>
</tr>
<tr><td colspan="4"><b>E-mail Address</b><span class="req">*</span><br><input type="text" name="userForm.emailAddr" size="45" id="${c.nid()}" title="E-mail Address" value="${c.v('email')}">${statusB()}</td></tr>
<tr><td colspan="4"><br><input type="submit" name="method" value="Continue" id="continue" class="button"> <input type="submit" name="method" value="Back" class="button"></td></tr>
</table>
</form>`,
  script: validationScript('form[name="userForm"]', { 'userForm.firstName': 'req', 'userForm.lastName': 'req', 'userForm.emailAddr': 'email' }, 'vmsg'),
});

// ---- 5. addresses and phone
// Both address blocks use the SAME input names (variant a) or indexed Struts names (variant b):
// which block is mailing and which is billing is only said by the legend / heading and the order.
function addressBlockA(c, legend, key, extra = '') {
  const ids = [c.nid(), c.nid(), c.nid(), c.nid(), c.nid()];
  const ac = key === 'mailing' ? (t) => ` autocomplete="${t}"` : () => '';
  return `<fieldset class="address">
<legend>${legend}</legend>${extra}
<div class="address-fields">
<div class="form-row"><label for="${ids[0]}">Street address</label><input type="text" id="${ids[0]}" name="street1"${ac('address-line1')} value="${c.v(`${key}.line1`)}">${statusA()}</div>
<div class="form-row"><label for="${ids[1]}">Apartment, suite, etc. <span class="hint">(optional)</span></label><input type="text" id="${ids[1]}" name="street2"${ac('address-line2')} value="${c.v(`${key}.line2`)}"></div>
<div class="form-row"><label for="${ids[2]}">City</label><input type="text" id="${ids[2]}" name="city"${ac('address-level2')} value="${c.v(`${key}.city`)}">${statusA()}</div>
<div class="form-row"><label for="${ids[3]}">State</label><select id="${ids[3]}" name="state">${stateOptions('a', c.raw[`${key}.state`])}</select>${statusA()}</div>
<div class="form-row"><label for="${ids[4]}">ZIP code</label><input type="text" id="${ids[4]}" name="zip" inputmode="numeric"${ac('postal-code')} value="${c.v(`${key}.zip`)}">${statusA()}</div>
</div>
</fieldset>`;
}
SCREEN_A['addresses-phone'] = (c) => {
  const [idSame, idPhone] = [c.nid(), c.nid()];
  const same = truthy(c.raw.billingSameAsMailing);
  const sameBox = `\n<div class="form-row check-row"><input type="checkbox" id="${idSame}" name="billingSame" value="true"${checked(same)}> <label for="${idSame}">Billing address same as mailing</label></div>`;
  return {
    title: 'Address and Phone | Missouri Judiciary Account Registration',
    body: `<h1>Address and phone</h1>${stepsA(4)}${c.errorsHtml}
<form method="post" action="${PATHS['addresses-phone'].a}" class="reg-form" novalidate>${hiddenA(c)}
${addressBlockA(c, 'Mailing Address', 'mailing')}
${addressBlockA(c, 'Billing Address', 'billing', sameBox).replace('<div class="address-fields">', `<div class="address-fields"${same ? ' hidden' : ''}>`)}
<fieldset><legend>Phone</legend>
<div class="form-row"><label for="${idPhone}">Phone number</label><input type="tel" id="${idPhone}" name="phone" autocomplete="tel" value="${c.v('phone')}">${statusA()}</div>
</fieldset>
<div class="actions"><button type="submit" class="btn btn-primary">Continue</button><button type="button" class="btn btn-secondary" onclick="history.back()">Back</button></div>
</form>`,
    script:
      validationScript('form.reg-form', { street1: 'req', street2: 'opt', city: 'req', state: 'req', zip: 'zip', phone: 'phone' }, 'field-status') +
      `
// "Same as mailing" hides the billing inputs (they stay in the form and are ignored server-side).
(function () {
  var box = document.querySelector('input[name="billingSame"]');
  if (!box) { return; }
  var fields = box.closest('fieldset').querySelector('.address-fields');
  box.addEventListener('change', function () { fields.hidden = box.checked; });
})();`,
  };
};
function addressRowsB(c, index, key) {
  const n = `addr[${index}]`;
  return `<tr><td class="label"><span class="req">*</span> Street:</td><td><input type="text" name="${n}.street1" size="35" id="${c.nid()}" value="${c.v(`${key}.line1`)}">${statusB()}</td></tr>
<tr><td class="label"></td><td><input type="text" name="${n}.street2" size="35" id="${c.nid()}" title="Address line 2" value="${c.v(`${key}.line2`)}"></td></tr>
<tr><td class="label"><span class="req">*</span> City:</td><td><input type="text" name="${n}.city" size="25" id="${c.nid()}" value="${c.v(`${key}.city`)}">${statusB()}</td></tr>
<tr><td class="label"><span class="req">*</span> State:</td><td><select name="${n}.stateCd" id="${c.nid()}">${stateOptions('b', c.raw[`${key}.state`])}</select>${statusB()}</td></tr>
<tr><td class="label"><span class="req">*</span> Zip Code:</td><td><input type="text" name="${n}.zip" size="10" maxlength="10" id="${c.nid()}" value="${c.v(`${key}.zip`)}">${statusB()}</td></tr>`;
}
SCREEN_B['addresses-phone'] = (c) => ({
  title: 'Missouri Courts - eFiling',
  body: `<div class="pageTitle">Account Registration - Step 4 of 5</div><br>${c.errorsHtml}
<form name="userForm" method="post" action="${PATHS['addresses-phone'].b}">${hiddenB(c, B_PAGES['addresses-phone'])}
<table cellpadding="3" cellspacing="0" border="0" width="600">
<tr><td colspan="2" class="sectionHdr">Mailing Address</td></tr>
${addressRowsB(c, 0, 'mailing')}
<tr><td colspan="2">&nbsp;</td></tr>
<tr><td colspan="2" class="sectionHdr">Billing Address</td></tr>
<tr><td colspan="2"><i>Address where statements for eFiling fees are sent.</i></td></tr>
${addressRowsB(c, 1, 'billing')}
<tr><td colspan="2">&nbsp;</td></tr>
<tr><td colspan="2" class="sectionHdr">Telephone</td></tr>
<tr><td class="label"><span class="req">*</span> Daytime Telephone:</td><td><input type="text" name="userForm.dayPhone" size="14" maxlength="14" id="${c.nid()}" title="Daytime Telephone (###-###-####)" value="${c.v('phone')}">${statusB()} Ext: <input type="text" name="userForm.dayPhoneExt" size="5" maxlength="5" id="${c.nid()}"></td></tr>
<tr><td></td><td><br>${linkBtnB('userForm', 'Continue')} &nbsp; <a href="/registration">Cancel</a></td></tr>
</table>
</form>`,
  script:
    validationScript(
      'form[name="userForm"]',
      {
        'addr[0].street1': 'req', 'addr[0].city': 'req', 'addr[0].stateCd': 'req', 'addr[0].zip': 'zip',
        'addr[1].street1': 'req', 'addr[1].city': 'req', 'addr[1].stateCd': 'req', 'addr[1].zip': 'zip',
        'userForm.dayPhone': 'phone',
      },
      'vmsg',
    ) +
    '\n' +
    enterSubmitsB('userForm'),
});

// ---- 6. security questions
SCREEN_A['security-questions'] = (c) => {
  const block = (i) => {
    const [iq, ia] = [c.nid(), c.nid()];
    const chosen = c.raw[`security${i}.question`];
    const opts = SECURITY_QUESTIONS.map(
      (q, k) => `<option value="${k + 1}"${chosen && (chosen === q || chosen === String(k + 1)) ? ' selected' : ''}>${esc(q)}</option>`,
    ).join('');
    return `<fieldset><legend>Security question ${i}</legend>
<div class="form-row"><label for="${iq}">Question</label><select id="${iq}" name="secQuestion${i}"><option value="">-- Select a security question --</option>${opts}</select></div>
<div class="form-row"><label for="${ia}">Answer</label><input type="text" id="${ia}" name="secAnswer${i}" autocomplete="off" value="${c.v(`security${i}.answer`)}"></div>
</fieldset>`;
  };
  return {
    title: 'Security Questions | Missouri Judiciary Account Registration',
    body: `<h1>Security questions</h1>${stepsA(5)}${c.errorsHtml}
<p>Choose three different questions. If you forget your password you will be asked one of them.</p>
<form method="post" action="${PATHS['security-questions'].a}" novalidate>${hiddenA(c)}
${block(1)}
${block(2)}
${block(3)}
<div class="actions"><button type="submit" class="btn btn-primary">Continue</button><button type="button" class="btn btn-secondary" onclick="history.back()">Back</button></div>
</form>`,
  };
};
SCREEN_B['security-questions'] = (c) => ({
  title: 'Missouri Courts - eFiling',
  body: `<div class="pageTitle">Account Registration - Step 5 of 5</div><br>${c.errorsHtml}
<form name="userForm" method="post" action="${PATHS['security-questions'].b}">${hiddenB(c, B_PAGES['security-questions'])}
<table cellpadding="4" cellspacing="0" border="0" width="600">
<tr><td colspan="2" class="sectionHdr">Security Questions</td></tr>
<tr><td colspan="2">Answer each question below. Answers are not case sensitive.</td></tr>
${FIXED_QUESTIONS_B.map(
  (q, i) =>
    `<tr><td width="55%">${i + 1}. ${esc(q)}</td><td><input type="text" name="fld${12 + i}" size="25" id="${c.nid()}" value="${c.v(`security${i + 1}.answer`)}"><input type="hidden" name="qid${12 + i}" value="${101 + i * 3}"></td></tr>`,
).join('\n')}
<tr><td></td><td><br><input type="submit" name="method" value="Continue" id="continue" class="button"> <input type="submit" name="method" value="Back" class="button"></td></tr>
</table>
</form>`,
});

// ---- 7. additional steps
SCREEN_A['additional-steps'] = (c) => ({
  title: 'eFiling Registration – Additional Steps Required | Your Missouri Courts',
  body: `<h1>eFiling Registration – Additional Steps Required</h1>${c.errorsHtml}
<p>Your Missouri Judiciary account has been created. Before you can file documents electronically, a few more steps are needed.</p>
<ul>
<li><strong>Attorneys</strong> will be asked to confirm their MOBAR information.</li>
<li><strong>Members of a filing group</strong> (for example, a state agency) must be authenticated into their group. Your group administrator will send you an e-mail with a link and a PIN.</li>
<li>Everyone must read and accept the eFiling User Agreement.</li>
</ul>
<form method="post" action="${PATHS['additional-steps'].a}">${hiddenA(c)}
<div class="actions"><button type="submit" class="btn btn-primary">Continue</button></div>
</form>`,
});
SCREEN_B['additional-steps'] = (c) => ({
  title: 'Missouri Courts - eFiling',
  body: `<div class="pageTitle">EFILING REGISTRATION - ADDITIONAL STEPS REQUIRED</div><br>${c.errorsHtml}
<form name="userForm" method="post" action="${PATHS['additional-steps'].b}">${hiddenB(c, B_PAGES['additional-steps'])}
<table cellpadding="4" cellspacing="0" border="0" width="600">
<tr><td>Your account was created successfully. To use eFiling you must complete additional steps:</td></tr>
<tr><td>&bull; Group users: follow the link in the e-mail from your group administrator and log on to authenticate.<br>
&bull; Attorneys: verify your bar information.<br>&bull; Accept the eFiling user agreement.</td></tr>
<tr><td><br>${linkBtnB('userForm', 'Continue')}</td></tr>
</table>
</form>`,
});

// ---- 8. logon (also Case.net's /cnet/logon.do and the e-mail link /ecf/groupUser.do)
SCREEN_A.logon = (c) => {
  const [iu, ip] = [c.nid(), c.nid()];
  return {
    title: 'eFiling Logon | Your Missouri Courts',
    body: `<h1>Log on</h1>${c.errorsHtml}${c.token && c.group ? noticeA('Log on to finish joining your filing group.') : ''}
<form method="post" action="${c.action || PATHS.logon.a}" novalidate>${hiddenA(c)}${c.token ? `<input type="hidden" name="token" value="${esc(c.token)}">` : ''}
<fieldset><legend>Missouri Judiciary account</legend>
<div class="form-row"><label for="${iu}">User name</label><input type="text" id="${iu}" name="j_username" autocomplete="username" value="${c.v('username')}"></div>
<div class="form-row"><label for="${ip}">Password</label><input type="password" id="${ip}" name="j_password"></div>
</fieldset>
<div class="actions"><button type="submit" class="btn btn-primary">Logon</button></div>
<p><a href="/ecf/forgotPassword.do">Forgot your password?</a> &middot; <a href="/registration">Create an account</a></p>
</form>`,
  };
};
SCREEN_B.logon = (c) => ({
  title: 'Missouri Courts - Logon',
  body: `<div class="pageTitle">Logon</div><br>${c.errorsHtml}
<form name="logonForm" method="post" action="${c.action || PATHS.logon.b}">${c.token ? `<input type="hidden" name="groupToken" value="${esc(c.token)}">` : ''}
<table cellpadding="4" cellspacing="0" border="0">
<tr><td colspan="2">Enter your user ID and password.</td></tr>
<tr><td class="label">User ID:</td><td><input type="text" name="username" size="20" id="${c.nid()}" value="${c.v('username')}"></td></tr>
<tr><td class="label">Password:</td><td><input type="password" name="password" size="20" id="${c.nid()}"></td></tr>
<tr><td></td><td>${linkBtnB('logonForm', 'Logon')}</td></tr>
<tr><td></td><td><a href="/ecf/forgotPassword.do">Forgot Password?</a> | <a href="/registration">Register</a></td></tr>
</table>
</form>`,
  script: enterSubmitsB('logonForm'),
});

// ---- 9. group user authentication
SCREEN_A['group-authentication'] = (c) => {
  const [ig, ip, iu] = [c.nid(), c.nid(), c.nid()];
  const chosen = c.raw['group.name'];
  const groupField = c.group
    ? `<input type="text" id="${ig}" name="groupName" value="${esc(c.group)}" readonly>`
    : `<select id="${ig}" name="groupName"><option value="">-- Select your group --</option>${GROUPS.map(
        (g) => `<option value="${g.code}"${chosen === g.name || chosen === g.code ? ' selected' : ''}>${esc(g.name)}</option>`,
      ).join('')}</select>`;
  return {
    title: 'Group User Authentication | Missouri eFiling',
    body: `<h1>Group User Authentication</h1>${c.errorsHtml}
<p>Enter the PIN your group administrator gave you. Your administrator is notified when you join.</p>
<form method="post" action="${PATHS['group-authentication'].a}" class="group-form" novalidate>${hiddenA(c)}
<div class="form-row"><label for="${ig}">Group Name</label>${groupField}${statusA()}</div>
<div class="form-row"><label for="${ip}">PIN</label><input type="password" id="${ip}" name="pin" inputmode="numeric">${statusA()}</div>
<div class="form-row"><label for="${iu}">User Information</label><textarea id="${iu}" name="userInformation" rows="4">${c.v('group.userInformation')}</textarea>${statusA()}
<div class="hint">Anything your administrator needs to identify you, such as your position, department and supervisor.</div></div>
<div class="actions"><button type="submit" class="btn btn-primary">Submit</button><a class="btn btn-secondary" href="/ecf/">Cancel</a></div>
</form>`,
    script: validationScript('form.group-form', { groupName: 'req', pin: 'req', userInformation: 'req' }, 'field-status'),
  };
};
SCREEN_B['group-authentication'] = (c) => {
  const chosen = c.raw['group.name'];
  const groupCell = c.group
    ? `<input type="text" name="grpAuthForm.groupNm" size="45" class="readonly" readonly id="${c.nid()}" value="${esc(c.group)}"><input type="hidden" name="grpAuthForm.groupId" value="${GROUPS.find((g) => g.name === c.group)?.num ?? ''}">`
    : `<select name="grpAuthForm.groupId" id="${c.nid()}"><option value="0">Select Group</option>${GROUPS.map(
        (g) => `<option value="${g.num}"${chosen === g.name || chosen === g.num ? ' selected' : ''}>${esc(g.name)}</option>`,
      ).join('')}</select>`;
  return {
    title: 'Missouri Courts - eFiling',
    body: `<div class="pageTitle" style="text-transform:uppercase">Group User Authentication</div><br>${c.errorsHtml}
<form name="grpAuthForm" method="post" action="${PATHS['group-authentication'].b}">
<input type="hidden" name="org.apache.struts.taglib.html.TOKEN" value="${c.strutsToken}">
<table cellpadding="4" cellspacing="0" border="0">
<tr><td valign="top"><b>Group Name:</b></td><td>${groupCell}${statusB()}</td></tr>
<tr><td valign="top"><b>Pin:</b></td><td><input type="password" name="grpAuthForm.pin" size="10" id="${c.nid()}">${statusB()}</td></tr>
<tr><td valign="top"><b>User Information:</b></td><td><textarea name="grpAuthForm.userInfo" rows="4" cols="45" id="${c.nid()}">${c.v('group.userInformation')}</textarea>${statusB()}<br><i>(position, department, supervisor)</i></td></tr>
<tr><td></td><td><input type="submit" value="Submit" class="button"> <input type="button" value="Cancel" class="button" onclick="location.href='/ecf/index.do'"></td></tr>
</table>
</form>`,
    script: validationScript('form[name="grpAuthForm"]', { 'grpAuthForm.groupId': 'req', 'grpAuthForm.pin': 'req', 'grpAuthForm.userInfo': 'req' }, 'vmsg'),
  };
};

// ---- 10. user agreement
SCREEN_A['user-agreement'] = (c) => {
  const ib = c.nid();
  return {
    title: 'eFiling User Agreement | Missouri eFiling',
    body: `<h1>eFiling User Agreement</h1>${c.errorsHtml}
<div class="agreement" tabindex="0" role="document" aria-label="Agreement text">${AGREEMENT.map((p, i) => `<p>${i + 1}. ${esc(p)}</p>`).join('')}</div>
<form method="post" action="${PATHS['user-agreement'].a}">${hiddenA(c)}
<div class="form-row check-row" style="margin-top:14px"><input type="checkbox" id="${ib}" name="acknowledge" value="true"> <label for="${ib}">I acknowledge that I have read the eFiling User Agreement and agree to its terms.</label></div>
<div class="actions"><button type="submit" class="btn btn-primary">Continue</button><button type="submit" class="btn btn-secondary" name="decline" value="true">I do not agree</button></div>
</form>`,
  };
};
SCREEN_B['user-agreement'] = (c) => ({
  title: 'Missouri Courts - eFiling',
  body: `<div class="pageTitle">eFiling User Agreement</div><br>${c.errorsHtml}
<form name="agreementForm" method="post" action="${PATHS['user-agreement'].b}">
<table cellpadding="4" cellspacing="0" border="0">
<tr><td colspan="2">Please read the following agreement.</td></tr>
<tr><td colspan="2"><textarea rows="14" cols="90" readonly name="agreementText">${AGREEMENT.map((p) => esc(p)).join('\n\n')}</textarea></td></tr>
<tr><td width="20"><input type="checkbox" name="agreeInd" value="Y" id="${c.nid()}"></td><td>I acknowledge</td></tr>
<tr><td></td><td><input type="submit" name="method" value="Continue" id="continue" class="button"> <input type="submit" name="method" value="Decline" class="button"></td></tr>
</table>
</form>`,
});

// ---- 11. eFiling menu
const MENU = [
  ['/ecf/secure/newFiling.do', 'Submit a New Filing', 'Start a new case or initiating filing.'],
  ['/ecf/secure/subsequentFiling.do', 'File in an Existing Case', 'Add a document to a case already on file.'],
  ['/ecf/secure/myFilings.do', 'My Filings', 'Check the status of filings you have submitted.'],
  ['/ecf/secure/drafts.do', 'Drafts', 'Finish filings you saved for later.'],
  ['/ecf/secure/preferences.do', 'My Preferences', 'Filing defaults, notice e-mail addresses and group.'],
  ['/ecf/logoff.do', 'Logoff', 'End your eFiling session.'],
];
SCREEN_A['efiling-menu'] = (c) => ({
  title: 'eFiling Menu | Missouri eFiling',
  body: `<h1>eFiling Menu</h1>${c.errorsHtml}${noticeA(c.notice)}
${c.raw.displayName ? `<p>Welcome, ${c.v('displayName')}.</p>` : ''}${c.raw['group.name'] ? `<p>Group: <strong>${c.v('group.name')}</strong></p>` : ''}
<ul class="menu-grid">${MENU.map(([h, t, d]) => `<li><a href="${h}">${t}<br><span class="hint">${d}</span></a></li>`).join('')}</ul>
<p class="hint">Tip: bookmark <a href="https://www.courts.mo.gov/ecf/">https://www.courts.mo.gov/ecf/</a> to come straight here.</p>`,
});
SCREEN_B['efiling-menu'] = (c) => ({
  title: 'Missouri Courts - eFiling',
  body: `<div class="pageTitle">eFiling Menu</div><br>${c.errorsHtml}${noticeB(c.notice)}
<table cellpadding="3" cellspacing="0" border="0" width="500">
${c.raw.displayName ? `<tr><td colspan="2">Logged on as: <b>${c.v('displayName')}</b>${c.raw['group.name'] ? ` (${c.v('group.name')})` : ''}</td></tr>` : ''}
${MENU.map(([h, t, d]) => `<tr><td width="20">&raquo;</td><td><a href="${h}">${t}</a> - ${d}</td></tr>`).join('\n')}
</table>`,
});

// ---- 12. my preferences
const COURTS = ['Cole County Circuit Court', 'Boone County Circuit Court', 'Jackson County Circuit Court', 'St. Louis County Circuit Court', 'Greene County Circuit Court'];
SCREEN_A['my-preferences'] = (c) => {
  const ids = [c.nid(), c.nid(), c.nid(), c.nid(), c.nid()];
  const sel = (k, opt) => (c.raw[k] === opt ? ' selected' : '');
  return {
    title: 'My Preferences | Missouri eFiling',
    body: `<h1>My Preferences</h1>${c.errorsHtml}${noticeA(c.notice)}
<form method="post" action="/ecf/secure/preferences.do" novalidate>${hiddenA(c)}
<fieldset><legend>eFiling defaults</legend>
<div class="form-row"><label for="${ids[0]}">Default court</label><select id="${ids[0]}" name="defaultCourt"><option value="">(none)</option>${COURTS.map((x) => `<option${sel('prefs.defaultCourt', x)}>${x}</option>`).join('')}</select></div>
<div class="form-row"><label for="${ids[1]}">Documents per page</label><select id="${ids[1]}" name="pageSize">${['10', '25', '50'].map((x) => `<option${sel('prefs.pageSize', x)}>${x}</option>`).join('')}</select></div>
<div class="form-row"><label for="${ids[2]}">Notice format</label><select id="${ids[2]}" name="noticeFormat">${['HTML', 'Plain text'].map((x) => `<option${sel('prefs.noticeFormat', x)}>${x}</option>`).join('')}</select></div>
</fieldset>
<fieldset><legend>Additional e-mail addresses for notices</legend>
<div class="form-row"><label for="${ids[3]}">Additional e-mail address 1</label><input type="email" id="${ids[3]}" name="ccEmail" value="${c.v('prefs.ccEmail1')}"></div>
<div class="form-row"><label for="${ids[4]}">Additional e-mail address 2</label><input type="email" id="${ids[4]}" name="ccEmail" value="${c.v('prefs.ccEmail2')}"></div>
</fieldset>
<div class="actions"><button type="submit" class="btn btn-primary">Save</button></div>
</form>
<h2>Group</h2>
<form method="post" action="/ecf/secure/removeGroup.do">${hiddenA(c)}
<p>${c.raw['group.name'] ? `You are a member of <strong>${c.v('group.name')}</strong>.` : 'You are not associated with a group.'}</p>
<button type="submit" class="btn btn-secondary" name="action" value="removeGroup"${c.raw['group.name'] ? '' : ' disabled'}>Remove association with current group</button>
</form>`,
  };
};
SCREEN_B['my-preferences'] = (c) => {
  const sel = (k, opt) => (c.raw[k] === opt ? ' selected' : '');
  return {
    title: 'Missouri Courts - eFiling',
    body: `<div class="pageTitle">My Preferences</div><br>${c.errorsHtml}${noticeB(c.notice)}
<form name="prefForm" method="post" action="/ecf/secure/preferences.do">
<table cellpadding="3" cellspacing="0" border="0" width="600">
<tr><td colspan="2" class="sectionHdr">eFiling Defaults</td></tr>
<tr><td class="label">Default Court:</td><td><select name="prefForm.courtId" id="${c.nid()}"><option value=""></option>${COURTS.map((x, i) => `<option value="${20 + i}"${sel('prefs.defaultCourt', x)}>${x}</option>`).join('')}</select></td></tr>
<tr><td class="label">Rows Per Page:</td><td><select name="prefForm.rows" id="${c.nid()}">${['10', '25', '50'].map((x) => `<option${sel('prefs.pageSize', x)}>${x}</option>`).join('')}</select></td></tr>
<tr><td colspan="2" class="sectionHdr">Additional E-mail Addresses for Notices</td></tr>
${[0, 1, 2].map((i) => `<tr><td class="label">E-mail ${i + 1}:</td><td><input type="text" name="prefForm.ccEmail[${i}]" size="40" id="${c.nid()}" value="${c.v(`prefs.ccEmail${i + 1}`)}"></td></tr>`).join('\n')}
<tr><td></td><td><input type="submit" value="Save" class="button"></td></tr>
</table>
</form>
<form name="groupForm" method="post" action="/ecf/secure/removeGroup.do">
<table cellpadding="3" cellspacing="0" border="0" width="600">
<tr><td colspan="2" class="sectionHdr">Group Membership</td></tr>
<tr><td class="label">Current Group:</td><td>${c.raw['group.name'] ? c.v('group.name') : '(none)'}</td></tr>
<tr><td></td><td><input type="submit" value="Remove Group Association" class="button"${c.raw['group.name'] ? '' : ' disabled'}></td></tr>
</table>
</form>`,
  };
};

// ---------------------------------------------------------------------------------------------
// public render API

/**
 * Render one procedure screen as a full HTML document.
 * @param {string} screenId one of SCREENS
 * @param {'a'|'b'} variant
 * @param {{errors?:string[], values?:Record<string,string>, seed?:number, token?:string, notice?:string, action?:string}} [opts]
 *   values are keyed by our product's field ids (e.g. 'mailing.city'); never echo passwords in them.
 *   token: group invitation token; logon keeps it in a hidden input, group-authentication shows the
 *   token's group read-only instead of the drop-down. notice: an info message (menu, preferences).
 *   action: override the logon form's action (Case.net's /cnet/logon.do posts to itself).
 */
export function renderScreen(screenId, variant = 'a', opts = {}) {
  const table = variant === 'b' ? SCREEN_B : SCREEN_A;
  const def = table[screenId];
  if (!def) throw new Error(`unknown screen ${screenId}`);
  const seed = Number.isFinite(Number(opts.seed)) ? Number(opts.seed) : 0;
  const raw = { ...(opts.values || {}) };
  const nid = idMaker(seed, screenId, variant);
  const ctx = {
    raw,
    v: (k) => esc(raw[k] ?? ''),
    nid,
    seed,
    token: opts.token || '',
    group: groupForToken(opts.token),
    action: opts.action || '',
    notice: opts.notice || '',
    errorsHtml: variant === 'b' ? errorsB(opts.errors) : errorsA(opts.errors),
    strutsToken: fnv1a(`tok${seed}${screenId}`).toString(16).padStart(8, '0') + fnv1a(`k${seed}`).toString(16).padStart(8, '0') + fnv1a(screenId).toString(16).padStart(8, '0'),
  };
  const { title, body, script } = def(ctx);
  return variant === 'b' ? chromeB(body, { title, script }) : chromeA(body, { title, nid, script });
}

// ---------------------------------------------------------------------------------------------
// reading a submitted form back into product-field-keyed values (kept beside the markup so the
// names cannot drift apart). `p` is a URLSearchParams.

const s = (p, n) => (p.get(n) ?? '').trim();
const sAll = (p, n, i) => (p.getAll(n)[i] ?? '').trim();

export function readForm(screenId, variant, p) {
  const b = variant === 'b';
  switch (screenId) {
    case 'account-type':
      return b
        ? { mobarNumber: s(p, 'userForm.barNumber'), noMobarNumber: p.has('userForm.noBarNumber') ? 'true' : '' }
        : { mobarNumber: s(p, 'mobarNumber'), noMobarNumber: p.has('noMobar') ? 'true' : '' };
    case 'credentials':
      return b
        ? { username: s(p, 'userForm.userId'), password: p.get('userForm.pwd') ?? '', passwordConfirm: p.get('userForm.pwd2') ?? '', captcha: s(p, 'j_captcha_response') }
        : { username: s(p, 'userName'), password: p.get('password') ?? '', passwordConfirm: p.get('confirmPassword') ?? '', captcha: s(p, 'captchaText') };
    case 'name-email':
      return b
        ? { firstName: s(p, 'userForm.firstName'), middleName: s(p, 'userForm.middleInit'), lastName: s(p, 'userForm.lastName'), email: s(p, 'userForm.emailAddr') }
        : { firstName: s(p, 'firstName'), middleName: s(p, 'middleName'), lastName: s(p, 'lastName'), email: s(p, 'email'), emailConfirm: s(p, 'confirmEmail') };
    case 'addresses-phone': {
      const out = {};
      for (const [i, key] of [[0, 'mailing'], [1, 'billing']]) {
        if (b) {
          out[`${key}.line1`] = s(p, `addr[${i}].street1`);
          out[`${key}.line2`] = s(p, `addr[${i}].street2`);
          out[`${key}.city`] = s(p, `addr[${i}].city`);
          out[`${key}.state`] = stateFromSubmitted(s(p, `addr[${i}].stateCd`));
          out[`${key}.zip`] = s(p, `addr[${i}].zip`);
        } else {
          // Same names in both fieldsets: the first occurrence is mailing, the second billing.
          out[`${key}.line1`] = sAll(p, 'street1', i);
          out[`${key}.line2`] = sAll(p, 'street2', i);
          out[`${key}.city`] = sAll(p, 'city', i);
          out[`${key}.state`] = stateFromSubmitted(sAll(p, 'state', i));
          out[`${key}.zip`] = sAll(p, 'zip', i);
        }
      }
      out.billingSameAsMailing = !b && p.has('billingSame') ? 'true' : '';
      out.phone = b ? s(p, 'userForm.dayPhone') : s(p, 'phone');
      return out;
    }
    case 'security-questions': {
      const out = {};
      for (const i of [1, 2, 3]) {
        if (b) {
          out[`security${i}.question`] = FIXED_QUESTIONS_B[i - 1];
          out[`security${i}.answer`] = s(p, `fld${11 + i}`);
        } else {
          const q = s(p, `secQuestion${i}`);
          out[`security${i}.question`] = SECURITY_QUESTIONS[Number(q) - 1] ?? '';
          out[`security${i}.answer`] = s(p, `secAnswer${i}`);
        }
      }
      return out;
    }
    case 'logon':
      return b
        ? { username: s(p, 'username'), password: p.get('password') ?? '', token: s(p, 'groupToken') }
        : { username: s(p, 'j_username'), password: p.get('j_password') ?? '', token: s(p, 'token') };
    case 'group-authentication': {
      let group = '';
      if (b) {
        group = s(p, 'grpAuthForm.groupNm') || (GROUPS.find((g) => g.num === s(p, 'grpAuthForm.groupId'))?.name ?? '');
      } else {
        const v = s(p, 'groupName');
        group = GROUPS.find((g) => g.code === v || g.name === v)?.name ?? '';
      }
      return {
        'group.name': group,
        'group.pin': b ? s(p, 'grpAuthForm.pin') : s(p, 'pin'),
        'group.userInformation': b ? s(p, 'grpAuthForm.userInfo') : s(p, 'userInformation'),
      };
    }
    case 'user-agreement':
      return {
        acknowledge: (b ? p.has('agreeInd') : p.has('acknowledge')) ? 'true' : '',
        decline: (b ? p.get('method') === 'Decline' : p.has('decline')) ? 'true' : '',
      };
    case 'my-preferences': {
      if (b) {
        const court = COURTS[Number(s(p, 'prefForm.courtId')) - 20] ?? '';
        return { 'prefs.defaultCourt': court, 'prefs.pageSize': s(p, 'prefForm.rows'), 'prefs.ccEmail1': s(p, 'prefForm.ccEmail[0]'), 'prefs.ccEmail2': s(p, 'prefForm.ccEmail[1]'), 'prefs.ccEmail3': s(p, 'prefForm.ccEmail[2]') };
      }
      return { 'prefs.defaultCourt': s(p, 'defaultCourt'), 'prefs.pageSize': s(p, 'pageSize'), 'prefs.noticeFormat': s(p, 'noticeFormat'), 'prefs.ccEmail1': sAll(p, 'ccEmail', 0), 'prefs.ccEmail2': sAll(p, 'ccEmail', 1) };
    }
    default:
      return {};
  }
}

// ---------------------------------------------------------------------------------------------
// non-procedure pages

const CASENET_COURTS = ['All Courts', 'Supreme Court', 'Court of Appeals - Eastern District', 'Court of Appeals - Western District', 'Court of Appeals - Southern District', ...COURTS];

const PAGES = {
  home: (v, o) => ({
    title: v === 'b' ? 'Missouri Courts' : 'Your Missouri Courts',
    a: `<h1>Welcome to Your Missouri Courts</h1>
<p>Information about Missouri's courts, judges, opinions, and online services.</p>
<ul class="menu-grid"><li><a href="/casenet/cases/searchCases.do">Case.net<br><span class="hint">Search court records</span></a></li>
<li><a href="/ecf/">eFiling<br><span class="hint">File documents electronically</span></a></li>
<li><a href="/registration">Register<br><span class="hint">Create a Missouri Judiciary account</span></a></li>
<li><a href="/ecf/help.do">Help<br><span class="hint">Questions about eFiling</span></a></li></ul>`,
    b: `<div class="pageTitle">Welcome to Your Missouri Courts</div>
<p>Information about Missouri's courts, judges, opinions, and online services.</p>
<p>&raquo; <a href="/casenet/cases/searchCases.do">Case.net</a><br>&raquo; <a href="/ecf/">eFiling</a><br>&raquo; <a href="/registration">Register</a></p>`,
  }),
  'casenet-search': (v, o) => {
    const q = o.query || {};
    const results =
      q.searched
        ? v === 'b'
          ? '<br><table width="100%"><tr><td class="infoText">No cases were found matching your search criteria.</td></tr></table>'
          : '<div class="alert alert-info" role="status">No cases were found matching your search criteria.</div>'
        : '';
    const courtsA = CASENET_COURTS.map((x, i) => `<option value="${i === 0 ? '' : 'CT' + (i + 10)}">${x}</option>`).join('');
    return {
      title: v === 'b' ? 'Case.net: Missouri - Litigant Name Search' : 'Litigant Name Search | Case.net',
      a: `<h1>Case.net &ndash; Search for cases</h1>
<form method="get" action="/casenet/cases/searchCases.do" class="cn-form">
<fieldset><legend>Litigant name</legend>
<div class="form-row"><label for="${o.ids[0]}">Last name or business name</label><input type="text" id="${o.ids[0]}" name="inputVO.lastName" value="${esc(q.lastName)}"></div>
<div class="form-row"><label for="${o.ids[1]}">First name</label><input type="text" id="${o.ids[1]}" name="inputVO.firstName" value="${esc(q.firstName)}"></div>
</fieldset>
<fieldset><legend>Or case number</legend>
<div class="form-row"><label for="${o.ids[2]}">Case number</label><input type="text" id="${o.ids[2]}" name="inputVO.caseNumber" value="${esc(q.caseNumber)}"></div>
</fieldset>
<div class="form-row"><label for="${o.ids[3]}">Court</label><select id="${o.ids[3]}" name="inputVO.courtId">${courtsA}</select></div>
<div class="actions"><button type="submit" class="btn btn-primary">Search</button></div>
</form>${results}`,
      b: `<div class="pageTitle">Case.net: Litigant Name Search</div><br>
<form name="searchForm2" method="get" action="/casenet/cases/searchCases.do">
<table cellpadding="3" cellspacing="0" border="0">
<tr><td class="label">Court:</td><td><select name="inputVO.courtId">${courtsA}</select></td></tr>
<tr><td class="label">Last Name:</td><td><input type="text" name="inputVO.lastName" size="25" value="${esc(q.lastName)}"></td></tr>
<tr><td class="label">First Name:</td><td><input type="text" name="inputVO.firstName" size="20" value="${esc(q.firstName)}"></td></tr>
<tr><td class="label">Case Number:</td><td><input type="text" name="inputVO.caseNumber" size="20" value="${esc(q.caseNumber)}"></td></tr>
<tr><td></td><td><input type="submit" value="Search" class="button"></td></tr>
</table>
</form>${results}`,
    };
  },
  help: (v) => ({
    title: v === 'b' ? 'Missouri Courts - eFiling Help' : 'eFiling Help | Your Missouri Courts',
    a: `<h1>eFiling Help</h1>
<h2>Getting help</h2>
<p>Call the OSCA Help Desk at <strong>${HELP_DESK}</strong>, 7:30 a.m. to 5:00 p.m., Monday through Friday, except state holidays.</p>
<h2>Group users</h2>
<p>Agencies file through a group. Your group administrator gives you a PIN, which you enter once to join the group. Administrators change the PIN when members leave, so if your PIN is rejected, ask your administrator for the current one.</p>
<p>Your group administrator receives a copy of the receipt, acceptance, hold and return e-mails sent to you.</p>
<h2>Forgotten passwords</h2>
<p>Use the <a href="/ecf/forgotPassword.do">Forgot your password?</a> link on the logon page.</p>`,
    b: `<div class="pageTitle">eFiling Help</div>
<p><b>Help Desk:</b> ${HELP_DESK} (7:30 a.m. - 5:00 p.m. Monday - Friday, except state holidays)</p>
<p><b>Group users:</b> your group administrator provides the PIN used to join the group. If the PIN is not accepted, contact your administrator for the current PIN.</p>
<p><b>Passwords:</b> use <a href="/ecf/forgotPassword.do">Forgot Password?</a> on the logon page.</p>`,
  }),
  'forgot-password': (v, o) => ({
    title: v === 'b' ? 'Missouri Courts - Logon' : 'Reset your password | Your Missouri Courts',
    a: `<h1>Reset your password</h1>${noticeA(o.notice)}
<form method="post" action="/ecf/forgotPassword.do">
<div class="form-row"><label for="${o.ids[0]}">User name</label><input type="text" id="${o.ids[0]}" name="userName"></div>
<div class="actions"><button type="submit" class="btn btn-primary">Send reset e-mail</button></div>
</form>`,
    b: `<div class="pageTitle">Forgot Password</div><br>${noticeB(o.notice)}
<form name="pwdForm" method="post" action="/ecf/forgotPassword.do"><table cellpadding="3"><tr><td class="label">User ID:</td><td><input type="text" name="userId" size="20"></td></tr>
<tr><td></td><td><input type="submit" value="Submit" class="button"></td></tr></table></form>`,
  }),
  'not-found': (v) => ({
    title: v === 'b' ? 'Missouri Courts - Error' : 'Page Not Found | Your Missouri Courts',
    a: `<h1>Page not found</h1><p>Error 404: the page you requested could not be found. It may have been moved or removed.</p><p><a href="/">Return to the home page</a></p>`,
    b: `<div class="pageTitle">Error 404 - Page Not Found</div><p>The requested resource is not available.</p><p><a href="/">Home</a></p>`,
  }),
};
export const PAGE_NAMES = Object.keys(PAGES);

/**
 * Render a non-procedure page: 'casenet-search', 'help', 'not-found', 'home', 'forgot-password'.
 * @param {string} name
 * @param {{variant?:'a'|'b', seed?:number, query?:Record<string,string>, notice?:string}} [opts]
 */
export function renderPage(name, { variant = 'a', seed = 0, query, notice } = {}) {
  const def = PAGES[name] || PAGES['not-found'];
  const nid = idMaker(seed, `page:${name}`, variant);
  const ids = Array.from({ length: 5 }, nid); // label/for pairs share these
  const page = def(variant, { query, notice, ids });
  return variant === 'b' ? chromeB(page.b, { title: page.title }) : chromeA(page.a, { title: page.title, nid });
}

// ---------------------------------------------------------------------------------------------
// practice mailbox (host mail.replica.test)

/**
 * @param {{ selected?: number, courtOrigin?: string }} o courtOrigin defaults to https://www.courts.mo.gov
 */
export function renderMailbox({ selected = 1, courtOrigin = 'https://www.courts.mo.gov' } = {}) {
  const link = `${courtOrigin}/ecf/groupUser.do?token=${DSS_TOKEN}`;
  const messages = [
    {
      from: 'Pat Lindqvist (DSS eFiling Group Administrator)',
      addr: 'pat.lindqvist@dss.example.gov',
      subject: 'Your eFiling group invitation',
      date: 'Mon 9:12 AM',
      body: `<p>Hello,</p>
<p>You have been added as a user of the <strong>Department of Social Services</strong> eFiling group. To finish joining the group, open the link below, log on with your Missouri Judiciary (or secure Case.net) user name and password, and enter the group PIN.</p>
<p><a href="${esc(link)}">${esc(link)}</a></p>
<p>Group PIN: <strong>4417</strong><br>Please do not share the PIN outside our office. I change it whenever someone leaves the group.</p>
<p>In <em>User Information</em>, enter your position, department and supervisor so I can confirm who you are.</p>
<p>Thanks,<br>Pat Lindqvist<br>Department of Social Services &ndash; Legal Services</p>`,
    },
    {
      from: 'Missouri Courts',
      addr: 'do-not-reply@courts.mo.gov',
      subject: 'Missouri Judiciary account registration',
      date: 'Mon 8:57 AM',
      body: `<p>Thank you for registering for a Missouri Judiciary account.</p><p>If you are a member of a filing group, your group administrator will send you a separate e-mail with instructions for joining the group.</p><p>This mailbox is not monitored. For help call ${HELP_DESK}.</p>`,
    },
  ];
  const cur = messages[selected - 1] || messages[0];
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Inbox (${messages.length}) - Practice Mail</title>
<style>
body{margin:0;font:14px/1.4 Arial,sans-serif;color:#222}header{background:#3c4b5a;color:#fff;padding:10px 16px;font-size:18px}
.layout{display:flex;min-height:90vh}.folders{width:170px;background:#f1f3f5;padding:12px}.folders a{display:block;padding:4px 6px;color:#222;text-decoration:none}.folders a.cur{background:#dce3ea;font-weight:bold}
.list{width:330px;border-right:1px solid #ccc}.list a{display:block;padding:10px 12px;border-bottom:1px solid #eee;color:#222;text-decoration:none}.list a.cur{background:#e8f0fb}
.list .from{font-weight:bold}.list .date{float:right;color:#777;font-size:12px}.pane{flex:1;padding:16px 24px}.meta{color:#555;border-bottom:1px solid #ddd;padding-bottom:8px;margin-bottom:8px}
.banner{background:#fff4cc;padding:6px 16px;font-size:12px}
</style></head>
<body><header>Practice Mail</header>
<div class="banner">Practice mailbox for the eFiling registration demo. Messages here are examples.</div>
<div class="layout">
<nav class="folders"><a class="cur" href="/">Inbox (${messages.length})</a><a href="/">Sent</a><a href="/">Drafts</a><a href="/">Trash</a></nav>
<div class="list">${messages
    .map((m, i) => `<a href="/message/${i + 1}"${m === cur ? ' class="cur"' : ''}><span class="date">${m.date}</span><span class="from">${esc(m.from)}</span><br>${esc(m.subject)}</a>`)
    .join('')}</div>
<article class="pane"><h2>${esc(cur.subject)}</h2><div class="meta">From: ${esc(cur.from)} &lt;${esc(cur.addr)}&gt;<br>To: you<br>${cur.date}</div>${cur.body}</article>
</div></body></html>
`;
}
