/**
 * The profile file: a public format (see README). Parsing is strict and every
 * refusal is a sentence a clerk can act on. Secrets may be in a file (answers,
 * PIN); what happens to them is the importer's business, not the parser's.
 */
import { z } from 'zod';
import { ProfileInputSchema, describeIssues, type ProfileInput } from './profile';
import { MAX_RULES, TaughtRuleSchema, type TaughtRule } from './taught-rules';

export const PROFILE_FORMAT = 'mo-efiling-profile';
export const PROFILE_FILE_VERSION = 1;
/** Far more than any real profile needs; refuse before parsing anything bigger. */
export const MAX_FILE_BYTES = 256 * 1024;
const MAX_DEPTH = 8;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export const ProfileFileSchema = z.strictObject({
  format: z.literal(PROFILE_FORMAT),
  version: z.literal(PROFILE_FILE_VERSION),
  profile: ProfileInputSchema,
  rules: z.array(TaughtRuleSchema).max(MAX_RULES).optional(),
});
export type ProfileFile = z.infer<typeof ProfileFileSchema>;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** Reject prototype-polluting keys and absurd nesting before any schema sees the value. */
export function checkShape(value: unknown, depth = 0): string | null {
  if (depth > MAX_DEPTH) return 'The file is nested far deeper than a profile file can be.';
  if (Array.isArray(value)) {
    for (const item of value) {
      const problem = checkShape(item, depth + 1);
      if (problem) return problem;
    }
  } else if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return `The file contains an item named "${key}", which a profile file never has.`;
      const problem = checkShape((value as Record<string, unknown>)[key], depth + 1);
      if (problem) return problem;
    }
  }
  return null;
}

/** JSON text → a plain value, with the size and shape checks every import needs. */
export function parseJsonSafely(text: string, what: string): ParseResult<unknown> {
  if (new Blob([text]).size > MAX_FILE_BYTES) {
    return {
      ok: false,
      errors: [`This ${what} is too large (over ${MAX_FILE_BYTES / 1024} kB). Check you chose the right file.`],
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return {
      ok: false,
      errors: [`This is not a ${what}: its text is not in the expected format (JSON). Check you chose the right file.`],
    };
  }
  const problem = checkShape(raw);
  return problem ? { ok: false, errors: [problem] } : { ok: true, value: raw };
}

export function parseProfileFile(text: string): ParseResult<ProfileFile> {
  const json = parseJsonSafely(text, 'profile file');
  if (!json.ok) return json;
  const raw = json.value as Record<string, unknown>;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw) || raw.format !== PROFILE_FORMAT) {
    return { ok: false, errors: ['This is not a Missouri eFiling profile file. Check you chose the right file.'] };
  }
  if (typeof raw.version === 'number' && raw.version > PROFILE_FILE_VERSION) {
    return {
      ok: false,
      errors: [
        `This profile file was made by a newer version of the extension (file version ${raw.version}). Update the extension, then import it again.`,
      ],
    };
  }
  const parsed = ProfileFileSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: describeIssues(parsed.error, ['profile']) };
  return { ok: true, value: parsed.data };
}

/** The file for a profile; secrets are left out unless given (the importer decides). */
export function profileFileText(profile: ProfileInput, rules: readonly TaughtRule[] = []): string {
  const file: ProfileFile = {
    format: PROFILE_FORMAT,
    version: PROFILE_FILE_VERSION,
    profile,
    ...(rules.length ? { rules: [...rules] } : {}),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
