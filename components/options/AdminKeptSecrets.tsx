import { t } from '@/lib/i18n';
import type { Ask } from './Messages';
import { UnlockForm } from './UnlockForm';

interface Props {
  ask: Ask;
  /** Asks for the kept PIN and code passphrase again (after unlocking). */
  reload: () => Promise<unknown>;
}

/** The administrator's PIN and code passphrase are kept, sealed, and the passphrase is locked: unlock to have them back. */
export function AdminKeptSecrets({ ask, reload }: Props) {
  return (
    <div class="notice" role="group" aria-labelledby="admin-kept-heading">
      <h4 id="admin-kept-heading">{t('admin_secrets_locked_heading')}</h4>
      <p>{t('admin_secrets_locked')}</p>
      <UnlockForm ask={ask} reload={reload} idPrefix="admin" />
    </div>
  );
}
