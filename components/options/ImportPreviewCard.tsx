import type { Ref } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { previewImport, type ImportPreview } from '@/lib/sharing/import-preview';
import { fileText, type ProfileFile } from '@/lib/profile/profile-file';
import type { ProfileSummary } from '@/lib/storage/profile-store';
import type { KeptRule } from '@/lib/recognise/taught-rules';
import { CheckboxField } from './FormField';
import { ImportChanges } from './ImportChanges';
import { ImportPassphraseOffer } from './ImportPassphraseOffer';
import { ImportRules } from './ImportRules';
import { ImportSummary } from './ImportSummary';
import { ErrorAlert, errorText, quoted, type Ask, type OptionsState } from './Messages';

/** What is previewed: a file as read (its text and name), or the file a share code held (decoded once, in the page). */
export type Pending = { file: ProfileFile } & ({ source: 'file'; text: string; fileName: string } | { source: 'code' });

interface Props {
  pending: Pending;
  state: OptionsState;
  rules: readonly KeptRule[];
  ask: Ask;
  /** Reloads the page's state: after the person sets or unlocks their passphrase here, the preview keeps the secrets. */
  reload: () => Promise<unknown>;
  headingRef: Ref<HTMLHeadingElement>;
  onImported: (status: string, notes: string[]) => void;
  onCancel: () => void;
}

const sameLabel = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
/** "a and b", "a and b and c": the items of a short list, joined as the language joins them. */
const joinAnd = (items: readonly string[]) => items.reduce((list, item) => t('list_and', list, item));

/**
 * The profile an import goes into by default: for a group profile, the one in
 * use; for a person's file, the profile with the same name (else a new one).
 * '' is a new profile.
 */
export function defaultTarget(file: ProfileFile, state: Pick<OptionsState, 'profiles' | 'activeProfileId'>): string {
  if (file.kind === 'group') {
    return state.profiles.some((p) => p.id === state.activeProfileId) ? (state.activeProfileId ?? '') : '';
  }
  return state.profiles.find((p) => sameLabel(p.data.label, file.profile.label))?.id ?? '';
}

/** The sentence above the table: what happens to the chosen profile. */
function whatHappens(preview: ImportPreview, file: ProfileFile, target: ProfileSummary | null): string {
  if (!target) return t('import_adds_new');
  const name = quoted(target.data.label);
  const pending = preview.personal.some((c) => !c.applied && !c.leftOut);
  const changes = [...preview.personal, ...preview.other].some((c) => c.applied);
  const adds = preview.secrets.length > 0 || preview.rulesAdded.length + preview.rulesReplaced.length > 0;
  if (changes) {
    return file.kind === 'person' && sameLabel(target.data.label, file.profile.label)
      ? t('import_changes_same_name', name)
      : t('import_changes', name);
  }
  if (pending) return t(adds ? 'import_keeps_personal_adds' : 'import_keeps_personal', name);
  return t(adds ? 'import_same_adds' : 'import_same', name);
}

