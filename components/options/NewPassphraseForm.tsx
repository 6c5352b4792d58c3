import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { TextField } from './FormField';
import { ErrorAlert, errorText, type Ask } from './Messages';

export const MIN_PASSPHRASE = 8;

type Judge = typeof import('@/lib/profile/passphrase-strength').judgePassphrase;
/** The strength estimator and its word lists: loaded once, and only when a passphrase form is shown. */
let loading: Promise<Judge> | null = null;
const loadJudge = () => (loading ??= import('@/lib/profile/passphrase-strength').then((m) => m.judgePassphrase));

/** Why a passphrase is refused: too short, or too easy to guess (with the estimator's reason and advice). */
export function passphraseProblem(passphrase: string, label: string, judge: Judge | null): string | undefined {
  if (passphrase.length < MIN_PASSPHRASE) return t('passphrase_too_short', label, MIN_PASSPHRASE);
  if (!judge) return undefined;
  const strength = judge(passphrase);
  if (strength.ok) return undefined;
  const advice = [strength.warning, ...strength.suggestions].filter(Boolean).join(' ');
  return t('passphrase_too_weak', label, advice || t('passphrase_too_weak_advice'));
}

interface Props {
  ask: Ask;
  reload: () => Promise<unknown>;
  /** "set" for a first passphrase, "change" for a new one. */
  mode: 'set' | 'change';
  onDone: (message: string) => void;
  /** Keeps ids unique when this form is on the page twice (the import preview offers it too). */
  idPrefix?: string;
}

/** Choose a passphrase (or a new one): typed twice, at least 8 characters, and not easy to guess. */
export function NewPassphraseForm({ ask, reload, mode, onDone, idPrefix }: Props) {
  const [first, setFirst] = useState('');
  const [again, setAgain] = useState('');
  const [checked, setChecked] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const judge = useJudge();

  const label = mode === 'set' ? t('passphrase_label') : t('passphrase_label_new');
  const labelAgain = mode === 'set' ? t('passphrase_label_again') : t('passphrase_label_new_again');
  const prefix = idPrefix ?? `pp-${mode}`;
  const firstError = passphraseProblem(first, label, judge);
  const againError = !firstError && again !== first ? t('passphrase_mismatch', labelAgain) : undefined;

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    setChecked(true);
    const focusFirst = (weak: unknown) =>
      document.getElementById(weak ? `${prefix}-first` : `${prefix}-again`)?.focus();
    if (firstError || againError) return void focusFirst(firstError);
    // The estimator may still be loading: its verdict is needed before anything is sent.
    if (!judge && passphraseProblem(first, label, await loadJudge())) return void focusFirst(true);
    setBusy(true);
    setError(null);
    try {
      await ask('vault/set', { passphrase: first });
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

/** The strength estimator, once it has loaded (null until then, or if it cannot load). */
function useJudge(): Judge | null {
  const [judge, setJudge] = useState<Judge | null>(null);
  useEffect(() => {
    loadJudge().then(
      (j) => setJudge(() => j),
      () => setJudge(null),
    );
  }, []);
  return judge;
}
