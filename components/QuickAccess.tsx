import { NOTES, type LinkId } from '@/lib/procedure';
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
      <h2 id="quick-heading">You are registered: eFiling is one click away</h2>
      <div class="row">
        <button type="button" class="primary" onClick={() => onOpen('efiling')}>
          Open eFiling
        </button>
        <button type="button" onClick={() => onOpen('casenet')}>
          Open Case.net
        </button>
      </div>
      <p class="hint">
        Shortcut: <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>E</kbd> opens eFiling from any page.
      </p>
      <BookmarkControl actions={bookmarks} />
      <h3>Good to know</h3>
      <ul>
        {NOTES.map((n) => (
          <li key={n.id}>{n.text}</li>
        ))}
      </ul>
      <button type="button" class="subtle" onClick={onShowProcedure}>
        Show the procedure again
      </button>
    </section>
  );
}
