import { useRef, useState } from 'preact/hooks';
import { describePath, type ProfileData, type ProfileInput } from '@/lib/profile';
import { MAX_FILE_BYTES, parseProfileFile, type ProfileFile } from '@/lib/profile-file';

/** The name the imported profile goes by: its own label, or the group's name for a group file. */
const fileLabel = (file: ProfileFile) => (file.kind === 'person' ? file.profile.label : file.group.groupName);
import type { ProfileSummary } from '@/lib/profile-store';
import { ErrorAlert, Status, errorText, quoted, type Ask, type OptionsState } from './Messages';

interface Props {
  state: OptionsState;
  ask: Ask;
  reload: () => Promise<unknown>;
}

type Phase =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'refused'; errors: string[] }
  | { kind: 'preview'; text: string; file: ProfileFile; fileName: string };

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

/** What secrets a file carries, in words. */
function carriedSecrets(p: ProfileInput): string[] {
  const out: string[] = [];
  if (p.group.pin) out.push('the group PIN');
  const answers = p.securityQuestions.filter((q) => q.answer).length;
  if (answers) out.push(answers === 1 ? 'one security answer' : `${answers} security answers`);
  return out;
}

/** Read a profile file, show what it would do, and import it only when the person says so. */
export function ImportSection({ state, ask, reload }: Props) {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [notes, setNotes] = useState<string[]>([]);
  /** Changing it empties the file box after an import or a cancel. */
  const [inputKey, setInputKey] = useState(0);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  const choose = async (input: HTMLInputElement) => {
    setError(null);
    setStatus('');
    setNotes([]);
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
    setPhase({ kind: 'reading' });
    let text: string;
    try {
      text = await file.text();
    } catch {
      setPhase({ kind: 'refused', errors: ['The file could not be read. Check it is still there and try again.'] });
      return;
    }
    const parsed = parseProfileFile(text);
    setPhase(
      parsed.ok
        ? { kind: 'preview', text, file: parsed.value, fileName: file.name }
        : { kind: 'refused', errors: parsed.errors },
    );
  };

  const reset = (focus: boolean) => {
    setPhase({ kind: 'idle' });
    setInputKey((k) => k + 1);
    if (focus) requestAnimationFrame(() => inputRef.current?.focus());
  };

  const preview = phase.kind === 'preview' ? phase : null;
  const profile = preview?.file.profile;
  const existing = profile ? matchingProfile(state.profiles, profile.label) : undefined;

  const runImport = async () => {
    if (!preview || busy) return;
    setBusy(true);
    setError(null);
    try {
      const result = await ask<{ id: string; notes: string[] }>({
        type: 'profiles/import',
        text: preview.text,
        // The preview listed every field that changes: pressing Import is the person's confirmation.
        ...(existing ? { id: existing.id, overwritePersonal: true } : {}),
      });
      setNotes(result.notes);
      setStatus(
        existing
          ? `Imported: profile ${quoted(fileLabel(preview.file))} was updated from the file.`
          : `Imported: profile ${quoted(fileLabel(preview.file))} was added.`,
      );
      reset(true);
      await reload();
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  const secrets = profile ? carriedSecrets(profile) : [];
  const changes = profile && existing ? changedFields(profile, existing.data) : [];
  const rulesCount = preview?.file.rules?.length ?? 0;
  const name = profile ? [profile.firstName, profile.lastName].filter(Boolean).join(' ') : '';

  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">Import a profile file</h2>
      <p>
        A profile file (ending in <code>.mo-efiling-profile.json</code>) is made by “Export”, here or on another
        computer. You see what it holds before anything changes.
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
      {phase.kind === 'reading' && <p class="busy">Reading the file…</p>}
      {phase.kind === 'refused' && (
        <div id="import-errors">
          <ErrorAlert message={['This file was not imported; nothing was changed.', ...phase.errors]} />
        </div>
      )}
      {preview && profile && (
        <div class="card preview" role="group" aria-labelledby="import-preview-heading">
          <h3 id="import-preview-heading">What the file holds</h3>
          <dl>
            <dt>Profile name</dt>
            <dd>{profile.label}</dd>
            <dt>Name</dt>
            <dd>{name || 'not given'}</dd>
            <dt>E-mail address</dt>
            <dd>{profile.email || 'not given'}</dd>
            <dt>Group name</dt>
            <dd>{profile.group.name || 'not given'}</dd>
          </dl>
          {existing ? (
            changes.length ? (
              <div class="change">
                <p>You already have a profile named {quoted(existing.data.label)}. Importing changes it:</p>
                <ul>
                  {changes.map((c) => (
                    <li key={c}>{c}</li>
                  ))}
                </ul>
              </div>
            ) : (
              <p class="change">
                You already have a profile named {quoted(existing.data.label)} with the same details. Importing keeps it
                as it is{secrets.length || rulesCount ? ' and adds what is listed below' : ''}.
              </p>
            )
          ) : (
            <p class="change">Importing adds it as a new profile.</p>
          )}
          {secrets.length > 0 && (
            <p>
              The file also holds {secrets.join(' and ')}. These are kept only with a passphrase that is set and
              unlocked:{' '}
              {state.unlocked
                ? 'yours is unlocked, so they will be kept, encrypted.'
                : 'yours is not unlocked, so they will be left out. To keep them, set or unlock your passphrase first (under “Passphrase”).'}
            </p>
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
