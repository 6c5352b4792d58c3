/**
 * Every field the procedure's screens ask for, in the person's words.
 *
 * The procedure table (procedure.ts) names these ids for each screen; the
 * profile, the matcher and the filler read this table rather than keeping
 * their own lists. A field with `personOnly` is one the extension must never
 * fill: the reason is shown to the person as written here.
 */
export type FieldControl = 'text' | 'password' | 'select' | 'checkbox' | 'textarea';

export interface FieldDef {
  /** What the person would call it. */
  readonly label: string;
  readonly control: FieldControl;
  /** Kept only encrypted, and only when the person sets a passphrase. */
  readonly secret?: true;
  /** The extension never fills this field; the text says why. */
  readonly personOnly?: string;
}

function address(kind: 'Mailing' | 'Billing') {
  return {
    line1: { label: `${kind} address, street`, control: 'text' },
    line2: { label: `${kind} address, second line`, control: 'text' },
    city: { label: `${kind} address, city`, control: 'text' },
    state: { label: `${kind} address, state`, control: 'select' },
    zip: { label: `${kind} address, ZIP code`, control: 'text' },
  } as const satisfies Record<string, FieldDef>;
}

function prefixed<P extends string, T extends Record<string, FieldDef>>(prefix: P, defs: T) {
  return Object.fromEntries(Object.entries(defs).map(([k, v]) => [`${prefix}.${k}`, v])) as {
    [K in keyof T & string as `${P}.${K}`]: T[K];
  };
}

function securityQuestion<N extends 1 | 2 | 3>(n: N) {
  return prefixed(`security${n}`, {
    question: { label: `Security question ${n}`, control: 'select' },
    answer: { label: `Answer to security question ${n}`, control: 'text', secret: true },
  } as const satisfies Record<string, FieldDef>);
}

export const FIELDS = {
  noMobarNumber: { label: '"I do not have a MOBAR number"', control: 'checkbox' },
  username: { label: 'User name', control: 'text' },
  password: { label: 'Password', control: 'password', secret: true },
  passwordConfirm: { label: 'Password again', control: 'password', secret: true },
  captcha: {
    label: 'Phrase in the picture',
    control: 'text',
    personOnly: 'The site checks that a person is there: type the phrase in the picture yourself.',
  },
  firstName: { label: 'First name', control: 'text' },
  lastName: { label: 'Last name', control: 'text' },
  email: { label: 'E-mail address', control: 'text' },
  emailConfirm: { label: 'E-mail address again', control: 'text' },
  ...prefixed('mailing', address('Mailing')),
  billingSameAsMailing: { label: 'Billing address same as mailing', control: 'checkbox' },
  ...prefixed('billing', address('Billing')),
  phone: { label: 'Phone number', control: 'text' },
  ...securityQuestion(1),
  ...securityQuestion(2),
  ...securityQuestion(3),
  'group.name': { label: 'Group name', control: 'select' },
  'group.pin': { label: 'Group PIN', control: 'password', secret: true },
  'group.userInformation': { label: 'User information', control: 'textarea' },
  acknowledge: {
    label: '"I acknowledge"',
    control: 'checkbox',
    personOnly: 'Only you can agree to the user agreement: read it, then tick "I acknowledge" yourself.',
  },
} as const satisfies Record<string, FieldDef>;

export type FieldId = keyof typeof FIELDS;

export function isFieldId(id: string): id is FieldId {
  return Object.hasOwn(FIELDS, id);
}
