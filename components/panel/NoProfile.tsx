/**
 * The fill part before there is a profile: one button to the options page's
 * profile form (and the court's questions, which can be kept already).
 */
import { byPerson } from '../by-person';
import { t } from '@/lib/i18n';
import type { FillUi } from './fill-ui';
import { CourtQuestions } from './CourtQuestions';

export function NoProfile({
  courtQuestions,
  onAddDetails,
  onSaveQuestions,
}: {
  courtQuestions: FillUi['courtQuestions'];
  /** Opens the options page at its profile form. */
  onAddDetails(): void;
  onSaveQuestions(): void;
}) {
  return (
    <div class="fill">
      <p>{t('fill_no_profile')}</p>
      <button type="button" class="primary" onClick={byPerson(onAddDetails)}>
        {t('fill_add_details')}
      </button>
      {courtQuestions && <CourtQuestions {...courtQuestions} onSave={onSaveQuestions} />}
    </div>
  );
}
