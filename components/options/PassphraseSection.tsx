import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { ConfirmAction } from '../ConfirmAction';
import { ErrorAlert, Status, errorText, type Ask, type OptionsState } from './Messages';
import { IdleLockSetting } from './IdleLockSetting';
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
      await ask('vault/lock');
      setStatus(t('passphrase_locked_status'));
      await reload();
    } catch (err) {
      setError(errorText(err));
    }
  };

  return (
    <section aria-labelledby="passphrase-heading">
      <h2 id="passphrase-heading" ref={headingRef} tabIndex={-1}>
        {t('passphrase_heading')}
      </h2>
      <p>{t('passphrase_intro')}</p>
      <ul class="plain-list">
        <li>{t('passphrase_retype')}</li>
        <li>{t('passphrase_forgotten')}</li>
      </ul>

      {vault === 'none' && (
        <>
          <h3>{t('passphrase_set_heading')}</h3>
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
          <h3>{t('passphrase_unlock_heading')}</h3>
          <p>{t('passphrase_locked_text')}</p>
          <UnlockForm
            ask={ask}
            reload={reload}
            idPrefix="pp"
            onUnlocked={() => {
              setError(null);
              setStatus(t('passphrase_unlocked_status'));
            }}
          />
          <ConfirmAction
            opener={t('passphrase_forgot')}
            question={t('passphrase_forgot_question')}
            keep={t('passphrase_forgot_keep')}
            yes={t('passphrase_forgot_yes')}
            onConfirm={async () => {
              setError(null);
              try {
                await ask('vault/forget');
                setStatus(t('passphrase_forgot_done'));
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
          <p class="state-line">{t('passphrase_unlocked_text')}</p>
          <div class="row">
            <button type="button" onClick={() => void lock()}>
              {t('passphrase_lock_now')}
            </button>
          </div>
          <ErrorAlert message={error} />
          <h3>{t('passphrase_change_heading')}</h3>
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
      {vault !== 'none' && (
        <IdleLockSetting state={state} ask={ask} reload={reload} onStatus={setStatus} onError={setError} />
      )}
      <Status message={status} />
    </section>
  );
}
