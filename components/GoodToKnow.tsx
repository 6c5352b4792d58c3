import { t } from '@/lib/i18n';
import { NOTES } from '@/lib/procedure/procedure';

/** The procedure's notes that hold for every step, below the step list. */
export function GoodToKnow() {
  return (
    <section class="notes" aria-labelledby="notes-heading">
      <h2 id="notes-heading" class="phase-title">
        {t('popup_good_to_know')}
      </h2>
      <ul>
        {NOTES.map((n) => (
          <li key={n.id}>{t(n.text)}</li>
        ))}
      </ul>
    </section>
  );
}
