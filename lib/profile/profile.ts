/**
 * The person's saved details: the zod schema is the single source of the type.
 *
 * Secrets (the account password, the security answers, the group PIN) are
 * not part of a stored profile: they live apart, encrypted, and only when the
 * person has set a passphrase (see secret-box.ts and profile-store.ts).
 * Messages name the field in the person's words (fields.ts labels).
 */
import { z } from 'zod';
import { FIELDS, type FieldId } from '../procedure/fields';
import { t, type MessageKey } from '../i18n';

/**
 * Messages are given as functions, so zod builds each one when it finds the
 * problem (in the browser's language), not when this module loads.
 */
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: () => t('issue_max_chars', max) });

export const ZIP = /^\d{5}(-\d{4})?$/;
const PHONE_DIGITS = /^\+?1?\D*(\d\D*){10}$/;

/** An e-mail address, or '' for none. */
export const emailText = () =>
  text(120)
    .default('')
    .refine((e) => e === '' || z.email().safeParse(e).success, { error: () => t('issue_email') });

export const AddressSchema = z.strictObject({
  line1: text(100).default(''),
  line2: text(100).default(''),
  city: text(60).default(''),
  state: text(30).default('MO'),
  zip: text(10)
    .default('')
    .refine((z) => z === '' || ZIP.test(z), { error: () => t('issue_zip') }),
});
export type Address = z.infer<typeof AddressSchema>;

export const SecurityQuestionSchema = z.strictObject({
  question: text(200).default(''),
  /** A secret: present only in files and forms, never stored in plain text. */
  answer: text(200).optional(),
});

export const GroupSchema = z.strictObject({
  name: text(200).default(''),
  /** A secret: present only in files and forms, never stored in plain text. */
  pin: text(50).optional(),
  position: text(100).default(''),
  department: text(100).default(''),
  supervisor: text(100).default(''),
  notes: text(500).default(''),
  /** Since file version 3: who the person writes to for help (the unrecognised-page box's e-mail). Never typed into the court's site. */
  adminEmail: emailText(),
});

/** A profile as it is written in a file or typed in a form, secrets included. */
export const ProfileInputSchema = z.strictObject({
  label: text(80).min(1, { error: () => t('issue_profile_name_empty') }),
  username: text(60).default(''),
  firstName: text(50).default(''),
  lastName: text(50).default(''),
  email: emailText(),
  phone: text(30)
    .default('')
    .refine((p) => p === '' || PHONE_DIGITS.test(p), { error: () => t('issue_phone') }),
  noMobarNumber: z.boolean().default(true),
  mailingAddress: AddressSchema.default(AddressSchema.parse({})),
  /** null: the billing address is the same as the mailing address. */
  billingAddress: AddressSchema.nullable().default(null),
  securityQuestions: z
    .array(SecurityQuestionSchema)
    .max(3, { error: () => t('issue_three_questions') })
    .default([]),
  group: GroupSchema.default(GroupSchema.parse({})),
});
export type ProfileInput = z.infer<typeof ProfileInputSchema>;

export interface Secrets {
  password?: string;
  answers?: (string | undefined)[];
  pin?: string;
}

/** A profile without its secrets: what may be stored in plain form. */
export type ProfileData = Omit<ProfileInput, 'securityQuestions' | 'group'> & {
  securityQuestions: { question: string }[];
  group: Omit<ProfileInput['group'], 'pin'>;
};

/** Split a typed or imported profile into what may be stored and the secrets. */
export function splitSecrets(input: ProfileInput): { data: ProfileData; secrets: Secrets } {
  const { pin, ...group } = input.group;
  const data: ProfileData = {
    ...input,
    securityQuestions: input.securityQuestions.map(({ question }) => ({ question })),
    group,
  };
  const answers = input.securityQuestions.map((q) => q.answer);
  // An empty secret is kept as '' (it means "remove the saved one"); an absent one stays absent ("keep it").
  const secrets: Secrets = {};
  if (pin !== undefined) secrets.pin = pin;
  if (answers.some((a) => a !== undefined)) secrets.answers = answers;
  return { data, secrets };
}

