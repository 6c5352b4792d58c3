import { useState } from 'preact/hooks';
import { TextField } from './FormField';
import { ErrorAlert, errorText, type Ask } from './Messages';

export const MIN_PASSPHRASE = 8;

interface Props {
  ask: Ask;
  reload: () => Promise<unknown>;
  /** "set" for a first passphrase, "change" for a new one. */
  mode: 'set' | 'change';
  onDone: (message: string) => void;
}

/** Choose a passphrase (or a new one): typed twice, at least 8 characters. */
export function NewPassphraseForm({ ask, reload, mode, onDone }: Props) {
  const [first, setFirst] = useState('');
  const [again, setAgain] = useState('');
  const [checked, setChecked] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const label = mode === 'set' ? 'Passphrase' : 'New passphrase';
  const prefix = `pp-${mode}`;
  const firstError =
    first.length < MIN_PASSPHRASE
      ? `${label}: use at least ${MIN_PASSPHRASE} characters (a short sentence is easy to remember).`
      : undefined;
  const againError =
    !firstError && again !== first ? `${label} again does not match: type the same passphrase twice.` : undefined;

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    setChecked(true);
    if (firstError || againError) {
      document.getElementById(firstError ? `${prefix}-first` : `${prefix}-again`)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await ask({ type: 'vault/set', passphrase: first });
    } catch (err) {
      setBusy(false);
      setError(errorText(err));
      return;
    }
    setBusy(false);
    setFirst('');
    setAgain('');
    setChecked(false);
    onDone(
      mode === 'set'
        ? 'Passphrase set, and unlocked until you lock it or close the browser. You can now save your password, security answers and PIN with a profile.'
        : 'Passphrase changed. Use the new one from now on.',
    );
    try {
      await reload();
    } catch (err) {
      setError(errorText(err));
    }
  };

  return (
    <form class="passphrase-form" onSubmit={submit} noValidate>
      <TextField
        id={`${prefix}-first`}
        label={label}
        type="password"
        autoComplete="new-password"
        value={first}
        onValue={setFirst}
        error={checked ? firstError : undefined}
        hint={`At least ${MIN_PASSPHRASE} characters. A short sentence you will remember works well.`}
      />
      <TextField
        id={`${prefix}-again`}
        label={`${label} again`}
        type="password"
        autoComplete="new-password"
        value={again}
        onValue={setAgain}
        error={checked ? againError : undefined}
      />
      <div class="row">
        <button type="submit" class="primary">
          {mode === 'set' ? 'Set passphrase' : 'Change passphrase'}
        </button>
        {busy && <span class="busy">Working…</span>}
      </div>
      <ErrorAlert message={error} />
    </form>
  );
}
