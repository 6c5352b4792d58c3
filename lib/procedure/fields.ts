/**
 * Every field the procedure's screens ask for, in the person's words.
 *
 * The procedure table (procedure.ts) names these ids for each screen; the
 * profile, the matcher and the filler read this table rather than keeping
 * their own lists. A field with `personOnly` is one the extension must never
 * fill: the reason is shown to the person as written here.
 * Labels and reasons are message keys (public/_locales/en/messages.json), looked up with t().
 */
import type { MessageKey } from '../i18n';

export type FieldControl = 'text' | 'password' | 'select' | 'checkbox' | 'textarea';

export interface FieldDef {
  /** What the person would call it (a message key). */
  readonly label: MessageKey;
  readonly control: FieldControl;
  /** Kept only encrypted, and only when the person sets a passphrase. */
  readonly secret?: true;
  /** The extension never fills this field; the text says why (a message key). */
  readonly personOnly?: MessageKey;
}

function address<K extends 'mailing' | 'billing'>(kind: K) {
  return {
    line1: { label: `field_${kind}_line1`, control: 'text' },
    line2: { label: `field_${kind}_line2`, control: 'text' },
    city: { label: `field_${kind}_city`, control: 'text' },
    state: { label: `field_${kind}_state`, control: 'select' },
    zip: { label: `field_${kind}_zip`, control: 'text' },
  } as const satisfies Record<string, FieldDef>;
}

function prefixed<P extends string, T extends Record<string, FieldDef>>(prefix: P, defs: T) {
  return Object.fromEntries(Object.entries(defs).map(([k, v]) => [`${prefix}.${k}`, v])) as {
    [K in keyof T & string as `${P}.${K}`]: T[K];
  };
}

function securityQuestion<N extends 1 | 2 | 3>(n: N) {
  return prefixed(`security${n}`, {
    question: { label: `field_security${n}_question`, control: 'select' },
    answer: { label: `field_security${n}_answer`, control: 'text', secret: true },
  } as const satisfies Record<string, FieldDef>);
}

export const FIELDS = {
  noMobarNumber: { label: 'field_noMobarNumber', control: 'checkbox' },
  username: { label: 'field_username', control: 'text' },
  password: { label: 'field_password', control: 'password', secret: true },
  passwordConfirm: { label: 'field_passwordConfirm', control: 'password', secret: true },
  captcha: {
    label: 'field_captcha',
    control: 'text',
    personOnly: 'field_captcha_person_only',
  },
  firstName: { label: 'field_firstName', control: 'text' },
  lastName: { label: 'field_lastName', control: 'text' },
  email: { label: 'field_email', control: 'text' },
  emailConfirm: { label: 'field_emailConfirm', control: 'text' },
  ...prefixed('mailing', address('mailing')),
  billingSameAsMailing: { label: 'field_billingSameAsMailing', control: 'checkbox' },
  ...prefixed('billing', address('billing')),
  phone: { label: 'field_phone', control: 'text' },
  ...securityQuestion(1),
  ...securityQuestion(2),
  ...securityQuestion(3),
  'group.name': { label: 'field_group_name', control: 'select' },
  'group.pin': { label: 'field_group_pin', control: 'password', secret: true },
  'group.userInformation': { label: 'field_group_userInformation', control: 'textarea' },
  acknowledge: {
    label: 'field_acknowledge',
    control: 'checkbox',
    personOnly: 'field_acknowledge_person_only',
  },
} as const satisfies Record<string, FieldDef>;

export type FieldId = keyof typeof FIELDS;

/** A secret (password, security answer, group PIN): encrypted at rest, typed only into a box of its kind. */
export function isSecret(field: FieldId): boolean {
  return 'secret' in FIELDS[field];
}
