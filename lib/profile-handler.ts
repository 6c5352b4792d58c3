/**
 * What the background does with profile, passphrase and fill requests.
 * Free of browser APIs (the session key keeper and the effects are passed
 * in), so it is tested without a browser.
 */
import type { Sender } from './background-handler';
import { importName, previewImport, rulesToSave, type ImportSource } from './import-preview';
import { parseProfileFile, profileFileText, type ProfileFileV2 } from './profile-file';
import { SHARE_CODE_MESSAGES, decodeShareCode, fileHasAnswers } from './share-code';
import { mayFillWith, withProvenance } from './taught-rules';
import { CONTENT_PROFILE_REQUESTS, ProfileRequestSchema, type DataResponse } from './profile-messages';
import type { ProfileInput } from './profile';
import type { ProfileStore } from './profile-store';
import { t } from './i18n';
import { StoreError } from './store-error';
import { unreadableRequest } from './messages';
import type { BookmarksApi } from './efiling-bookmark';
import { maySeeSecrets, type LinkId } from './procedure';
import { isSecret, type FieldId } from './fields';
import type { ScreenValues } from './profile-values';
import { bookmarkRequest } from './quick-access';
import type { UnlockAttempts } from './key-keeper';
import { isWrongPassphrase } from './store-error';

/** Keeps the passphrase's key for this browser session only. */
export interface KeyKeeper {
  /** The key, if unlocked: a use of secrets, which keeps it unlocked for another idle period. */
  get(): Promise<CryptoKey | null>;
  set(key: CryptoKey | null): Promise<void>;
  /** Whether unlocked, without counting as a use (absent: get). */
  peek?(): Promise<boolean>;
  /** Wrong passphrases and the growing wait after them (absent: no wait). */
  attempts?: UnlockAttempts;
}

export interface ProfileEffects {
  /** Opens the options page, at a section when one is named (options.html#profile, #passphrase). */
  openOptions(section?: 'profile' | 'passphrase'): void | Promise<void>;
  /** The bookmarks API when the person granted it, else null. */
  bookmarks?(): BookmarksApi | null;
  openLink?(link: LinkId): Promise<unknown>;
  /** Everything was deleted: show it (badge back to empty). */
  allDeleted(): void | Promise<void>;
}

/** A file's secrets can only be kept with a passphrase; without one they are dropped, and the person is told. */
function withoutSecrets(p: ProfileInput): ProfileInput {
  const { pin: _pin, ...group } = p.group;
  return { ...p, group, securityQuestions: p.securityQuestions.map(({ question }) => ({ question })) };
}

export const secretsDropped = () => t('handler_secrets_dropped');

/** A screen's values with every secret field taken out (the procedure table says which). */
function withoutSecretValues(values: ScreenValues): ScreenValues {
  return Object.fromEntries(Object.entries(values).filter(([field]) => !isSecret(field as FieldId)));
}

/** `text` with every occurrence of each word replaced by `mark` (longest first, so none shields another). */
export function blankWords(text: string, words: readonly string[], mark: string): string {
  let out = text;
  // As written and as JSON writes it inside a string (a quote or a backslash in an answer).
  const forms = words.flatMap((w) => [w, JSON.stringify(w).slice(1, -1)]);
  for (const w of [...new Set(forms)].sort((a, b) => b.length - a.length)) out = out.split(w).join(mark);
  return out;
}

/** How an import request says what the person saw and chose. */
interface ImportShown {
  id?: string;
  overwritePersonal?: boolean;
  source?: ImportSource;
  fileName?: string;
  seen?: string;
}

const seconds = (ms: number) => Math.ceil(ms / 1000);
/** Said when an unlock is tried before the wait after wrong passphrases is over. */
export const unlockWait = (ms: number) =>
  seconds(ms) === 1 ? t('error_unlock_wait_one') : t('error_unlock_wait_other', seconds(ms));
const wrongThenWait = (ms: number) =>
  seconds(ms) === 1 ? t('error_unlock_wrong_wait_one') : t('error_unlock_wrong_wait_other', seconds(ms));

