// What tests may know about each replica screen: where it is served, and which element is which of
// our product's fields. Selectors use `name` and other stable attributes, never ids (ids are
// generated per render). This file is test knowledge only: the extension must find the fields by
// itself, from labels, legends and layout.
//
// Shape: MANIFEST[screenId][variant] = {
//   path,            // where the screen is served in the flow (variant b shares /ecf/register.do;
//                    //   variant c serves name-email and addresses-phone on ONE page)
//   standalone,      // /ecf/__replica/screen/<id>?variant=<v>, renders the screen with no state
//   expected,        // { productFieldId: Selector } for EVERY product field on the screen,
//                    //   including the person-only ones (captcha, acknowledge)
//   personOnly,      // { captcha?: selector, acknowledge?: selector }: the extension must never fill
//   submit,          // selector of what the person presses to go on (null on the eFiling menu)
//   actions?,        // other notable controls (e.g. removeGroup on My Preferences)
//   combined?,       // variant c only: the COMBINED page id when this screen shares its page
// }
// Selector = a CSS selector string, or, for ONE value split over several boxes, an ARRAY of
// selectors in part order (variant c only so far):
//   phone:          [area code (3), prefix (3), line number (4)]   e.g. 573 | 555 | 0100
//   mailing.zip,
//   billing.zip:    [ZIP (5), ZIP+4 extension (4, optional)]       e.g. 65101 | 0088
// The value a person means is the parts joined: "573-555-0100", "65101-0088" (or "65101").
// Each selector (each part of an array) matches exactly one element in the rendered screen
// (check-manifest.mjs checks it; group-authentication is checked both with and without an
// invitation token).
//
// COMBINED[pageId] = { variant, path, standalone, screens, expected, personOnly, submit }: a page of
// variant c holding more than one procedure screen. `screens` names them in page order; `expected`
// is the union of their fields (MANIFEST[screen].c lists each screen's own share when the page is in
// the flow). 'contact-details' (name-email + addresses-phone) is c's flow page; 'login-security'
// (credentials without captcha + security-questions) is standalone only, path === standalone path.
// MASKED_PHONE: the contact-details page with ONE phone box, placeholder "(___) ___-____", whose
// page script rewrites the digits into that mask on every input event.

import { PATHS, COMBINED_PAGES } from './screens.mjs';

const A_BTN = 'form button.btn-primary';
const B_CONTINUE = 'input[type="submit"][value="Continue"]';
const B_LINK = 'a[onclick^="return doSubmit"]';

// Variant a's two address fieldsets reuse the same input names: only their order tells them apart.
const addrA = (nth, key) => ({
  [`${key}.line1`]: `form fieldset:nth-of-type(${nth}) input[name="street1"]`,
  [`${key}.line2`]: `form fieldset:nth-of-type(${nth}) input[name="street2"]`,
  [`${key}.city`]: `form fieldset:nth-of-type(${nth}) input[name="city"]`,
  [`${key}.state`]: `form fieldset:nth-of-type(${nth}) select[name="state"]`,
  [`${key}.zip`]: `form fieldset:nth-of-type(${nth}) input[name="zip"]`,
});
const addrB = (i, key) => ({
  [`${key}.line1`]: `input[name="addr[${i}].street1"]`,
  [`${key}.line2`]: `input[name="addr[${i}].street2"]`,
  [`${key}.city`]: `input[name="addr[${i}].city"]`,
  [`${key}.state`]: `select[name="addr[${i}].stateCd"]`,
  [`${key}.zip`]: `input[name="addr[${i}].zip"]`,
});

