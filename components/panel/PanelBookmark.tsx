/**
 * Step 26 in the panel: "Bookmark eFiling", as the popup's control does it
 * (components/BookmarkControl.tsx) but behind a trusted click. The browser
 * asks for the bookmarks permission only from the extension's own window, so
 * when it has not been given, the panel says where to press instead.
 */
import { useEffect, useState } from 'preact/hooks';
import { byPerson } from '../by-person';
import type { BookmarkActions, BookmarkStatus } from '../BookmarkControl';
import { t, type MessageKey } from '@/lib/i18n';

const SAY: Record<BookmarkStatus, MessageKey | null> = {
  none: null,
  saved: 'bookmark_saved',
  removed: 'bookmark_removed',
  changed: 'bookmark_changed',
  'no-permission': 'panel_bookmark_from_toolbar',
};

export function PanelBookmark({ actions }: { actions: BookmarkActions }) {
  const [status, setStatus] = useState<BookmarkStatus | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    void actions.state().then(setStatus, () => setStatus('none'));
  }, []);
  const add = () => {
    setError('');
    actions.add().then(setStatus, (e: Error) => setError(e.message));
  };
  return (
    <div class="bookmark">
      {status && SAY[status] && (
        <p role="status" class={status === 'saved' ? 'status' : 'reminder warning'}>
          {status === 'saved' && <span aria-hidden="true">✓ </span>}
          {t(SAY[status])}
        </p>
      )}
      {status === 'none' && <p class="help">{t('bookmark_heads_up')}</p>}
      {status !== 'saved' && status !== null && (
        <button type="button" class="primary" onClick={byPerson(add)}>
          {status === 'removed' || status === 'changed' ? t('bookmark_add_again') : t('bookmark_add')}
        </button>
      )}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </div>
  );
}
