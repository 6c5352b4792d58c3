import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { ErrorAlert, errorText, type Ask } from './Messages';
import { TextField } from './FormField';

interface Props {
  ask: Ask;
  reload: () => Promise<unknown>;
  /** Keeps ids unique when two unlock forms are on the page. */
  idPrefix: string;
  /** Called once the passphrase was accepted (before the state reloads). */
  onUnlocked?: () => void;
}

/** Type the passphrase to use saved secrets in this browser session. */
export function UnlockForm({ ask, reload, idPrefix, onUnlocked }: Props) {
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [empty, setEmpty] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    if (!passphrase) {
      setEmpty(true);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await ask('vault/unlock', { passphrase });
    } catch (err) {
      setBusy(false);
      setError(errorText(err));
      return;
    }
    onUnlocked?.();
    try {
      await reload();
    } catch (err) {
      setBusy(false);
      setError(errorText(err));
    }
  };

  return (
    <form class="unlock" onSubmit={submit} noValidate>
      <TextField
        id={`${idPrefix}-unlock-passphrase`}
        label={t('passphrase_label')}
        type="password"
        autoComplete="current-password"
        value={passphrase}
        onValue={(v) => {
          setPassphrase(v);
          setEmpty(false);
        }}
        error={empty ? t('unlock_empty') : undefined}
      />
      <div class="row">
        <button type="submit" class="primary">
          {t('unlock_button')}
        </button>
        {busy && <span class="busy">{t('unlock_checking')}</span>}
      </div>
      <ErrorAlert message={error} />
    </form>
  );
}
