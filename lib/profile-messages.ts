/**
 * Requests about profiles, the passphrase and filling, validated with zod
 * before the background acts. Content scripts may only ask for what a page
 * needs (the values for the screen they see, to save a taught field, words to
 * keep out of a report); everything else comes from the extension's own pages.
 */
import { z } from 'zod';
import { SCREENS, type ScreenId } from './procedure';
import { IDLE_LOCK_CHOICES, type IdleLockMinutes } from './idle-lock';
import { TaughtRuleSchema } from './taught-rules';

const screenIds = SCREENS.map((s) => s.id) as [ScreenId, ...ScreenId[]];
const Id = z.string().min(1).max(100);
const Passphrase = z.string().min(1).max(500);
/** What the preview showed (its fingerprint), and where the file came from, for the rules' "imported from". */
const ImportShown = {
  source: z.enum(['file', 'code']).optional(),
  fileName: z.string().max(1000).optional(),
  seen: z.string().max(1_000_000).optional(),
};

export const ProfileRequestSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('profiles/state') }),
  z.strictObject({
    type: z.literal('profiles/save'),
    profile: z.unknown(),
    password: z.string().max(200).optional(),
    id: Id.optional(),
    /** The profile's revision when the form was loaded: a save made since is not overwritten. */
    revision: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
  }),
  z.strictObject({ type: z.literal('profiles/delete'), id: Id }),
  z.strictObject({ type: z.literal('profiles/activate'), id: Id }),
  z.strictObject({ type: z.literal('profiles/export'), id: Id }),
  // A profile file's text; or a share code the options page decoded for its preview (source "code").
  z.strictObject({
    type: z.literal('profiles/import'),
    text: z.string().max(1_000_000),
    id: Id.optional(),
    overwritePersonal: z.boolean().optional(),
    ...ImportShown,
  }),
  // A share code from a group administrator (passphrase when it is locked).
  z.strictObject({
    type: z.literal('profiles/import-code'),
    code: z.string().max(300_000),
    passphrase: z.string().max(500).optional(),
    id: Id.optional(),
    overwritePersonal: z.boolean().optional(),
    seen: ImportShown.seen,
  }),
  z.strictObject({ type: z.literal('settings/fill-on-appear'), on: z.boolean() }),
  // Minutes without use of secrets before the passphrase's key is forgotten.
  z.strictObject({
    type: z.literal('settings/idle-lock'),
    minutes: z.union(IDLE_LOCK_CHOICES.map((m) => z.literal(m)) as [z.ZodLiteral<IdleLockMinutes>]),
  }),
  // A group administrator's group profile (validated by the store; the PIN is never kept).
  z.strictObject({ type: z.literal('admin/get') }),
  z.strictObject({ type: z.literal('admin/save'), group: z.unknown() }),
  z.strictObject({ type: z.literal('vault/set'), passphrase: Passphrase }),
  z.strictObject({ type: z.literal('vault/unlock'), passphrase: Passphrase }),
  z.strictObject({ type: z.literal('vault/lock') }),
  z.strictObject({ type: z.literal('vault/forget') }),
  z.strictObject({ type: z.literal('data/delete-all') }),
  // `secrets`: the person pressed Fill (a trusted click on our own control). Without it, and for any
  // frame but the top one or any page outside the procedure's paths, secrets are left out.
  z.strictObject({ type: z.literal('fill/values'), screen: z.enum(screenIds), secrets: z.boolean().optional() }),
  z.strictObject({ type: z.literal('rules/teach'), rule: TaughtRuleSchema }),
  z.strictObject({ type: z.literal('report/private-words') }),
  // The report, back with the person's secrets blanked: they never go to the page's side to be blanked there.
  z.strictObject({ type: z.literal('report/scrub'), text: z.string().max(200_000) }),
  // The options page's list of taught fields.
  z.strictObject({ type: z.literal('rules/list') }),
  z.strictObject({
    type: z.literal('rules/delete'),
    screen: TaughtRuleSchema.shape.screen,
    signature: TaughtRuleSchema.shape.signature,
  }),
  // Where the options page opens (absent: at its top).
  z.strictObject({ type: z.literal('options/open'), section: z.enum(['profile', 'passphrase']).optional() }),
  // From the panel, after the person's own "Suggest a strong password": keep it, encrypted, in the active profile.
  z.strictObject({ type: z.literal('profiles/password'), password: z.string().min(8).max(200) }),
  // The court's own list of security questions (from the panel); without `questions`: read it back.
  z.strictObject({
    type: z.literal('profiles/questions'),
    questions: z.array(z.string().trim().min(1).max(200)).min(1).max(60).optional(),
  }),
  // Daily use after step 26: the eFiling bookmark and the court's pages, opened or brought to front.
  z.strictObject({ type: z.literal('bookmark/state') }),
  z.strictObject({ type: z.literal('bookmark/add') }),
  z.strictObject({ type: z.literal('open/link'), link: z.enum(['registration', 'efiling', 'casenet']) }),
]);
export type ProfileRequest = z.infer<typeof ProfileRequestSchema>;
export type ProfileRequestType = ProfileRequest['type'];

export const CONTENT_PROFILE_REQUESTS: ReadonlySet<ProfileRequestType> = new Set([
  'fill/values',
  'rules/teach',
  'report/private-words',
  'report/scrub',
  'options/open',
  'profiles/password',
  'profiles/questions',
  // Step 26 in the panel: the bookmark is made only once the person granted the permission in the popup.
  'bookmark/state',
  'bookmark/add',
]);

/**
 * Requests after which a panel should read the profile again (the profile or the lock changed): the
 * background tells every page by touching PROFILES_CHANGED_KEY in storage.local (cheap, no tabs permission).
 */
export const PROFILE_CHANGING_REQUESTS: ReadonlySet<ProfileRequestType> = new Set([
  'profiles/save',
  'profiles/delete',
  'profiles/activate',
  'profiles/import',
  'profiles/import-code',
  'profiles/password',
  'vault/set',
  'vault/unlock',
  'vault/lock',
  'vault/forget',
  'data/delete-all',
]);
export const PROFILES_CHANGED_KEY = 'profilesChangedAt';

export const isProfileRequest = (raw: unknown): boolean =>
  typeof raw === 'object' &&
  raw !== null &&
  ProfileRequestSchema.options.some((o) => o.shape.type.value === (raw as { type?: unknown }).type);

/** Answers carry data or a sentence for the person. */
export type DataResponse<T = unknown> = { ok: true; data: T } | { ok: false; error: string };
