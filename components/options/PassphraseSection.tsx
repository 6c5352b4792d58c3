import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { ConfirmAction } from '../ConfirmAction';
import { ErrorAlert, Status, errorText, type Ask, type OptionsState } from './Messages';
import { NewPassphraseForm } from './NewPassphraseForm';
import { UnlockForm } from './UnlockForm';

interface Props {
  state: OptionsState;
  ask: Ask;
  reload: () => Promise<unknown>;
}

type VaultState = 'none' | 'locked' | 'unlocked';

/** Why a passphrase, and setting, unlocking, locking or changing it. */
export function PassphraseSection({ state, ask, reload }: Props) {
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const vault: VaultState = !state.hasPassphrase ? 'none' : state.unlocked ? 'unlocked' : 'locked';
  const previous = useRef(vault);

  // The button or form the person used goes away when the state changes: keep their place in this section.
  useLayoutEffect(() => {
    const lost = !document.activeElement || document.activeElement === document.body;
    if (previous.current !== vault && lost) headingRef.current?.focus();
    previous.current = vault;
  }, [vault]);

  const lock = async () => {
    setError(null);
    setStatus('');
    try {
      await ask({ type: 'vault/lock' });
      setStatus('Locked. Your saved password, answers and PIN stay encrypted until you unlock again.');
      await reload();
    } catch (err) {
      setError(errorText(err));
    }
  };

  return (
    <section aria-labelledby="passphrase-heading">
      <h2 id="passphrase-heading" ref={headingRef} tabIndex={-1}>
        Passphrase
      </h2>
      <p>
        A passphrase lets the assistant keep your court password, security answers and group PIN on this computer,
        encrypted, so it can type them for you. Nobody can read them without the passphrase.
      </p>
      <ul class="plain-list">
        <li>You type it again after the browser restarts (or after you lock it).</li>
        <li>
          It cannot be recovered if you forget it. Then use “Forgot the passphrase?”: it removes the passphrase and the
          saved password, answers and PIN (nobody can open them any more). Your profiles stay; choose a new passphrase
          and type those again.
        </li>
      </ul>

      {vault === 'none' && (
        <>
          <h3>Set a passphrase</h3>
          <NewPassphraseForm
            ask={ask}
            reload={reload}
            mode="set"
            onDone={(m) => {
              setError(null);
              setStatus(m);
            }}
          />
        </>
      )}
      {vault === 'locked' && (
        <>
          <h3>Unlock</h3>
          <p>Your passphrase is set and locked. Unlock it to save or use your password, answers and PIN.</p>
          <UnlockForm
            ask={ask}
            reload={reload}
            idPrefix="pp"
            onUnlocked={() => {
              setError(null);
              setStatus('Unlocked until you lock it or close the browser.');
            }}
          />
          <ConfirmAction
            opener="Forgot the passphrase?"
            question="Remove the passphrase and the saved password, security answers and PIN? They cannot be opened without the passphrase. Your profiles, taught fields and progress stay."
            keep="Keep trying"
            yes="Yes, remove them"
            onConfirm={async () => {
              setError(null);
              try {
                await ask({ type: 'vault/forget' });
                setStatus('The passphrase and the saved secrets are removed. Set a new passphrase to save them again.');
                await reload();
              } catch (err) {
                setError(errorText(err));
              }
            }}
          />
          <ErrorAlert message={error} />
        </>
      )}
      {vault === 'unlocked' && (
        <>
          <p class="state-line">Your passphrase is set and unlocked.</p>
          <div class="row">
            <button type="button" onClick={() => void lock()}>
              Lock now
            </button>
          </div>
          <ErrorAlert message={error} />
          <h3>Change passphrase</h3>
          <NewPassphraseForm
            ask={ask}
            reload={reload}
            mode="change"
            onDone={(m) => {
              setError(null);
              setStatus(m);
            }}
          />
        </>
      )}
      <Status message={status} />
    </section>
  );
}
