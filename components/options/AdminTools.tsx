import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { AdminGroupForm } from './AdminGroupForm';
import { AdminShare } from './AdminShare';
import { ErrorAlert, type Ask } from './Messages';
import { useAdminGroup } from './useAdminGroup';

interface Props {
  ask: Ask;
  download: (filename: string, text: string) => void;
}

/** The group profile's form (loaded, checked box by box, saved without its PIN), then the ways to share it. */
export function AdminTools({ ask, download }: Props) {
  const admin = useAdminGroup(ask);
  /** Every box shows its message (after "Save" or a share button was pressed). */
  const [showAll, setShowAll] = useState(false);

  if (admin.load.kind === 'loading') return <p class="busy">{t('admin_loading')}</p>;
  if (admin.load.kind === 'failed') {
    return (
      <ErrorAlert message={admin.load.error}>
        <button type="button" onClick={admin.loadGroup}>
          {t('common_try_again')}
        </button>
      </ErrorAlert>
    );
  }
  return (
    <div class="admin-tools">
      <AdminGroupForm ask={ask} admin={admin} showAll={showAll} onShowAll={() => setShowAll(true)} />
      <AdminShare
        values={admin.values}
        check={admin.check}
        showAll={() => setShowAll(true)}
        download={download}
        passphrase={admin.passphrase}
        onPassphrase={admin.setPassphrase}
      />
    </div>
  );
}
