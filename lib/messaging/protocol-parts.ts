/**
 * The message protocol's building blocks (protocol.ts holds the map itself): how an entry is
 * written, and the schemas more than one entry shares.
 */
import * as z from 'zod/mini';
import { TaughtRuleSchema } from '../recognise/taught-rules';
import type { ProfileData } from '../profile/profile';
import type { ScreenValues } from '../profile/profile-values';

/** Who may send a request: extension pages always; content scripts only where `content` is set. */
export type To = 'background' | 'panel';
export interface Entry<Q extends z.core.$ZodLooseShape, A extends z.core.$ZodType, T extends To> {
  request: Q;
  answer: A;
  /** A content script (a court page) may send it. */
  content: boolean;
  /** Who answers: the background, or the panel in a tab (popup → tab). */
  to: T;
}
export const entry = <Q extends z.core.$ZodLooseShape, A extends z.core.$ZodType, T extends To = 'background'>(
  request: Q,
  answer: A,
  { content = false, to = 'background' as T }: { content?: boolean; to?: T } = {},
): Entry<Q, A, T> => ({ request, answer, content, to });
export const CONTENT = { content: true };
/** The longest box signature a page sends (lib/page/gate.ts boxSignature). */
export const BOX_SIGNATURE_MAX = 2000;

/** Deep data the background validated when it was saved: its answer is checked for its outline only. */
export const saved = <T>() => z.custom<T>((v) => typeof v === 'object' && v !== null && !Array.isArray(v));

export const Id = z.string().check(z.minLength(1), z.maxLength(100));
export const Passphrase = z.string().check(z.minLength(1), z.maxLength(500));
export const Count = z.int().check(z.minimum(0));
/** What the preview showed (its fingerprint), and where the file came from, for the rules' "imported from". */
export const ImportShown = {
  source: z.optional(z.enum(['file', 'code'])),
  fileName: z.optional(z.string().check(z.maxLength(1000))),
  seen: z.optional(z.string().check(z.maxLength(1_000_000))),
};
export const Nothing = z.null();
export const Imported = z.object({ id: z.string(), notes: z.array(z.string()) });
export const Bookmark = z.enum(['none', 'saved', 'removed', 'changed', 'no-permission']);
export const Provenance = {
  origin: z.enum(['here', 'file', 'code']),
  from: z.string(),
  at: z.nullable(z.number()),
};
export const KeptRuleSchema = z.object({ ...TaughtRuleSchema.shape, ...Provenance });
export const Rule = z.object({ ...TaughtRuleSchema.shape, ...partial(Provenance) });
export function partial<S extends Record<string, z.core.$ZodType>>(shape: S) {
  return Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, z.optional(v)])) as {
    [K in keyof S]: z.ZodMiniOptional<S[K]>;
  };
}

export const OptionsStateSchema = z.object({
  profiles: z.array(
    z.object({
      id: z.string(),
      data: saved<ProfileData>(),
      hasSecrets: z.boolean(),
      updatedAt: z.number(),
      revision: Count,
    }),
  ),
  activeProfileId: z.nullable(z.string()),
  fillOnAppear: z.boolean(),
  hasPassphrase: z.boolean(),
  idleLockMinutes: z.number(),
  unlocked: z.boolean(),
});

export const FillValuesSchema = z.object({
  label: z.string(),
  values: z.custom<ScreenValues>(
    (v) =>
      typeof v === 'object' &&
      v !== null &&
      Object.values(v).every((x) => typeof x === 'string' || typeof x === 'boolean'),
  ),
  locked: z.boolean(),
  hasPassphrase: z.boolean(),
  fillOnAppear: z.boolean(),
  rules: z.array(Rule),
});
