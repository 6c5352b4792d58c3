import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { CheckboxField } from './FormField';
import { ErrorAlert, Status, errorText, type Ask, type OptionsState } from './Messages';

interface Props {
  state: OptionsState;
  ask: Ask;
  reload: () => Promise<unknown>;
}

/** Whether the assistant fills each registration screen by itself as soon as it appears. */
export function FillingSection({ state, ask, reload }: Props) {
  /** The person's choice while it is being saved. */
  const [pending, setPending] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  const change = async (on: boolean) => {
    setPending(on);
    setError(null);
    setStatus('');
    try {
      await ask('settings/fill-on-appear', { on });
      await reload();
      setStatus(on ? t('filling_on_status') : t('filling_off_status'));
    } catch (err) {
      setError(errorText(err));
    } finally {
      setPending(null);
    }
  };

  return (
    <section aria-labelledby="filling-heading">
      <h2 id="filling-heading">{t('filling_heading')}</h2>
      <CheckboxField
        id="fill-on-appear"
        label={t('filling_on_appear')}
        checked={pending ?? state.fillOnAppear}
        onChecked={(on) => void change(on)}
        hint={t('filling_on_appear_hint')}
      />
      <ErrorAlert message={error} />
      <Status message={status} />
    </section>
  );
}
