import { describe, expect, it } from 'vitest';
import { openAppDb } from '@/lib/storage/db';
import { profileStoreHandlers, type KeyKeeper } from '@/lib/handlers';
import { route } from '@/lib/messaging/router';
import { createProfileStore } from '@/lib/storage/profile-store';
import { isSecret } from '@/lib/procedure/fields';
import { keptRule, mayFillWith, withProvenance } from '@/lib/recognise/taught-rules';
import { guessKind } from '@/lib/recognise/classify';
import type { ControlFacts } from '@/lib/page/collect';

describe('where a taught rule came from', () => {
  it('takes which fields are secret from the field table', () => {
    expect(
      ['password', 'passwordConfirm', 'security1.answer', 'security3.answer', 'group.pin'].map((f) =>
        isSecret(f as never),
      ),
    ).toEqual([true, true, true, true, true]);
    expect(
      ['username', 'email', 'security1.question', 'group.name', 'captcha'].map((f) => isSecret(f as never)),
    ).toEqual([false, false, false, false, false]);
  });

  it('reads a rule kept before origins were recorded as taught here, date unknown', () => {
    expect(
      keptRule({ id: 'name-email|surname', screen: 'name-email', signature: 'surname', field: 'lastName' }),
    ).toEqual({
      screen: 'name-email',
      signature: 'surname',
      field: 'lastName',
      origin: 'here',
      from: '',
      at: null,
    });
    expect(
      keptRule({
        screen: 'logon',
        signature: 'x',
        field: 'username',
        origin: 'code',
        from: 'DSS',
        at: 1_700_000_000_000,
      }),
    ).toEqual({
      screen: 'logon',
      signature: 'x',
      field: 'username',
      origin: 'code',
      from: 'DSS',
      at: 1_700_000_000_000,
    });
  });

  it('keeps a file name without hidden characters', () => {
    expect(
      withProvenance({ screen: 'logon', signature: 'x', field: 'username' }, 'file', 'jane\u202Egpj.json', 5),
    ).toEqual({
      screen: 'logon',
      signature: 'x',
      field: 'username',
      origin: 'file',
      from: 'janegpj.json',
      at: 5,
    });
  });

  it('lets only a rule taught here choose the box for a secret', () => {
    const pin = { screen: 'group-authentication', signature: 'search', field: 'group.pin' } as const;
    expect(mayFillWith({ ...pin, origin: 'here' })).toBe(true);
    expect(mayFillWith(pin)).toBe(true); // kept before origins: the person's own
    expect(mayFillWith({ ...pin, origin: 'file' })).toBe(false);
    expect(mayFillWith({ ...pin, origin: 'code' })).toBe(false);
    expect(mayFillWith({ ...pin, field: 'phone', origin: 'code' })).toBe(true);
  });

  it('the classifier ignores an imported rule that would put the PIN into the site search box', () => {
    const search: ControlFacts = {
      type: 'text',
      name: 'q',
      tokens: 'q',
      autocomplete: [],
      labels: [{ text: 'Search', source: 'label-for' }] as ControlFacts['labels'],
      context: [],
      maxLength: null,
      options: [],
      readOnly: false,
    };
    const rule = { screen: 'group-authentication', signature: 'search', field: 'group.pin' } as const;
    expect(guessKind(search, [{ ...rule, origin: 'here' }])?.field).toBe('group.pin');
    const imported = guessKind(search, [{ ...rule, origin: 'code', from: 'DSS', at: 1 }]);
    expect(imported?.field).toBeUndefined();
    expect(imported?.reason.signal).not.toBe('taught');
  });
});

describe('rules/list, rules/delete and rules/teach', () => {
  const keys: KeyKeeper = { get: async () => null, set: async () => {} };
  const effects = { openOptions() {}, allDeleted() {} };

  it('lists each rule with its origin, stamps a rule taught on a page as taught here, and deletes one', async () => {
    const store = createProfileStore(openAppDb());
    const ask = (raw: unknown, from: 'extension-page' | 'content-script' = 'extension-page') =>
      route(raw, { from } as never, profileStoreHandlers(store, keys, effects));
    await store.addRules([{ screen: 'name-email', signature: 'surname', field: 'lastName' }]);
    const before = Date.now();
    expect(
      await ask(
        { type: 'rules/teach', rule: { screen: 'credentials', signature: 'login id', field: 'username' } },
        'content-script',
      ),
    ).toEqual({ ok: true, data: null });
    const listed = await ask({ type: 'rules/list' });
    expect(listed.ok && listed.data).toEqual([
      {
        screen: 'credentials',
        signature: 'login id',
        field: 'username',
        origin: 'here',
        from: '',
        at: expect.any(Number),
      },
      { screen: 'name-email', signature: 'surname', field: 'lastName', origin: 'here', from: '', at: null },
    ]);
    const [taught] = (listed.ok ? listed.data : []) as { at: number }[];
    expect(taught!.at >= before).toBe(true);
    // A page's script may not list or delete them.
    expect((await ask({ type: 'rules/list' }, 'content-script')).ok).toBe(false);
    expect((await ask({ type: 'rules/delete', screen: 'name-email', signature: 'surname' }, 'content-script')).ok).toBe(
      false,
    );

    expect(await ask({ type: 'rules/delete', screen: 'name-email', signature: 'surname' })).toEqual({
      ok: true,
      data: null,
    });
    expect((await store.listRules()).map((r) => r.signature)).toEqual(['login id']);
  });
});
