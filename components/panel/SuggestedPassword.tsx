/**
 * The password the panel suggested, kept where the person can see it: masked,
 * with Show and Copy, and a plain sentence saying where it is kept (encrypted
 * in the profile, or not yet, with the one click that makes keeping it possible).
 */
import { byPerson } from '../by-person';
import { t, type MessageKey } from '@/lib/i18n';
import type { PasswordKept, SuggestedPasswordUi } from '@/lib/panel/fill-state';

export type { PasswordKept, SuggestedPasswordUi } from '@/lib/panel/fill-state';

/** Why it is not kept (yet); once kept, password_kept_saved names the profile. */
const NOT_KEPT: Record<Exclude<PasswordKept, 'saved'>, MessageKey> = {
  saving: 'password_kept_saving',
  'no-passphrase': 'password_kept_no_passphrase',
  locked: 'password_kept_locked',
  'no-profile': 'password_kept_no_profile',
  failed: 'password_kept_failed',
};

export const MASK = '•';

export function SuggestedPassword({
  ui,
  onShow,
  onCopy,
  onSave,
  onSetPassphrase,
}: {
  ui: SuggestedPasswordUi;
  onShow(): void;
  onCopy(): void;
  /** Try again to keep it (after a passphrase was set or unlocked). */
  onSave(): void;
  /** Opens the options page at its passphrase section. */
  onSetPassphrase(): void;
}) {
  return (
    <div class="password">
      <p class="report-title" id="mo-efa-password-label">
        {t('password_suggested_label')}
      </p>
      <p class="secret" aria-labelledby="mo-efa-password-label" data-shown={ui.shown ? 'yes' : 'no'}>
        {ui.shown ? ui.password : MASK.repeat(ui.password.length)}
      </p>
      <div class="row">
        <button type="button" aria-pressed={ui.shown} onClick={byPerson(onShow)}>
          {ui.shown ? t('password_hide') : t('password_show')}
        </button>
        <button type="button" onClick={byPerson(onCopy)}>
          {t('password_copy')}
        </button>
      </div>
      {ui.copied && (
        <p role="status" class={ui.copied === 'copied' ? 'status' : 'error'}>
          {t(ui.copied === 'copied' ? 'password_copied' : 'password_not_copied')}
        </p>
      )}
      <p class={ui.kept === 'saved' ? 'status' : 'reminder warning'} role="status">
        {ui.kept === 'saved' ? t('password_kept_saved', ui.profileLabel) : t(NOT_KEPT[ui.kept])}
      </p>
      {ui.kept === 'no-passphrase' && (
        <button type="button" class="primary" onClick={byPerson(onSetPassphrase)}>
          {t('password_set_passphrase')}
        </button>
      )}
      {ui.kept === 'locked' && (
        <button type="button" class="primary" onClick={byPerson(onSetPassphrase)}>
          {t('fill_unlock')}
        </button>
      )}
      {(ui.kept === 'no-passphrase' || ui.kept === 'locked' || ui.kept === 'failed') && (
        <button type="button" onClick={byPerson(onSave)}>
          {t('password_save_now')}
        </button>
      )}
    </div>
  );
}