const C_NEXT = 'button[name="ctl00$Main$btnNext"]';
const nameC = (tag, n) => `${tag}[name="${n}"]`;
// Variant c: postal (mailing) boxes are f_0021..f_0026, invoice (billing) boxes f_0031..f_0036.
const addrC = (base, key) => ({
  [`${key}.line1`]: nameC('input', `f_00${base + 1}`),
  [`${key}.line2`]: nameC('input', `f_00${base + 2}`),
  [`${key}.city`]: nameC('input', `f_00${base + 3}`),
  [`${key}.state`]: nameC('select', `f_00${base + 4}`),
  [`${key}.zip`]: [nameC('input', `f_00${base + 5}`), nameC('input', `f_00${base + 6}`)],
});
const C_CREDENTIALS = {
  username: nameC('input', 'ctl00$Main$txtLoginId'),
  password: nameC('input', 'ctl00$Main$txtPwd'),
  passwordConfirm: nameC('input', 'ctl00$Main$txtPwdAgain'),
};
const C_QUESTIONS = Object.fromEntries(
  [1, 2, 3].flatMap((i) => [
    [`security${i}.question`, nameC('select', `ctl00$Main$ddlChallenge${i}`)],
    [`security${i}.answer`, nameC('input', `ctl00$Main$txtResponse${i}`)],
  ]),
);
const C_NAME_EMAIL = {
  firstName: nameC('input', 'data[Person][given]'),
  lastName: nameC('input', 'data[Person][surname]'),
  email: nameC('input', 'data[Person][email]'),
  emailConfirm: nameC('input', 'data[Person][email_verify]'),
};
const C_ADDRESSES_PHONE = {
  ...addrC(20, 'mailing'),
  billingSameAsMailing: nameC('input', 'f_0030'),
  ...addrC(30, 'billing'),
  phone: [nameC('input', 'f_0041'), nameC('input', 'f_0042'), nameC('input', 'f_0043')],
};

