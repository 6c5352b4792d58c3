/**
 * The panel's own requests: keeping a suggested password (encrypted, only
 * with the passphrase set and unlocked, only from the top frame of a
 * procedure page) and the court's list of security questions.
 */
import { describe, expect, it } from 'vitest';
import { appDbOpener } from '@/lib/storage/db';
import { profileStoreHandlers, type KeyKeeper } from '@/lib/handlers';
import { PROFILE_CHANGING_REQUESTS, type Sender } from '@/lib/messaging/protocol';
import { route } from '@/lib/messaging/router';
import { createProfileStore } from '@/lib/storage/profile-store';

const PAGE: Sender = {
  from: 'content-script',
  tabId: 1,
  frameId: 0,
  url: 'https://www.courts.mo.gov/ecf/registration/credentials.do',
};
const PROFILE = { label: 'Jane at DSS', username: 'jdoe_dss', firstName: 'Jane', lastName: 'Doe' };

async function setup() {
  const store = createProfileStore(appDbOpener());
  let key: CryptoKey | null = null;
  const keys: KeyKeeper = { get: async () => key, set: async (k) => void (key = k) };
  const opened: (string | undefined)[] = [];
  const ask = (request: unknown, sender: Sender = { from: 'extension-page' }) =>
    route(
      request,
      sender,
      profileStoreHandlers(store, keys, {
        openOptions: (section?: string) => void opened.push(section),
        allDeleted() {},
      }),
    );
  return { store, keys, ask, opened, lock: () => void (key = null) };
}

describe('keeping the suggested password', () => {
  it('says "no-passphrase" and keeps nothing when no passphrase is set', async () => {
    const { ask, store } = await setup();
    await ask({ type: 'profiles/save', profile: PROFILE });
    expect(await ask({ type: 'profiles/password', password: 'Kq7#mP2!xZ9@wR4$' }, PAGE)).toEqual({
      ok: true,
      data: 'no-passphrase',
    });
    expect((await store.state()).profiles[0]!.hasSecrets).toBe(false);
  });

  it('keeps it, encrypted, in the active profile when unlocked; fills it at the logon screen; says "locked" when locked', async () => {
    const { ask, store, lock } = await setup();
    await ask({ type: 'vault/set', passphrase: 'correct horse battery staple' });
    await ask({ type: 'profiles/save', profile: PROFILE });
    expect(await ask({ type: 'profiles/password', password: 'Kq7#mP2!xZ9@wR4$' }, PAGE)).toEqual({
      ok: true,
      data: 'saved',
    });
    const values = await ask({ type: 'fill/values', screen: 'logon', secrets: true }, PAGE);
    expect((values as { data: { values: Record<string, unknown> } }).data.values).toMatchObject({
      username: 'jdoe_dss',
      password: 'Kq7#mP2!xZ9@wR4$',
    });
    // The profile's details are as they were.
    expect((await store.state()).profiles[0]!.data).toMatchObject(PROFILE);
    lock();
    expect(await ask({ type: 'profiles/password', password: 'Another#Pass2word' }, PAGE)).toEqual({
      ok: true,
      data: 'locked',
    });
  });

  it('says "no-profile" when there is no profile yet', async () => {
    const { ask } = await setup();
    await ask({ type: 'vault/set', passphrase: 'correct horse battery staple' });
    expect(await ask({ type: 'profiles/password', password: 'Kq7#mP2!xZ9@wR4$' }, PAGE)).toEqual({
      ok: true,
      data: 'no-profile',
    });
  });

  it('refuses a sub-frame, a page outside the procedure and a too-short password', async () => {
    const { ask } = await setup();
    await ask({ type: 'vault/set', passphrase: 'correct horse battery staple' });
    await ask({ type: 'profiles/save', profile: PROFILE });
    const refused = {
      ok: false,
      error: 'The extension received a request it does not understand. Reload the page and try again.',
    };
    expect(await ask({ type: 'profiles/password', password: 'Kq7#mP2!xZ9@wR4$' }, { ...PAGE, frameId: 3 })).toEqual(
      refused,
    );
    expect(
      await ask(
        { type: 'profiles/password', password: 'Kq7#mP2!xZ9@wR4$' },
        { ...PAGE, url: 'https://www.courts.mo.gov/casenet/cases/searchCases.do' },
      ),
    ).toEqual(refused);
    expect(await ask({ type: 'profiles/password', password: 'short' }, PAGE)).toEqual(refused);
  });

  it('tells the panels to read the profile again after a save, a password kept or an unlock', () => {
    for (const type of [
      'profiles/save',
      'profiles/password',
      'vault/unlock',
      'vault/lock',
      'profiles/import',
    ] as const) {
      expect(PROFILE_CHANGING_REQUESTS.has(type), type).toBe(true);
    }
    expect(PROFILE_CHANGING_REQUESTS.has('fill/values')).toBe(false);
  });
});

describe("the court's list of security questions", () => {
  it('is saved from the panel and read back by the options page, in the same order', async () => {
    const { ask } = await setup();
    expect(await ask({ type: 'profiles/questions' })).toEqual({ ok: true, data: [] });
    const questions = ["What is your mother's maiden name?", 'In what city were you born?'];
    expect(await ask({ type: 'profiles/questions', questions }, PAGE)).toEqual({ ok: true, data: null });
    expect(await ask({ type: 'profiles/questions' })).toEqual({ ok: true, data: questions });
  });

  it('refuses an empty list, an empty question and more than 60', async () => {
    const { ask } = await setup();
    const refused = {
      ok: false,
      error: 'The extension received a request it does not understand. Reload the page and try again.',
    };
    expect(await ask({ type: 'profiles/questions', questions: [] }, PAGE)).toEqual(refused);
    expect(await ask({ type: 'profiles/questions', questions: ['  '] }, PAGE)).toEqual(refused);
    const many = Array.from({ length: 61 }, (_, i) => `Question ${i}?`);
    expect(await ask({ type: 'profiles/questions', questions: many }, PAGE)).toEqual(refused);
    expect(await ask({ type: 'profiles/questions' })).toEqual({ ok: true, data: [] });
  });
});

describe('opening the options page from the panel', () => {
  it('at the section asked for', async () => {
    const { ask, opened } = await setup();
    await ask({ type: 'options/open', section: 'passphrase' }, PAGE);
    await ask({ type: 'options/open', section: 'profile' }, PAGE);
    await ask({ type: 'options/open' }, PAGE);
    expect(opened).toEqual(['passphrase', 'profile', undefined]);
    expect((await ask({ type: 'options/open', section: 'elsewhere' }, PAGE)).ok).toBe(false);
  });
});
