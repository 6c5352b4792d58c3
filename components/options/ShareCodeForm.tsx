import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { ProfileFile } from '@/lib/profile/profile-file';
import { decodeShareCode } from '@/lib/sharing/share-code';
import { TextField } from './FormField';
import { ErrorAlert } from './Messages';

interface Props {
  /** Reading started: the page drops what it showed. */
  onStart: () => void;
  /** The code was read (and opened): the file it holds, for the preview. Decoded here only, once. */
  onRead: (file: ProfileFile, locked: boolean) => void;
}

/** The "Share code" box (and, for a locked code, its passphrase): reads the code and names what is wrong with it. */
export function ShareCodeForm({ onStart, onRead }: Props) {
  const [code, setCode] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [askPassphrase, setAskPassphrase] = useState(false);
  const [reading, setReading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** What is wrong with the passphrase typed (wrong, or none): shown once, at its box. */
  const [passphraseError, setPassphraseError] = useState<string | null>(null);
  const codeRef = useRef<HTMLTextAreaElement>(null);

  // The passphrase box appeared (or the passphrase was wrong): the person types there next.
  const [focusPassphrase, setFocusPassphrase] = useState(0);
  useLayoutEffect(() => {
    if (focusPassphrase) document.getElementById('import-code-passphrase')?.focus();
  }, [focusPassphrase]);

  const read = async (e: Event) => {
    e.preventDefault();
    if (reading) return;
    onStart();
    setError(null);
    setPassphraseError(null);
    setReading(true);
    const decoded = await decodeShareCode(code, askPassphrase && passphrase ? passphrase : undefined);
    setReading(false);
    if (decoded.ok) return onRead(decoded.file, decoded.locked);
    if (!decoded.needsPassphrase) {
      setError(decoded.error);
      return codeRef.current?.focus();
    }
    // A locked code read for the first time is no mistake: the box for its passphrase appears, with a calm note.
    if (askPassphrase) setPassphraseError(decoded.error);
    setAskPassphrase(true);
    setFocusPassphrase((n) => n + 1);
  };

  const invalid = Boolean(error);
  return (
    <form class="share-code-form" onSubmit={(e) => void read(e)} noValidate aria-labelledby="import-code-heading">
      <h3 id="import-code-heading">{t('import_code_heading')}</h3>
      <div class={`field${invalid ? ' invalid' : ''}`}>
        <label for="import-code">{t('label_share_code')}</label>
        <textarea
          ref={codeRef}
          id="import-code"
          class="code"
          rows={4}
          spellcheck={false}
          autoComplete="off"
          value={code}
          aria-invalid={invalid ? 'true' : undefined}
          aria-describedby={['import-code-hint', error ? 'import-code-error' : ''].filter(Boolean).join(' ')}
          onInput={(e) => {
            setCode(e.currentTarget.value);
            setError(null);
            setPassphraseError(null);
          }}
        />
        <p id="import-code-hint" class="hint">
          {t('import_code_hint')}
        </p>
      </div>
      {askPassphrase && (
        <p role="status" class="status">
          {t('import_code_locked')}
        </p>
      )}
      {askPassphrase && (
        <TextField
          id="import-code-passphrase"
          label={t('import_code_passphrase')}
          type="password"
          autoComplete="off"
          value={passphrase}
          onValue={(v) => {
            setPassphrase(v);
            setPassphraseError(null);
          }}
          error={passphraseError ?? undefined}
          hint={t('import_code_passphrase_hint')}
        />
      )}
      <div class="row">
        <button type="submit">{t('import_read_code')}</button>
        {reading && <span class="busy">{askPassphrase ? t('import_opening_code') : t('import_reading_code')}</span>}
      </div>
      {error && (
        <div id="import-code-error">
          <ErrorAlert message={error} />
        </div>
      )}
    </form>
  );
}
