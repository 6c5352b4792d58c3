/**
 * The court's own list of security questions: an offer to keep it, so the
 * profile form offers them as choices, and, once kept, how many were.
 */
import { byPerson } from '../by-person';
import { t } from '@/lib/i18n';

/** The court's own list of security questions, kept so the profile form offers them as choices. */
export function CourtQuestions({ count, saved, onSave }: { count: number; saved: boolean; onSave(): void }) {
  if (saved) {
    return (
      <p class="status" role="status">
        {count === 1 ? t('questions_saved_one') : t('questions_saved_other', count)}
      </p>
    );
  }
  return (
    <div class="questions">
      <p>{t('questions_offer')}</p>
      <button type="button" onClick={byPerson(onSave)}>
        {t('questions_save')}
      </button>
    </div>
  );
}
