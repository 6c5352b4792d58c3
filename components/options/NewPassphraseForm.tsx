import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
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

  const label = mode === 'set' ? t('passphrase_label') : t('passphrase_label_new');
  const labelAgain = mode === 'set' ? t('passphrase_label_again') : t('passphrase_label_new_again');
  const prefix = `pp-${mode}`;
  const firstError = first.length < MIN_PASSPHRASE ? t('passphrase_too_short', label, MIN_PASSPHRASE) : undefined;
  const againError = !firstError && again !== first ? t('passphrase_mismatch', labelAgain) : undefined;

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
    onDone(mode === 'set' ? t('passphrase_set_done') : t('passphrase_changed_done'));
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
        hint={t('passphrase_hint', MIN_PASSPHRASE)}
      />
      <TextField
        id={`${prefix}-again`}
        label={labelAgain}
        type="password"
        autoComplete="new-password"
        value={again}
        onValue={setAgain}
        error={checked ? againError : undefined}
      />
      <div class="row">
        <button type="submit" class="primary">
          {mode === 'set' ? t('passphrase_set_button') : t('passphrase_change_heading')}
        </button>
        {busy && <span class="busy">{t('passphrase_working')}</span>}
      </div>
      <ErrorAlert message={error} />
    </form>
  );
}
