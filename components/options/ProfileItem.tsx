import { t } from '@/lib/i18n';
import type { ProfileSummary } from '@/lib/storage/profile-store';
import { ConfirmAction } from '../ConfirmAction';
import { ErrorAlert, quoted } from './Messages';

function whoLine(p: ProfileSummary): string {
  const name = [p.data.firstName, p.data.lastName].filter(Boolean).join(' ');
  return [name, p.data.email].filter(Boolean).join(' · ');
}

interface Props {
  profile: ProfileSummary;
  /** This profile fills the forms. */
  active: boolean;
  /** An error about this profile, shown inside it. */
  error: string | null;
  onActivate: () => void;
  onEdit: () => void;
  onExport: () => void;
  onRemove: () => Promise<unknown>;
}

/** One saved profile in the list: who it is, whether its secrets are saved, and what can be done with it. */
export function ProfileItem({ profile: p, active, error, onActivate, onEdit, onExport, onRemove }: Props) {
  const labelId = `profile-${p.id}-label`;
  return (
    <li class={`profile${active ? ' active' : ''}`} aria-current={active ? 'true' : undefined}>
      <div class="profile-head">
        <strong id={labelId} class="profile-label">
          {p.data.label}
        </strong>
        {active && <span class="tag">{t('profiles_in_use')}</span>}
      </div>
      {whoLine(p) && <p class="profile-who">{whoLine(p)}</p>}
      {p.data.group.name && <p class="profile-group">{t('profiles_group', p.data.group.name)}</p>}
      <p class="profile-secrets">{p.hasSecrets ? t('profiles_secrets_saved') : t('profiles_no_secrets')}</p>
      <div class="row" role="group" aria-labelledby={labelId}>
        {!active && (
          <button type="button" class="primary" onClick={onActivate}>
            {t('profiles_use')}
          </button>
        )}
        <button type="button" onClick={onEdit}>
          {t('profiles_edit')}
        </button>
        <button type="button" onClick={onExport}>
          {t('profiles_export')}
        </button>
        <ConfirmAction
          opener={t('profiles_delete')}
          question={<p>{t('profiles_delete_question', quoted(p.data.label))}</p>}
          keep={t('profiles_delete_keep')}
          yes={t('profiles_delete_yes')}
          onConfirm={onRemove}
        />
      </div>
      {error !== null && <ErrorAlert message={error} />}
    </li>
  );
}
