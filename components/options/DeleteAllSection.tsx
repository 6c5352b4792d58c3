import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { ConfirmAction } from '../ConfirmAction';
import { ErrorAlert, Status, errorText, type Ask } from './Messages';

interface Props {
  ask: Ask;
  reload: () => Promise<unknown>;
  /** Everything is gone: close anything that showed it. */
  onDeleted: () => void;
}

/** Erase everything the extension saved on this computer, after a question that lists it. */
export function DeleteAllSection({ ask, reload, onDeleted }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  const deleteAll = async () => {
    setError(null);
    setStatus('');
    try {
      await ask('data/delete-all');
      onDeleted();
      setStatus(t('delete_all_done'));
      await reload();
    } catch (err) {
      setError(errorText(err));
    }
  };

  return (
    <section aria-labelledby="delete-all-heading">
      <h2 id="delete-all-heading">{t('delete_all_heading')}</h2>
      <p>{t('delete_all_text')}</p>
      <div class="row">
        <ConfirmAction
          opener={t('delete_all_opener')}
          openerClass="danger-outline"
          question={
            <>
              <p>{t('delete_all_erases')}</p>
              <ul>
                <li>{t('delete_all_item_profiles')}</li>
                <li>{t('delete_all_item_passphrase')}</li>
                <li>{t('delete_all_item_taught')}</li>
                <li>{t('delete_all_item_group')}</li>
                <li>{t('delete_all_item_progress')}</li>
              </ul>
              <p>{t('delete_all_warning')}</p>
            </>
          }
          keep={t('delete_all_keep')}
          yes={t('delete_all_yes')}
          onConfirm={deleteAll}
        />
      </div>
      <ErrorAlert message={error} />
      <Status message={status} />
    </section>
  );
}
