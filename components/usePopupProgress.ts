import { useEffect, useState } from 'preact/hooks';
import type { ProgressType, Request } from '@/lib/messaging/protocol';
import type { Progress } from '@/lib/progress/progress';
import type { DetailsState } from './PageActions';

type Ask = (request: Request<ProgressType>) => Promise<Progress>;

/**
 * The popup's saved progress, read when it opens and changed only through the
 * background; what each change announces; whether the person's details are saved.
 */
export function usePopupProgress(ask: Ask, details?: () => Promise<DetailsState>) {
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [detailsState, setDetailsState] = useState<DetailsState | null>(null);

  const send = async (request: Request<ProgressType>, announce?: string) => {
    try {
      setProgress(await ask(request));
      setError(null);
      if (announce) setAnnouncement(announce);
    } catch (e) {
      // What was saved stays as it was; say so and keep showing it.
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  useEffect(() => {
    void send({ type: 'progress/get' });
    // Cannot tell: offer Fill as it is (its own answer then says what is missing).
    details?.().then(setDetailsState, () => setDetailsState(null));
  }, []);

  return { progress, error, announcement, setAnnouncement, detailsState, send };
}
