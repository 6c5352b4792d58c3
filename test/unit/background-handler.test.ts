import { describe, expect, it, vi } from 'vitest';
import { handleRequest } from '@/lib/background-handler';
import { openAppDb } from '@/lib/db';
import { UNREADABLE_REQUEST } from '@/lib/messages';
import { createProgressStore } from '@/lib/progress-store';

function setup() {
  const store = createProgressStore(openAppDb());
  const onChange = vi.fn();
  return { store, onChange, send: (raw: unknown) => handleRequest(store, raw, onChange) };
}

describe('the background request handler', () => {
  it('applies valid requests, saves them and reports each change', async () => {
    const { send, onChange, store } = setup();
    expect(await send({ type: 'progress/answer-casenet', hasCaseNetAccount: false })).toMatchObject({ ok: true });
    const r = await send({ type: 'progress/mark', step: 2, done: true });
    expect(r).toMatchObject({ ok: true, progress: { hasCaseNetAccount: false, done: [2] } });
    expect(onChange).toHaveBeenCalledTimes(2);
    expect((await store.get()).done).toEqual([2]);
  });

  it('answers a read without reporting a change', async () => {
    const { send, onChange } = setup();
    expect(await send({ type: 'progress/get' })).toMatchObject({ ok: true, progress: { done: [] } });
    expect(onChange).not.toHaveBeenCalled();
  });

  it.each([
    ['not an object', 'progress/get'],
    ['unknown type', { type: 'progress/delete-everything' }],
    ['step out of range', { type: 'progress/mark', step: 99, done: true }],
    ['step as text', { type: 'progress/mark', step: '3', done: true }],
    ['extra member', { type: 'progress/reset', also: 'x' }],
    ['prototype key', JSON.parse('{"type":"progress/get","__proto__":{"x":1}}')],
    ['null', null],
  ])('rejects a malformed request (%s) and changes nothing', async (_why, raw) => {
    const { send, onChange, store } = setup();
    await send({ type: 'progress/answer-casenet', hasCaseNetAccount: false });
    const before = await store.get();
    expect(await send(raw)).toEqual({ ok: false, error: UNREADABLE_REQUEST });
    expect(await store.get()).toEqual(before);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('resets to the beginning', async () => {
    const { send } = setup();
    await send({ type: 'progress/answer-casenet', hasCaseNetAccount: true });
    expect(await send({ type: 'progress/reset' })).toMatchObject({ ok: true, progress: { hasCaseNetAccount: null, done: [] } });
  });

  it('still answers ok when only the badge could not be updated', async () => {
    const store = createProgressStore(openAppDb());
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const r = await handleRequest(store, { type: 'progress/answer-casenet', hasCaseNetAccount: false }, () => {
      throw new Error('no action API');
    });
    expect(r.ok).toBe(true);
    expect((await store.get()).hasCaseNetAccount).toBe(false);
  });
});
