import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t, tParts } from '@/lib/i18n';
import { mergeImport, type MergeResult } from '@/lib/import-merge';
import { FIELDS } from '@/lib/fields';
import { describePath, type ProfileData, type ProfileInput } from '@/lib/profile';
import { MAX_FILE_BYTES, parseProfileFile, type ProfileFile } from '@/lib/profile-file';
import type { ProfileSummary } from '@/lib/profile-store';
import { decodeShareCode } from '@/lib/share-code';
import { GROUP_FILE_SUFFIX, PROFILE_FILE_SUFFIX } from './download';
import { CheckboxField, TextField } from './FormField';
import { ErrorAlert, Status, errorText, quoted, type Ask, type OptionsState } from './Messages';

interface Props {
  state: OptionsState;
  ask: Ask;
  reload: () => Promise<unknown>;
}

/** Where the previewed profile came from: a file's text, or a share code (with the passphrase that opened it). */
type Source =
  | { kind: 'file'; text: string; fileName: string }
  | { kind: 'code'; code: string; passphrase?: string; locked: boolean };

type Phase =
  | { kind: 'idle' }
  | { kind: 'reading-file' }
  | { kind: 'reading-code' }
  | { kind: 'refused'; errors: string[] }
  | { kind: 'preview'; source: Source; file: ProfileFile };

const sameLabel = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/** "a and b", "a and b and c": the items of a short list, joined as the language joins them. */
const joinAnd = (items: readonly string[]) => items.reduce((list, item) => t('list_and', list, item));

/** The saved profile an import would change: the one with the same name, if any. */
export function matchingProfile(profiles: readonly ProfileSummary[], label: string): ProfileSummary | undefined {
  return profiles.find((p) => sameLabel(p.data.label, label));
}

/** The fields (in plain words) whose saved value differs from the file's. Secrets are not compared. */
export function changedFields(file: ProfileInput, saved: ProfileData): string[] {
  const out: string[] = [];
  const differ = (path: PropertyKey[], a: unknown, b: unknown) => {
    if (a !== b) out.push(describePath(path));
  };
  for (const key of ['label', 'username', 'firstName', 'lastName', 'email', 'phone', 'noMobarNumber'] as const) {
    differ([key], file[key], saved[key]);
  }
  const addressParts = ['line1', 'line2', 'city', 'state', 'zip'] as const;
  for (const part of addressParts)
    differ(['mailingAddress', part], file.mailingAddress[part], saved.mailingAddress[part]);
  if (file.billingAddress === null || saved.billingAddress === null) {
    if (file.billingAddress !== saved.billingAddress) out.push(t('import_billing_same_changed'));
  } else {
    for (const part of addressParts)
      differ(['billingAddress', part], file.billingAddress[part], saved.billingAddress[part]);
  }
  const n = Math.max(file.securityQuestions.length, saved.securityQuestions.length);
  for (let i = 0; i < n; i++) {
    differ(
      ['securityQuestions', i, 'question'],
      file.securityQuestions[i]?.question ?? '',
      saved.securityQuestions[i]?.question ?? '',
    );
  }
  for (const key of ['name', 'position', 'department', 'supervisor', 'notes'] as const) {
    differ(['group', key], file.group[key], saved.group[key]);
  }
  return out;
}

/** What secrets a file carries, in words (never their values). */
export function carriedSecrets(file: ProfileFile): string[] {
  if (file.kind === 'group') return file.group.pin ? [t('import_secret_pin')] : [];
  const p = file.profile;
  const out: string[] = [];
  if (p.group.pin) out.push(t('import_secret_pin'));
  const answers = p.securityQuestions.filter((q) => q.answer).length;
  if (answers) out.push(answers === 1 ? t('import_secret_answer_one') : t('import_secret_answers_other', answers));
  return out;
}

/**
 * The profile an import goes into by default: for a group profile, the one in
 * use; for a person's file, the profile with the same name (else a new one).
 * '' is a new profile.
 */
export function defaultTarget(file: ProfileFile, state: Pick<OptionsState, 'profiles' | 'activeProfileId'>): string {
  if (file.kind === 'group') {
    return state.profiles.some((p) => p.id === state.activeProfileId) ? (state.activeProfileId ?? '') : '';
  }
  return matchingProfile(state.profiles, file.profile.label)?.id ?? '';
}

/**
 * Replacing one's own details starts ticked only for a person's file with the
 * same profile name as the target: it is a copy of that very profile (moved
 * from another computer), so its details are the person's own. A group
 * profile or share code never replaces them unless the person ticks the box.
 */
