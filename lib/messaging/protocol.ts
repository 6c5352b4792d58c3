/**
 * The one message protocol: every request the extension's parts send each
 * other, each with the schema of its request and of its answer. The router
 * (router.ts) validates a request on arrival against its entry; send()
 * (send.ts) checks the answer against its entry where it arrives. Types of
 * requests and answers come from here only.
 *
 * zod/mini, so the popup and the content scripts that read answers stay small.
 * A request on the wire is `{ type, ...payload }`; an answer `{ ok: true, data }`
 * or `{ ok: false, error }` (a sentence for the person).
 */
import * as z from 'zod/mini';
import { AdminSecretsSchema } from '../sharing/admin-secrets';
import { t } from '../i18n';
import { IDLE_LOCK_CHOICES } from '../storage/idle-lock';
import { LINK_IDS, SCREEN_IDS, TOTAL_STEPS } from '../procedure/procedure';
import { ProgressSchema } from '../progress/progress-schema';
import { TaughtRuleSchema, type KeptRule, type TaughtRule } from '../recognise/taught-rules';
import type { Settings } from '../storage/db';
import {
  BOX_SIGNATURE_MAX,
  Bookmark,
  CONTENT,
  Count,
  FillValuesSchema,
  Id,
  ImportShown,
  Imported,
  KeptRuleSchema,
  Nothing,
  OptionsStateSchema,
  Passphrase,
  Rule,
  entry,
  saved,
} from './protocol-parts';