const RAW = {
  'registration-start': {
    a: { expected: {}, submit: 'a[href="/ecf/registration/accountType.do"]' },
    b: { expected: {}, submit: 'a[href="/ecf/register.do?method=start"]' },
    c: { expected: {}, submit: `a[href="${PATHS['account-type'].c}"]` },
  },
  'account-type': {
    a: { expected: { noMobarNumber: 'input[name="noMobar"]' }, submit: A_BTN },
    b: { expected: { noMobarNumber: 'input[name="userForm.noBarNumber"]' }, submit: B_CONTINUE },
    // labelled only by the table cell to its left
    c: { expected: { noMobarNumber: nameC('input', 'ctl00$Main$chkNoBar') }, submit: C_NEXT },
  },
  credentials: {
    a: {
      expected: {
        username: 'input[name="userName"]',
        password: 'input[name="password"]',
        passwordConfirm: 'input[name="confirmPassword"]',
        captcha: 'input[name="captchaText"]',
      },
      personOnly: { captcha: 'input[name="captchaText"]' },
      submit: A_BTN,
    },
    b: {
      expected: {
        username: 'input[name="userForm.userId"]',
        password: 'input[name="userForm.pwd"]',
        passwordConfirm: 'input[name="userForm.pwd2"]',
        captcha: 'input[name="j_captcha_response"]',
      },
      personOnly: { captcha: 'input[name="j_captcha_response"]' },
      submit: B_LINK,
    },
    c: {
      expected: { ...C_CREDENTIALS, captcha: nameC('input', 'ctl00$Main$txtCaptcha') },
      personOnly: { captcha: nameC('input', 'ctl00$Main$txtCaptcha') },
      submit: C_NEXT,
    },
  },
  'name-email': {
    a: {
      expected: {
        firstName: 'input[name="firstName"]',
        lastName: 'input[name="lastName"]',
        email: 'input[name="email"]',
        emailConfirm: 'input[name="confirmEmail"]',
      },
      submit: A_BTN,
    },
    b: {
      // no "e-mail again" box in this variant
      expected: {
        firstName: 'input[name="userForm.firstName"]',
        lastName: 'input[name="userForm.lastName"]',
        email: 'input[name="userForm.emailAddr"]',
      },
      submit: B_CONTINUE,
    },
    // the first half of c's combined "Your contact details" page
    c: { expected: C_NAME_EMAIL, submit: C_NEXT, combined: 'contact-details' },
  },
  'addresses-phone': {
    a: {
      expected: {
        ...addrA(1, 'mailing'),
        billingSameAsMailing: 'input[name="billingSame"]',
        ...addrA(2, 'billing'),
        phone: 'input[name="phone"]',
      },
      submit: A_BTN,
    },
    b: {
      // no "same as mailing" box in this variant; phone is "Daytime Telephone"
      expected: { ...addrB(0, 'mailing'), ...addrB(1, 'billing'), phone: 'input[name="userForm.dayPhone"]' },
      submit: B_LINK,
    },
    // the second half of c's combined page: ZIPs in 5+4 boxes, phone in 3 boxes (array selectors)
    c: { expected: C_ADDRESSES_PHONE, submit: C_NEXT, combined: 'contact-details' },
  },
  'security-questions': {
    a: {
      expected: Object.fromEntries(
        [1, 2, 3].flatMap((i) => [
          [`security${i}.question`, `select[name="secQuestion${i}"]`],
          [`security${i}.answer`, `input[name="secAnswer${i}"]`],
        ]),
      ),
      submit: A_BTN,
    },
    b: {
      // questions are fixed text in table cells: only the answers are fields
      expected: { 'security1.answer': 'input[name="fld12"]', 'security2.answer': 'input[name="fld13"]', 'security3.answer': 'input[name="fld14"]' },
      submit: B_CONTINUE,
    },
    c: { expected: C_QUESTIONS, submit: C_NEXT },
  },
  'additional-steps': {
    a: { expected: {}, submit: A_BTN },
    b: { expected: {}, submit: B_LINK },
    c: { expected: {}, submit: nameC('button', 'ctl00$Main$btnProceed') },
  },
  logon: {
    a: {
      expected: { username: 'input[name="j_username"]', password: 'input[name="j_password"]' },
      submit: A_BTN,
      actions: { forgotPassword: 'main a[href="/ecf/forgotPassword.do"]' },
    },
    b: {
      expected: { username: 'input[name="username"]', password: 'input[name="password"]' },
      submit: B_LINK,
      actions: { forgotPassword: 'form a[href="/ecf/forgotPassword.do"]' },
    },
    c: {
      expected: { username: nameC('input', 'ctl00$Main$txtUserId'), password: nameC('input', 'ctl00$Main$txtPassword') },
      submit: nameC('button', 'ctl00$Main$btnSignIn'),
      actions: { forgotPassword: 'form a[href="/ecf/forgotPassword.do"]' },
    },
  },
  'group-authentication': {
    a: {
      // read-only text box (arrived with the e-mail token) or a drop-down: same name either way
      expected: {
        'group.name': '[name="groupName"]',
        'group.pin': 'input[name="pin"]',
        'group.userInformation': 'textarea[name="userInformation"]',
      },
      submit: A_BTN,
    },
    b: {
      // read-only text box with a token, else a <select>; exactly one of the two is present
      expected: {
        'group.name': 'input[name="grpAuthForm.groupNm"], select[name="grpAuthForm.groupId"]',
        'group.pin': 'input[name="grpAuthForm.pin"]',
        'group.userInformation': 'textarea[name="grpAuthForm.userInfo"]',
      },
      submit: 'input[type="submit"][value="Submit"]',
    },
    c: {
      // read-only text (with a token; plus a read-only invitation code) or a drop-down of
      // "Social Services, Department of"-style names; exactly one of the two is present
      expected: {
        'group.name': 'input[name="data[Group][display]"], select[name="data[Group][id]"]',
        'group.pin': nameC('input', 'data[Group][pin]'),
        'group.userInformation': nameC('textarea', 'data[Group][notes]'),
      },
      submit: nameC('button', 'ctl00$Main$btnVerify'),
    },
  },
  'user-agreement': {
    a: {
      expected: { acknowledge: 'input[name="acknowledge"]' },
      personOnly: { acknowledge: 'input[name="acknowledge"]' },
      submit: A_BTN,
    },
    b: {
      expected: { acknowledge: 'input[name="agreeInd"]' },
      personOnly: { acknowledge: 'input[name="agreeInd"]' },
      submit: B_CONTINUE,
    },
    c: {
      expected: { acknowledge: nameC('input', 'ctl00$Main$chkAgree') },
      personOnly: { acknowledge: nameC('input', 'ctl00$Main$chkAgree') },
      submit: nameC('button', 'ctl00$Main$btnAccept'),
    },
  },
  'efiling-menu': {
    a: { expected: {}, submit: null, actions: { myPreferences: 'main a[href="/ecf/secure/preferences.do"]' } },
    b: { expected: {}, submit: null, actions: { myPreferences: 'td a[href="/ecf/secure/preferences.do"]' } },
    // heading only as <img alt="eFiling Main Menu"> and the <title>
    c: { expected: {}, submit: null, actions: { myPreferences: `a[href="${PATHS['my-preferences'].c}"]` } },
  },
  'my-preferences': {
    a: { expected: {}, submit: A_BTN, actions: { removeGroup: 'button[name="action"][value="removeGroup"]' } },
    b: { expected: {}, submit: 'input[type="submit"][value="Save"]', actions: { removeGroup: 'input[type="submit"][value="Remove Group Association"]' } },
    c: { expected: {}, submit: nameC('button', 'ctl00$Main$btnSave'), actions: { removeGroup: nameC('button', 'ctl00$Main$btnLeave') } },
  },
};

