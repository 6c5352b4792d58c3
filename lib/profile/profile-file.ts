/**
 * The profile file: a public format (see README). Parsing is strict and every
 * refusal is a sentence a clerk can act on. Secrets may be in a file (answers,
 * PIN); what happens to them is the importer's business, not the parser's.
 *
 * Version 2 adds `kind`: "person" (one person's profile, as version 1) or
 * "group" (a group profile an administrator shares, with an optional personal
 * part for one user). Version 1 files are still read: they become kind
 * "person".
 *
 * Version 3 adds the group administrator's e-mail address (`adminEmail` in a
 * group profile, `group.adminEmail` in a person's). Version 2 files are read
 * without it. Files are always written as version 3.
 */
import { z } from 'zod';
import {
  GroupPersonSchema,
  GroupProfileSchema,
  describeGroupPath,
  describeIssuesWith,
  describePersonPath,
  describeRulePath,
  type GroupPerson,
  type GroupProfile,
} from './group-profile';
import { t, type MessageKey } from '../i18n';
import { hiddenCharacters, stringsIn } from '../sharing/imported-text';
import { GroupSchema, ProfileInputSchema, describePath, type ProfileInput } from './profile';
import { MAX_RULES, TaughtRuleSchema, type TaughtRule } from '../recognise/taught-rules';

export const PROFILE_FORMAT = 'mo-efiling-profile';
/** The version this extension writes; it reads this one and every older one. */
export const PROFILE_FILE_VERSION = 3;
/** Far more than any real profile needs; refuse before parsing anything bigger. */
export const MAX_FILE_BYTES = 256 * 1024;
const MAX_DEPTH = 8;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const RulesSchema = z.array(TaughtRuleSchema).max(MAX_RULES, { error: () => t('issue_max_rules', MAX_RULES) });

/** A person's profile before version 3: no administrator's e-mail. */
const ProfileInputV2Schema = ProfileInputSchema.extend({ group: GroupSchema.omit({ adminEmail: true }).prefault({}) });

/** Version 1: one person's profile (read only, migrated to version 2 kind "person", then to 3). */
export const ProfileFileV1Schema = z.strictObject({
  format: z.literal(PROFILE_FORMAT),
  version: z.literal(1),
  profile: ProfileInputV2Schema,
  rules: RulesSchema.optional(),
});
export type ProfileFileV1 = z.infer<typeof ProfileFileV1Schema>;

/** Version 3: the current shape, with the administrator's e-mail. */
export const PersonFileSchema = z.strictObject({
  format: z.literal(PROFILE_FORMAT),
  version: z.literal(3),
  kind: z.literal('person'),
  profile: ProfileInputSchema,
  rules: RulesSchema.optional(),
});
export type PersonFile = z.infer<typeof PersonFileSchema>;

export const GroupFileSchema = z.strictObject({
  format: z.literal(PROFILE_FORMAT),
  version: z.literal(3),
  kind: z.literal('group'),
  group: GroupProfileSchema,
  /** The personal part for one user (a roster's line); absent in a file for the whole group. */
  person: GroupPersonSchema.optional(),
});
/**
 * `profile` and top-level `rules` never exist in a group file (its rules are in
 * `group.rules`); saying so lets code read `file.profile` on either kind.
 */
export type GroupFile = z.infer<typeof GroupFileSchema> & { profile?: never; rules?: never };

/** Version 2: as version 3 without `adminEmail` (read only, migrated to version 3). */
export const PersonFileV2Schema = PersonFileSchema.extend({
  version: z.literal(2),
  profile: ProfileInputV2Schema,
});
export const GroupFileV2Schema = GroupFileSchema.extend({
  version: z.literal(2),
  group: GroupProfileSchema.omit({ adminEmail: true }),
});
type PersonFileV2 = z.infer<typeof PersonFileV2Schema>;
type GroupFileV2 = z.infer<typeof GroupFileV2Schema>;

export const ProfileFileSchema = z.discriminatedUnion('kind', [PersonFileSchema, GroupFileSchema]);
/** What parseProfileFile gives: always the current version's shape. Check `kind` before using it. */
export type ProfileFile = PersonFile | GroupFile;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** Reject prototype-polluting keys and absurd nesting before any schema sees the value. */
export function checkShape(value: unknown, depth = 0): string | null {
  if (depth > MAX_DEPTH) return t('issue_too_deep');
  if (Array.isArray(value)) {
    for (const item of value) {
      const problem = checkShape(item, depth + 1);
      if (problem) return problem;
    }
  } else if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return t('issue_forbidden_key', key);
      const problem = checkShape((value as Record<string, unknown>)[key], depth + 1);
      if (problem) return problem;
    }
  }
  return null;
}

/** JSON text of a profile file → a plain value, with the size and shape checks every import needs. */
export function parseJsonSafely(text: string): ParseResult<unknown> {
  if (new Blob([text]).size > MAX_FILE_BYTES) {
    return { ok: false, errors: [t('file_too_large', MAX_FILE_BYTES / 1024)] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, errors: [t('file_not_json')] };
  }
  const problem = checkShape(raw);
  return problem ? { ok: false, errors: [problem] } : { ok: true, value: raw };
}

const TOP_LABELS: Record<string, MessageKey> = {
  format: 'file_label_format',
  version: 'file_label_version',
  kind: 'file_label_kind',
  profile: 'file_label_profile',
  group: 'label_group_profile',
  person: 'label_personal_details',
  rules: 'label_taught_fields',
};

