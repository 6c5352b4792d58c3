import { useEffect, useState } from 'preact/hooks';
import type { BookmarkState } from '@/lib/efiling-bookmark';
import { t, type MessageKey } from '@/lib/i18n';

export type BookmarkStatus = BookmarkState | 'no-permission';

export interface BookmarkActions {
  /** Where the bookmark stands now (never asks for a permission). */
  state(): Promise<BookmarkStatus>;
  /** Asks for the bookmarks permission if needed, then makes or reuses the bookmark. */
  add(): Promise<BookmarkStatus>;
}

const SAY: Record<BookmarkStatus, MessageKey | null> = {
  none: null,
  saved: 'bookmark_saved',
  removed: 'bookmark_removed',
  changed: 'bookmark_changed',
  'no-permission': 'bookmark_no_permission',
};

/** Step 26's "keep the link": a real browser bookmark, made once. */
export function BookmarkControl({ actions }: { actions: BookmarkActions }) {
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
        <p role="status" class={status === 'saved' ? 'ok' : 'warn'}>
          {status === 'saved' && <span aria-hidden="true">✓ </span>}
          {t(SAY[status])}
        </p>
      )}
      {status === 'none' && <p class="hint heads-up">{t('bookmark_heads_up')}</p>}
      {status !== 'saved' && status !== null && (
        <button type="button" onClick={add}>
          {status === 'none' || status === 'no-permission' ? t('bookmark_add') : t('bookmark_add_again')}
        </button>
      )}
      {error && (
        <p role="alert" class="warn">
          {error}
        </p>
      )}
    </div>
  );
}