export const PROTOCOL = {
  // Progress (lib/handlers/progress.ts).
  'progress/get': entry({}, ProgressSchema, CONTENT),
  'progress/answer-casenet': entry({ hasCaseNetAccount: z.boolean() }, ProgressSchema),
  'progress/mark': entry(
    { step: z.int().check(z.minimum(1), z.maximum(TOTAL_STEPS)), done: z.boolean() },
    ProgressSchema,
  ),
  'progress/reset': entry({}, ProgressSchema),
  // From the recogniser: what the page in this tab is (null: a court page that is not a screen).
  'screen/seen': entry(
    {
      screen: z.nullable(z.enum(SCREEN_IDS)),
      arrival: z.strictObject({ fromCourtPage: z.boolean(), hasQuery: z.boolean() }),
    },
    /** The step this screen stands for; null when it is not a screen. */
    z.object({ progress: ProgressSchema, step: z.nullable(z.int()) }),
    CONTENT,
  ),

  // Loading the page's parts (lib/handlers/ui.ts).
  // From the gate: load the recogniser into this tab's page (top frame), unless this page, with these
  // boxes, was found to be no screen before (`loaded` false: the gate watches for other boxes).
  'ui/recognise': entry(
    { boxes: z.optional(z.string().check(z.maxLength(BOX_SIGNATURE_MAX))) },
    z.object({ loaded: z.boolean() }),
    CONTENT,
  ),
  // From the recogniser: this page, with these boxes, is no screen of the procedure.
  'ui/not-a-screen': entry(
    { boxes: z.string().check(z.minLength(1), z.maxLength(BOX_SIGNATURE_MAX)) },
    Nothing,
    CONTENT,
  ),
  // From the recogniser: load the panel into this tab's page (top frame).
  'ui/load': entry({}, Nothing, CONTENT),
  // From the popup: show the panel on this tab's court page, screen or not.
  'ui/show': entry({ tabId: z.int().check(z.minimum(0)) }, Nothing),
  // From the popup to the panel in the tab in front: the person pressed "Fill this page" there.
  'fill/page': entry({}, z.object({ filled: Count }), { to: 'panel' as const }),

  // Profiles (lib/handlers/profiles.ts, imports.ts).
  'profiles/state': entry({}, OptionsStateSchema),
  'profiles/save': entry(
    {
      profile: z.unknown(),
      password: z.optional(z.string().check(z.maxLength(200))),
      id: z.optional(Id),
      /** The profile's revision when the form was loaded: a save made since is not overwritten. */
      revision: z.optional(z.int().check(z.minimum(0), z.maximum(Number.MAX_SAFE_INTEGER))),
    },
    z.object({ id: z.string(), revision: Count }),
  ),
  'profiles/delete': entry({ id: Id }, Nothing),
  'profiles/activate': entry({ id: Id }, Nothing),
  'profiles/export': entry({ id: Id }, z.string()),
  // A profile file's text; or a share code the options page decoded for its preview (source "code").
  'profiles/import': entry(
    {
      text: z.string().check(z.maxLength(1_000_000)),
      id: z.optional(Id),
      overwritePersonal: z.optional(z.boolean()),
      ...ImportShown,
    },
    Imported,
  ),
  // A share code from a group administrator (passphrase when it is locked).
  'profiles/import-code': entry(
    {
      code: z.string().check(z.maxLength(300_000)),
      passphrase: z.optional(z.string().check(z.maxLength(500))),
      id: z.optional(Id),
      overwritePersonal: z.optional(z.boolean()),
      seen: ImportShown.seen,
    },
    Imported,
  ),
  'data/delete-all': entry({}, Nothing),

  // Settings (lib/handlers/settings.ts).
  'settings/fill-on-appear': entry({ on: z.boolean() }, Nothing),
  // Minutes without use of secrets before the passphrase's key is forgotten.
  'settings/idle-lock': entry({ minutes: z.union(IDLE_LOCK_CHOICES.map((m) => z.literal(m))) }, Nothing),

  // A group administrator's group profile (validated by the store; never with its PIN) (lib/handlers/admin.ts).
  'admin/get': entry({}, z.nullable(saved<NonNullable<Settings['adminGroup']>>())),
  'admin/save': entry({ group: z.unknown() }, Nothing),
  // The administrator's PIN and code passphrase, kept only sealed under their own passphrase (lib/sharing/admin-secrets.ts).
  'admin/secrets': entry(
    {},
    z.strictObject({ kept: z.enum(['none', 'locked', 'open']), secrets: z.nullable(AdminSecretsSchema) }),
  ),
  // kept: false when the passphrase is not unlocked (nothing is kept then).
  'admin/keep-secrets': entry({ secrets: AdminSecretsSchema }, z.strictObject({ kept: z.boolean() })),

  // The passphrase (lib/handlers/vault.ts).
  'vault/set': entry({ passphrase: Passphrase }, Nothing),
  'vault/unlock': entry({ passphrase: Passphrase }, Nothing),
  'vault/lock': entry({}, Nothing),
  'vault/forget': entry({}, Nothing),

  // Filling (lib/handlers/fill.ts).
  // `secrets`: the person pressed Fill (a trusted click on our own control). Without it, and for any
  // frame but the top one or any page outside the procedure's paths, secrets are left out.
  'fill/values': entry(
    { screen: z.enum(SCREEN_IDS), secrets: z.optional(z.boolean()) },
    z.nullable(FillValuesSchema),
    CONTENT,
  ),
  // Words to keep out of a page-shape report.
  'report/private-words': entry({}, z.array(z.string()), CONTENT),
  // Whom "E-mail this to my administrator" writes to: the active profile's administrator ('' when none is known).
  'report/admin-email': entry({}, z.string(), CONTENT),
  // The report, back with the person's secrets blanked: they never go to the page's side to be blanked there.
  'report/scrub': entry({ text: z.string().check(z.maxLength(200_000)) }, z.string(), CONTENT),
  // From the panel, after the person's own "Suggest a strong password": keep it, encrypted, in the active profile.
  'profiles/password': entry(
    { password: z.string().check(z.minLength(8), z.maxLength(200)) },
    z.enum(['saved', 'no-passphrase', 'locked', 'no-profile']),
    CONTENT,
  ),
  // The court's own list of security questions (from the panel); without `questions`: read it back.
  'profiles/questions': entry(
    {
      questions: z.optional(
        z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))).check(z.minLength(1), z.maxLength(60)),
      ),
    },
    z.nullable(z.array(z.string())),
    CONTENT,
  ),

  // Taught fields (lib/handlers/rules.ts).
  'rules/teach': entry({ rule: TaughtRuleSchema }, Nothing, CONTENT),
  // The options page's list of taught fields.
  'rules/list': entry({}, z.array(KeptRuleSchema)),
  'rules/delete': entry(
    { screen: TaughtRuleSchema.shape.screen, signature: TaughtRuleSchema.shape.signature },
    Nothing,
  ),

  // Pages and links (lib/handlers/links.ts).
  // Where the options page opens (absent: at its top).
  'options/open': entry({ section: z.optional(z.enum(['profile', 'passphrase'])) }, Nothing, CONTENT),
  // Daily use after step 26: the eFiling bookmark and the court's pages, opened or brought to front.
  // From the panel too (step 26): the bookmark is made only once the person granted the permission.
  'bookmark/state': entry({}, Bookmark, CONTENT),
  'bookmark/add': entry({}, Bookmark, CONTENT),
  'open/link': entry({ link: z.enum(LINK_IDS) }, z.optional(z.enum(['focused', 'opened']))),
};

