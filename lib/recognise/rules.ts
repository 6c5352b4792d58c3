/**
 * How each field of the procedure is recognised by its label: a table of
 * patterns, as browsers' own autofill heuristics keep them. A label matches a
 * field when it matches `label` and not `not` (so "e-mail again" is never the
 * e-mail, and "password again" never the password).
 *
 * Patterns run on lower-cased label text with punctuation folded to spaces.
 * Mailing vs billing is not told apart here (their labels are the same); the
 * matcher decides that from sections and order.
 */
import type { FieldId } from '../fields';

export interface FieldRule {
  readonly label: RegExp;
  readonly not?: RegExp;
  /** The kinds of control that can hold this field. */
  readonly types: readonly string[];
  /** `autocomplete` tokens that name this field (the most trusted signal). */
  readonly autocomplete?: readonly string[];
  /** Extra patterns for `name`/`id` tokens, which abbreviate ("pwd"); the label pattern applies too. */
  readonly name?: RegExp;
}

const TEXT = ['text', 'email', 'tel', 'number', 'search', 'url', 'textarea'];
const SECRET = ['password', 'text'];
const PICK = ['select', ...TEXT];
const TICK = ['checkbox'];

const AGAIN = /again|confirm|re ?enter|re ?type|verify|repeat/;

const ADDRESS = {
  line1: {
    label: /street|address( line)? ?1\b|^(mailing |billing )?address$|addr(ess)? 1/,
    not: /line 2|(address|addr|street) 2|e ?mail|city|zip|same as/,
    types: TEXT,
    autocomplete: ['address-line1', 'street-address'],
  },
  line2: {
    label: /(address )?line 2|(address|addr|street) 2|apt|suite|unit/,
    types: TEXT,
    autocomplete: ['address-line2'],
  },
  city: { label: /\bcity\b|\btown\b/, types: TEXT, autocomplete: ['address-level2'] },
  state: { label: /\bstate\b/, not: /statement|united states/, types: PICK, autocomplete: ['address-level1'] },
  zip: { label: /\bzip\b|postal/, types: TEXT, autocomplete: ['postal-code'] },
} as const satisfies Record<string, FieldRule>;

const QUESTION = { label: /question/, not: /answer/, types: PICK };
// Old pages label each answer box with its question: "1. What is your mother's maiden name?"
const ANSWER = { label: /answer|^(\d+ )?(what|where|who|which|when|in what)\b/, types: SECRET.concat(TEXT) };

export const FIELD_RULES: Readonly<Record<FieldId, FieldRule>> = {
  noMobarNumber: { label: /(do not|don t|dont) have a(n)? mobar|no mobar/, types: TICK },
  username: {
    label: /user ?(name|id)|log ?(on|in) (name|id)/,
    not: /first|last|full name/,
    types: TEXT,
    autocomplete: ['username'],
  },
  password: {
    label: /pass ?word|passcode/,
    not: new RegExp(`${AGAIN.source}|forgot|phrase`),
    types: ['password'],
    autocomplete: ['new-password', 'current-password'],
    name: /\bpwd\b|\bpass\b/,
  },
  passwordConfirm: {
    label: /pass ?word/,
    not: /forgot/,
    types: ['password'],
    autocomplete: ['new-password'],
    name: /\bpwd ?2\b|\bpass\b/,
  },
  captcha: {
    label:
      /phrase|captcha|characters (shown|you see|in the)|text (in|from) the (picture|image)|security (code|text)|verification/,
    not: /pass ?word/,
    types: TEXT,
  },
  firstName: { label: /first ?name|given name/, types: TEXT, autocomplete: ['given-name'] },
  lastName: { label: /last ?name|surname|family name/, types: TEXT, autocomplete: ['family-name'] },
  email: { label: /e ?mail/, not: new RegExp(`${AGAIN.source}|additional`), types: TEXT, autocomplete: ['email'] },
  emailConfirm: { label: /e ?mail/, not: /additional/, types: TEXT },
  'mailing.line1': ADDRESS.line1,
  'mailing.line2': ADDRESS.line2,
  'mailing.city': ADDRESS.city,
  'mailing.state': ADDRESS.state,
  'mailing.zip': ADDRESS.zip,
  billingSameAsMailing: { label: /same as (the |my )?mailing|billing.*same|same.*billing/, types: TICK },
  'billing.line1': ADDRESS.line1,
  'billing.line2': ADDRESS.line2,
  'billing.city': ADDRESS.city,
  'billing.state': ADDRESS.state,
  'billing.zip': ADDRESS.zip,
  phone: { label: /phone|telephone|\btel\b/, types: TEXT, autocomplete: ['tel', 'tel-national'] },
  'security1.question': QUESTION,
  'security1.answer': ANSWER,
  'security2.question': QUESTION,
  'security2.answer': ANSWER,
  'security3.question': QUESTION,
  'security3.answer': ANSWER,
  'group.name': { label: /group( name)?\b/, not: /\bpin\b|user info/, types: PICK },
  'group.pin': { label: /\bpin\b/, types: ['password', 'text', 'number'] },
  'group.userInformation': { label: /user info|information|position|department|supervisor/, types: TEXT },
  acknowledge: { label: /acknowledge|i agree|i accept/, types: TICK },
};

/** Lower case, punctuation to spaces: "E-mail Address:*" → "e mail address". */
export function foldLabel(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Does one label text name this field? */
export function labelMatches(rule: FieldRule, label: string): boolean {
  const folded = foldLabel(label);
  return rule.label.test(folded) && !rule.not?.test(folded);
}
