// Pure render functions for the local court replica (no I/O, no dependencies).
//
// Why three variants: the real registration / group screens have never been seen, so every
// procedure screen exists in three believable shapes (modern-ish "a", old Struts table layout "b",
// and "c": a portal written by a different web team that never saw our extension, with its own
// vocabulary, split boxes, captions under boxes, column-header labels, placeholders and an image
// heading, and name-email + addresses-phone combined on one page). A product that only works on
// one of them is guessing. Ids are generated from a seed on every render so nothing can lean on
// them; our product's field ids never appear in the markup.

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
export const VARIANTS = ['a', 'b', 'c'];

/** The captcha picture always shows this phrase (tests type it as "the person"). */
export const CAPTCHA_PHRASE = 'COURT7';

/**
 * Groups offered in the Group Name drop-down. `code` = option value in a, `num` = in b, `cid` = in c.
 * `cText` is how variant c's directory writes the name (inverted, abbreviated), and the order c sorts by.
 */
export const GROUPS = [
  { name: 'Department of Corrections', code: 'DOC', num: '1187', cid: 'G-00318', cText: 'Corrections, Department of', pin: '1234' },
  { name: 'Department of Revenue', code: 'DOR', num: '1022', cid: 'G-00412', cText: 'Revenue, Department of', pin: '1234' },
  { name: 'Department of Social Services', code: 'DSS', num: '1043', cid: 'G-00507', cText: 'Social Services, Department of', pin: '4417' },
  // Deliberately similar name: matching "Social Services" loosely picks the wrong group.
  { name: "Department of Social Services - Children's Division", code: 'DSSCD', num: '1044', cid: 'G-00508', cText: "Social Services, Dept. of \u2013 Children's Division", pin: '1234' },
  { name: 'Division of Employment Security', code: 'DES', num: '1210', cid: 'G-00611', cText: 'Employment Security, Division of', pin: '1234' },
  { name: 'Missouri State Highway Patrol', code: 'MSHP', num: '1305', cid: 'G-00720', cText: 'Highway Patrol, Missouri State', pin: '1234' },
];

/** Invitation tokens (the e-mail link's ?token=) and the group each one stands for. */
export const DSS_TOKEN = 'c3e1d9a4-5f20-4b7e-9d11-dss0417';
export const GROUP_TOKENS = {
  [DSS_TOKEN]: 'Department of Social Services',
  'b7a2f0e6-91cc-4a0d-8e35-dor1022': 'Department of Revenue',
};
export const groupForToken = (t) => (t && Object.hasOwn(GROUP_TOKENS, t) ? GROUP_TOKENS[t] : null);

/**
 * Where each screen lives in each variant. Variant b shares one URL for the wizard steps; variant c
 * has its own registration URLs under /ecf/enroll/ (/registration redirects there) and serves
 * name-email and addresses-phone on ONE page, /ecf/enroll/contactDetails.do.
 */
export const PATHS = {
  'registration-start': { a: '/registration', b: '/registration', c: '/ecf/enroll/begin.do' },
  'account-type': { a: '/ecf/registration/accountType.do', b: '/ecf/register.do', c: '/ecf/enroll/accountKind.do' },
  credentials: { a: '/ecf/registration/credentials.do', b: '/ecf/register.do', c: '/ecf/enroll/signInDetails.do' },
  'name-email': { a: '/ecf/registration/nameEmail.do', b: '/ecf/register.do', c: '/ecf/enroll/contactDetails.do' },
  'addresses-phone': { a: '/ecf/registration/addressPhone.do', b: '/ecf/register.do', c: '/ecf/enroll/contactDetails.do' },
  'security-questions': { a: '/ecf/registration/securityQuestions.do', b: '/ecf/register.do', c: '/ecf/enroll/recoveryQuestions.do' },
  'additional-steps': { a: '/ecf/registration/additionalSteps.do', b: '/ecf/register.do', c: '/ecf/enroll/nextSteps.do' },
  logon: { a: '/ecf/logon.do', b: '/ecf/logon.do', c: '/ecf/logon.do' },
  'group-authentication': { a: '/ecf/secure/groupAuthentication.do', b: '/ecf/secure/groupAuthentication.do', c: '/ecf/secure/joinGroup.do' },
  'user-agreement': { a: '/ecf/secure/userAgreement.do', b: '/ecf/secure/userAgreement.do', c: '/ecf/secure/termsOfUse.do' },
  'efiling-menu': { a: '/ecf/', b: '/ecf/', c: '/ecf/' },
  'my-preferences': { a: '/ecf/secure/preferences.do', b: '/ecf/secure/preferences.do', c: '/ecf/secure/filingPreferences.do' },
};

/**
 * Pages of variant c that hold more than one procedure screen. 'contact-details' is in c's flow
 * (name-email + addresses-phone); 'login-security' (credentials without captcha + security
 * questions) is a standalone page only, not in any flow.
 */