/** The preview of an import, rendered from lib/sharing/import-preview.ts, and the Import button that applies exactly that. */
export function ImportPreviewCard({ pending, state, rules, ask, reload, headingRef, onImported, onCancel }: Props) {
  const { file } = pending;
  const byCode = pending.source === 'code';
  const [targetChoice, setTargetChoice] = useState<string | null>(null);
  /** Never ticked for the person: replacing their own details is their decision. */
  const [replace, setReplace] = useState(false);
  /** The person set or unlocked their passphrase in this preview. */
  const [madeReady, setMadeReady] = useState(false);
  const importRef = useRef<HTMLButtonElement>(null);

  // A target deleted meanwhile means a new profile.
  const chosen = targetChoice ?? defaultTarget(file, state);
  const target = (chosen && state.profiles.find((p) => p.id === chosen)) || null;
  const input = { current: target?.data ?? null, file, rules, unlocked: state.unlocked, source: pending.source };
  const preview = previewImport({ ...input, overwritePersonal: replace });

  const { runImport, busy, error } = useImportRun(ask, pending, preview, target, replace, onImported);

  return (
    <div class="card preview" role="group" aria-labelledby="import-preview-heading">
      <h3 id="import-preview-heading" ref={headingRef} tabIndex={-1}>
        {t(byCode ? 'import_holds_code' : 'import_holds_file')}
      </h3>
      <ImportSummary file={file} preview={preview} />
      <ImportTarget
        state={state}
        value={target?.id ?? ''}
        onChoose={(id) => {
          setTargetChoice(id);
          setReplace(false);
        }}
      />
      <ImportWhatHappens preview={preview} file={file} target={target} />
      {preview.needsConfirmation && (
        <CheckboxField
          id="import-replace"
          label={t('import_replace_mine')}
          checked={replace}
          onChecked={setReplace}
          hint={t(byCode ? 'import_replace_hint_code' : 'import_replace_hint_file', preview.confirmFields.join(', '))}
        />
      )}
      <ImportChanges preview={preview} toProfile={target !== null} byCode={byCode} />
      <ImportRules preview={preview} />
      <ImportSecrets preview={preview} file={file} byCode={byCode} />
      {preview.secrets.length > 0 && !state.unlocked && (
        <ImportPassphraseOffer
          hasPassphrase={state.hasPassphrase}
          byCode={byCode}
          ask={ask}
          reload={reload}
          onReady={() => {
            setMadeReady(true);
            importRef.current?.focus();
          }}
        />
      )}
      {madeReady && state.unlocked && (
        <p role="status" class="status">
          {t('import_own_ready')}
        </p>
      )}
      <div class="row">
        <button ref={importRef} type="button" class="primary" onClick={() => void runImport()}>
          {t('import_button')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common_cancel')}
        </button>
        {busy && <span class="busy">{t('import_importing')}</span>}
      </div>
      <ErrorAlert message={error} />
    </div>
  );
}

/** Which profile the import goes into: a new one, or one of the person's (the one in use said so). */
function ImportTarget({
  state,
  value,
  onChoose,
}: {
  state: OptionsState;
  value: string;
  onChoose: (id: string) => void;
}) {
  return (
    <div class="field">
      <label for="import-target">{t('import_add_to')}</label>
      <select id="import-target" value={value} onChange={(e) => onChoose(e.currentTarget.value)}>
        <option value="">{t('import_new_profile')}</option>
        {state.profiles.map((p) => (
          <option key={p.id} value={p.id}>
            {p.id === state.activeProfileId ? t('import_target_in_use', p.data.label) : p.data.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** What the file holds that is secret, and whether it will be kept; a group file without a PIN says so. */
function ImportSecrets({ preview, file, byCode }: { preview: ImportPreview; file: ProfileFile; byCode: boolean }) {
  if (preview.secrets.length > 0) {
    return (
      <p>
        {t(byCode ? 'import_secrets_code' : 'import_secrets_file', joinAnd(preview.secrets))}{' '}
        {preview.secretsKept ? t('import_secrets_kept') : t('import_secrets_left_out_inline')}
      </p>
    );
  }
  return file.kind === 'group' ? <p>{t(byCode ? 'import_no_pin_code' : 'import_no_pin_file')}</p> : null;
}

/** The Import button's work: exactly what the preview showed (its fingerprint), into the chosen profile. */
function useImportRun(
  ask: Ask,
  pending: Pending,
  preview: ImportPreview,
  target: ProfileSummary | null,
  replace: boolean,
  onImported: Props['onImported'],
) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const byCode = pending.source === 'code';
  const runImport = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const result = await ask('profiles/import', {
        text: pending.source === 'file' ? pending.text : fileText(pending.file),
        source: pending.source,
        ...(pending.source === 'file' ? { fileName: pending.fileName } : {}),
        seen: preview.fingerprint,
        ...(target ? { id: target.id } : {}),
        ...(replace && preview.needsConfirmation ? { overwritePersonal: true } : {}),
      });
      const label = quoted(preview.merge.merged.label);
      onImported(
        target ? t(byCode ? 'import_updated_code' : 'import_updated_file', label) : t('import_added', label),
        result.notes,
      );
    } catch (err) {
      // Nothing was saved: the background refuses before it writes anything.
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  return { runImport, busy, error };
}

/** The sentence above the table, and the fields an existing profile will have changed. */
function ImportWhatHappens({
  preview,
  file,
  target,
}: {
  preview: ImportPreview;
  file: ProfileFile;
  target: ProfileSummary | null;
}) {
  const changed = [...preview.personal, ...preview.other].filter((c) => c.applied).map((c) => c.field);
  return (
    <div class="change">
      <p>{whatHappens(preview, file, target)}</p>
      {target && changed.length > 0 && (
        <ul>
          {changed.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
