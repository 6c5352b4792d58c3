/**
 * What the panel says on a registration screen (lib/procedure/screen-guide.ts):
 * warnings first, the parts of a page that shows several screens, the steps
 * to do here, notes, and the reminders of what only the person may do.
 */
import { t } from '@/lib/i18n';
import { getScreen, type ScreenId } from '@/lib/procedure/procedure';
import type { ScreenGuide } from '@/lib/procedure/screen-guide';

/** A page that shows several screens at once: their names. */
function ScreenParts({ screens }: { screens: readonly ScreenId[] }) {
  return (
    <div class="parts">
      <p>{t('panel_parts')}</p>
      <ul>
        {screens.map((s) => (
          <li key={s}>{t(getScreen(s).title)}</li>
        ))}
      </ul>
    </div>
  );
}

/** The steps done on this screen, numbered as in the procedure. */
function GuideSteps({ steps }: { steps: ScreenGuide['steps'] }) {
  return (
    <>
      <p class="lead">{t('panel_what_to_do')}</p>
      <ol class="steps">
        {steps.map((s) => (
          <li key={s.number} value={s.number}>
            {t(s.instruction)}
            {s.yourself && <span class="yourself"> {t('panel_yourself', t(s.yourself))}</span>}
          </li>
        ))}
      </ol>
    </>
  );
}

/** The guide's texts for this screen, in the order the person reads them. */
export function ScreenGuidance({ guide, screens }: { guide: ScreenGuide; screens: readonly ScreenId[] }) {
  return (
    <>
      {guide.warnings.map((w) => (
        <p key={w} class="reminder warning" role="note">
          <span aria-hidden="true">⚠ </span>
          {t(w)}
        </p>
      ))}
      {screens.length > 1 && <ScreenParts screens={screens} />}
      {guide.steps.length > 0 && <GuideSteps steps={guide.steps} />}
      {guide.notes.map((n) => (
        <p key={n} class="note">
          {t(n)}
        </p>
      ))}
      {guide.reminders.map((r) => (
        <p key={r} class="reminder">
          <span aria-hidden="true">⚠ </span>
          {t(r)}
        </p>
      ))}
    </>
  );
}
