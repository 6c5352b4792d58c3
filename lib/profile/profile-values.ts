/**
 * What the active profile says for each field of a screen: the bridge
 * between the profile's shape and the procedure table's field ids.
 * Fields only the person may fill (captcha, "I acknowledge") never get a value.
 */
import { FIELDS, type FieldId } from '../procedure/fields';
import { getScreen, type ScreenId } from '../procedure/procedure';
import { composeUserInformation, type Address, type ProfileData, type Secrets } from './profile';

export type FieldValue = string | boolean;
export type ScreenValues = Partial<Record<FieldId, FieldValue>>;

function address(prefix: 'mailing' | 'billing', a: Address): ScreenValues {
  return {
    [`${prefix}.line1`]: a.line1,
    [`${prefix}.line2`]: a.line2,
    [`${prefix}.city`]: a.city,
    [`${prefix}.state`]: a.state,
    [`${prefix}.zip`]: a.zip,
  };
}

export function allValues(p: ProfileData, secrets: Secrets): ScreenValues {
  const q = (n: number) => p.securityQuestions[n]?.question ?? '';
  const a = (n: number) => secrets.answers?.[n] ?? '';
  return {
    noMobarNumber: p.noMobarNumber,
    username: p.username,
    password: secrets.password ?? '',
    passwordConfirm: secrets.password ?? '',
    firstName: p.firstName,
    lastName: p.lastName,
    email: p.email,
    emailConfirm: p.email,
    ...address('mailing', p.mailingAddress),
    billingSameAsMailing: p.billingAddress === null,
    // A page without a "same as mailing" box still wants a billing address.
    ...address('billing', p.billingAddress ?? p.mailingAddress),
    phone: p.phone,
    'security1.question': q(0),
    'security1.answer': a(0),
    'security2.question': q(1),
    'security2.answer': a(1),
    'security3.question': q(2),
    'security3.answer': a(2),
    'group.name': p.group.name,
    'group.pin': secrets.pin ?? '',
    'group.userInformation': composeUserInformation(p.group),
  };
}

/** The values for one screen's fields; empty text means "not in the profile". */
export function valuesForScreen(p: ProfileData, secrets: Secrets, screen: ScreenId): ScreenValues {
  const all = allValues(p, secrets);
  const out: ScreenValues = {};
  for (const id of getScreen(screen).fields) {
    const field = FIELDS[id];
    if ('personOnly' in field) continue;
    const value = all[id];
    if (value !== undefined) out[id] = value;
  }
  return out;
}
