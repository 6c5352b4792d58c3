import { useEffect, useState } from 'preact/hooks';
import type { BookmarkState } from '@/lib/efiling-bookmark';

export type BookmarkStatus = BookmarkState | 'no-permission';

export interface BookmarkActions {
  /** Where the bookmark stands now (never asks for a permission). */
  state(): Promise<BookmarkStatus>;
  /** Asks for the bookmarks permission if needed, then makes or reuses the bookmark. */
  add(): Promise<BookmarkStatus>;
}

const SAY: Record<BookmarkStatus, string> = {
  none: '',
  saved: 'eFiling is in your bookmarks.',
  removed: 'Your eFiling bookmark was deleted.',
  changed: 'Your eFiling bookmark now points somewhere else.',
  'no-permission': 'The browser did not allow the extension to add bookmarks. Press the button again and choose Allow.',
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
          {SAY[status]}
        </p>
      )}
      {status !== 'saved' && status !== null && (
        <button type="button" onClick={add}>
          {status === 'none' || status === 'no-permission' ? 'Bookmark eFiling' : 'Bookmark eFiling again'}
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
