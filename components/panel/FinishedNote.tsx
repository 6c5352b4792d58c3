/** The panel once registration is finished: a short note, and a button that closes it for good. */
import { byPerson } from '../by-person';
import { t } from '@/lib/i18n';

export function FinishedNote({ onDismiss }: { onDismiss: () => void }) {
  return (
    <>
      <p class="done-note">{t('panel_finished_text')}</p>
      <div class="row">
        <button type="button" onClick={byPerson(onDismiss)}>
          {t('panel_finished_dismiss')}
        </button>
      </div>
    </>
  );
}