export function hasSecrets(s: Secrets): boolean {
  return Boolean(s.password || s.pin || s.answers?.some(Boolean));
}

/** The site has one "User Information" box: position, department, supervisor and notes go there together. */
export function composeUserInformation(g: ProfileData['group']): string {
  return [
    g.position && `Position: ${g.position}`,
    g.department && `Department: ${g.department}`,
    g.supervisor && `Supervisor: ${g.supervisor}`,
    g.notes,
  ]
    .filter(Boolean)
    .join('; ');
}

/** Plain words for where a problem is: the field's own label where there is one (message keys). */
const PATH_LABELS: Record<string, MessageKey> = {
  label: 'label_profile_name',
  username: FIELDS.username.label,
  firstName: FIELDS.firstName.label,
  lastName: FIELDS.lastName.label,
  email: FIELDS.email.label,
  phone: FIELDS.phone.label,
  noMobarNumber: FIELDS.noMobarNumber.label,
  mailingAddress: 'label_mailing_address',
  billingAddress: 'label_billing_address',
  securityQuestions: 'label_security_questions',
  group: 'label_group',
  'group.name': FIELDS['group.name'].label,
  'group.pin': FIELDS['group.pin'].label,
  'group.position': 'label_position',
  'group.department': 'label_department',
  'group.supervisor': 'label_supervisor',
  'group.notes': 'label_notes_for_admin',
  'group.adminEmail': 'label_admin_email',
};
const ADDRESS_FIELD: Record<string, FieldId> = {
  mailingAddress: 'mailing.line1',
  billingAddress: 'billing.line1',
};

export function describePath(path: readonly PropertyKey[]): string {
  const p = path.map(String);
  const [head, second, third] = p;
  if ((head === 'mailingAddress' || head === 'billingAddress') && second) {
    const base = ADDRESS_FIELD[head]!.split('.')[0];
    const id = `${base}.${second}` as FieldId;
    return t(id in FIELDS ? FIELDS[id].label : PATH_LABELS[head]!);
  }
  if (head === 'securityQuestions' && second !== undefined && /^\d+$/.test(second)) {
    const n = Number(second) + 1;
    return t(third === 'answer' ? 'label_security_answer_n' : 'label_security_question_n', n);
  }
  const key = PATH_LABELS[p.join('.')] ?? PATH_LABELS[head ?? ''];
  return key ? t(key) : p.join('.');
}

/** "Unknown item(s) [in <where>]: a, b. Remove …", naming the keys as `names` writes them (as given, by default). */
export function unknownItems(
  keys: readonly string[],
  where: string | null,
  names: (keys: readonly string[]) => string = (k) => k.join(', '),
): string {
  const many = keys.length > 1;
  if (where === null) return t(many ? 'issue_unknown_items' : 'issue_unknown_item', names(keys));
  return t(many ? 'issue_unknown_items_in' : 'issue_unknown_item_in', where, names(keys));
}

/** One plain sentence per problem, naming the field: "E-mail address is not an e-mail address …". */
export function describeIssues(error: z.ZodError, offset: readonly PropertyKey[] = []): string[] {
  return error.issues.map((issue) => {
    const inside = offset.every((k, i) => issue.path[i] === k);
    const path = inside ? issue.path.slice(offset.length) : issue.path;
    if (issue.code === 'unrecognized_keys') return unknownItems(issue.keys, path.length ? describePath(path) : null);
    if (issue.code === 'invalid_type') return t('issue_wrong_type', describePath(path), issue.expected);
    return t('issue_sentence', describePath(path), issue.message);
  });
}

/** Warnings that do not stop saving: the site's rules are not known for sure (site-notes.md). */
export function profileWarnings(p: ProfileInput): string[] {
  const out: string[] = [];
  if (p.username && !/^\w{10,20}$/.test(p.username)) {
    out.push(t('warning_username'));
  }
  if (p.securityQuestions.length && p.securityQuestions.length < 3) {
    out.push(t('warning_three_questions'));
  }
  return out;
}