/** Plain words for any place in a profile file of either kind. */
export function describeFilePath(path: readonly PropertyKey[]): string {
  const [head, ...rest] = path;
  if (head === 'profile' && rest.length) return describePath(rest);
  if (head === 'group' && rest.length) return describeGroupPath(rest);
  if (head === 'person' && rest.length) return describePersonPath(rest);
  if (head === 'rules' && rest.length) return describeRulePath(rest);
  const key = Object.hasOwn(TOP_LABELS, String(head)) ? TOP_LABELS[String(head)] : undefined;
  return key ? t(key) : path.map(String).join('.');
}

/** Is there a member at this path of the file (own members only)? */
function present(raw: unknown, path: readonly PropertyKey[]): boolean {
  let at = raw;
  for (const key of path) {
    if (!at || typeof at !== 'object' || !Object.hasOwn(at, key)) return false;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at !== undefined;
}

/**
 * One sentence per problem. A required member left out is "missing" rather
 * than of "the wrong kind"; unknown items directly in the person's profile are
 * named as before ("Unknown item: x").
 */
function describeFileIssues(error: z.ZodError, raw: unknown): string[] {
  return error.issues.map((issue) => {
    if (issue.code === 'invalid_type' && !present(raw, issue.path))
      return t('issue_missing', describeFilePath(issue.path));
    const moved =
      issue.code === 'unrecognized_keys' && issue.path.length === 1 && issue.path[0] === 'profile'
        ? { ...issue, path: [] }
        : issue;
    return describeIssuesWith(new z.ZodError([moved]), describeFilePath)[0]!;
  });
}

/** A version 1 file, as version 2. */
export function migrateV1(file: ProfileFileV1): PersonFileV2 {
  const { profile, rules } = file;
  return { format: PROFILE_FORMAT, version: 2, kind: 'person', profile, ...(rules ? { rules } : {}) };
}

/** A version 2 file, as version 3: nobody has said who the administrator is yet. */
export function migrateV2(file: PersonFileV2 | GroupFileV2): ProfileFile {
  if (file.kind === 'person') {
    const { profile } = file;
    return { ...file, version: 3, profile: { ...profile, group: { ...profile.group, adminEmail: '' } } };
  }
  return { ...file, version: 3, group: { ...file.group, adminEmail: '' } } as GroupFile;
}

/**
 * Refuse text that hides what it says: a bidi control (a right-to-left
 * override shows a name reversed) or a zero-width character, anywhere in the
 * file. One sentence per member, naming it.
 */
export function hiddenTextIssues(raw: unknown): string[] {
  const out: string[] = [];
  for (const { path, text } of stringsIn(raw)) {
    const hidden = hiddenCharacters(text);
    if (hidden) out.push(t(hidden === 'bidi' ? 'issue_bidi_control' : 'issue_zero_width', describeFilePath(path)));
  }
  return out;
}

/** A parsed file, unless its text hides something. */
function checked(value: ProfileFile): ParseResult<ProfileFile> {
  const hidden = hiddenTextIssues(value);
  return hidden.length ? { ok: false, errors: hidden } : { ok: true, value };
}

/**
 * Read a profile file of any version this extension knows (up to `newest`: a
 * version 2 share code carries files of version 2 at most); the value is
 * always in the current version's shape.
 */
export function parseProfileFile(text: string, newest = PROFILE_FILE_VERSION): ParseResult<ProfileFile> {
  const json = parseJsonSafely(text);
  if (!json.ok) return json;
  const raw = json.value as Record<string, unknown>;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw) || raw.format !== PROFILE_FORMAT) {
    return { ok: false, errors: [t('file_not_profile')] };
  }
  const { version, kind } = raw;
  if (typeof version === 'number' && version > newest) {
    return { ok: false, errors: [t('file_newer_version', version)] };
  }
  // Each version is read by its own schema, then moved forward to the current shape.
  const read = <T>(schema: z.ZodType<T>, forward: (file: T) => ProfileFile): ParseResult<ProfileFile> => {
    const parsed = schema.safeParse(raw);
    return parsed.success
      ? checked(forward(parsed.data))
      : { ok: false, errors: describeFileIssues(parsed.error, raw) };
  };
  if (version === 1) return read(ProfileFileV1Schema, (file) => migrateV2(migrateV1(file)));
  if (version !== 2 && version !== 3) {
    return { ok: false, errors: [t('file_unknown_version')] };
  }
  if (kind !== 'person' && kind !== 'group') {
    return { ok: false, errors: [t(kind === undefined ? 'file_kind_missing' : 'file_kind_unknown')] };
  }
  if (version === 2) {
    return kind === 'person' ? read(PersonFileV2Schema, migrateV2) : read(GroupFileV2Schema, migrateV2);
  }
  return kind === 'person'
    ? read(PersonFileSchema, (file) => file)
    : read(GroupFileSchema, (file) => file as GroupFile);
}

/** The text of a profile file of either kind (the current version). */
export function fileText(file: ProfileFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The file for a person's profile; secrets are left out unless given (the importer decides). */
export function profileFileText(profile: ProfileInput, rules: readonly TaughtRule[] = []): string {
  return fileText(personFile(profile, rules));
}

export function personFile(profile: ProfileInput, rules: readonly TaughtRule[] = []): PersonFile {
  return {
    format: PROFILE_FORMAT,
    version: PROFILE_FILE_VERSION,
    kind: 'person',
    profile,
    ...(rules.length ? { rules: [...rules] } : {}),
  };
}

/** The file for a group profile, with one user's personal part when given (a roster's line). */
export function groupFile(group: GroupProfile, person?: GroupPerson): GroupFile {
  return {
    format: PROFILE_FORMAT,
    version: PROFILE_FILE_VERSION,
    kind: 'group',
    group,
    ...(person ? { person } : {}),
  } as GroupFile;
}

export function groupFileText(group: GroupProfile, person?: GroupPerson): string {
  return fileText(groupFile(group, person));
}
