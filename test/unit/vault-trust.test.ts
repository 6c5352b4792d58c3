/**
 * The passphrase earns its trust: the key is forgotten after the person's idle
 * time, and wrong passphrases make the next try wait longer. A fake clock and
 * a fake session area stand in for Date.now and storage.session; nothing waits.
 */
import { describe, expect, it } from 'vitest';
import { passphraseProblem } from '@/components/options/NewPassphraseForm';
import { appDbOpener } from '@/lib/storage/db';
import { idleKeyKeeper, unlockDelayMs } from '@/lib/storage/key-keeper';
import { fakeArea } from '../support/session-area';
import { judgePassphrase } from '@/lib/profile/passphrase-strength';
import { profileStoreHandlers } from '@/lib/handlers';
import { route } from '@/lib/messaging/router';
import { createProfileStore } from '@/lib/storage/profile-store';
import { newKeyParams } from '@/lib/storage/secret-box';

const FAST = newKeyParams(1_000); // the real iterations are checked in the secret-box tests
const MINUTE = 60_000;

async function setup(idleMinutes = 15) {
  const store = createProfileStore(appDbOpener());
  const area = fakeArea();
  const clock = { now: 1_000_000 };
  const keeper = () => idleKeyKeeper({ area, now: () => clock.now, idleMinutes: async () => idleMinutes });
  const keys = keeper();
  const key = await store.setPassphrase('a long and winding lane', null, FAST);
  await keys.set(key);
  const ask = (request: unknown, k = keys) =>
    route(request, { from: 'extension-page' }, profileStoreHandlers(store, k, { openOptions() {}, allDeleted() {} }));
  return { store, area, clock, keys, keeper, key, ask };
}

const WRONG = 'That passphrase is not the right one. Check it (capital letters count) and try again.';
const wrongThenWait = (s: number) =>
  `That passphrase is not the right one. Check it (capital letters count), then try again in ${s} seconds: ` +
  'each wrong try makes the wait longer, up to a minute.';
const wait = (s: number) => `Too many wrong passphrases in a row. Wait ${s} seconds, then try again.`;

describe('the idle lock', () => {
  it('forgets the key after the idle time without use, and each use starts the time again', async () => {
    const { clock, keys, key } = await setup(15);
    clock.now += 14 * MINUTE;
    expect(await keys.get()).toBe(key);
    clock.now += 14 * MINUTE; // 28 minutes since unlocking, 14 since the last use
    expect(await keys.get()).toBe(key);
    clock.now += 15 * MINUTE;
    expect(await keys.get()).toBeNull();
    clock.now -= 10 * MINUTE; // a clock set back does not bring it back
    expect(await keys.get()).toBeNull();
  });

  it('a restarted worker reads the time of last use from the session area, and locks as the old one would', async () => {
    const { area, clock, keeper, key } = await setup(5);
    expect(area.items.get('vaultKeyUsedAt')).toBe(1_000_000);
    clock.now += 4 * MINUTE;
    const restarted = keeper();
    const back = await restarted.get();
    expect(back).not.toBeNull();
    expect(back!.algorithm).toEqual(key.algorithm);
    expect(area.items.get('vaultKeyUsedAt')).toBe(1_000_000 + 4 * MINUTE);
    clock.now += 5 * MINUTE;
    expect(await keeper().get()).toBeNull();
    expect([...area.items.keys()]).toEqual([]);
  });

  it('looking at the state does not count as a use', async () => {
    const { clock, ask } = await setup(15);
    clock.now += 10 * MINUTE;
    expect(await ask({ type: 'profiles/state' })).toMatchObject({ ok: true, data: { unlocked: true } });
    clock.now += 5 * MINUTE;
    expect(await ask({ type: 'profiles/state' })).toMatchObject({ ok: true, data: { unlocked: false } });
  });

  it('is a setting: 15 minutes unless chosen, one of the offered choices, kept in the settings store', async () => {
    const { store, ask } = await setup();
    expect((await store.state()).idleLockMinutes).toBe(15);
    expect(await ask({ type: 'settings/idle-lock', minutes: 60 })).toEqual({ ok: true, data: null });
    expect(await store.idleLockMinutes()).toBe(60);
    expect((await ask({ type: 'settings/idle-lock', minutes: 7 })).ok).toBe(false);
    expect(await store.idleLockMinutes()).toBe(60);
  });

  it('a key kept by an older version, without its time of use, counts as idle', async () => {
    const { area, keeper } = await setup();
    area.items.delete('vaultKeyUsedAt');
    expect(await keeper().get()).toBeNull();
  });
});

