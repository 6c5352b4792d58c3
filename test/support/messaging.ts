/** Reading the background's replies in tests as the extension's own callers do (lib/messaging/send.ts). */
import { answerFrom, type Reply } from '@/lib/messaging/protocol';
import { profileStoreHandlers, type KeyKeeper } from '@/lib/handlers';
import { route } from '@/lib/messaging/router';
import type { Progress } from '@/lib/progress/progress';
import type { ProfileStore } from '@/lib/storage/profile-store';

/** A progress request's reply → the progress it carries (every progress request answers with it). */
export const progressFrom = (reply: Reply<unknown>): Progress =>
  answerFrom(
    'progress/get',
    reply,
    () => 'The extension did not answer properly. Close this window and open it again.',
  );

/** The background's profile handlers over `store`, as an options page reaches them (the key: unlocked with it, or locked). */
export function storeHandler(store: ProfileStore, key: CryptoKey | null = null) {
  const keys: KeyKeeper = { get: async () => key, set: async () => {} };
  return (request: unknown) =>
    route(
      request,
      { from: 'extension-page' },
      profileStoreHandlers(store, keys, { openOptions() {}, allDeleted() {} }),
    );
}
