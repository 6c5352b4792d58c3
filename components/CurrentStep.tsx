import type { ComponentChildren } from 'preact';
import { t } from '@/lib/i18n';
import { getStep, LINKS, TOTAL_STEPS, type LinkId } from '@/lib/procedure/procedure';
import { BookmarkControl, type BookmarkActions } from './BookmarkControl';

interface Props {
  /** The current step, or null when every step is finished. */
  step: number | null;
  onMarkDone: (step: number) => void;
  onOpen: (link: LinkId) => void;
  bookmarks: BookmarkActions;
  /** What the popup does for the page in front (Fill, Unlock), kept with the step it is for. */
  children?: ComponentChildren;
}

/** "What to do now": the one card a person needs when they open the popup. */
export function CurrentStep({ step, onMarkDone, onOpen, bookmarks, children }: Props) {
  if (step === null) {
    return (
      <section class="card now done" aria-labelledby="now-heading">
        <h2 id="now-heading">{t('current_all_done_heading')}</h2>
        <p>{t('current_all_done_text', LINKS.efiling)}</p>
        {children}
      </section>
    );
  }
  const s = getStep(step);
  return (
    <section class="card now" aria-labelledby="now-heading">
      <p class="eyebrow">{t('current_eyebrow', s.number, TOTAL_STEPS)}</p>
      <h2 id="now-heading">{t(s.instruction)}</h2>
      {s.yourself && (
        <p class="yourself">
          <strong>{t('current_yourself_lead')}</strong> {t(s.yourself)}
        </p>
      )}
      <div class="row">
        {s.link && (
          <button type="button" class="primary" onClick={() => onOpen(s.link!)}>
            {s.link === 'registration' ? t('current_open_registration') : t('current_open_efiling')}
          </button>
        )}
        <button type="button" onClick={() => onMarkDone(s.number)}>
          {t('current_did_step', s.number)}
        </button>
      </div>
      {children}
      {s.link === 'efiling' && <BookmarkControl actions={bookmarks} />}
    </section>
  );
}
