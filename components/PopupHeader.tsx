import { t } from '@/lib/i18n';
import { TOTAL_STEPS } from '@/lib/procedure/procedure';
import { countFinished, type Progress } from '@/lib/progress/progress';

/** The popup's heading and, while the walkthrough shows, how many steps are finished. */
export function PopupHeader({ heading, progress }: { heading: string; progress: Progress | null }) {
  return (
    <header>
      <h1>{heading}</h1>
      {progress && (
        <p class="summary">
          <progress max={TOTAL_STEPS} value={countFinished(progress)} aria-label={t('popup_steps_finished_label')} />{' '}
          {t('popup_steps_finished', countFinished(progress), TOTAL_STEPS)}
        </p>
      )}
    </header>
  );
}
