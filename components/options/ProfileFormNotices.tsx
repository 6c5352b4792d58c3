import { t, tParts } from '@/lib/i18n';
import type { ProfileSummary } from '@/lib/storage/profile-store';
import { ErrorAlert, type Ask, type OptionsState } from './Messages';
import type { FormCheck } from './profile-form-values';
import { UnlockForm } from './UnlockForm';

interface SecretsNoticeProps {
  profile: ProfileSummary | null;
  state: OptionsState;
  ask: Ask;
  reload: () => Promise<OptionsState>;
  onUnlocked: () => void;
}

/** Above the form: where the secrets stand (no passphrase yet, locked with a way to unlock, or saved). */
export function SecretsNotice({ profile, state, ask, reload, onUnlocked }: SecretsNoticeProps) {
  const unlocked = state.unlocked;
  return (
    <>
      {!state.hasPassphrase && (
        <div class="notice">
          <p>{t('form_no_passphrase')}</p>
          <p>
            {tParts('form_set_passphrase_first', <a href="#passphrase-heading">{t('form_set_passphrase_link')}</a>)}
          </p>
        </div>
      )}
      {state.hasPassphrase && !unlocked && (
        <div class="notice">
          <p>{profile?.hasSecrets ? t('form_locked_notice_saved') : t('form_locked_notice')}</p>
          <UnlockForm ask={ask} reload={reload} idPrefix="pf" onUnlocked={onUnlocked} />
        </div>
      )}
      {unlocked && profile?.hasSecrets && <p class="notice">{t('form_has_secrets')}</p>}
    </>
  );
}

/** What the check says about the whole form: warnings once the person has begun, problems once they tried to save. */
export function CheckSummary({ check, submitted, begun }: { check: FormCheck; submitted: boolean; begun: boolean }) {
  if (check.ok) {
    if (check.warnings.length === 0 || !begun) return null;
    return (
      <div class="warnings">
        <p>{t('form_warnings_lead')}</p>
        <ul>
          {check.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      </div>
    );
  }
  if (!submitted) return null;
  const invalidCount = check.errors.size + check.other.length;
  return (
    <ErrorAlert
      message={[invalidCount === 1 ? t('common_invalid_one') : t('common_invalid_other', invalidCount), ...check.other]}
    />
  );
}
