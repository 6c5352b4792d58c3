import { t, tParts } from '@/lib/i18n';
import { MIN_PASSPHRASE } from '@/lib/sharing/share-code';
import { TextField } from './FormField';

export interface SharePassphrase {
  first: string;
  again: string;
}

/** What is wrong with the passphrase typed for share codes, per box (nothing: it may be used). */
export function passphraseProblems(p: SharePassphrase): { first?: string; again?: string } {
  if (p.first.length < MIN_PASSPHRASE) {
    return { first: t('passphrase_too_short', t('admin_pp_legend'), MIN_PASSPHRASE) };
  }
  if (p.again !== p.first) return { again: t('passphrase_mismatch', t('passphrase_label_again')) };
  return {};
}

interface Props {
  value: SharePassphrase;
  onValue: (value: SharePassphrase) => void;
  /** Show the messages (after the administrator tried to make a code). */
  checked: boolean;
}

/**
 * The passphrase that locks share codes holding the group PIN: typed twice,
 * and given to users another way than the code.
 */
export function AdminPassphrase({ value, onValue, checked }: Props) {
  const problems = checked ? passphraseProblems(value) : {};
  return (
    <fieldset class="admin-passphrase">
      <legend>{t('admin_pp_legend')}</legend>
      <p>{t('admin_pp_intro')}</p>
      <p class="notice">{tParts('admin_pp_notice', <strong>{t('admin_pp_notice_strong')}</strong>)}</p>
      <TextField
        id="ga-passphrase"
        label={t('admin_pp_legend')}
        type="password"
        autoComplete="new-password"
        value={value.first}
        onValue={(first) => onValue({ ...value, first })}
        error={problems.first}
        hint={t('admin_pp_hint', MIN_PASSPHRASE)}
      />
      <TextField
        id="ga-passphrase-again"
        label={t('passphrase_label_again')}
        type="password"
        autoComplete="new-password"
        value={value.again}
        onValue={(again) => onValue({ ...value, again })}
        error={problems.again}
      />
    </fieldset>
  );
}