describe('wrong passphrases', () => {
  it('the wait grows: none for two, then 2, 4, 8 seconds… never more than a minute', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 20].map(unlockDelayMs)).toEqual([
      0, 0, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000,
    ]);
  });

  it('says how long to wait, refuses to check any passphrase until then, and the right one resets it', async () => {
    const { clock, keys, ask } = await setup();
    await keys.set(null);
    const unlock = (passphrase: string) => ask({ type: 'vault/unlock', passphrase });
    expect(await unlock('wrong one')).toEqual({ ok: false, error: WRONG });
    expect(await unlock('wrong two')).toEqual({ ok: false, error: WRONG });
    expect(await unlock('wrong three')).toEqual({ ok: false, error: wrongThenWait(2) });
    // Even the right passphrase is not checked during the wait.
    clock.now += 1_000;
    expect(await unlock('a long and winding lane')).toEqual({
      ok: false,
      error: 'Too many wrong passphrases in a row. Wait 1 second, then try again.',
    });
    expect(await keys.get()).toBeNull();
    clock.now += 1_000;
    expect(await unlock('wrong four')).toEqual({ ok: false, error: wrongThenWait(4) });
    clock.now += 500;
    expect(await unlock('wrong five')).toEqual({ ok: false, error: wait(4) });
    clock.now += 3_500;
    expect(await unlock('a long and winding lane')).toEqual({ ok: true, data: null });
    expect(await keys.get()).not.toBeNull();
    await keys.set(null);
    expect(await unlock('wrong again')).toEqual({ ok: false, error: WRONG });
  });

  it('a restarted worker remembers the count', async () => {
    const { clock, keys, keeper, ask } = await setup();
    await keys.set(null);
    for (const p of ['one', 'two', 'three']) await ask({ type: 'vault/unlock', passphrase: `wrong ${p}` });
    clock.now += 2_000;
    expect(await ask({ type: 'vault/unlock', passphrase: 'wrong four' }, keeper())).toEqual({
      ok: false,
      error: wrongThenWait(4),
    });
  });

  it('tries sent side by side cannot all skip the wait', async () => {
    const { keys, ask } = await setup();
    await keys.set(null);
    const answers = await Promise.all(
      [1, 2, 3, 4, 5, 6].map((n) => ask({ type: 'vault/unlock', passphrase: `wrong ${n}` })),
    );
    const checked = answers.filter((a) => !a.ok && !a.error.startsWith('Too many'));
    expect(checked).toHaveLength(3);
    expect(answers.slice(3)).toEqual([
      { ok: false, error: wait(2) },
      { ok: false, error: wait(2) },
      { ok: false, error: wait(2) },
    ]);
  });
});

describe('a passphrase easy to guess', () => {
  it('is refused with why and what would be better: "password", "12345678", a keyboard row', () => {
    expect(passphraseProblem('password', 'Passphrase', judgePassphrase)).toBe(
      'Passphrase: this is too easy to guess. This is a heavily used password. Add more words that are less common.',
    );
    expect(passphraseProblem('12345678', 'Passphrase', judgePassphrase)).toBe(
      'Passphrase: this is too easy to guess. This is a heavily used password. Add more words that are less common.',
    );
    expect(passphraseProblem('qwertyuiop', 'New passphrase', judgePassphrase)).toBe(
      'New passphrase: this is too easy to guess. This is a frequently used password. Add more words that are less common.',
    );
  });

  it('too short is said first; a few words that do not go together pass', () => {
    expect(passphraseProblem('lamp', 'Passphrase', judgePassphrase)).toBe(
      'Passphrase: use at least 8 characters (a short sentence is easy to remember).',
    );
    expect(passphraseProblem('lamp river oat silver', 'Passphrase', judgePassphrase)).toBeUndefined();
    expect(passphraseProblem('purple tractor morning', 'Passphrase', judgePassphrase)).toBeUndefined();
  });
});
