import { describe, expect, it } from 'vitest';
import { PROTOCOL, answerFrom, contentMaySend, parseRequest, type RequestType } from '@/lib/messaging/protocol';
import { route } from '@/lib/messaging/router';

const noAnswer = () => 'The extension did not answer properly. Try again.';
const UNREADABLE = 'The extension received a request it does not understand. Reload the page and try again.';

describe('the message protocol', () => {
  it('lets a content script send only what a court page needs', () => {
    const allowed = (Object.keys(PROTOCOL) as RequestType[]).filter(contentMaySend).sort();
    expect(allowed).toEqual([
      'bookmark/add',
      'bookmark/state',
      'fill/values',
      'options/open',
      'profiles/password',
      'profiles/questions',
      'progress/get',
      'report/admin-email',
      'report/private-words',
      'report/scrub',
      'rules/teach',
      'screen/seen',
      'ui/load',
      'ui/not-a-screen',
      'ui/recognise',
    ]);
  });

  it('reads a request only in its own shape, and nothing that only looks like a type', () => {
    expect(parseRequest({ type: 'progress/mark', step: 3, done: true })).toEqual({
      type: 'progress/mark',
      step: 3,
      done: true,
    });
    expect(parseRequest({ type: 'progress/mark', step: 3 })).toBeNull();
    expect(parseRequest({ type: 'toString' })).toBeNull();
    expect(parseRequest({ type: '__proto__' })).toBeNull();
    expect(parseRequest('progress/get')).toBeNull();
    expect(parseRequest(null)).toBeNull();
  });

  it('hands back an answer that has its shape', () => {
    expect(answerFrom('profiles/save', { ok: true, data: { id: 'p1', revision: 2 } }, noAnswer)).toEqual({
      id: 'p1',
      revision: 2,
    });
    expect(answerFrom('vault/lock', { ok: true, data: null }, noAnswer)).toBeNull();
  });

  it('turns a refusal into its sentence, and a malformed answer into a plain one, never a cast', () => {
    expect(() =>
      answerFrom('vault/lock', { ok: false, error: 'That passphrase is not the right one.' }, noAnswer),
    ).toThrow('That passphrase is not the right one.');
    expect(() => answerFrom('profiles/save', { ok: true, data: { id: 7 } }, noAnswer)).toThrow(
      'The extension did not answer properly. Try again.',
    );
    expect(() => answerFrom('report/private-words', { ok: true, data: 'Jane' }, noAnswer)).toThrow(
      'The extension did not answer properly. Try again.',
    );
    expect(() => answerFrom('progress/get', undefined, noAnswer)).toThrow(
      'The extension did not answer properly. Try again.',
    );
  });

  it('the background refuses what only a tab’s panel answers, and a request it has no handler for', async () => {
    const handlers = { 'vault/lock': async () => ({ ok: true as const, data: null }) };
    expect(await route({ type: 'fill/page' }, { from: 'extension-page' }, handlers)).toEqual({
      ok: false,
      error: UNREADABLE,
    });
    expect(await route({ type: 'vault/unlock', passphrase: 'x' }, { from: 'extension-page' }, handlers)).toEqual({
      ok: false,
      error: UNREADABLE,
    });
    expect(await route({ type: 'vault/lock' }, { from: 'content-script', tabId: 1 }, handlers)).toEqual({
      ok: false,
      error: UNREADABLE,
    });
    expect(await route({ type: 'vault/lock' }, { from: 'extension-page' }, handlers)).toEqual({ ok: true, data: null });
  });

  it('answers a handler’s throw with its message', async () => {
    const handlers = {
      'vault/lock': async () => {
        throw new Error('The browser’s storage is full.');
      },
    };
    expect(await route({ type: 'vault/lock' }, { from: 'extension-page' }, handlers)).toEqual({
      ok: false,
      error: 'The browser’s storage is full.',
    });
  });
});
