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

  /** A message replaces whatever went wrong before. */
  const say = (m: string) => {
    setError(null);
    setStatus(m);
  };
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
          <NewPassphraseForm ask={ask} reload={reload} mode="set" onDone={say} />
        </>
      )}
      {vault === 'locked' && <LockedVault ask={ask} reload={reload} error={error} onStatus={say} onError={setError} />}
      {vault === 'unlocked' && (
        <UnlockedVault ask={ask} reload={reload} error={error} onLock={() => void lock()} onStatus={say} />
      )}
      {vault !== 'none' && (
        <IdleLockSetting state={state} ask={ask} reload={reload} onStatus={setStatus} onError={setError} />
      )}
      <Status message={status} />
    </section>
  );
}

/** A passphrase is set but locked: unlock it, or forget it (and with it every secret kept). */
function LockedVault({
  ask,
  reload,
  error,
  onStatus,
  onError,
}: {
  ask: Ask;
  reload: () => Promise<unknown>;
  error: string | null;
  onStatus: (message: string) => void;
  onError: (message: string | null) => void;
}) {
  return (
    <>
      <h3>{t('passphrase_unlock_heading')}</h3>
      <p>{t('passphrase_locked_text')}</p>
      <UnlockForm
        ask={ask}
        reload={reload}
        idPrefix="pp"
        onUnlocked={() => onStatus(t('passphrase_unlocked_status'))}
      />
      <ConfirmAction
        opener={t('passphrase_forgot')}
        question={t('passphrase_forgot_question')}
        keep={t('passphrase_forgot_keep')}
        yes={t('passphrase_forgot_yes')}
        onConfirm={async () => {
          onError(null);
          try {
            await ask('vault/forget');
            onStatus(t('passphrase_forgot_done'));
            await reload();
          } catch (err) {
            onError(errorText(err));
          }
        }}
      />
      <ErrorAlert message={error} />
    </>
  );
}

/** Unlocked: lock it now, or change it. */
function UnlockedVault({
  ask,
  reload,
  error,
  onLock,
  onStatus,
}: {
  ask: Ask;
  reload: () => Promise<unknown>;
  error: string | null;
  onLock: () => void;
  onStatus: (message: string) => void;
}) {
  return (
    <>
      <p class="state-line">{t('passphrase_unlocked_text')}</p>
      <div class="row">
        <button type="button" onClick={onLock}>
          {t('passphrase_lock_now')}
        </button>
      </div>
      <ErrorAlert message={error} />
      <h3>{t('passphrase_change_heading')}</h3>
      <NewPassphraseForm ask={ask} reload={reload} mode="change" onDone={onStatus} />
    </>
  );
}
