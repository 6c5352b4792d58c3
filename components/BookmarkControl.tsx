import { useEffect, useState } from 'preact/hooks';
import type { BookmarkState } from '@/lib/progress/efiling-bookmark';
import { t, type MessageKey } from '@/lib/i18n';
import { byPerson } from './by-person';

export type BookmarkStatus = BookmarkState | 'no-permission';

export interface BookmarkActions {
  /** Where the bookmark stands now (never asks for a permission). */
  state(): Promise<BookmarkStatus>;
  /** Asks for the bookmarks permission if needed, then makes or reuses the bookmark. */
  add(): Promise<BookmarkStatus>;
}

/**
 * Where the control is: the popup, or the panel on a court page. The browser asks for the bookmarks
 * permission only from the extension's own window, so the panel, without it, says where to press;
 * and in the panel only a trusted click acts (a page script must not press it).
 */
type Place = 'popup' | 'panel';

/** Step 26's "keep the link": a real browser bookmark, made once. */
export function BookmarkControl({ actions, place = 'popup' }: { actions: BookmarkActions; place?: Place }) {
  const [status, setStatus] = useState<BookmarkStatus | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    void actions.state().then(setStatus, () => setStatus('none'));
  }, []);

  const panel = place === 'panel';
  const say: Record<BookmarkStatus, MessageKey | null> = {
    none: null,
    saved: 'bookmark_saved',
    removed: 'bookmark_removed',
    changed: 'bookmark_changed',
    'no-permission': panel ? 'panel_bookmark_from_toolbar' : 'bookmark_no_permission',
  };
  const add = () => {
    setError('');
    actions.add().then(setStatus, (e: Error) => setError(e.message));
  };
  const message = status && say[status];
  return (
    <div class="bookmark">
      {message && (
        <p role="status" class={status !== 'saved' ? (panel ? 'reminder warning' : 'warn') : panel ? 'status' : 'ok'}>
          {status === 'saved' && <span aria-hidden="true">✓ </span>}
          {t(message)}
        </p>
      )}
      {status === 'none' && <p class={panel ? 'help' : 'hint heads-up'}>{t('bookmark_heads_up')}</p>}
      {status !== 'saved' && status !== null && (
        <button type="button" class={panel ? 'primary' : undefined} onClick={panel ? byPerson(add) : add}>
          {status === 'removed' || status === 'changed' ? t('bookmark_add_again') : t('bookmark_add')}
        </button>
      )}
      {error && (
        <p role="alert" class={panel ? 'error' : 'warn'}>
          {error}
        </p>
      )}
    </div>
  );
}
