import { useState } from 'preact/hooks';
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
      await ask({ type: 'settings/fill-on-appear', on });
      await reload();
      setStatus(
        on
          ? 'Each registration screen will be filled as soon as it appears. Check what was typed before you press Continue.'
          : 'Screens will be filled only when you ask the assistant on that screen.',
      );
    } catch (err) {
      setError(errorText(err));
    } finally {
      setPending(null);
    }
  };

  return (
    <section aria-labelledby="filling-heading">
      <h2 id="filling-heading">Filling</h2>
      <CheckboxField
        id="fill-on-appear"
        label="Fill each registration screen as soon as it appears"
        checked={pending ?? state.fillOnAppear}
        onChecked={(on) => void change(on)}
        hint="When this is off, the assistant waits until you ask it to fill a screen. Either way, it never presses Continue, Submit or Logon for you, and never types the phrase in the picture."
      />
      <ErrorAlert message={error} />
      <Status message={status} />
    </section>
  );
}
