/**
 * Writing one profile so that no save silently undoes another: compare-and-set
 * on the profile's revision for forms, and merges built inside the saving
 * transaction for imports. Secrets are sealed here, before the transaction.
 */
import { abort, quiet, type AppDb, type StoredProfile } from './db';
import { t } from '../i18n';
import {
  ProfileInputSchema,
  describeIssues,
  hasSecrets,
  splitSecrets,
  type ProfileData,
  type Secrets,
} from '../profile/profile';
import { open, seal } from './secret-box';
import { StoreError } from './store-error';
import { MAX_RULES, type TaughtRule } from '../recognise/taught-rules';

export const ruleId = (r: TaughtRule) => `${r.screen}|${r.signature}`;

/** What a save or an import builds from the profile as it is saved now (null: a new profile). */
export interface Draft<R> {
  input: unknown;
  password?: string;
  rules?: readonly TaughtRule[];
  /** Anything the builder wants back (an import's notes), from the build that was written. */
  result: R;
}

export interface Saved<R = undefined> {
  id: string;
  revision: number;
  result: R;
}

export async function openSecrets(key: CryptoKey | null, sealed: StoredProfile['secrets']): Promise<Secrets> {
  if (!sealed || !key) return {};
  return (await open(key, sealed)) as Secrets;
}

/** New secrets over old: a value typed replaces, an empty one removes, an absent one keeps. */
function mergeSecrets(old: Secrets, typed: Secrets): Secrets {
  const pick = (typed: string | undefined, old: string | undefined) => (typed === undefined ? old : typed || undefined);
  const answers = [0, 1, 2].map((i) => pick(typed.answers?.[i], old.answers?.[i]));
  return {
    password: pick(typed.password, old.password),
    pin: pick(typed.pin, old.pin),
    answers: answers.some(Boolean) ? answers : undefined,
  };
}

export const revisionOf = (p: StoredProfile | undefined) => p?.revision ?? 0;
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
/** Tries of an import whose secrets changed under it (a passphrase change, another import) before it gives up. */
const ATTEMPTS = 3;

/** A draft checked and split: the details to store and the secrets to seal. */
export function prepare<R>(draft: Draft<R>) {
  const parsed = ProfileInputSchema.safeParse(draft.input);
  if (!parsed.success) throw new StoreError(describeIssues(parsed.error).join(' '));
  const { data, secrets: typed } = splitSecrets(parsed.data);
  const secrets: Secrets = { ...typed, ...(draft.password !== undefined ? { password: draft.password } : {}) };
  return { data, secrets, rules: draft.rules ?? [], result: draft.result };
}

/** The sealed secrets to keep: the saved ones with the typed ones over them; without the key, only unchanged ones. */
async function sealFor(key: CryptoKey | null, sealed: StoredProfile['secrets'], typed: Secrets) {
  if (!hasSecrets(typed) && !(sealed && key)) return sealed;
  if (!key) throw new StoreError(t('error_secrets_need_passphrase'));
  const merged = mergeSecrets(await openSecrets(key, sealed), typed);
  return hasSecrets(merged) ? seal(key, merged) : null;
}

/**
 * Write one profile, built from what is saved now, in one transaction with its
 * taught fields and the active choice. With `expected` (a form's revision) it
 * is compare-and-set: refused, changing nothing, when the profile was saved
 * since. The build runs again inside the transaction on the record read there,
 * so two imports into one profile both land. Secrets are sealed before the
 * transaction (it would close while WebCrypto runs); if they changed meanwhile
 * the whole write starts again.
 */
export async function writeProfile<R>(
  d: AppDb,
  key: CryptoKey | null,
  target: { id?: string; expected?: number },
  build: (current: ProfileData | null) => Draft<R>,
): Promise<Saved<R>> {
  const { id, expected } = target;
  const recordId = id ?? crypto.randomUUID();
  for (let attempt = 1; ; attempt++) {
    const existing = id ? await d.get('profiles', id) : undefined;
    if (id && !existing) throw new StoreError(t('error_profile_gone'));
    if (expected !== undefined && revisionOf(existing) !== expected) throw new StoreError(t('error_profile_stale'));
    const first = prepare(build(existing?.data ?? null));
    const sealed = await sealFor(key, existing?.secrets ?? null, first.secrets);

    const tx = d.transaction(['profiles', 'settings', 'rules'], 'readwrite');
    quiet(tx);
    const profiles = tx.objectStore('profiles');
    const now = id ? await profiles.get(id) : undefined;
    const refuse = (message: string) => {
      abort(tx);
      return new StoreError(message);
    };
    if (id && !now) throw refuse(t('error_profile_gone'));
    if (expected !== undefined && revisionOf(now) !== expected) throw refuse(t('error_profile_stale'));
    let draft: ReturnType<typeof prepare<R>>;
    try {
      draft = prepare(build(now?.data ?? null));
    } catch (error) {
      abort(tx);
      throw error;
    }
    if (!same(now?.secrets, existing?.secrets) || !same(draft.secrets, first.secrets)) {
      abort(tx);
      if (attempt < ATTEMPTS) continue;
      throw new StoreError(t('error_profile_busy'));
    }
    const record: StoredProfile = {
      id: recordId,
      data: draft.data,
      secrets: sealed,
      updatedAt: Date.now(),
      revision: revisionOf(now) + 1,
    };
    await profiles.put(record);
    for (const r of draft.rules) await tx.objectStore('rules').put({ ...r, id: ruleId(r) });
    if (draft.rules.length && (await tx.objectStore('rules').count()) > MAX_RULES) {
      throw refuse(t('error_too_many_taught_import', MAX_RULES));
    }
    // The first profile becomes the active one.
    if (!(await tx.objectStore('settings').get('activeProfileId'))) {
      await tx.objectStore('settings').put(record.id, 'activeProfileId');
    }
    await tx.done;
    return { id: record.id, revision: record.revision!, result: draft.result };
  }
}
