import { t, tParts } from '@/lib/i18n';
import { NOTES, type LinkId } from '@/lib/procedure/procedure';
import { BookmarkControl, type BookmarkActions } from './BookmarkControl';

interface Props {
  onOpen: (link: LinkId) => void;
  bookmarks: BookmarkActions;
  onShowProcedure: () => void;
}

/** After step 26 the popup is the person's daily door to eFiling. */
export function QuickAccess({ onOpen, bookmarks, onShowProcedure }: Props) {
  return (
    <section class="quick" aria-labelledby="quick-heading">
      <h2 id="quick-heading">{t('quick_heading')}</h2>
      <div class="row">
        <button type="button" class="primary" onClick={() => onOpen('efiling')}>
          {t('popup_open_efiling')}
        </button>
        <button type="button" onClick={() => onOpen('casenet')}>
          {t('quick_open_casenet')}
        </button>
      </div>
      <p class="hint">
        {tParts(
          'quick_shortcut',
          // The keys as the keyboard labels them (the command's suggested key in wxt.config.ts): not translated.
          <>
            <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>E</kbd>
          </>,
        )}
      </p>
      <BookmarkControl actions={bookmarks} />
      <h3>{t('popup_good_to_know')}</h3>
      <ul>
        {NOTES.map((n) => (
          <li key={n.id}>{t(n.text)}</li>
        ))}
      </ul>
      <button type="button" class="subtle" onClick={onShowProcedure}>
        {t('quick_show_procedure')}
      </button>
    </section>
  );
}
