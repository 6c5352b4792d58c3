// What tests may know about each replica screen: where it is served, and which element is which of
// our product's fields. Selectors use `name` and other stable attributes, never ids (ids are
// generated per render). This file is test knowledge only: the extension must find the fields by
// itself, from labels, legends and layout.
//
// Shape: MANIFEST[screenId][variant] = {
//   path,            // where the screen is served in the flow (variant b shares /ecf/register.do)
//   standalone,      // /__replica/screen/<id>?variant=<v>, renders the screen with no state
//   expected,        // { productFieldId: selector } for EVERY product field on the screen,
//                    //   including the person-only ones (captcha, acknowledge)
//   personOnly,      // { captcha?: selector, acknowledge?: selector }: the extension must never fill
//   submit,          // selector of what the person presses to go on (null on the eFiling menu)
//   actions?,        // other notable controls (e.g. removeGroup on My Preferences)
// }
// Each selector matches exactly one element in the rendered screen (check-manifest.mjs checks it;
// group-authentication is checked both with and without an invitation token).

import { PATHS } from './screens.mjs';

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

const RAW = {
  'registration-start': {
    a: { expected: {}, submit: 'a[href="/ecf/registration/accountType.do"]' },
    b: { expected: {}, submit: 'a[href="/ecf/register.do?method=start"]' },
  },
  'account-type': {
    a: { expected: { noMobarNumber: 'input[name="noMobar"]' }, submit: A_BTN },
    b: { expected: { noMobarNumber: 'input[name="userForm.noBarNumber"]' }, submit: B_CONTINUE },
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
  },
  'additional-steps': {
    a: { expected: {}, submit: A_BTN },
    b: { expected: {}, submit: B_LINK },
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
  },
  'efiling-menu': {
    a: { expected: {}, submit: null, actions: { myPreferences: 'main a[href="/ecf/secure/preferences.do"]' } },
    b: { expected: {}, submit: null, actions: { myPreferences: 'td a[href="/ecf/secure/preferences.do"]' } },
  },
  'my-preferences': {
    a: { expected: {}, submit: A_BTN, actions: { removeGroup: 'button[name="action"][value="removeGroup"]' } },
    b: { expected: {}, submit: 'input[type="submit"][value="Save"]', actions: { removeGroup: 'input[type="submit"][value="Remove Group Association"]' } },
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
          standalone: `/__replica/screen/${id}?variant=${v}`,
          expected: e.expected,
          personOnly: e.personOnly ?? {},
          submit: e.submit,
          ...(e.actions ? { actions: e.actions } : {}),
        },
      ]),
    ),
  ]),
);

/** Convenience: the entry for one screen and variant. */
export const manifestFor = (screenId, variant) => MANIFEST[screenId]?.[variant];

export default MANIFEST;
