/** Importing a profile file or a share code into a profile, as its preview showed it. */
import { t } from '../i18n';
import { importName, previewImport, rulesToSave, type ImportSource } from '../sharing/import-preview';
import type { HandlerTable } from '../messaging/router';
import { splitSecrets, type ProfileInput } from '../profile/profile';
import { parseProfileFile, type ProfileFile } from '../profile/profile-file';
import type { ProfileStore } from '../storage/profile-store';
import { SHARE_CODE_MESSAGES, decodeShareCode, fileHasAnswers } from '../sharing/share-code';
import { StoreError } from '../storage/store-error';
import type { KeyKeeper } from './vault';

/** A file's secrets can only be kept with a passphrase; without one they are dropped, and the person is told. */
const withoutSecrets = (p: ProfileInput): ProfileInput => splitSecrets(p).data;

export const secretsDropped = () => t('handler_secrets_dropped');

/** How an import request says what the person saw and chose. */
interface ImportShown {
  id?: string;
  overwritePersonal?: boolean;
  source?: ImportSource;
  fileName?: string;
  seen?: string;
}

export function importHandlers(
  store: ProfileStore,
  keys: KeyKeeper,
): Pick<HandlerTable, 'profiles/import' | 'profiles/import-code'> {
  /**
   * Merge a file (or decoded share code) into the chosen profile, or a new one,
   * and save it with its taught fields. The preview and the merge are worked
   * out inside the saving transaction from the profile as saved there, so an
   * import or save that lands meanwhile is merged, not lost. The person's own
   * details are kept unless they confirmed replacing them. What is applied is
   * what the preview showed (`seen`); without a preview, an import that would
   * replace a field the person taught is refused.
   */
  const importFile = async (file: ProfileFile, shown: ImportShown) => {
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
  return {
    'profiles/import': async (request) => {
      const file = parseProfileFile(request.text);
      if (!file.ok) return { ok: false, error: file.errors.join(' ') };
      // A code the options page decoded: a code never brings answers (decoding refused a plain one with a PIN).
      if (request.source === 'code' && fileHasAnswers(file.value)) {
        return { ok: false, error: SHARE_CODE_MESSAGES.holdsAnswers };
      }
      return { ok: true, data: await importFile(file.value, request) };
    },
    'profiles/import-code': async (request) => {
      const decoded = await decodeShareCode(request.code, request.passphrase);
      if (!decoded.ok) return { ok: false, error: decoded.error };
      return { ok: true, data: await importFile(decoded.file, { ...request, source: 'code' }) };
    },
  };
}
