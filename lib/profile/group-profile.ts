/**
 * The group profile: what a group administrator prepares once and shares with
 * every user of the group (file kind "group", share codes, rosters). It holds
 * the agency's part of a profile; `GroupPersonSchema` is the personal part a
 * roster adds for each user. Members reuse the person profile's schemas, so a
 * value that passes here passes there too (profile.ts stays the one source of
 * each field's rules).
 */
import { z } from 'zod';
import { FIELDS } from '../procedure/fields';
import { t, type MessageKey } from '../i18n';
import { GroupSchema, ProfileInputSchema, describePath, emailText, unknownItems } from './profile';
import { MAX_RULES, TaughtRuleSchema } from '../recognise/taught-rules';

/** Messages as functions: zod builds each one when it finds the problem, in the browser's language. */
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: () => t('issue_max_chars', max) });

export const MAX_NOTE = 500;

export const GroupProfileSchema = z.strictObject({
  /** As the court's "Group Name" shows it. */
  groupName: text(200)
    .min(1, { error: () => t('issue_group_name_missing') })
    .prefault(''),
  /** A secret: only ever shared encrypted (see share-code.ts). */
  pin: GroupSchema.shape.pin,
  mailingAddress: ProfileInputSchema.shape.mailingAddress,
  /** null: the billing address is the same as the mailing address. */
  billingAddress: ProfileInputSchema.shape.billingAddress,
  phone: ProfileInputSchema.shape.phone,
  /** Defaults for every user; a roster line may give a user their own. */
  department: GroupSchema.shape.department,
  supervisor: GroupSchema.shape.supervisor,
  /** Usually empty: each user's position is their own. */
  position: GroupSchema.shape.position,
  /** A short note from the administrator to the users; shown on import, never typed into the court's site. */
  note: text(MAX_NOTE).default(''),
  /** Since file version 3: the administrator's own address, for users' questions (the invitation e-mail, the help box). */
  adminEmail: emailText(),
  rules: z
    .array(TaughtRuleSchema)
    .max(MAX_RULES, { error: () => t('issue_max_rules', MAX_RULES) })
    .default([]),
});
export type GroupProfile = z.infer<typeof GroupProfileSchema>;
/** A group profile as written by hand or by another tool: every member but the group name may be left out. */
export type GroupProfileInput = z.input<typeof GroupProfileSchema>;

/** The personal part a roster adds to the group profile for one user. */
export const GroupPersonSchema = z.strictObject({
  firstName: ProfileInputSchema.shape.firstName,
  lastName: ProfileInputSchema.shape.lastName,
  email: ProfileInputSchema.shape.email,
  position: GroupSchema.shape.position,
  department: GroupSchema.shape.department,
  supervisor: GroupSchema.shape.supervisor,
});
export type GroupPerson = z.infer<typeof GroupPersonSchema>;

/** Each member's name in plain words (message keys). */
const GROUP_LABELS: Record<string, MessageKey> = {
  groupName: FIELDS['group.name'].label,
  pin: FIELDS['group.pin'].label,
  phone: FIELDS.phone.label,
  department: 'label_department',
  supervisor: 'label_supervisor',
  position: 'label_position',
  note: 'label_note_to_users',
  adminEmail: 'label_admin_email',
  rules: 'label_taught_fields',
};
const PERSON_LABELS: Record<string, MessageKey> = {
  firstName: FIELDS.firstName.label,
  lastName: FIELDS.lastName.label,
  email: FIELDS.email.label,
  position: 'label_position',
  department: 'label_department',
  supervisor: 'label_supervisor',
};

/** "Taught field 3 (screen)": where a problem is in a list of taught rules. */
export function describeRulePath(path: readonly PropertyKey[]): string {
  const [index, member] = path.map(String);
  if (index === undefined || !/^\d+$/.test(index)) return t('label_taught_fields');
  const n = Number(index) + 1;
  return member ? t('label_taught_field_n_member', n, member) : t('label_taught_field_n', n);
}

/** Plain words for a place in a group profile, relative to the group object. */
export function describeGroupPath(path: readonly PropertyKey[]): string {
  const [head, ...rest] = path.map(String);
  if (head === undefined) return t('label_group_profile');
  if (head === 'mailingAddress' || head === 'billingAddress') return describePath(path);
  if (head === 'rules' && rest.length) return describeRulePath(rest);
  const key = Object.hasOwn(GROUP_LABELS, head) ? GROUP_LABELS[head] : undefined;
  return key ? t(key) : path.map(String).join('.');
}

/** Plain words for a place in the personal part, relative to the person object. */
export function describePersonPath(path: readonly PropertyKey[]): string {
  const [head] = path.map(String);
  if (head === undefined) return t('label_personal_details');
  const key = Object.hasOwn(PERSON_LABELS, head) ? PERSON_LABELS[head] : undefined;
  return t('label_personal_detail', key ? t(key) : head);
}

/**
 * One plain sentence per problem, in the same forms as profile.ts's
 * describeIssues, with the caller's words for each place.
 */
export function describeIssuesWith(error: z.ZodError, label: (path: readonly PropertyKey[]) => string): string[] {
  return error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return unknownItems(issue.keys, issue.path.length ? label(issue.path) : null, nameKeys);
    }
    if (issue.code === 'invalid_type') return t('issue_wrong_type', label(issue.path), issue.expected);
    if (issue.code === 'invalid_value') return t('issue_unknown_value', label(issue.path));
    // zod's own wording ("Too big: expected string to have <=200 characters") said plainly.
    if ((issue.code === 'too_big' || issue.code === 'too_small') && /^Too (big|small)/.test(issue.message)) {
      const n = Number(issue.code === 'too_big' ? issue.maximum : issue.minimum);
      if (issue.code === 'too_small' && n === 1) return t('issue_empty', label(issue.path));
      const items = issue.origin === 'array';
      const problem =
        issue.code === 'too_big'
          ? t(items ? 'issue_max_items' : 'issue_max_chars', n)
          : t(items ? 'issue_min_items' : 'issue_min_chars', n);
      return t('issue_sentence', label(issue.path), problem);
    }
    return t('issue_sentence', label(issue.path), issue.message);
  });
}

/** Unknown names as a file gave them, but never a wall of text: a few, each cut short. */
function nameKeys(keys: readonly string[]): string {
  const MAX_KEYS = 5;
  const MAX_KEY = 40;
  const shown = keys.slice(0, MAX_KEYS).map((k) => (k.length > MAX_KEY ? `${k.slice(0, MAX_KEY)}…` : k));
  return keys.length > MAX_KEYS ? t('issue_keys_and_more', shown.join(', '), keys.length - MAX_KEYS) : shown.join(', ');
}

/** Validate a group profile typed in a form: the parsed value, or plain messages naming each field. */
export function parseGroupProfile(input: unknown): { ok: true; value: GroupProfile } | { ok: false; errors: string[] } {
  const parsed = GroupProfileSchema.safeParse(input);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, errors: describeIssuesWith(parsed.error, describeGroupPath) };
}

/** The group profile has a PIN worth protecting (an empty one means "none"). */
export function groupHasPin(group: Pick<GroupProfile, 'pin'>): boolean {
  return Boolean(group.pin);
}