export async function handleProfileRequest(
  store: ProfileStore,
  keys: KeyKeeper,
  raw: unknown,
  sender: Sender,
  effects: ProfileEffects,
): Promise<DataResponse> {
  const parsed = ProfileRequestSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: unreadableRequest() };
  const request = parsed.data;
  if (sender.from === 'content-script' && !CONTENT_PROFILE_REQUESTS.has(request.type)) {
    return { ok: false, error: unreadableRequest() };
  }

  /**
   * Merge a file (or decoded share code) into the chosen profile, or a new one,
   * and save it with its taught fields. The preview and the merge are worked
   * out inside the saving transaction from the profile as saved there, so an
   * import or save that lands meanwhile is merged, not lost. The person's own
   * details are kept unless they confirmed replacing them. What is applied is
   * what the preview showed (`seen`); without a preview, an import that would
   * replace a field the person taught is refused.
   */
  const importFile = async (file: ProfileFileV2, shown: ImportShown) => {
    const { id, overwritePersonal, source = 'file', fileName, seen } = shown;
    const key = await keys.get();
    const rulesNow = await store.listRules();
    const name = importName(file, source, fileName);
    const saved = await store.merge(id, key, (current) => {
      const preview = previewImport({
        current,
        file,
        rules: rulesNow,
        overwritePersonal: overwritePersonal === true,
        unlocked: key !== null,
        source,
      });
      if (seen !== undefined ? seen !== preview.fingerprint : preview.rulesReplaced.length > 0) {
        // A StoreError: said as it is, and the transaction it is thrown in is given up.
        throw new StoreError(t(seen !== undefined ? 'import_preview_changed' : 'import_needs_preview'));
      }
      const { merged, note, needsConfirmation } = preview.merge;
      const stripped = withoutSecrets(merged);
      const droppedSecrets = !key && JSON.stringify(stripped) !== JSON.stringify(merged);
      return {
        input: key ? merged : stripped,
        rules: rulesToSave(preview, source, name, Date.now()),
        result: { droppedSecrets, note, needsConfirmation, dropped: preview.rulesDropped.length },
      };
    });
    const { droppedSecrets, note, needsConfirmation, dropped } = saved.result;
    const notes = [
      ...(droppedSecrets ? [secretsDropped()] : []),
      ...(needsConfirmation && !overwritePersonal ? [t('handler_personal_kept')] : []),
      ...(dropped
        ? [t(dropped === 1 ? 'import_rules_dropped_note_one' : 'import_rules_dropped_note_other', dropped)]
        : []),
      ...(note ? [t('handler_admin_note', note)] : []),
    ];
    return { id: saved.id, notes };
  };
  /** Check a passphrase, after the wait that earlier wrong ones impose; a wrong one makes the next wait longer. */
  const unlock = async (passphrase: string): Promise<DataResponse> => {
    const wait = (await keys.attempts?.begin()) ?? 0;
    if (wait > 0) return { ok: false, error: unlockWait(wait) };
    let key: CryptoKey;
    try {
      key = await store.unlock(passphrase);
    } catch (error) {
      const next = isWrongPassphrase(error) ? ((await keys.attempts?.waitMs()) ?? 0) : 0;
      if (next > 0) return { ok: false, error: wrongThenWait(next) };
      throw error;
    }
    await keys.attempts?.succeeded();
    await keys.set(key);
    return { ok: true, data: null };
  };
  /**
   * The suggested password into the active profile, encrypted: only from the top frame of a page on the
   * procedure's paths (as secrets go out), only with the passphrase set and unlocked. Says where it stands.
   */
  const keepPassword = async (password: string) => {
    if (sender.from === 'content-script' && (sender.frameId !== 0 || !maySeeSecrets(sender.url ?? ''))) {
      throw new StoreError(unreadableRequest());
    }
    const state = await store.state();
    if (!state.hasPassphrase) return 'no-passphrase';
    const key = await keys.get();
    if (!key) return 'locked';
    if (!state.activeProfileId) return 'no-profile';
    await store.merge(state.activeProfileId, key, (current) => ({ input: current, password, result: undefined }));
    return 'saved';
  };
  try {
    switch (request.type) {
      case 'profiles/state': {
        const state = await store.state();
        const unlocked = keys.peek ? await keys.peek() : (await keys.get()) !== null;
        return { ok: true, data: { ...state, unlocked } };
      }
      case 'profiles/save': {
        // Compare-and-set: a form names the revision it was loaded from, and an older form never overwrites a newer save.
        const { id, revision } = await store.put(request.profile, await keys.get(), {
          id: request.id,
          revision: request.revision,
          password: request.password,
        });
        return { ok: true, data: { id, revision } };
      }
      case 'profiles/delete':
        await store.remove(request.id);
        return { ok: true, data: null };
      case 'profiles/activate':
        await store.setActive(request.id);
        return { ok: true, data: null };
      case 'profiles/export': {
        const { profile, rules } = await store.exportable(request.id);
        return { ok: true, data: profileFileText(profile, rules) };
      }
      case 'profiles/import': {
        const file = parseProfileFile(request.text);
        if (!file.ok) return { ok: false, error: file.errors.join(' ') };
        // A code the options page decoded: a code never brings answers (decoding refused a plain one with a PIN).
        if (request.source === 'code' && fileHasAnswers(file.value)) {
          return { ok: false, error: SHARE_CODE_MESSAGES.holdsAnswers };
        }
        return { ok: true, data: await importFile(file.value, request) };
      }
      case 'profiles/import-code': {
        const decoded = await decodeShareCode(request.code, request.passphrase);
        if (!decoded.ok) return { ok: false, error: decoded.error };
        return { ok: true, data: await importFile(decoded.file, { ...request, source: 'code' }) };
      }
      case 'admin/get':
        return { ok: true, data: await store.adminGroup() };
      case 'admin/save':
        await store.setAdminGroup(request.group);
        return { ok: true, data: null };
      case 'settings/fill-on-appear':
        await store.setFillOnAppear(request.on);
        return { ok: true, data: null };
      case 'settings/idle-lock':
        await store.setIdleLockMinutes(request.minutes);
        return { ok: true, data: null };
      case 'vault/set': {
        const key = await store.setPassphrase(request.passphrase, await keys.get());
        await keys.set(key);
        return { ok: true, data: null };
      }
      case 'vault/unlock':
        return await unlock(request.passphrase);
      case 'vault/forget':
        await store.forgetPassphrase();
        await keys.set(null);
        return { ok: true, data: null };
      case 'vault/lock':
        await keys.set(null);
        return { ok: true, data: null };
      case 'data/delete-all':
        await store.deleteAll();
        await keys.set(null);
        await effects.allDeleted();
        return { ok: true, data: null };
      case 'fill/values': {
        // Secrets only to the top frame of a page on the procedure's paths, and only when asked for
        // after the person's own click; never to a sub-frame, never for fill-on-appear.
        const secretsAllowed =
          request.secrets === true &&
          sender.from === 'content-script' &&
          sender.frameId === 0 &&
          maySeeSecrets(sender.url ?? '');
        const key = secretsAllowed ? await keys.get() : null;
        const [state, values, rules] = await Promise.all([
          store.state(),
          store.valuesFor(request.screen, key),
          store.rules(request.screen),
        ]);
        const active = state.profiles.find((p) => p.id === state.activeProfileId);
        return {
          ok: true,
          data: values && {
            label: values.label,
            values: secretsAllowed ? values.values : withoutSecretValues(values.values),
            locked: Boolean(active?.hasSecrets && !(await keys.get())),
            hasPassphrase: state.hasPassphrase,
            fillOnAppear: state.fillOnAppear,
            // An imported rule never picks the box a secret goes into.
            rules: rules.filter(mayFillWith),
          },
        };
      }
      case 'rules/teach':
        await store.addRules([withProvenance(request.rule, 'here', '', Date.now())]);
        return { ok: true, data: null };
      case 'rules/list':
        return { ok: true, data: await store.listRules() };
      case 'rules/delete':
        await store.deleteRule(request);
        return { ok: true, data: null };
      case 'report/scrub': {
        const key = await keys.get();
        const secretScreens = ['credentials', 'security-questions', 'group-authentication'] as const;
        const found = await Promise.all(secretScreens.map((screen) => store.valuesFor(screen, key)));
        const secrets = found.flatMap((f) =>
          Object.entries(f?.values ?? {})
            .filter(([field, v]) => isSecret(field as FieldId) && typeof v === 'string' && v.trim().length >= 2)
            .map(([, v]) => String(v).trim()),
        );
        return { ok: true, data: blankWords(request.text, secrets, '[secret]') };
      }
      case 'report/private-words': {
        const { profiles } = await store.state();
        const words = profiles.flatMap(({ data: d }) => [
          d.label,
          d.username,
          d.firstName,
          d.lastName,
          d.email,
          d.phone,
          d.mailingAddress.line1,
          d.billingAddress?.line1 ?? '',
        ]);
        return { ok: true, data: [...new Set(words.filter((w) => w.trim().length >= 2))] };
      }
      case 'options/open':
        await effects.openOptions(request.section);
        return { ok: true, data: null };
      case 'profiles/password':
        return { ok: true, data: await keepPassword(request.password) };
      case 'profiles/questions':
        if (!request.questions) return { ok: true, data: await store.courtQuestions() };
        await store.setCourtQuestions(request.questions);
        return { ok: true, data: null };
      case 'bookmark/state':
      case 'bookmark/add': {
        const memory = { get: () => store.bookmarkId(), set: (id: string | null) => store.setBookmarkId(id) };
        const api = effects.bookmarks?.() ?? null;
        return { ok: true, data: await bookmarkRequest(api, memory, request.type === 'bookmark/add') };
      }
      case 'open/link':
        return { ok: true, data: await effects.openLink?.(request.link) };
    }
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