export const COMBINED_PAGES = {
  'contact-details': { screens: ['name-email', 'addresses-phone'], path: '/ecf/enroll/contactDetails.do', standalone: '/ecf/__replica/combined/contact-details' },
  'login-security': { screens: ['credentials', 'security-questions'], path: '/ecf/__replica/combined/login-security', standalone: '/ecf/__replica/combined/login-security' },
};
/** Variant c's registration steps in order (contact-details = name-email + addresses-phone). */
export const C_FLOW = ['account-type', 'credentials', 'contact-details', 'security-questions', 'additional-steps'];
/** Where the non-procedure look-alike pages live on the court hosts (same in every variant). */
export const PAGE_PATHS = {
  'change-password': '/ecf/secure/changePassword.do',
  'contact-us': '/page.jsp?id=1779',
  'update-account': '/ecf/secure/updateAccount.do',
  'casenet-name-search': '/casenet/cases/nameSearch.do',
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
/**
 * Variant c: [option value, question text]. Worded the way another team would write them (short,
 * "What city were you born in?"); one question has no counterpart in a's list.
 */
export const SECURITY_QUESTIONS_C = [
  ['Q07', "Mother's maiden name?"],
  ['Q12', 'What city were you born in?'],
  ['Q03', "Your first pet's name?"],
  ['Q21', 'What make was your first car?'],
  ['Q15', 'Name of the elementary school you went to?'],
  ['Q09', 'Childhood nickname?'],
  ['Q18', "Father's middle name?"],
  ['Q24', 'What city did you meet your spouse/partner in?'],
  ['Q30', 'Favorite sports team?'],
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
    const id =
      variant === 'b'
        ? `j_id_${h.slice(-2)}${n.toString(36)}x${h.slice(-3, -2)}`
        : variant === 'c'
          ? `ctl00_Main_ctl${String(n).padStart(2, '0')}_${h.slice(-4)}`
          : `uid-${h.slice(-4)}-${n}`;
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

/** Variant c's state list: [USPS code, option text, option value (an internal number)]; territories too. */
export const C_STATES = [
  ...US_STATES.map(([code, name], i) => [code, `${code} - ${name}`, String(1100 + i)]),
  ['PR', 'PR - Puerto Rico', '1190'],
  ['GU', 'GU - Guam', '1191'],
  ['VI', 'VI - U.S. Virgin Islands', '1192'],
  ['AA', 'AA - Armed Forces Americas', '1193'],
  ['AE', 'AE - Armed Forces Europe', '1194'],
  ['AP', 'AP - Armed Forces Pacific', '1195'],
];
/** The option value variant c uses for a state given as code, name or option text. */
export const stateValueC = (v) => {
  const us = US_STATES.find(([code, name, fips]) => v === code || v === name || v === fips);
  const row = C_STATES.find(([code, text, value]) => v === code || v === text || v === value || (us && us[0] === code));
  return row ? row[2] : '';
};
const stateFromC = (v) => C_STATES.find((r) => r[2] === v)?.[0] ?? '';

function stateOptionsC(selected, placeholder) {
  const want = selected ? stateValueC(selected) : '';
  return (
    `<option value="0">${esc(placeholder)}</option>` +
    C_STATES.map(([, text, value]) => `<option value="${value}"${want && want === value ? ' selected' : ''}>${esc(text)}</option>`).join('')
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
// variant c: a portal by a different web team (never saw our extension). Own chrome, own words,
// own names (ASP.NET-style `ctl00$Main$...`, CakePHP-style `data[Person][...]`, opaque `f_00NN`),
// labels above boxes, captions below boxes, table column headers, placeholders only,
// aria-labelledby spans, split phone and ZIP boxes, state options "MO - Missouri" with internal
// numbers, a heading that is only an image. Every form carries __VIEWSTATE (the server tells c's
// posts apart by it).

const CSS_C = `
*{box-sizing:border-box}body.portal{margin:0;font:15px/1.45 Georgia,"Times New Roman",serif;color:#222;background:#fff}
.inner{max-width:1020px;margin:0 auto;padding:0 18px}
.topbar{background:#222;color:#ddd;font:12px Arial,sans-serif;padding:4px 0}.topbar a{color:#fff}
.masthead{background:linear-gradient(#1f5c4a,#17463a);color:#fff;padding:12px 0}.masthead .inner{display:flex;justify-content:space-between;align-items:center}
.logo{color:#fff;text-decoration:none;display:flex;align-items:center;gap:10px}.logo .l1{font-size:26px;display:block}.logo .l2{font:12px Arial,sans-serif;letter-spacing:.05em;display:block;opacity:.85}
.find input{padding:5px;border:1px solid #9cb;width:190px}.find button{padding:5px 9px;border:0;background:#e3b341}
.menubar{background:#e9efe9;border-bottom:3px solid #1f5c4a;font:14px Arial,sans-serif}.menubar a{display:inline-block;padding:8px 12px;color:#17463a;text-decoration:none}
.page{padding:20px 18px 30px;min-height:420px}
h1{font-weight:normal;font-size:28px;color:#17463a;margin:4px 0 14px;border-bottom:1px dotted #9cb;padding-bottom:6px}
h2.sec{font:bold 15px Arial,sans-serif;color:#17463a;text-transform:uppercase;letter-spacing:.04em;margin:22px 0 8px}
.wizard-prog{font:13px Arial,sans-serif;color:#555;background:#f3f6f3;padding:6px 10px;border-left:4px solid #e3b341;margin-bottom:14px}
.fld{margin:0 0 14px}.fld label,.cap-top{display:block;font:bold 13px Arial,sans-serif;margin-bottom:3px}
.fld input[type=text],.fld input[type=password],.fld input[type=email],.fld input[type=tel],.fld select,.fld textarea,.blk input,.blk select{font:15px Georgia,serif;padding:5px 6px;border:1px solid #777;min-width:260px}
.cap-below,small.under{display:block;font:11px Arial,sans-serif;color:#555;margin-top:2px}
.inline{display:flex;gap:12px;flex-wrap:wrap}.part{display:inline-block}
.segs input,.fld input.ext{min-width:0!important}.segs{white-space:nowrap}
.tip{font:12px Arial,sans-serif;color:#555;margin-top:3px}.opt{font-weight:normal;color:#666}
table.kv td{padding:6px 10px 6px 0;vertical-align:top}table.kv td.k{font:bold 13px Arial,sans-serif;max-width:320px}
table.cols{border-collapse:collapse;margin:6px 0}table.cols th{font:bold 12px Arial,sans-serif;text-align:left;padding:4px 12px 2px 0;color:#333}table.cols td{padding:2px 12px 6px 0}
.grp{border:1px solid #cdd;padding:10px 12px;margin:0 0 14px}.grp-h{display:block;font:bold 13px Arial,sans-serif;margin-bottom:6px}
.row3{display:flex;gap:14px;flex-wrap:wrap}
.qblk{border-top:1px solid #dde;padding:10px 0}
.bar{margin-top:20px;padding-top:12px;border-top:1px solid #ccd}
.btn-go{background:#1f5c4a;color:#fff;border:0;border-radius:2px;padding:9px 20px;font:bold 14px Arial,sans-serif;cursor:pointer;text-decoration:none;display:inline-block}
.btn-plain{background:#fff;color:#1f5c4a;border:1px solid #1f5c4a;padding:8px 16px;font:14px Arial,sans-serif;cursor:pointer}
.vnote{font:normal 12px Arial,sans-serif;margin:0 6px}.vnote.good{color:#287a3e}.vnote.bad{color:#b3261e}
.msgbox{padding:10px 14px;margin:0 0 16px;font:14px Arial,sans-serif}.msgbox.err{background:#fbeaea;border-left:5px solid #b3261e}.msgbox.ok{background:#eaf5ec;border-left:5px solid #287a3e}
.terms{height:300px;overflow:auto;border:1px solid #999;padding:4px 16px;background:#fcfcfa;font-size:14px}
.tiles{list-style:none;padding:0;columns:2}.tiles li{margin:0 0 10px}.tiles a{font:bold 15px Arial,sans-serif;color:#17463a}
.who{font:13px Arial,sans-serif;background:#f3f6f3;padding:6px 10px}
.chk{font:14px Arial,sans-serif}
.foot{background:#17463a;color:#dfe8e3;font:12px Arial,sans-serif;padding:16px 0}.foot a{color:#fff}.foot .inner>div{margin:3px 0}
`;

const svgData = (svg) => `data:image/svg+xml;base64,${btoa(svg)}`;
const LOGO_C = svgData(
  '<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 48 48"><circle cx="24" cy="24" r="22" fill="#e3b341"/><circle cx="24" cy="24" r="17" fill="none" stroke="#17463a" stroke-width="2"/><path d="M14 30h20M16 28V19M21 28V19M27 28V19M32 28V19M13 18l11-6 11 6z" stroke="#17463a" stroke-width="2" fill="none"/></svg>',
);
/** A heading drawn as a picture: the words are in the image (and its alt), not in the DOM text. */
const bannerImgC = (text) =>
  svgData(
    `<svg xmlns="http://www.w3.org/2000/svg" width="420" height="44" viewBox="0 0 420 44"><rect width="420" height="44" fill="#1f5c4a"/><rect y="40" width="420" height="4" fill="#e3b341"/><text x="14" y="29" font-family="Georgia,serif" font-size="24" fill="#fff">${text}</text></svg>`,
  );

const NAV_C = [
  ['/', 'Home'],
  ['/casenet/cases/searchCases.do', 'Case.net'],
  ['/ecf/', 'eFiling'],
  ['/ecf/enroll/begin.do', 'Sign up'],
  ['/ecf/logon.do', 'Sign in'],
  ['/courts/directory.do', 'Find a court'],
  ['/page.jsp?id=12086', 'Opinions'],
  ['/ecf/help.do', 'Help'],
];

function chromeC(body, { title, nid, script = '' }) {
  const sid = nid();
  return `<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width">
<title>${esc(title)}</title>
<style>${CSS_C}</style>
</head>
<body class="portal">
<div class="topbar"><div class="inner">An official website of the State of Missouri &middot; <a href="/ecf/help.do">Help</a> &middot; <a href="/page.jsp?id=1779">Contact us</a></div></div>
<div class="masthead"><div class="inner">
<a class="logo" href="/"><img src="${LOGO_C}" width="48" height="48" alt=""><span><span class="l1">Missouri Courts</span><span class="l2">YOUR MISSOURI COURTS &middot; JUDICIAL BRANCH</span></span></a>
<form class="find" action="/search" method="get"><input type="text" name="k" id="${sid}" placeholder="Find on this site" aria-label="Find on this site"><button type="submit">Go</button></form>
</div></div>
<div class="menubar"><div class="inner">${NAV_C.map(([h, t]) => `<a href="${h}">${t}</a>`).join('')}</div></div>
<div class="inner page" id="content">
${body}
</div>
<div class="foot"><div class="inner">
<div>Supreme Court of Missouri &bull; Office of State Courts Administrator &bull; 2112 Industrial Drive, Jefferson City, MO 65110</div>
<div>Need help? OSCA Help Desk ${HELP_DESK}, weekdays 7:30 a.m.&ndash;5:00 p.m. (closed state holidays)</div>
<div><a href="/page.jsp?id=1777">Privacy</a> | <a href="/page.jsp?id=1778">Accessibility</a> | <a href="/page.jsp?id=1779">Contact us</a></div>
<div>&copy; Missouri Judiciary</div>
</div></div>
${script ? `<script>\n${script}\n</script>\n` : ''}</body>
</html>
`;
}

function errorsC(errors) {
  if (!errors?.length) return '';
  return `<div class="msgbox err" role="alert"><b>We could not save this page.</b> Please fix the following and try again:<ul>${errors
    .map((e) => `<li>${esc(e)}</li>`)
    .join('')}</ul></div>`;
}
const noticeC = (n) => (n ? `<div class="msgbox ok" role="status">${esc(n)}</div>` : '');
const noteC = () => '<em class="vnote"></em>';
const hiddenC = (c) =>
  `<input type="hidden" name="__VIEWSTATE" value="/wEP${c.strutsToken}${c.strutsToken.slice(0, 12)}"><input type="hidden" name="__EVENTVALIDATION" value="/wEW${c.strutsToken.slice(8)}">`;
const C_STEPS = ['Attorney status', 'Sign-in details', 'Contact details', 'Recovery questions'];
const stepsC = (n) => `<div class="wizard-prog">Step ${n} of ${C_STEPS.length}: <b>${C_STEPS[n - 1]}</b></div>`;
const nextBtnC = (text = 'Next') => `<button type="submit" class="btn-go" name="ctl00$Main$btnNext" value="Next">${text}</button>`;

/**
 * Variant c's own client-side checks (a different team's script, written differently from a/b's)
 * with the same observable contract: delegated `input`/`change` listeners (only bubbling events are
 * heard) and `blur` in the capture phase; what it saw goes to window.__replicaSeen[name] (a repeated
 * name's 2nd box is "name#2"); a status <em class="vnote"> right after a box shows ✓ or a hint.
 * Rules: req, opt, email, same:<name>, n:<k> (exactly k digits), n?:<k> (optional), tel (10 digits).
 * Boxes with class "seg" (split phone / ZIP) jump to the next box of their group when full.
 */
function validationScriptC(formSelector, rules) {
  return `(function (w, d) {
  'use strict';
  var form = d.querySelector(${JSON.stringify(formSelector)});
  if (!form) return;
  var seen = w.__replicaSeen = w.__replicaSeen || {};
  var rules = ${JSON.stringify(rules)};
  function keyFor(el) {
    var list = form.querySelectorAll('[name="' + el.name + '"]'), i;
    for (i = 0; i < list.length; i++) if (list[i] === el) return i ? el.name + '#' + (i + 1) : el.name;
    return el.name;
  }
  function verdict(rule, el) {
    var v = String(el.value || '').trim(), m;
    if (!v) return rule === 'opt' || rule.indexOf('n?:') === 0 ? '' : 'required';
    if (rule === 'email') return /^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$/.test(v) ? '' : 'check email';
    if (rule === 'tel') return v.replace(/\\D/g, '').length === 10 ? '' : '10 digits';
    if (rule.indexOf('same:') === 0) {
      var other = form.querySelector('[name="' + rule.slice(5) + '"]');
      return other && other.value.toLowerCase() !== v.toLowerCase() ? 'does not match' : '';
    }
    m = /^n\\??:(\\d+)$/.exec(rule);
    if (m) return new RegExp('^\\\\d{' + m[1] + '}$').test(v) ? '' : m[1] + ' digits';
    return '';
  }
  function show(el) {
    var rule = rules[el.name], note = el.nextElementSibling;
    if (!rule || !note || !/(^|\\s)vnote(\\s|$)/.test(note.className)) return;
    var msg = verdict(rule, el), filled = String(el.value || '').trim() !== '';
    note.textContent = msg || (filled ? '\\u2713' : '');
    note.className = 'vnote' + (msg ? ' bad' : filled ? ' good' : '');
  }
  function hop(el, type) {
    if (type !== 'input' || !/(^|\\s)seg(\\s|$)/.test(el.className) || !el.maxLength || el.value.length < el.maxLength) return;
    var box = el.closest('.segs'), segs = box ? box.querySelectorAll('input.seg') : [], i;
    for (i = 0; i < segs.length - 1; i++) if (segs[i] === el) { segs[i + 1].focus(); return; }
  }
  function heard(ev) {
    var el = ev.target;
    if (!el || !el.name || el.type === 'hidden' || el.type === 'submit') return;
    seen[keyFor(el)] = el.type === 'checkbox' ? (el.checked ? el.value : '') : el.value;
    show(el);
    hop(el, ev.type);
  }
  form.addEventListener('input', heard);
  form.addEventListener('change', heard);
  form.addEventListener('blur', heard, true);
})(window, document);`;
}

/** The masked phone box: digits typed (or pasted) are rewritten into "(573) 555-0100" on input. */
const phoneMaskScriptC = (name) => `(function () {
  var box = document.querySelector('input[name="${name}"]');
  if (!box) return;
  function mask(raw) {
    var dg = String(raw).replace(/\\D/g, '').slice(0, 10);
    if (!dg) return '';
    if (dg.length <= 3) return '(' + dg;
    if (dg.length <= 6) return '(' + dg.slice(0, 3) + ') ' + dg.slice(3);
    return '(' + dg.slice(0, 3) + ') ' + dg.slice(3, 6) + '-' + dg.slice(6);
  }
  box.addEventListener('input', function () { var m = mask(box.value); if (m !== box.value) box.value = m; });
})();`;

const billingToggleScriptC = `
(function () {
  var box = document.querySelector('input[name="f_0030"]');
  var fields = document.querySelector('.inv-fields');
  if (!box || !fields) return;
  box.addEventListener('change', function () { fields.hidden = box.checked; });
})();`;

const SCREEN_C = {};

// ---- 1. registration start (c links to /ecf/enroll/...; /registration redirects here)
SCREEN_C['registration-start'] = () => ({
  title: 'Sign up for an online account | Missouri Courts',
  body: `<h1>Missouri Courts &ndash; Sign up for an online account</h1>
<p>One sign-in gives you secure Case.net and Missouri eFiling, and lets you manage the notices the courts send you.</p>
<table class="kv"><tr><td>
<h2 class="sec">New here?</h2>
<p>Signing up takes about ten minutes. Have a working email address and your postal address ready.</p>
<p><a class="btn-go" role="button" href="${PATHS['account-type'].c}">Open a new account</a></p>
</td></tr></table>
<p class="tip">Already registered? <a href="/ecf/logon.do">Return to the log on page.</a></p>`,
});

// ---- 2. attorney status: the checkbox's only label is the table cell to its left
SCREEN_C['account-type'] = (c) => ({
  title: 'Attorney status | Sign up | Missouri Courts',
  body: `<h1>Do you practice law in Missouri?</h1>${stepsC(1)}${c.errorsHtml}
<form method="post" action="${PATHS['account-type'].c}" class="enroll">${hiddenC(c)}
<p>Only lawyers licensed in Missouri have a bar number. Court staff, agency employees and members of the public tick the box instead.</p>
<table class="kv">
<tr><td class="k">Missouri Bar number (attorneys only)</td><td><input type="text" name="ctl00$Main$txtBarNo" id="${c.nid()}" size="10" maxlength="8" value="${c.v('mobarNumber')}"></td></tr>
<tr><td class="k">I am not a licensed Missouri attorney (no MOBAR number)</td><td><input type="checkbox" name="ctl00$Main$chkNoBar" id="${c.nid()}" value="on"${checked(c.raw.noMobarNumber)}></td></tr>
</table>
<div class="bar">${nextBtnC()} &nbsp; <a href="${PATHS['registration-start'].c}">Start over</a></div>
</form>`,
});

// ---- 3. sign-in details: one label above (for), one aria-labelledby span, one caption below
function signInFieldsC(c) {
  const [iu, sp, ip, pt, ic] = [c.nid(), c.nid(), c.nid(), c.nid(), c.nid()];
  return `<div class="fld"><label for="${iu}">Choose a login ID</label><input type="text" id="${iu}" name="ctl00$Main$txtLoginId" maxlength="20" autocomplete="off" value="${c.v('username')}">${noteC()}
<div class="tip">Letters, numbers and the underscore (_) only. You cannot change it later.</div></div>
<div class="fld"><span class="cap-top" id="${sp}">Create password</span><input type="password" id="${ip}" name="ctl00$Main$txtPwd" aria-labelledby="${sp}" aria-describedby="${pt}">${noteC()}
<div class="tip" id="${pt}">8 or more characters, with upper and lower case letters, a number and a symbol.</div></div>
<div class="fld"><input type="password" id="${ic}" name="ctl00$Main$txtPwdAgain">${noteC()}<div class="cap-below">Re-enter password</div></div>`;
}
SCREEN_C.credentials = (c) => {
  const ik = c.nid();
  return {
    title: 'Sign-in details | Sign up | Missouri Courts',
    body: `<h1>Set up how you will sign in</h1>${stepsC(2)}${c.errorsHtml}
<form method="post" action="${PATHS.credentials.c}" class="enroll">${hiddenC(c)}
${signInFieldsC(c)}
<h2 class="sec">Are you a person?</h2>
<img src="${captchaDataUrl(c.seed)}" width="180" height="50" alt="Verification image">
<p class="tip">Type the characters shown in the image above. Letters are not case sensitive.</p>
<div class="fld"><input type="text" id="${ik}" name="ctl00$Main$txtCaptcha" placeholder="Characters shown" autocomplete="off" size="12">${noteC()}</div>
<div class="bar">${nextBtnC()} &nbsp; <a href="${PATHS['account-type'].c}">Back</a></div>
</form>`,
    script: validationScriptC('form.enroll', {
      'ctl00$Main$txtLoginId': 'req',
      'ctl00$Main$txtPwd': 'req',
      'ctl00$Main$txtPwdAgain': 'same:ctl00$Main$txtPwd',
      'ctl00$Main$txtCaptcha': 'req',
    }),
  };
};

// ---- 4+5. contact details: name, email, postal address, invoice address, phone on ONE page
function contactFieldsC(c, { phone = 'split' } = {}) {
  const id = () => c.nid();
  const [gName, iFirst, iMi, iLast, iSuf, iMail, iMail2] = [id(), id(), id(), id(), id(), id(), id()];
  const [a1, a2, aCity, aState, aZip, aZip4] = [id(), id(), id(), id(), id(), id()];
  const same = truthy(c.raw.billingSameAsMailing);
  const zip = (k) => {
    const [z5, z4] = String(c.raw[k] ?? '').split('-');
    return [esc(z5 ?? ''), esc(z4 ?? '')];
  };
  const [mz5, mz4] = zip('mailing.zip');
  const [bz5, bz4] = zip('billing.zip');
  const digits = String(c.raw.phone ?? '').replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');
  const phoneRow =
    phone === 'masked'
      ? (() => {
          const ip = id();
          return `<div class="fld"><label for="${ip}">Daytime phone number</label><input type="tel" id="${ip}" name="f_0040" placeholder="(___) ___-____" maxlength="14" value="${esc(digits.length === 10 ? `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}` : c.raw.phone ?? '')}">${noteC()}</div>`;
        })()
      : (() => {
          const [sp, p1, p2, p3, px] = [id(), id(), id(), id(), id()];
          return `<div class="fld"><span class="cap-top" id="${sp}">Daytime phone number</span><span class="segs">(<input type="tel" id="${p1}" name="f_0041" class="seg" size="3" maxlength="3" inputmode="numeric" aria-labelledby="${sp}" value="${esc(digits.slice(0, 3))}">${noteC()}) <input type="tel" id="${p2}" name="f_0042" class="seg" size="3" maxlength="3" inputmode="numeric" value="${esc(digits.slice(3, 6))}">${noteC()}&ndash;<input type="tel" id="${p3}" name="f_0043" class="seg" size="4" maxlength="4" inputmode="numeric" value="${esc(digits.slice(6, 10))}">${noteC()}</span> &nbsp; ext. <input type="text" id="${px}" name="f_0044" class="ext" size="5" maxlength="6" aria-label="ext."></div>`;
        })();
  return `<div class="grp" role="group" aria-labelledby="${gName}"><span class="grp-h" id="${gName}">Full name</span>
<div class="inline">
<span class="part"><input type="text" id="${iFirst}" name="data[Person][given]" size="18" value="${c.v('firstName')}">${noteC()}<small class="under">First</small></span>
<span class="part"><input type="text" id="${iMi}" name="data[Person][mi]" size="2" maxlength="1" value="${esc(String(c.raw.middleName ?? '').slice(0, 1))}"><small class="under">M.I.</small></span>
<span class="part"><input type="text" id="${iLast}" name="data[Person][surname]" size="22" value="${c.v('lastName')}">${noteC()}<small class="under">Last</small></span>
<span class="part"><select id="${iSuf}" name="data[Person][suffix]"><option value=""></option><option>Jr.</option><option>Sr.</option><option>II</option><option>III</option><option>IV</option></select><small class="under">Suffix</small></span>
</div></div>
<table class="cols">
<thead><tr><th>Email address</th><th>Confirm email address</th></tr></thead>
<tbody><tr><td><input type="email" id="${iMail}" name="data[Person][email]" size="32" value="${c.v('email')}">${noteC()}</td><td><input type="email" id="${iMail2}" name="data[Person][email_verify]" size="32" value="${c.v('emailConfirm')}">${noteC()}</td></tr></tbody>
</table>
<p class="tip">Court notices and account messages are sent to this address.</p>
<h2 class="sec">Postal address</h2>
<div class="fld"><label for="${a1}">Address 1</label><input type="text" id="${a1}" name="f_0021" size="40" value="${c.v('mailing.line1')}">${noteC()}</div>
<div class="fld"><label for="${a2}">Address 2 <span class="opt">(optional)</span></label><input type="text" id="${a2}" name="f_0022" size="40" value="${c.v('mailing.line2')}">${noteC()}</div>
<div class="row3">
<div class="fld"><label for="${aCity}">City</label><input type="text" id="${aCity}" name="f_0023" size="22" value="${c.v('mailing.city')}">${noteC()}</div>
<div class="fld"><label for="${aState}">State</label><select id="${aState}" name="f_0024">${stateOptionsC(c.raw['mailing.state'], '- Select -')}</select>${noteC()}</div>
<div class="fld"><label for="${aZip}">Zip/Postal code</label><span class="segs"><input type="text" id="${aZip}" name="f_0025" class="seg" size="5" maxlength="5" inputmode="numeric" value="${mz5}">${noteC()}&ndash;<input type="text" id="${aZip4}" name="f_0026" class="seg" size="4" maxlength="4" inputmode="numeric" value="${mz4}">${noteC()}</span></div>
</div>
<h2 class="sec">Where should invoices go?</h2>
<label class="chk"><input type="checkbox" name="f_0030" value="Y"${checked(same)}> Same as above</label>
<div class="inv-fields"${same ? ' hidden' : ''}>
<div class="fld"><input type="text" id="${id()}" name="f_0031" size="40" placeholder="Address 1" value="${c.v('billing.line1')}">${noteC()}</div>
<div class="fld"><input type="text" id="${id()}" name="f_0032" size="40" placeholder="Address 2 (optional)" value="${c.v('billing.line2')}">${noteC()}</div>
<div class="fld"><input type="text" id="${id()}" name="f_0033" size="22" placeholder="City" value="${c.v('billing.city')}">${noteC()}
<select id="${id()}" name="f_0034">${stateOptionsC(c.raw['billing.state'], 'State')}</select>${noteC()}
<span class="segs"><input type="text" id="${id()}" name="f_0035" class="seg" size="5" maxlength="5" placeholder="Zip" inputmode="numeric" value="${bz5}">${noteC()}&ndash;<input type="text" id="${id()}" name="f_0036" class="seg" size="4" maxlength="4" placeholder="+4" inputmode="numeric" value="${bz4}">${noteC()}</span></div>
</div>
<h2 class="sec">How can we reach you?</h2>
${phoneRow}`;
}
const CONTACT_RULES_C = {
  'data[Person][given]': 'req', 'data[Person][surname]': 'req', 'data[Person][email]': 'email', 'data[Person][email_verify]': 'same:data[Person][email]',
  f_0021: 'req', f_0022: 'opt', f_0023: 'req', f_0024: 'req', f_0025: 'n:5', f_0026: 'n?:4',
  f_0031: 'req', f_0032: 'opt', f_0033: 'req', f_0034: 'req', f_0035: 'n:5', f_0036: 'n?:4',
  f_0041: 'n:3', f_0042: 'n:3', f_0043: 'n:4', f_0040: 'tel',
};
function contactDetailsC(c) {
  const masked = c.phoneStyle === 'masked';
  return {
    title: 'Contact details | Sign up | Missouri Courts',
    body: `<h1>Your contact details</h1>${stepsC(3)}${c.errorsHtml}
<form method="post" action="${COMBINED_PAGES['contact-details'].path}" class="enroll">${hiddenC(c)}
<p class="tip">All boxes are required unless marked optional.</p>
${contactFieldsC(c, { phone: masked ? 'masked' : 'split' })}
<div class="bar">${nextBtnC('Save and continue')} &nbsp; <a href="${PATHS.credentials.c}">Back</a></div>
</form>`,
    script: validationScriptC('form.enroll', CONTACT_RULES_C) + billingToggleScriptC + (masked ? `\n${phoneMaskScriptC('f_0040')}` : ''),
  };
}
SCREEN_C['name-email'] = contactDetailsC;
SCREEN_C['addresses-phone'] = contactDetailsC;

// ---- 6. recovery questions: aria-labelledby spans above each box
function challengeBlocksC(c) {
  return [1, 2, 3]
    .map((i) => {
      const [hq, iq, hr, ir] = [c.nid(), c.nid(), c.nid(), c.nid()];
      const chosen = c.raw[`security${i}.question`];
      const opts = SECURITY_QUESTIONS_C.map(
        ([val, text]) => `<option value="${val}"${chosen && (chosen === text || chosen === val) ? ' selected' : ''}>${esc(text)}</option>`,
      ).join('');
      return `<div class="qblk">
<span class="cap-top" id="${hq}">Challenge question ${i}</span>
<div class="blk"><select id="${iq}" name="ctl00$Main$ddlChallenge${i}" aria-labelledby="${hq}"><option value="">(choose one)</option>${opts}</select></div>
<span class="cap-top" id="${hr}">Your response</span>
<div class="blk"><input type="text" id="${ir}" name="ctl00$Main$txtResponse${i}" aria-labelledby="${hr} ${hq}" autocomplete="off" value="${c.v(`security${i}.answer`)}"></div>
</div>`;
    })
    .join('\n');
}
SCREEN_C['security-questions'] = (c) => ({
  title: 'Recovery questions | Sign up | Missouri Courts',
  body: `<h1>Account recovery</h1>${stepsC(4)}${c.errorsHtml}
<p>Pick three different questions and give answers you will remember. We ask one of them if you ever need to reset your password.</p>
<form method="post" action="${PATHS['security-questions'].c}" class="enroll">${hiddenC(c)}
${challengeBlocksC(c)}
<div class="bar">${nextBtnC()} &nbsp; <a href="${PATHS['name-email'].c}">Back</a></div>
</form>`,
});

// ---- 7. additional steps: the procedure's words are only in the <title>
SCREEN_C['additional-steps'] = (c) => ({
  title: 'Additional Steps Required | eFiling Registration | Missouri Courts',
  body: `<h1>You're registered &ndash; a few more things before you can e-file</h1>${c.errorsHtml}
<p>Your online account is set up. Before you can submit documents:</p>
<ol>
<li><b>Agency and group filers:</b> your group administrator will email you a link and an access PIN. Open the link, sign in, and enter the PIN to join the group.</li>
<li><b>Attorneys:</b> we will check your bar information.</li>
<li><b>Everyone:</b> accept the Terms of Use the first time you sign in to eFiling.</li>
</ol>
<form method="post" action="${PATHS['additional-steps'].c}">${hiddenC(c)}
<div class="bar"><button type="submit" class="btn-go" name="ctl00$Main$btnProceed" value="Proceed">Go to sign in</button></div>
</form>`,
});

// ---- 8. sign in
SCREEN_C.logon = (c) => {
  const [iu, ip, ir] = [c.nid(), c.nid(), c.nid()];
  return {
    title: 'Sign in | Missouri Courts eFiling',
    body: `<h1>Sign in</h1>${c.errorsHtml}${c.token && c.group ? noticeC("Sign in to finish joining your agency's filing group.") : ''}
<form method="post" action="${c.action || PATHS.logon.c}" class="signin">${hiddenC(c)}${c.token ? `<input type="hidden" name="ctl00$Main$hidInvite" value="${esc(c.token)}">` : ''}
<div class="fld"><label for="${iu}">Login ID</label><input type="text" id="${iu}" name="ctl00$Main$txtUserId" autocomplete="username" value="${c.v('username')}"></div>
<div class="fld"><label for="${ip}">Password</label><input type="password" id="${ip}" name="ctl00$Main$txtPassword" autocomplete="current-password"></div>
<div class="fld"><input type="checkbox" id="${ir}" name="ctl00$Main$chkRemember" value="on"> <label for="${ir}" style="display:inline;font-weight:normal">Keep me signed in on this computer</label></div>
<div class="bar"><button type="submit" class="btn-go" name="ctl00$Main$btnSignIn" value="Sign in">Sign in</button></div>
<p class="tip"><a href="/ecf/forgotPassword.do">Reset your password</a> &middot; New here? <a href="${PATHS['registration-start'].c}">Sign up</a></p>
</form>`,
  };
};

// ---- 9. group member verification
const GROUPS_C_ORDER = [...GROUPS].sort((x, y) => x.cText.localeCompare(y.cText));
SCREEN_C['group-authentication'] = (c) => {
  const [ig, ip, iu] = [c.nid(), c.nid(), c.nid()];
  const chosen = c.raw['group.name'];
  const g = c.group ? GROUPS.find((x) => x.name === c.group) : null;
  const groupCell = c.group
    ? `<input type="text" id="${ig}" name="data[Group][display]" size="44" readonly value="${esc(g?.cText ?? c.group)}"><input type="hidden" name="data[Group][id]" value="${g?.cid ?? ''}">`
    : `<select id="${ig}" name="data[Group][id]"><option value="-1">Select one</option>${GROUPS_C_ORDER.map(
        (x) => `<option value="${x.cid}"${chosen && (chosen === x.name || chosen === x.cid || chosen === x.cText) ? ' selected' : ''}>${esc(x.cText)}</option>`,
      ).join('')}</select>`;
  return {
    title: 'Join a filing group | Missouri Courts eFiling',
    body: `<h1>Group member verification</h1>${c.errorsHtml}
<p>Your agency's eFiling administrator gave you an access PIN. Enter it once to link your account to the group; your administrator is told when you join.</p>
<form method="post" action="${PATHS['group-authentication'].c}" class="join">${hiddenC(c)}
<table class="kv">
<tr><td class="k">Filing group (agency)</td><td>${groupCell}${noteC()}</td></tr>
${c.token ? `<tr><td class="k">Invitation code</td><td><input type="text" id="${c.nid()}" name="data[Group][invite]" size="40" readonly value="${esc(c.token)}"></td></tr>` : ''}
<tr><td class="k"><label for="${ip}">Access PIN</label></td><td><input type="password" id="${ip}" name="data[Group][pin]" size="8" inputmode="numeric">${noteC()}</td></tr>
</table>
<div class="fld"><label for="${iu}">Notes for your administrator (title, unit, supervisor)</label><textarea id="${iu}" name="data[Group][notes]" rows="4" cols="52">${c.v('group.userInformation')}</textarea>${noteC()}</div>
<div class="bar"><button type="submit" class="btn-go" name="ctl00$Main$btnVerify" value="Verify">Verify and join</button> &nbsp; <a href="/ecf/">Not now</a></div>
</form>`,
    script: validationScriptC('form.join', { 'data[Group][id]': 'req', 'data[Group][pin]': 'req', 'data[Group][notes]': 'req' }),
  };
};

// ---- 10. terms of use
SCREEN_C['user-agreement'] = (c) => {
  const ib = c.nid();
  return {
    title: 'Terms of Use | Missouri Courts eFiling',
    body: `<h1>Terms of Use</h1>${c.errorsHtml}
<p>Please read these terms. You must accept them before you can file.</p>
<div class="terms" tabindex="0"><ol>${AGREEMENT.map((p) => `<li><p>${esc(p)}</p></li>`).join('')}</ol></div>
<form method="post" action="${PATHS['user-agreement'].c}">${hiddenC(c)}
<p class="chk"><input type="checkbox" id="${ib}" name="ctl00$Main$chkAgree" value="on"> <label for="${ib}">I have read and agree to the Terms of Use.</label></p>
<div class="bar"><button type="submit" class="btn-go" name="ctl00$Main$btnAccept" value="Proceed">Proceed</button> <button type="submit" class="btn-plain" name="ctl00$Main$btnDecline" value="Decline">Decline</button></div>
</form>`,
  };
};

// ---- 11. eFiling main menu: the heading is a picture (alt text) and the <title>, nothing else
const MENU_C = [
  ['/ecf/secure/newFiling.do', 'Start a new case'],
  ['/ecf/secure/subsequentFiling.do', 'File into an existing case'],
  ['/ecf/secure/myFilings.do', 'Filing history and status'],
  ['/ecf/secure/drafts.do', 'Saved drafts'],
  ['/ecf/secure/filingPreferences.do', 'Filing preferences'],
  ['/ecf/logoff.do', 'Sign out'],
];
const groupTextC = (name) => GROUPS.find((g) => g.name === name)?.cText ?? name;
SCREEN_C['efiling-menu'] = (c) => ({
  title: 'eFiling Main Menu | Missouri Courts',
  body: `<div class="banner"><img src="${bannerImgC('eFiling Main Menu')}" width="420" height="44" alt="eFiling Main Menu"></div>${c.errorsHtml}${noticeC(c.notice)}
${c.raw.displayName ? `<p class="who">Signed in as <b>${c.v('displayName')}</b>${c.raw['group.name'] ? ` &middot; ${esc(groupTextC(c.raw['group.name']))}` : ''}</p>` : ''}
<ul class="tiles">${MENU_C.map(([h, t]) => `<li><a href="${h}">${t}</a></li>`).join('')}</ul>
<p class="tip">Save this address to come straight back: <a href="https://www.courts.mo.gov/ecf/">https://www.courts.mo.gov/ecf/</a></p>`,
});

// ---- 12. filing preferences
SCREEN_C['my-preferences'] = (c) => {
  const [ic, ir] = [c.nid(), c.nid()];
  const group = c.raw['group.name'];
  return {
    title: 'Filing preferences | Missouri Courts eFiling',
    body: `<h1>Filing preferences</h1>${c.errorsHtml}${noticeC(c.notice)}
<form method="post" action="${PATHS['my-preferences'].c}">${hiddenC(c)}
<h2 class="sec">Defaults</h2>
<div class="fld"><label for="${ic}">Court you file in most often</label><select id="${ic}" name="ctl00$Main$ddlCourt"><option value="0">(no default)</option>${COURTS.map((x, i) => `<option value="C-${i + 1}"${c.raw['prefs.defaultCourt'] === x ? ' selected' : ''}>${x}</option>`).join('')}</select></div>
<div class="fld"><label for="${ir}">Results per page</label><select id="${ir}" name="ctl00$Main$ddlPageSize">${['10', '25', '50', '100'].map((x) => `<option${c.raw['prefs.pageSize'] === x ? ' selected' : ''}>${x}</option>`).join('')}</select></div>
<h2 class="sec">Copies of court notices</h2>
<table class="cols"><thead><tr><th>#</th><th>Also send notices to (email)</th></tr></thead><tbody>
${[1, 2, 3].map((i) => `<tr><td>${i}</td><td><input type="email" id="${c.nid()}" name="ctl00$Main$txtCc${i}" size="36" value="${c.v(`prefs.ccEmail${i}`)}"></td></tr>`).join('\n')}
</tbody></table>
<div class="bar"><button type="submit" class="btn-go" name="ctl00$Main$btnSave" value="Save">Save settings</button></div>
</form>
<form method="post" action="/ecf/secure/leaveGroup.do">${hiddenC(c)}
<h2 class="sec">Group membership</h2>
<p>${group ? `You belong to <b>${esc(groupTextC(group))}</b>.` : 'You do not belong to a filing group.'}</p>
<button type="submit" class="btn-plain" name="ctl00$Main$btnLeave" value="Leave"${group ? '' : ' disabled'}>Leave this group</button>
</form>`,
  };
};

// ---- combined page, standalone only: login ID + passwords + the three challenge questions
function loginSecurityC(c) {
  return {
    title: 'Login and recovery questions | Sign up | Missouri Courts',
    body: `<h1>Create your login</h1>${c.errorsHtml}
<form method="post" action="${COMBINED_PAGES['login-security'].path}" class="enroll">${hiddenC(c)}
<h2 class="sec">Login</h2>
${signInFieldsC(c)}
<h2 class="sec">Recovery questions</h2>
<p>Pick three different questions. We ask one of them if you ever need to reset your password.</p>
${challengeBlocksC(c)}
<div class="bar"><button type="submit" class="btn-go" name="ctl00$Main$btnCreate" value="Create">Create my account</button></div>
</form>`,
    script: validationScriptC('form.enroll', {
      'ctl00$Main$txtLoginId': 'req',
      'ctl00$Main$txtPwd': 'req',
      'ctl00$Main$txtPwdAgain': 'same:ctl00$Main$txtPwd',
    }),
  };
}
const COMBINED_C = { 'contact-details': contactDetailsC, 'login-security': loginSecurityC };

// ---------------------------------------------------------------------------------------------
// public render API

/**
 * Render one procedure screen as a full HTML document.
 * @param {string} screenId one of SCREENS (variant c renders name-email and addresses-phone as the
 *   same combined "Your contact details" page)
 * @param {'a'|'b'|'c'} variant
 * @param {{errors?:string[], values?:Record<string,string>, seed?:number, token?:string, notice?:string, action?:string, phone?:'split'|'masked'}} [opts]
 *   values are keyed by our product's field ids (e.g. 'mailing.city'); never echo passwords in them.
 *   token: group invitation token; logon keeps it in a hidden input, group-authentication shows the
 *   token's group read-only instead of the drop-down. notice: an info message (menu, preferences).
 *   action: override the logon form's action (Case.net's /cnet/logon.do posts to itself).
 */
export function renderScreen(screenId, variant = 'a', opts = {}) {
  const table = variant === 'b' ? SCREEN_B : variant === 'c' ? SCREEN_C : SCREEN_A;
  const def = table[screenId];
  if (!def) throw new Error(`unknown screen ${screenId}`);
  // variant c: name-email and addresses-phone are one page, rendered alike for either id
  const scope = variant === 'c' && COMBINED_PAGES['contact-details'].screens.includes(screenId) ? 'name-email' : screenId;
  return renderWith(def, scope, variant, opts);
}

/**
 * Render one of variant c's combined pages (see COMBINED_PAGES): 'contact-details' (name-email +
 * addresses-phone, the page c's flow uses) or 'login-security' (standalone only).
 * @param {'contact-details'|'login-security'} id
 * @param {{errors?:string[], values?:Record<string,string>, seed?:number, phone?:'split'|'masked'}} [opts]
 *   phone: 'masked' gives one phone box with placeholder "(___) ___-____" and a script that
 *   rewrites digits into that mask as the person types (default: three boxes).
 */
export function renderCombined(id, opts = {}) {
  const def = COMBINED_C[id];
  if (!def) throw new Error(`unknown combined page ${id}`);
  return renderWith(def, id === 'contact-details' ? 'name-email' : id, 'c', opts);
}

function renderWith(def, screenId, variant, opts) {
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
    errorsHtml: variant === 'b' ? errorsB(opts.errors) : variant === 'c' ? errorsC(opts.errors) : errorsA(opts.errors),
    phoneStyle: opts.phone === 'masked' ? 'masked' : 'split',
    strutsToken: fnv1a(`tok${seed}${screenId}`).toString(16).padStart(8, '0') + fnv1a(`k${seed}`).toString(16).padStart(8, '0') + fnv1a(screenId).toString(16).padStart(8, '0'),
  };
  const { title, body, script } = def(ctx);
  if (variant === 'c') return chromeC(body, { title, nid, script });
  return variant === 'b' ? chromeB(body, { title, script }) : chromeA(body, { title, nid, script });
}

// ---------------------------------------------------------------------------------------------
// reading a submitted form back into product-field-keyed values (kept beside the markup so the
// names cannot drift apart). `p` is a URLSearchParams.

const s = (p, n) => (p.get(n) ?? '').trim();
const sAll = (p, n, i) => (p.getAll(n)[i] ?? '').trim();

export function readForm(screenId, variant, p) {
  if (variant === 'c') return readFormC(screenId, p);
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

/**
 * Variant c. Besides the SCREENS it reads the combined pages: 'contact-details' (= name-email +
 * addresses-phone) and 'login-security' (= credentials without captcha + security-questions).
 * Split boxes are joined: ZIP "65101" or "65101-0088", phone "573-555-0100" (or the masked box as typed).
 */
function readFormC(screenId, p) {
  switch (screenId) {
    case 'account-type':
      return { mobarNumber: s(p, 'ctl00$Main$txtBarNo'), noMobarNumber: p.has('ctl00$Main$chkNoBar') ? 'true' : '' };
    case 'credentials':
      return {
        username: s(p, 'ctl00$Main$txtLoginId'),
        password: p.get('ctl00$Main$txtPwd') ?? '',
        passwordConfirm: p.get('ctl00$Main$txtPwdAgain') ?? '',
        captcha: s(p, 'ctl00$Main$txtCaptcha'),
      };
    case 'name-email':
      return {
        firstName: s(p, 'data[Person][given]'),
        middleName: s(p, 'data[Person][mi]'),
        lastName: s(p, 'data[Person][surname]'),
        email: s(p, 'data[Person][email]'),
        emailConfirm: s(p, 'data[Person][email_verify]'),
      };
    case 'addresses-phone': {
      const out = {};
      for (const [base, key] of [[20, 'mailing'], [30, 'billing']]) {
        const f = (n) => s(p, `f_00${base + n}`);
        out[`${key}.line1`] = f(1);
        out[`${key}.line2`] = f(2);
        out[`${key}.city`] = f(3);
        out[`${key}.state`] = stateFromC(f(4));
        out[`${key}.zip`] = f(5) + (f(6) ? `-${f(6)}` : '');
      }
      out.billingSameAsMailing = p.has('f_0030') ? 'true' : '';
      out.phone = p.has('f_0040') ? s(p, 'f_0040') : [s(p, 'f_0041'), s(p, 'f_0042'), s(p, 'f_0043')].filter(Boolean).join('-');
      return out;
    }
    case 'contact-details':
      return { ...readFormC('name-email', p), ...readFormC('addresses-phone', p) };
    case 'security-questions': {
      const out = {};
      for (const i of [1, 2, 3]) {
        const q = s(p, `ctl00$Main$ddlChallenge${i}`);
        out[`security${i}.question`] = SECURITY_QUESTIONS_C.find(([val]) => val === q)?.[1] ?? '';
        out[`security${i}.answer`] = s(p, `ctl00$Main$txtResponse${i}`);
      }
      return out;
    }
    case 'login-security': {
      const { captcha, ...cred } = readFormC('credentials', p);
      return { ...cred, ...readFormC('security-questions', p) };
    }
    case 'logon':
      return { username: s(p, 'ctl00$Main$txtUserId'), password: p.get('ctl00$Main$txtPassword') ?? '', token: s(p, 'ctl00$Main$hidInvite') };
    case 'group-authentication': {
      const v = s(p, 'data[Group][id]');
      return {
        'group.name': GROUPS.find((g) => g.cid === v)?.name ?? '',
        'group.pin': s(p, 'data[Group][pin]'),
        'group.userInformation': s(p, 'data[Group][notes]'),
      };
    }
    case 'user-agreement':
      return { acknowledge: p.has('ctl00$Main$chkAgree') ? 'true' : '', decline: p.has('ctl00$Main$btnDecline') ? 'true' : '' };
    case 'my-preferences': {
      const court = /^C-(\d+)$/.exec(s(p, 'ctl00$Main$ddlCourt'));
      return {
        'prefs.defaultCourt': court ? (COURTS[Number(court[1]) - 1] ?? '') : '',
        'prefs.pageSize': s(p, 'ctl00$Main$ddlPageSize'),
        'prefs.ccEmail1': s(p, 'ctl00$Main$txtCc1'),
        'prefs.ccEmail2': s(p, 'ctl00$Main$txtCc2'),
        'prefs.ccEmail3': s(p, 'ctl00$Main$txtCc3'),
      };
    }
    default:
      return {};
  }
}

// ---------------------------------------------------------------------------------------------
// non-procedure pages

const CASENET_COURTS = ['All Courts', 'Supreme Court', 'Court of Appeals - Eastern District', 'Court of Appeals - Western District', 'Court of Appeals - Southern District', ...COURTS];

// Look-alike pages: they ask for a name, e-mail, address, phone or password like the procedure
// screens do, but are NOT procedure screens; an assistant must leave them alone. Each exists in all
// three variants, written in that variant's own markup style (and, in a and b, partly with the same
// input names as the registration screens, as one application reusing its form beans would).
const pv = (o, k) => esc(o.values[k] ?? '');
const loggedOn = {
  a: (o) => `<p class="hint">Logged on as <strong>${esc(o.displayName || 'eFiling user')}</strong> &middot; <a href="/ecf/logoff.do">Log off</a></p>`,
  b: (o) => `<table width="100%" cellpadding="2" cellspacing="0" border="0"><tr><td align="right">Logged on as: <b>${esc(o.displayName || 'eFiling user')}</b> | <a href="/ecf/logoff.do">Log off</a></td></tr></table>`,
  c: (o) => `<p class="who">Signed in as <b>${esc(o.displayName || 'eFiling user')}</b> &middot; <a href="/ecf/logoff.do">Log off</a></p>`,
};
const pageErrors = { a: (o) => errorsA(o.errors), b: (o) => errorsB(o.errors), c: (o) => errorsC(o.errors) };
const pageNotice = { a: (o) => noticeA(o.notice), b: (o) => noticeB(o.notice), c: (o) => noticeC(o.notice) };
const msgs = (v, o) => pageErrors[v](o) + pageNotice[v](o);
const only = (v, bodies, o) => ({ [v]: (bodies[v] ?? bodies.a)(o) });

const LOOKALIKE_PAGES = {
  'change-password': (v, o) => ({
    title: { a: 'Change Password | Missouri eFiling', b: 'Missouri Courts - eFiling', c: 'Change your password | Missouri Courts eFiling' }[v],
    ...only(
      v,
      {
        a: (o) => {
          const [i1, i2, i3] = [o.nid(), o.nid(), o.nid()];
          return `${loggedOn.a(o)}<h1>Change your password</h1>${msgs('a', o)}
<form method="post" action="${PAGE_PATHS['change-password']}" novalidate>
<fieldset><legend>Password</legend>
<div class="form-row"><label for="${i1}">Current password</label><input type="password" id="${i1}" name="currentPassword" autocomplete="current-password"></div>
<div class="form-row"><label for="${i2}">New password</label><input type="password" id="${i2}" name="password" autocomplete="new-password"><div class="hint">At least 8 characters.</div></div>
<div class="form-row"><label for="${i3}">Confirm new password</label><input type="password" id="${i3}" name="confirmPassword"></div>
</fieldset>
<div class="actions"><button type="submit" class="btn btn-primary">Change password</button><a class="btn btn-secondary" href="/ecf/">Cancel</a></div>
</form>`;
        },
        b: (o) => `${loggedOn.b(o)}<div class="pageTitle">Change Password</div><br>${msgs('b', o)}
<form name="pwdForm" method="post" action="${PAGE_PATHS['change-password']}">
<table cellpadding="3" cellspacing="0" border="0">
<tr><td class="label">Old Password:</td><td><input type="password" name="pwdForm.oldPwd" size="20" id="${o.nid()}"></td></tr>
<tr><td class="label">New Password:</td><td><input type="password" name="userForm.pwd" size="20" id="${o.nid()}"></td></tr>
<tr><td class="label">Re-enter New Password:</td><td><input type="password" name="userForm.pwd2" size="20" id="${o.nid()}"></td></tr>
<tr><td></td><td><input type="submit" value="Submit" class="button"> <input type="button" value="Cancel" class="button" onclick="location.href='/ecf/index.do'"></td></tr>
</table>
</form>`,
        c: (o) => {
          const [i1, i2, i3] = [o.nid(), o.nid(), o.nid()];
          return `${loggedOn.c(o)}<h1>Change your password</h1>${msgs('c', o)}
<form method="post" action="${PAGE_PATHS['change-password']}">
<div class="fld"><label for="${i1}">Current password</label><input type="password" id="${i1}" name="ctl00$Main$txtOldPwd"></div>
<div class="fld"><label for="${i2}">New password</label><input type="password" id="${i2}" name="ctl00$Main$txtNewPwd"><div class="tip">8 or more characters, with upper and lower case letters, a number and a symbol.</div></div>
<div class="fld"><label for="${i3}">Confirm new password</label><input type="password" id="${i3}" name="ctl00$Main$txtNewPwd2"></div>
<div class="bar"><button type="submit" class="btn-go" name="ctl00$Main$btnChange" value="Change">Update password</button> &nbsp; <a href="/ecf/">Cancel</a></div>
</form>`;
        },
      },
      o,
    ),
  }),

  'contact-us': (v, o) => ({
    title: { a: 'Contact Us | Your Missouri Courts', b: 'Missouri Courts - Contact Us', c: 'Contact us | Missouri Courts' }[v],
    ...only(
      v,
      {
        a: (o) => {
          const [i1, i2, i3, i4] = [o.nid(), o.nid(), o.nid(), o.nid()];
          return `<h1>Contact Us</h1>${msgs('a', o)}
<p>Questions about eFiling or Case.net? Send us a message, or call the OSCA Help Desk at ${HELP_DESK}.</p>
<form method="post" action="${PAGE_PATHS['contact-us']}" novalidate>
<div class="form-row"><label for="${i1}">Your name</label><input type="text" id="${i1}" name="name" autocomplete="name"></div>
<div class="form-row"><label for="${i2}">E-mail address</label><input type="email" id="${i2}" name="email" autocomplete="email"></div>
<div class="form-row"><label for="${i3}">Phone number <span class="hint">(optional)</span></label><input type="tel" id="${i3}" name="phone" autocomplete="tel"></div>
<div class="form-row"><label for="${i4}">Message</label><textarea id="${i4}" name="message" rows="6"></textarea></div>
<div class="actions"><button type="submit" class="btn btn-primary">Send</button></div>
</form>`;
        },
        b: (o) => `<div class="pageTitle">Contact the Help Desk</div><br>${msgs('b', o)}
<form name="contactForm" method="post" action="${PAGE_PATHS['contact-us']}">
<table cellpadding="3" cellspacing="0" border="0">
<tr><td class="label">Name:</td><td><input type="text" name="contactForm.name" size="35" id="${o.nid()}"></td></tr>
<tr><td class="label">E-mail:</td><td><input type="text" name="contactForm.email" size="35" id="${o.nid()}"></td></tr>
<tr><td class="label">Phone:</td><td><input type="text" name="contactForm.phone" size="14" id="${o.nid()}"></td></tr>
<tr><td class="label" valign="top">Comments:</td><td><textarea name="contactForm.comments" rows="6" cols="50" id="${o.nid()}"></textarea></td></tr>
<tr><td></td><td><input type="submit" value="Send" class="button"></td></tr>
</table>
</form>`,
        c: (o) => {
          const [i1, i2, i3, i4] = [o.nid(), o.nid(), o.nid(), o.nid()];
          return `<h1>Contact us</h1>${msgs('c', o)}
<p>We answer most messages within one business day. For urgent filing problems call ${HELP_DESK}.</p>
<form method="post" action="${PAGE_PATHS['contact-us']}">
<div class="fld"><label for="${i1}">Name</label><input type="text" id="${i1}" name="data[Contact][name]" size="36"></div>
<div class="fld"><label for="${i2}">Email</label><input type="email" id="${i2}" name="data[Contact][email]" size="36"></div>
<div class="fld"><label for="${i3}">Phone</label><input type="tel" id="${i3}" name="data[Contact][phone]" size="16" placeholder="(___) ___-____"></div>
<div class="fld"><label for="${i4}">How can we help?</label><textarea id="${i4}" name="data[Contact][body]" rows="6" cols="60"></textarea></div>
<div class="bar"><button type="submit" class="btn-go" name="ctl00$Main$btnSend" value="Send">Send</button></div>
</form>`;
        },
      },
      o,
    ),
  }),

  'update-account': (v, o) => ({
    title: { a: 'Update My Account Information | Missouri eFiling', b: 'Missouri Courts - eFiling', c: 'Update my account information | Missouri Courts' }[v],
    ...only(
      v,
      {
        a: (o) => {
          const ids = Array.from({ length: 9 }, o.nid);
          return `${loggedOn.a(o)}<h1>Update my account information</h1>${msgs('a', o)}
<form method="post" action="${PAGE_PATHS['update-account']}" novalidate>
<fieldset><legend>Name</legend>
<div class="form-row"><label for="${ids[0]}">First name</label><input type="text" id="${ids[0]}" name="firstName" value="${pv(o, 'firstName')}"></div>
<div class="form-row"><label for="${ids[1]}">Last name</label><input type="text" id="${ids[1]}" name="lastName" value="${pv(o, 'lastName')}"></div>
</fieldset>
<fieldset><legend>E-mail</legend>
<div class="form-row"><label for="${ids[2]}">E-mail address</label><input type="email" id="${ids[2]}" name="email" value="${pv(o, 'email')}"></div>
</fieldset>
<fieldset><legend>Mailing Address</legend>
<div class="form-row"><label for="${ids[3]}">Street address</label><input type="text" id="${ids[3]}" name="street1" value="${pv(o, 'mailing.line1')}"></div>
<div class="form-row"><label for="${ids[4]}">Apartment, suite, etc.</label><input type="text" id="${ids[4]}" name="street2" value="${pv(o, 'mailing.line2')}"></div>
<div class="form-row"><label for="${ids[5]}">City</label><input type="text" id="${ids[5]}" name="city" value="${pv(o, 'mailing.city')}"></div>
<div class="form-row"><label for="${ids[6]}">State</label><select id="${ids[6]}" name="state">${stateOptions('a', o.values['mailing.state'])}</select></div>
<div class="form-row"><label for="${ids[7]}">ZIP code</label><input type="text" id="${ids[7]}" name="zip" value="${pv(o, 'mailing.zip')}"></div>
</fieldset>
<fieldset><legend>Phone</legend>
<div class="form-row"><label for="${ids[8]}">Phone number</label><input type="tel" id="${ids[8]}" name="phone" value="${pv(o, 'phone')}"></div>
</fieldset>
<div class="actions"><button type="submit" class="btn btn-primary">Save changes</button><a class="btn btn-secondary" href="/ecf/">Cancel</a></div>
</form>`;
        },
        b: (o) => `${loggedOn.b(o)}<div class="pageTitle">Update Account Information</div><br>${msgs('b', o)}
<form name="userForm" method="post" action="${PAGE_PATHS['update-account']}">
<table cellpadding="3" cellspacing="0" border="0" width="600">
<tr><td colspan="2" class="sectionHdr">Personal Information</td></tr>
<tr><td class="label">First Name:</td><td><input type="text" name="userForm.firstName" size="20" id="${o.nid()}" value="${pv(o, 'firstName')}"></td></tr>
<tr><td class="label">Last Name:</td><td><input type="text" name="userForm.lastName" size="20" id="${o.nid()}" value="${pv(o, 'lastName')}"></td></tr>
<tr><td class="label">E-mail Address:</td><td><input type="text" name="userForm.emailAddr" size="40" id="${o.nid()}" value="${pv(o, 'email')}"></td></tr>
<tr><td colspan="2" class="sectionHdr">Mailing Address</td></tr>
<tr><td class="label">Street:</td><td><input type="text" name="addr[0].street1" size="35" id="${o.nid()}" value="${pv(o, 'mailing.line1')}"></td></tr>
<tr><td class="label">City:</td><td><input type="text" name="addr[0].city" size="25" id="${o.nid()}" value="${pv(o, 'mailing.city')}"></td></tr>
<tr><td class="label">State:</td><td><select name="addr[0].stateCd" id="${o.nid()}">${stateOptions('b', o.values['mailing.state'])}</select></td></tr>
<tr><td class="label">Zip Code:</td><td><input type="text" name="addr[0].zip" size="10" id="${o.nid()}" value="${pv(o, 'mailing.zip')}"></td></tr>
<tr><td class="label">Daytime Telephone:</td><td><input type="text" name="userForm.dayPhone" size="14" id="${o.nid()}" value="${pv(o, 'phone')}"></td></tr>
<tr><td></td><td><input type="submit" value="Save Changes" class="button"></td></tr>
</table>
</form>`,
        c: (o) => {
          const [gName, iFirst, iLast, iMail, a1, a2, aCity, aState, aZip, aZip4, sp, p1, p2, p3] = Array.from({ length: 14 }, o.nid);
          const [z5, z4] = String(o.values['mailing.zip'] ?? '').split('-');
          const dg = String(o.values.phone ?? '').replace(/\D/g, '');
          return `${loggedOn.c(o)}<h1>Update my account information</h1>${msgs('c', o)}
<form method="post" action="${PAGE_PATHS['update-account']}" class="profile">
<div class="grp" role="group" aria-labelledby="${gName}"><span class="grp-h" id="${gName}">Full name</span>
<div class="inline">
<span class="part"><input type="text" id="${iFirst}" name="data[Person][given]" size="18" value="${pv(o, 'firstName')}"><small class="under">First</small></span>
<span class="part"><input type="text" id="${iLast}" name="data[Person][surname]" size="22" value="${pv(o, 'lastName')}"><small class="under">Last</small></span>
</div></div>
<div class="fld"><label for="${iMail}">Email address</label><input type="email" id="${iMail}" name="data[Person][email]" size="32" value="${pv(o, 'email')}"></div>
<h2 class="sec">Postal address</h2>
<div class="fld"><label for="${a1}">Address 1</label><input type="text" id="${a1}" name="f_0021" size="40" value="${pv(o, 'mailing.line1')}"></div>
<div class="fld"><label for="${a2}">Address 2 <span class="opt">(optional)</span></label><input type="text" id="${a2}" name="f_0022" size="40" value="${pv(o, 'mailing.line2')}"></div>
<div class="row3">
<div class="fld"><label for="${aCity}">City</label><input type="text" id="${aCity}" name="f_0023" size="22" value="${pv(o, 'mailing.city')}"></div>
<div class="fld"><label for="${aState}">State</label><select id="${aState}" name="f_0024">${stateOptionsC(o.values['mailing.state'], '- Select -')}</select></div>
<div class="fld"><label for="${aZip}">Zip/Postal code</label><span class="segs"><input type="text" id="${aZip}" name="f_0025" size="5" maxlength="5" value="${esc(z5 ?? '')}">&ndash;<input type="text" id="${aZip4}" name="f_0026" size="4" maxlength="4" value="${esc(z4 ?? '')}"></span></div>
</div>
<div class="fld"><span class="cap-top" id="${sp}">Daytime phone number</span><span class="segs">(<input type="tel" id="${p1}" name="f_0041" size="3" maxlength="3" aria-labelledby="${sp}" value="${esc(dg.slice(0, 3))}">) <input type="tel" id="${p2}" name="f_0042" size="3" maxlength="3" value="${esc(dg.slice(3, 6))}">&ndash;<input type="tel" id="${p3}" name="f_0043" size="4" maxlength="4" value="${esc(dg.slice(6, 10))}"></span></div>
<div class="bar"><button type="submit" class="btn-go" name="ctl00$Main$btnSave" value="Save">Save changes</button> &nbsp; <a href="/ecf/">Cancel</a></div>
</form>`;
        },
      },
      o,
    ),
  }),

  'casenet-name-search': (v, o) => {
    const q = o.query || {};
    const found = q.searched ? 'No litigants matched your search. Check the spelling, or leave the year of birth blank.' : '';
    return {
      title: { a: 'Litigant Name Search | Case.net', b: 'Case.net: Missouri - Litigant Name Search', c: 'Search cases by party name | Case.net' }[v],
      ...only(
        v,
        {
          a: (o) => {
            const [i1, i2, i3, i4] = [o.nid(), o.nid(), o.nid(), o.nid()];
            return `<h1>Case.net &ndash; Litigant name search</h1>
<form method="get" action="${PAGE_PATHS['casenet-name-search']}">
<fieldset><legend>Litigant</legend>
<div class="form-row"><label for="${i1}">Last name</label><input type="text" id="${i1}" name="inputVO.lastName" value="${esc(q.lastName)}"></div>
<div class="form-row"><label for="${i2}">First name</label><input type="text" id="${i2}" name="inputVO.firstName" value="${esc(q.firstName)}"></div>
<div class="form-row"><label for="${i3}">Middle name</label><input type="text" id="${i3}" name="inputVO.middleName" value="${esc(q.middleName)}"></div>
<div class="form-row"><label for="${i4}">Year of birth</label><input type="text" id="${i4}" name="inputVO.yearOfBirth" maxlength="4" inputmode="numeric" value="${esc(q.yearOfBirth)}"></div>
</fieldset>
<div class="actions"><button type="submit" class="btn btn-primary">Search</button></div>
</form>${found ? noticeA(found) : ''}`;
          },
          b: (o) => `<div class="pageTitle">Litigant Name Search</div><br>
<form name="nameSearchForm" method="get" action="${PAGE_PATHS['casenet-name-search']}">
<table cellpadding="3" cellspacing="0" border="0">
<tr><td class="label">Last Name:</td><td><input type="text" name="inputVO.lastName" size="25" id="${o.nid()}" value="${esc(q.lastName)}"></td></tr>
<tr><td class="label">First Name:</td><td><input type="text" name="inputVO.firstName" size="20" id="${o.nid()}" value="${esc(q.firstName)}"></td></tr>
<tr><td class="label">Middle Name:</td><td><input type="text" name="inputVO.middleName" size="15" id="${o.nid()}" value="${esc(q.middleName)}"></td></tr>
<tr><td class="label">Year of Birth:</td><td><input type="text" name="inputVO.yearOfBirth" size="4" maxlength="4" id="${o.nid()}" value="${esc(q.yearOfBirth)}"></td></tr>
<tr><td></td><td><input type="submit" value="Search" class="button"></td></tr>
</table>
</form>${found ? noticeB(found) : ''}`,
          c: (o) => `<h1>Search cases by party name</h1>
<form method="get" action="${PAGE_PATHS['casenet-name-search']}">
<table class="cols">
<thead><tr><th>Last name</th><th>First name</th><th>Middle</th><th>Year of birth</th></tr></thead>
<tbody><tr>
<td><input type="text" id="${o.nid()}" name="inputVO.lastName" size="20" value="${esc(q.lastName)}"></td>
<td><input type="text" id="${o.nid()}" name="inputVO.firstName" size="16" value="${esc(q.firstName)}"></td>
<td><input type="text" id="${o.nid()}" name="inputVO.middleName" size="10" value="${esc(q.middleName)}"></td>
<td><input type="text" id="${o.nid()}" name="inputVO.yearOfBirth" size="4" maxlength="4" placeholder="YYYY" value="${esc(q.yearOfBirth)}"></td>
</tr></tbody></table>
<div class="bar"><button type="submit" class="btn-go">Search</button></div>
</form>${found ? noticeC(found) : ''}`,
        },
        o,
      ),
    };
  },
};

const PAGES = {
  home: (v, o) => ({
    title: v === 'b' ? 'Missouri Courts' : v === 'c' ? 'Home | Missouri Courts' : 'Your Missouri Courts',
    a: `<h1>Welcome to Your Missouri Courts</h1>
<p>Information about Missouri's courts, judges, opinions, and online services.</p>
<ul class="menu-grid"><li><a href="/casenet/cases/searchCases.do">Case.net<br><span class="hint">Search court records</span></a></li>
<li><a href="/ecf/">eFiling<br><span class="hint">File documents electronically</span></a></li>
<li><a href="/registration">Register<br><span class="hint">Create a Missouri Judiciary account</span></a></li>
<li><a href="/ecf/help.do">Help<br><span class="hint">Questions about eFiling</span></a></li></ul>`,
    b: `<div class="pageTitle">Welcome to Your Missouri Courts</div>
<p>Information about Missouri's courts, judges, opinions, and online services.</p>
<p>&raquo; <a href="/casenet/cases/searchCases.do">Case.net</a><br>&raquo; <a href="/ecf/">eFiling</a><br>&raquo; <a href="/registration">Register</a></p>`,
    c: `<h1>Courts, records and online services</h1>
<p>Find a court, look up a case, or file documents with Missouri's courts online.</p>
<ul class="tiles"><li><a href="/casenet/cases/searchCases.do">Look up a case (Case.net)</a></li><li><a href="/ecf/">File documents online (eFiling)</a></li>
<li><a href="/ecf/enroll/begin.do">Sign up for an online account</a></li><li><a href="/ecf/help.do">Get help</a></li></ul>`,
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
      title: v === 'b' ? 'Case.net: Missouri - Litigant Name Search' : v === 'c' ? 'Find a case | Case.net | Missouri Courts' : 'Litigant Name Search | Case.net',
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
      c: `<h1>Case.net: find a case</h1>
<form method="get" action="/casenet/cases/searchCases.do">
<table class="cols"><thead><tr><th>Case number</th><th>Court</th></tr></thead>
<tbody><tr><td><input type="text" id="${o.ids[0]}" name="inputVO.caseNumber" size="20" value="${esc(q.caseNumber)}"></td><td><select id="${o.ids[1]}" name="inputVO.courtId">${courtsA}</select></td></tr></tbody></table>
<p class="tip">&mdash; or by party &mdash;</p>
<div class="fld"><label for="${o.ids[2]}">Party last name or business</label><input type="text" id="${o.ids[2]}" name="inputVO.lastName" value="${esc(q.lastName)}"></div>
<div class="fld"><label for="${o.ids[3]}">Party first name</label><input type="text" id="${o.ids[3]}" name="inputVO.firstName" value="${esc(q.firstName)}"></div>
<div class="bar"><button type="submit" class="btn-go">Find cases</button></div>
<p class="tip"><a href="/casenet/cases/nameSearch.do">Search by litigant name and year of birth</a></p>
</form>${results.replace('alert alert-info', 'msgbox ok')}`,
    };
  },
  help: (v) => ({
    title: v === 'b' ? 'Missouri Courts - eFiling Help' : v === 'c' ? 'Help with eFiling | Missouri Courts' : 'eFiling Help | Your Missouri Courts',
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
    c: `<h1>Help with eFiling</h1>
<h2 class="sec">Talk to a person</h2>
<p>OSCA Help Desk: <b>${HELP_DESK}</b>, weekdays 7:30 a.m. to 5:00 p.m. (closed on state holidays).</p>
<h2 class="sec">Agency and group filers</h2>
<p>Your group administrator hands out an access PIN that you enter once to join the group. The PIN changes whenever someone leaves the group, so if yours is refused, ask your administrator for the current one. Your administrator gets a copy of the receipt, acceptance, hold and return emails the courts send you.</p>
<h2 class="sec">Locked out?</h2>
<p><a href="/ecf/forgotPassword.do">Reset your password</a> from the sign-in page.</p>`,
  }),
  'forgot-password': (v, o) => ({
    title: v === 'b' ? 'Missouri Courts - Logon' : v === 'c' ? 'Password reset | Missouri Courts' : 'Reset your password | Your Missouri Courts',
    a: `<h1>Reset your password</h1>${noticeA(o.notice)}
<form method="post" action="/ecf/forgotPassword.do">
<div class="form-row"><label for="${o.ids[0]}">User name</label><input type="text" id="${o.ids[0]}" name="userName"></div>
<div class="actions"><button type="submit" class="btn btn-primary">Send reset e-mail</button></div>
</form>`,
    b: `<div class="pageTitle">Forgot Password</div><br>${noticeB(o.notice)}
<form name="pwdForm" method="post" action="/ecf/forgotPassword.do"><table cellpadding="3"><tr><td class="label">User ID:</td><td><input type="text" name="userId" size="20"></td></tr>
<tr><td></td><td><input type="submit" value="Submit" class="button"></td></tr></table></form>`,
    c: `<h1>Forgot your password?</h1>${noticeC(o.notice)}
<form method="post" action="/ecf/forgotPassword.do">
<div class="fld"><label for="${o.ids[0]}">Login ID</label><input type="text" id="${o.ids[0]}" name="ctl00$Main$txtUserId"></div>
<div class="bar"><button type="submit" class="btn-go" name="ctl00$Main$btnReset" value="Reset">Email me a reset link</button></div>
</form>`,
  }),
  'not-found': (v) => ({
    title: v === 'b' ? 'Missouri Courts - Error' : v === 'c' ? 'Page not found | Missouri Courts' : 'Page Not Found | Your Missouri Courts',
    a: `<h1>Page not found</h1><p>Error 404: the page you requested could not be found. It may have been moved or removed.</p><p><a href="/">Return to the home page</a></p>`,
    b: `<div class="pageTitle">Error 404 - Page Not Found</div><p>The requested resource is not available.</p><p><a href="/">Home</a></p>`,
    c: `<h1>We can't find that page</h1><p>Error 404. The address may be mistyped, or the page may have moved.</p><p><a href="/">Go to the home page</a></p>`,
  }),
  ...LOOKALIKE_PAGES,
};
export const PAGE_NAMES = Object.keys(PAGES);

/**
 * Render a non-procedure page (PAGE_NAMES): 'home', 'casenet-search', 'help', 'forgot-password',
 * 'not-found', and the look-alikes an assistant must leave alone: 'change-password',
 * 'contact-us', 'update-account' (both shown while logged on), 'casenet-name-search'.
 * @param {string} name
 * @param {{variant?:'a'|'b'|'c', seed?:number, query?:Record<string,string>, notice?:string,
 *   values?:Record<string,string>, displayName?:string, errors?:string[]}} [opts] values: product-keyed
 *   (firstName, mailing.city, phone...) for update-account; displayName: who is logged on.
 */
export function renderPage(name, { variant = 'a', seed = 0, query, notice, values, displayName, errors } = {}) {
  const def = PAGES[name] || PAGES['not-found'];
  const nid = idMaker(seed, `page:${name}`, variant);
  const ids = Array.from({ length: 5 }, nid); // label/for pairs share these
  const page = def(variant, { query, notice, ids, nid, values: values || {}, displayName: displayName || '', errors: errors || [] });
  const body = page[variant] ?? page.a;
  if (variant === 'c') return chromeC(body, { title: page.title, nid });
  return variant === 'b' ? chromeB(body, { title: page.title }) : chromeA(body, { title: page.title, nid });
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