export const MANIFEST = Object.fromEntries(
  Object.entries(RAW).map(([id, byVariant]) => [
    id,
    Object.fromEntries(
      Object.entries(byVariant).map(([v, e]) => [
        v,
        {
          path: PATHS[id][v],
          standalone: `/ecf/__replica/screen/${id}?variant=${v}`,
          expected: e.expected,
          personOnly: e.personOnly ?? {},
          submit: e.submit,
          ...(e.actions ? { actions: e.actions } : {}),
          ...(e.combined ? { combined: e.combined } : {}),
        },
      ]),
    ),
  ]),
);

/** Variant c's pages that hold more than one procedure screen (see the header). */
export const COMBINED = {
  'contact-details': {
    variant: 'c',
    path: COMBINED_PAGES['contact-details'].path,
    standalone: `${COMBINED_PAGES['contact-details'].standalone}?variant=c`,
    screens: COMBINED_PAGES['contact-details'].screens,
    expected: { ...C_NAME_EMAIL, ...C_ADDRESSES_PHONE },
    personOnly: {},
    submit: C_NEXT,
  },
  'login-security': {
    variant: 'c',
    path: COMBINED_PAGES['login-security'].path,
    standalone: `${COMBINED_PAGES['login-security'].standalone}?variant=c`,
    screens: COMBINED_PAGES['login-security'].screens,
    expected: { ...C_CREDENTIALS, ...C_QUESTIONS },
    personOnly: {},
    submit: nameC('button', 'ctl00$Main$btnCreate'),
  },
};

/** The contact-details page with one masked phone box instead of three (standalone only). */
export const MASKED_PHONE = {
  ...COMBINED['contact-details'],
  combined: 'contact-details',
  options: { phone: 'masked' },
  standalone: `${COMBINED_PAGES['contact-details'].standalone}?variant=c&phone=masked`,
  expected: { ...COMBINED['contact-details'].expected, phone: nameC('input', 'f_0040') },
  mask: '(___) ___-____',
};

/** Every element a Selector names, in part order (one for a plain selector). */
export const selectorParts = (selector) => (Array.isArray(selector) ? selector : [selector]);

/** Convenience: the entry for one screen and variant. */
export const manifestFor = (screenId, variant) => MANIFEST[screenId]?.[variant];

export default MANIFEST;
