/** The options page wired to the real handler and store (fake-indexeddb), as the background would be. */
import { render, screen } from '@testing-library/preact';
import { vi } from 'vitest';
import { OptionsApp, type Ask } from '@/components/options/OptionsApp';
import { openAppDb } from '@/lib/storage/db';
import { profileStoreHandlers, type KeyKeeper } from '@/lib/handlers';
import { route } from '@/lib/messaging/router';
import { answerFrom, type Request, type RequestType } from '@/lib/messaging/protocol';
import { createProfileStore } from '@/lib/storage/profile-store';

export type Store = ReturnType<typeof createProfileStore>;
type Seed = (store: Store, setKey: (key: CryptoKey | null) => void) => Promise<unknown>;

/** Render the page without waiting for it to load (to test what it shows while loading or when loading fails). */
export async function mountOptions(seed?: Seed, failFirst: Iterable<[RequestType, string]> = []) {
  const db = openAppDb();
  const store = createProfileStore(db);
  let key: CryptoKey | null = null;
  const keys: KeyKeeper = { get: async () => key, set: async (k) => void (key = k) };
  const requests: Request[] = [];
  /** Make the next request of a type fail with this message. */
  const failures = new Map<RequestType, string>(failFirst);
  const allDeleted = vi.fn();
  const ask: Ask = async (type, ...[payload]) => {
    const request = { ...payload, type } as Request;
    requests.push(request);
    const failure = failures.get(request.type);
    if (failure) {
      failures.delete(request.type);
      throw new Error(failure);
    }
    const r = await route(
      request,
      { from: 'extension-page' },
      profileStoreHandlers(store, keys, { openOptions() {}, allDeleted }),
    );
    return answerFrom(type, r, () => 'The extension did not answer properly. Try again.');
  };
  if (seed) await seed(store, (k) => void (key = k));
  const download = vi.fn<(filename: string, text: string) => void>();
  render(<OptionsApp ask={ask} download={download} />);
  return {
    db,
    store,
    download,
    requests,
    failures,
    allDeleted,
    key: () => key,
    sent: (type: RequestType) => requests.filter((r) => r.type === type),
  };
}

/** Render the page and wait until it shows the person's profiles. */
export async function renderOptions(seed?: Seed) {
  const page = await mountOptions(seed);
  await screen.findByRole('heading', { name: 'Your profiles' });
  return page;
}