function replaceByDefault(file: ProfileFile, target: ProfileSummary | null): boolean {
  return file.kind === 'person' && target !== null && sameLabel(target.data.label, file.profile.label);
}

/** Read a profile file or a share code, show what it would do, and import it only when the person says so. */
export function ImportSection({ state, ask, reload }: Props) {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [notes, setNotes] = useState<string[]>([]);
  /** Changing it empties the file box after an import or a cancel. */
  const [inputKey, setInputKey] = useState(0);
  const [busy, setBusy] = useState(false);
  /** The person's choices in the preview (null: the default). */
  const [targetChoice, setTargetChoice] = useState<string | null>(null);
  const [replaceChoice, setReplaceChoice] = useState<boolean | null>(null);
  // The share code box.
  const [code, setCode] = useState('');
  const [codePassphrase, setCodePassphrase] = useState('');
  const [askPassphrase, setAskPassphrase] = useState(false);
  const [codeError, setCodeError] = useState<string | null>(null);
  /** The last error was about the passphrase, not the code itself. */
  const [passphraseError, setPassphraseError] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLTextAreaElement>(null);
  const previewHeadingRef = useRef<HTMLHeadingElement>(null);

  const clearMessages = () => {
    setError(null);
    setStatus('');
    setNotes([]);
  };
  const showPreview = (source: Source, file: ProfileFile) => {
    setTargetChoice(null);
    setReplaceChoice(null);
    setPhase({ kind: 'preview', source, file });
  };

  const choose = async (input: HTMLInputElement) => {
    clearMessages();
    setCodeError(null);
    const file = input.files?.[0];
    if (!file) {
      setPhase({ kind: 'idle' });
      return;
    }
    if (file.size > MAX_FILE_BYTES) {
      setPhase({
        kind: 'refused',
        errors: [t('file_too_large', MAX_FILE_BYTES / 1024)],
      });
      return;
    }
    setPhase({ kind: 'reading-file' });
    let text: string;
    try {
      text = await file.text();
    } catch {
      setPhase({ kind: 'refused', errors: [t('common_file_unreadable')] });
      return;
    }
    const parsed = parseProfileFile(text);
    if (parsed.ok) showPreview({ kind: 'file', text, fileName: file.name }, parsed.value);
    else setPhase({ kind: 'refused', errors: parsed.errors });
  };

  // The passphrase box appeared (or the passphrase was wrong): the person types there next.
  const [focusPassphrase, setFocusPassphrase] = useState(0);
  useLayoutEffect(() => {
    if (focusPassphrase) document.getElementById('import-code-passphrase')?.focus();
  }, [focusPassphrase]);

  const readCode = async (e: Event) => {
    e.preventDefault();
    if (phase.kind === 'reading-code') return;
    clearMessages();
    setCodeError(null);
    setInputKey((k) => k + 1);
    setPhase({ kind: 'reading-code' });
    const passphrase = askPassphrase && codePassphrase ? codePassphrase : undefined;
    const decoded = await decodeShareCode(code, passphrase);
    if (!decoded.ok) {
      setPhase({ kind: 'idle' });
      setCodeError(decoded.error);
      setPassphraseError(Boolean(decoded.needsPassphrase));
      if (decoded.needsPassphrase) {
        setAskPassphrase(true);
        setFocusPassphrase((n) => n + 1);
      } else codeRef.current?.focus();
      return;
    }
    showPreview(
      {
        kind: 'code',
        code,
        locked: decoded.locked,
        ...(decoded.locked && passphrase ? { passphrase } : {}),
      },
      decoded.file,
    );
    requestAnimationFrame(() => previewHeadingRef.current?.focus());
  };

  const reset = (focus: boolean) => {
    const wasCode = phase.kind === 'preview' && phase.source.kind === 'code';
    setPhase({ kind: 'idle' });
    setInputKey((k) => k + 1);
    if (wasCode) {
      setCode('');
      setCodePassphrase('');
      setAskPassphrase(false);
    }
    if (focus) requestAnimationFrame(() => (wasCode ? codeRef.current : inputRef.current)?.focus());
  };

  const preview = phase.kind === 'preview' ? phase : null;
  const file = preview?.file ?? null;
  /** The same sentence for a file or for a share code: each has its own message. */
  const byCode = preview?.source.kind === 'code';

  // What the import would do, for the profile it goes into (a target deleted meanwhile means a new profile).
  const chosen = file ? (targetChoice ?? defaultTarget(file, state)) : '';
  const target = (chosen && state.profiles.find((p) => p.id === chosen)) || null;
  const plain: MergeResult | null = file ? mergeImport(target?.data ?? null, file) : null;
  const replace = Boolean(file && plain?.needsConfirmation && (replaceChoice ?? replaceByDefault(file, target)));
  const merge: MergeResult | null =
    file && plain && replace ? mergeImport(target!.data, file, { overwritePersonal: true }) : plain;
  const summary = target && merge ? changedFields(merge.merged, target.data) : [];
  const personalChanges = plain
    ? [...new Set(plain.changes.filter((c) => c.personal && !c.applied).map((c) => c.field))]
    : [];

  const runImport = async () => {
    if (!preview || !merge || busy) return;
    setBusy(true);
    setError(null);
    const where = {
      ...(target ? { id: target.id } : {}),
      ...(replace ? { overwritePersonal: true } : {}),
    };
    try {
      const result = await ask<{ id: string; notes: string[] }>(
        preview.source.kind === 'file'
          ? { type: 'profiles/import', text: preview.source.text, ...where }
          : {
              type: 'profiles/import-code',
              code: preview.source.code,
              ...(preview.source.passphrase ? { passphrase: preview.source.passphrase } : {}),
              ...where,
            },
      );
      setNotes(result.notes);
      const label = merge.merged.label;
      setStatus(
        target
          ? t(byCode ? 'import_updated_code' : 'import_updated_file', quoted(label))
          : t('import_added', quoted(label)),
      );
      reset(true);
      await reload();
    } catch (err) {
      // Nothing was saved: the background refuses before it writes anything.
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  const secrets = file ? carriedSecrets(file) : [];
  const rulesCount = merge?.rules.length ?? 0;
  const person = file?.kind === 'person' ? file.profile : file?.person;
  const name = person ? [person.firstName, person.lastName].filter(Boolean).join(' ') : '';

  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading" tabIndex={-1}>
        {t('import_heading')}
      </h2>
      <p>{tParts('import_intro', <code>{PROFILE_FILE_SUFFIX}</code>, <code>{GROUP_FILE_SUFFIX}</code>)}</p>
      <div class="field">
        <label for="import-file">{t('import_file_label')}</label>
        <input
          key={inputKey}
          ref={inputRef}
          id="import-file"
          type="file"
          accept=".json,application/json"
          aria-describedby={phase.kind === 'refused' ? 'import-errors' : undefined}
          onChange={(e) => void choose(e.currentTarget)}
        />
      </div>
      {phase.kind === 'reading-file' && <p class="busy">{t('import_reading_file')}</p>}
      {phase.kind === 'refused' && (
        <div id="import-errors">
          <ErrorAlert message={[t('import_refused'), ...phase.errors]} />
        </div>
      )}

      <form class="share-code-form" onSubmit={(e) => void readCode(e)} noValidate aria-labelledby="import-code-heading">
        <h3 id="import-code-heading">{t('import_code_heading')}</h3>
        <div class={`field${codeError && !passphraseError ? ' invalid' : ''}`}>
          <label for="import-code">{t('label_share_code')}</label>
          <textarea
            ref={codeRef}
            id="import-code"
            class="code"
            rows={4}
            spellcheck={false}
            autoComplete="off"
            value={code}
            aria-invalid={codeError && !passphraseError ? 'true' : undefined}
            aria-describedby={['import-code-hint', codeError ? 'import-code-error' : ''].filter(Boolean).join(' ')}
            onInput={(e) => {
              setCode(e.currentTarget.value);
              setCodeError(null);
            }}
          />
          <p id="import-code-hint" class="hint">
            {t('import_code_hint')}
          </p>
        </div>
        {askPassphrase && (
          <TextField
            id="import-code-passphrase"
            label={t('import_code_passphrase')}
            type="password"
            autoComplete="off"
            value={codePassphrase}
            onValue={(v) => {
              setCodePassphrase(v);
              setCodeError(null);
            }}
            hint={t('import_code_passphrase_hint')}
          />
        )}
        <div class="row">
          <button type="submit">{t('import_read_code')}</button>
          {phase.kind === 'reading-code' && (
            <span class="busy">{askPassphrase ? t('import_opening_code') : t('import_reading_code')}</span>
          )}
        </div>
        {codeError && (
          <div id="import-code-error">
            <ErrorAlert message={codeError} />
          </div>
        )}
      </form>

      {preview && file && merge && (
        <div class="card preview" role="group" aria-labelledby="import-preview-heading">
          <h3 id="import-preview-heading" ref={previewHeadingRef} tabIndex={-1}>
            {t(byCode ? 'import_holds_code' : 'import_holds_file')}
          </h3>
          <dl>
            {file.kind === 'person' ? (
              <>
                <dt>{t('label_profile_name')}</dt>
                <dd>{file.profile.label}</dd>
              </>
            ) : (
              <>
                <dt>{t('import_kind')}</dt>
                <dd>{person ? t('import_kind_group_person') : t('import_kind_group')}</dd>
              </>
            )}
            {(file.kind === 'person' || person) && (
              <>
                <dt>{t('import_name')}</dt>
                <dd>{name || t('common_not_given')}</dd>
                <dt>{t(FIELDS.email.label)}</dt>
                <dd>{person?.email || t('common_not_given')}</dd>
              </>
            )}
            <dt>{t(FIELDS['group.name'].label)}</dt>
            <dd>
              {(file.kind === 'person' ? file.profile.group.name : file.group.groupName) || t('common_not_given')}
            </dd>
          </dl>

          {merge.note && (
            <div class="admin-note">
              <p>
                <strong>{t('import_note_lead')}</strong>
              </p>
              <p class="note-text">{merge.note}</p>
            </div>
          )}

          <div class="field">
            <label for="import-target">{t('import_add_to')}</label>
            <select
              id="import-target"
              value={target?.id ?? ''}
              onChange={(e) => {
                setTargetChoice(e.currentTarget.value);
                setReplaceChoice(null);
              }}
            >
              <option value="">{t('import_new_profile')}</option>
              {state.profiles.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.id === state.activeProfileId ? t('import_target_in_use', p.data.label) : p.data.label}
                </option>
              ))}
            </select>
          </div>

          {!target ? (
            <p class="change">{t('import_adds_new')}</p>
          ) : summary.length ? (
            <div class="change">
              <p>
                {file.kind === 'person' && sameLabel(target.data.label, file.profile.label)
                  ? t('import_changes_same_name', quoted(target.data.label))
                  : t('import_changes', quoted(target.data.label))}
              </p>
              <ul>
                {summary.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            </div>
          ) : (
            <p class="change">
              {t(
                personalChanges.length
                  ? secrets.length || rulesCount
                    ? 'import_keeps_personal_adds'
                    : 'import_keeps_personal'
                  : secrets.length || rulesCount
                    ? 'import_same_adds'
                    : 'import_same',
                quoted(target.data.label),
              )}
            </p>
          )}

          {plain!.needsConfirmation && (
            <CheckboxField
              id="import-replace"
              label={t('import_replace_mine')}
              checked={replace}
              onChecked={(on) => setReplaceChoice(on)}
              hint={t(byCode ? 'import_replace_hint_code' : 'import_replace_hint_file', personalChanges.join(', '))}
            />
          )}

          {merge.changes.length > 0 && (
            <div class="table-scroll">
              <table class="changes">
                <caption>{target ? t('import_before_after') : t('import_new_gets')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('import_col_detail')}</th>
                    {target && <th scope="col">{t('import_col_now')}</th>}
                    <th scope="col">
                      {target ? t(byCode ? 'import_col_from_code' : 'import_col_from_file') : t('import_col_value')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {merge.changes.map((c, i) => (
                    <tr key={i} class={c.applied ? undefined : 'kept'}>
                      <th scope="row">
                        {c.field}
                        {c.personal && target && (
                          <span class="personal-mark"> {t(c.applied ? 'import_own_replaced' : 'import_own_kept')}</span>
                        )}
                      </th>
                      {target && <td>{c.from}</td>}
                      <td>{c.to}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}

          {secrets.length > 0 ? (
            <p>
              {t(byCode ? 'import_secrets_code' : 'import_secrets_file', joinAnd(secrets))}{' '}
              {state.unlocked ? t('import_secrets_kept') : t('import_secrets_left_out')}
            </p>
          ) : (
            file.kind === 'group' && <p>{t(byCode ? 'import_no_pin_code' : 'import_no_pin_file')}</p>
          )}
          <p>{t(rulesCount ? 'import_taught_some' : 'import_taught_none', rulesCount)}</p>
          <div class="row">
            <button type="button" class="primary" onClick={() => void runImport()}>
              {t('import_button')}
            </button>
            <button type="button" onClick={() => reset(true)}>
              {t('common_cancel')}
            </button>
            {busy && <span class="busy">{t('import_importing')}</span>}
          </div>
          <ErrorAlert message={error} />
        </div>
      )}
      <Status message={status}>
        {notes.length > 0 && (
          <ul>
            {notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        )}
      </Status>
    </section>
  );
}