type Protocol = typeof PROTOCOL;
export type RequestType = keyof Protocol;
/** What the background answers (all but the requests a tab's panel answers). */
export type BackgroundType = { [K in RequestType]: Protocol[K]['to'] extends 'panel' ? never : K }[RequestType];
type Shape<K extends RequestType> = Protocol[K]['request'];
/** What a request carries besides its type ({} for a request that carries nothing). */
export type Payload<K extends RequestType> =
  {} extends Shape<K> ? Record<never, never> : z.infer<z.ZodMiniObject<Shape<K>, z.core.$strict>>;
export type Request<K extends RequestType = RequestType> = K extends RequestType ? { type: K } & Payload<K> : never;
export type Answer<K extends RequestType> = z.infer<Protocol[K]['answer']>;
/** The requests that change or read progress: each answers with the progress. */
export type ProgressType = 'progress/get' | 'progress/answer-casenet' | 'progress/mark' | 'progress/reset';
/** What travels back: the answer, or a sentence for the person. */
export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

/** What `profiles/state` answers (the options page's and the popup's view of the profiles). */
export type OptionsState = Answer<'profiles/state'>;
/** What `fill/values` answers for a screen with a profile to fill from. */
export type FillValues = NonNullable<Answer<'fill/values'>>;

/**
 * Requests after which a panel should read the profile again (the profile or the lock changed): the
 * background tells every page by touching PROFILES_CHANGED_KEY in storage.local (cheap, no tabs permission).
 */
export const PROFILE_CHANGING_REQUESTS: ReadonlySet<RequestType> = new Set<RequestType>([
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

/** Where a request came from, as the browser reports it. */
export interface Sender {
  /** An extension page (popup, options) or a content script in a tab. */
  from: 'extension-page' | 'content-script';
  tabId?: number;
  /** A content script's frame (0: the top frame) and that frame's URL, as the browser reports them. */
  frameId?: number;
  url?: string;
}

/** The answer to a request the background does not accept (built when answered, in the browser's language). */
export const unreadableRequest = () => t('error_unreadable_request');

const isType = (type: unknown): type is RequestType =>
  typeof type === 'string' && Object.prototype.hasOwnProperty.call(PROTOCOL, type);

const requestSchemas = new Map<RequestType, z.ZodMiniType>();
/** The whole request's schema: its type and its payload, nothing more. */
function requestSchema(type: RequestType): z.ZodMiniType {
  let schema = requestSchemas.get(type);
  if (!schema) {
    schema = z.strictObject({ type: z.literal(type), ...PROTOCOL[type].request });
    requestSchemas.set(type, schema);
  }
  return schema;
}

/** A request as it arrived → the request, or null when it is not one of ours (or not in this shape). */
export function parseRequest(raw: unknown): Request | null {
  const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
  if (!isType(type)) return null;
  const parsed = requestSchema(type).safeParse(raw);
  return parsed.success ? (parsed.data as Request) : null;
}

/** Whether a content script may send this request (the allow-list is the protocol's `content` flags). */
export const contentMaySend = (type: RequestType): boolean => PROTOCOL[type].content;

/** A reply as it arrived → the checked answer, or an Error whose message is a plain sentence. */
export function answerFrom<K extends RequestType>(type: K, raw: unknown, noAnswer: () => string): Answer<K> {
  const reply = raw as Partial<Reply<unknown>> | undefined;
  if (reply?.ok === false && typeof reply.error === 'string') throw new Error(reply.error);
  if (reply?.ok !== true) throw new Error(noAnswer());
  const parsed = (PROTOCOL[type].answer as z.ZodMiniType).safeParse(reply.data);
  if (!parsed.success) throw new Error(noAnswer());
  return parsed.data as Answer<K>;
}

// Compile-time checks that the protocol's answers are what the handlers make.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _rules: Same<Answer<'rules/list'>, KeptRule[]> = true;
const _rule: Same<z.infer<typeof Rule>, TaughtRule> = true;
void _rules;
void _rule;
