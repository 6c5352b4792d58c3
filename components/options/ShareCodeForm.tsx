import type { Ref } from 'preact';
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

  return (
    <form class="share-code-form" onSubmit={(e) => void read(e)} noValidate aria-labelledby="import-code-heading">
      <h3 id="import-code-heading">{t('import_code_heading')}</h3>
      <CodeBox
        codeRef={codeRef}
        code={code}
        error={error}
        onCode={(value) => {
          setCode(value);
          setError(null);
          setPassphraseError(null);
        }}
      />
      {askPassphrase && (
        <CodePassphrase
          value={passphrase}
          error={passphraseError}
          onValue={(v) => {
            setPassphrase(v);
            setPassphraseError(null);
          }}
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

/** The code's own box, with its hint, marked wrong (and described by the error) when reading it failed. */
function CodeBox({
  codeRef,
  code,
  error,
  onCode,
}: {
  codeRef: Ref<HTMLTextAreaElement>;
  code: string;
  error: string | null;
  onCode: (value: string) => void;
}) {
  const invalid = Boolean(error);
  return (
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
        onInput={(e) => onCode(e.currentTarget.value)}
      />
      <p id="import-code-hint" class="hint">
        {t('import_code_hint')}
      </p>
    </div>
  );
}

/** A locked code: a calm note that it is locked, and the box for its passphrase. */
function CodePassphrase({
  value,
  error,
  onValue,
}: {
  value: string;
  error: string | null;
  onValue: (value: string) => void;
}) {
  return (
    <>
      <p role="status" class="status">
        {t('import_code_locked')}
      </p>
      <TextField
        id="import-code-passphrase"
        label={t('import_code_passphrase')}
        type="password"
        autoComplete="off"
        value={value}
        onValue={onValue}
        error={error ?? undefined}
        hint={t('import_code_passphrase_hint')}
      />
    </>
  );
}
