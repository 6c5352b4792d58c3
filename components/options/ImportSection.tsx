import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { mergeImport, type MergeResult } from '@/lib/import-merge';
import { describePath, type ProfileData, type ProfileInput } from '@/lib/profile';
import { MAX_FILE_BYTES, parseProfileFile, type ProfileFile } from '@/lib/profile-file';
import type { ProfileSummary } from '@/lib/profile-store';
import { decodeShareCode } from '@/lib/share-code';
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
    if (file.billingAddress !== saved.billingAddress) out.push('Billing address (same as mailing or not)');
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
  if (file.kind === 'group') return file.group.pin ? ['the group PIN'] : [];
  const p = file.profile;
  const out: string[] = [];
  if (p.group.pin) out.push('the group PIN');
  const answers = p.securityQuestions.filter((q) => q.answer).length;
  if (answers) out.push(answers === 1 ? 'one security answer' : `${answers} security answers`);
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
        errors: [`This profile file is too large (over ${MAX_FILE_BYTES / 1024} kB). Check you chose the right file.`],
      });
      return;
    }
    setPhase({ kind: 'reading-file' });
    let text: string;
    try {
      text = await file.text();
    } catch {
      setPhase({ kind: 'refused', errors: ['The file could not be read. Check it is still there and try again.'] });
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
  const noun = preview?.source.kind === 'code' ? 'share code' : 'file';

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
          ? `Imported: profile ${quoted(label)} was updated from the ${noun}.`
          : `Imported: profile ${quoted(label)} was added.`,
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
        Import a profile file
      </h2>
      <p>
        A profile file (ending in <code>.mo-efiling-profile.json</code>, or <code>.mo-efiling-group.json</code> from
        your group administrator) is made by “Export”, here or on another computer. You see what it holds before
        anything changes.
      </p>
      <div class="field">
        <label for="import-file">Profile file</label>
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
      {phase.kind === 'reading-file' && <p class="busy">Reading the file…</p>}
      {phase.kind === 'refused' && (
        <div id="import-errors">
          <ErrorAlert message={['This file was not imported; nothing was changed.', ...phase.errors]} />
        </div>
      )}

      <form class="share-code-form" onSubmit={(e) => void readCode(e)} noValidate aria-labelledby="import-code-heading">
        <h3 id="import-code-heading">Have a share code?</h3>
        <div class={`field${codeError && !passphraseError ? ' invalid' : ''}`}>
          <label for="import-code">Share code</label>
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
            The code your group administrator sent you, starting with “MOEF2”. Paste all of it; line breaks and spaces
            do not matter.
          </p>
        </div>
        {askPassphrase && (
          <TextField
            id="import-code-passphrase"
            label="Passphrase for this code"
            type="password"
            autoComplete="off"
            value={codePassphrase}
            onValue={(v) => {
              setCodePassphrase(v);
              setCodeError(null);
            }}
            hint="Your administrator gives it to you separately from the code, for example by phone."
          />
        )}
        <div class="row">
          <button type="submit">Read share code</button>
          {phase.kind === 'reading-code' && (
            <span class="busy">{askPassphrase ? 'Opening the share code…' : 'Reading the share code…'}</span>
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
            What the {noun} holds
          </h3>
          <dl>
            {file.kind === 'person' ? (
              <>
                <dt>Profile name</dt>
                <dd>{file.profile.label}</dd>
              </>
            ) : (
              <>
                <dt>Kind</dt>
                <dd>{person ? 'Group profile, with your own details' : 'Group profile from your administrator'}</dd>
              </>
            )}
            {(file.kind === 'person' || person) && (
              <>
                <dt>Name</dt>
                <dd>{name || 'not given'}</dd>
                <dt>E-mail address</dt>
                <dd>{person?.email || 'not given'}</dd>
              </>
            )}
            <dt>Group name</dt>
            <dd>{(file.kind === 'person' ? file.profile.group.name : file.group.groupName) || 'not given'}</dd>
          </dl>

          {merge.note && (
            <div class="admin-note">
              <p>
                <strong>Note from your group administrator:</strong>
              </p>
              <p class="note-text">{merge.note}</p>
            </div>
          )}

          <div class="field">
            <label for="import-target">Add to</label>
            <select
              id="import-target"
              value={target?.id ?? ''}
              onChange={(e) => {
                setTargetChoice(e.currentTarget.value);
                setReplaceChoice(null);
              }}
            >
              <option value="">A new profile</option>
              {state.profiles.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.data.label}
                  {p.id === state.activeProfileId ? ' (in use)' : ''}
                </option>
              ))}
            </select>
          </div>

          {!target ? (
            <p class="change">Importing adds it as a new profile.</p>
          ) : summary.length ? (
            <div class="change">
              <p>
                {file.kind === 'person' && sameLabel(target.data.label, file.profile.label)
                  ? `You already have a profile named ${quoted(target.data.label)}. Importing changes it:`
                  : `Importing changes your profile ${quoted(target.data.label)}:`}
              </p>
              <ul>
                {summary.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            </div>
          ) : (
            <p class="change">
              {personalChanges.length
                ? `Importing keeps the details of ${quoted(target.data.label)} as they are, unless you replace your own details (below)`
                : `Your profile ${quoted(target.data.label)} already has these details. Importing keeps it as it is`}
              {secrets.length || rulesCount ? ' and adds what is listed below' : ''}.
            </p>
          )}

          {plain!.needsConfirmation && (
            <CheckboxField
              id="import-replace"
              label="Replace my own details with the file's"
              checked={replace}
              onChecked={(on) => setReplaceChoice(on)}
              hint={`These details of yours differ from the ${noun}’s: ${personalChanges.join(', ')} (marked “your own detail” below). Unless you tick this, they stay as you have them.`}
            />
          )}

          {merge.changes.length > 0 && (
            <div class="table-scroll">
              <table class="changes">
                <caption>{target ? 'Before and after' : 'What the new profile gets'}</caption>
                <thead>
                  <tr>
                    <th scope="col">Detail</th>
                    {target && <th scope="col">Now</th>}
                    <th scope="col">{target ? `From the ${noun}` : 'Value'}</th>
                  </tr>
                </thead>
                <tbody>
                  {merge.changes.map((c, i) => (
                    <tr key={i} class={c.applied ? undefined : 'kept'}>
                      <th scope="row">
                        {c.field}
                        {c.personal && target && (
                          <span class="personal-mark">
                            {' '}
                            (your own detail{c.applied ? ', will be replaced' : ', kept unless you tick the box above'})
                          </span>
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
              The {noun} also holds {secrets.join(' and ')}. These are kept only with a passphrase that is set and
              unlocked:{' '}
              {state.unlocked
                ? 'yours is unlocked, so they will be kept, encrypted.'
                : 'yours is not unlocked, so they will be left out. To keep them, set or unlock your passphrase first (under “Passphrase”).'}
            </p>
          ) : (
            file.kind === 'group' && (
              <p>
                The {noun} does not include the group PIN: your administrator gives it to you another way. It is kept
                only with a passphrase that is set and unlocked.
              </p>
            )
          )}
          <p>
            Taught fields: {rulesCount}
            {rulesCount
              ? ' (fields the assistant was taught to recognise on the court’s screens; they will be added).'
              : '.'}
          </p>
          <div class="row">
            <button type="button" class="primary" onClick={() => void runImport()}>
              Import
            </button>
            <button type="button" onClick={() => reset(true)}>
              Cancel
            </button>
            {busy && <span class="busy">Importing…</span>}
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
