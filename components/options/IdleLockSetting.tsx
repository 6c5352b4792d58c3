import { useState } from 'preact/hooks';
import { t, type MessageKey } from '@/lib/i18n';
import { IDLE_LOCK_CHOICES, type IdleLockMinutes } from '@/lib/storage/idle-lock';
import { errorText, type Ask, type OptionsState } from './Messages';

const CHOICE_NAMES: Record<IdleLockMinutes, MessageKey> = {
  5: 'idle_lock_5',
  15: 'idle_lock_15',
  30: 'idle_lock_30',
  60: 'idle_lock_60',
  240: 'idle_lock_240',
};

interface Props {
  state: OptionsState;
  ask: Ask;
  reload: () => Promise<unknown>;
  /** The section's own status line and error: one of each per section. */
  onStatus: (message: string) => void;
  onError: (message: string | null) => void;
}

/** How long the passphrase stays unlocked without use of the saved secrets. */
export function IdleLockSetting({ state, ask, reload, onStatus, onError }: Props) {
  const [pending, setPending] = useState<IdleLockMinutes | null>(null);

  const change = async (minutes: IdleLockMinutes) => {
    setPending(minutes);
    onError(null);
    onStatus('');
    try {
      await ask('settings/idle-lock', { minutes });
      await reload();
      onStatus(t('idle_lock_saved', t(CHOICE_NAMES[minutes])));
    } catch (err) {
      onError(errorText(err));
    } finally {
      setPending(null);
    }
  };

  return (
    <div class="field">
      <label for="idle-lock">{t('idle_lock_label')}</label>
      <select
        id="idle-lock"
        aria-describedby="idle-lock-hint"
        value={String(pending ?? state.idleLockMinutes)}
        onChange={(e) => void change(Number(e.currentTarget.value) as IdleLockMinutes)}
      >
        {IDLE_LOCK_CHOICES.map((m) => (
          <option key={m} value={String(m)}>
            {t(CHOICE_NAMES[m])}
          </option>
        ))}
      </select>
      <p id="idle-lock-hint" class="hint">
        {t('idle_lock_hint')}
      </p>
    </div>
  );
}
