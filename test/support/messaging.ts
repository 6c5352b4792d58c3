/** Reading the background's replies in tests as the extension's own callers do (lib/messaging/send.ts). */
import { answerFrom, type Reply } from '@/lib/messaging/protocol';
import type { Progress } from '@/lib/progress/progress';

/** A progress request's reply → the progress it carries (every progress request answers with it). */
export const progressFrom = (reply: Reply<unknown>): Progress =>
  answerFrom(
    'progress/get',
    reply,
    () => 'The extension did not answer properly. Close this window and open it again.',
  );
