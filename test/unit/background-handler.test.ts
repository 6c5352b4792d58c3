import { describe, expect, it, vi } from 'vitest';
import { progressStoreHandlers } from '@/lib/handlers';
import { route } from '@/lib/messaging/router';
import type { Sender } from '@/lib/messaging/protocol';
import { openAppDb } from '@/lib/storage/db';
import { unreadableRequest } from '@/lib/messaging/protocol';
import { createProgressStore } from '@/lib/progress/progress-store';

const PAGE: Sender = { from: 'extension-page' };
const TAB: Sender = { from: 'content-script', tabId: 7 };
const arrival = { fromCourtPage: true, hasQuery: false };

function setup() {
  const store = createProgressStore(openAppDb());
  const onChange = vi.fn();
  const tabShows = vi.fn();
  const send = (raw: unknown, sender: Sender = PAGE) =>
    route(raw, sender, progressStoreHandlers(store, { progressChanged: onChange, tabShows }));
  return { store, onChange, tabShows, send };
}

describe('the background request handler', () => {
  it('applies valid requests, saves them and reports each change', async () => {
    const { send, onChange, store } = setup();
    expect(await send({ type: 'progress/answer-casenet', hasCaseNetAccount: false })).toMatchObject({ ok: true });
    const r = await send({ type: 'progress/mark', step: 2, done: true });
    expect(r).toMatchObject({ ok: true, data: { hasCaseNetAccount: false, done: [2] } });
    expect(onChange).toHaveBeenCalledTimes(2);
    expect((await store.get()).done).toEqual([2]);
  });

  it('answers a read without reporting a change', async () => {
    const { send, onChange } = setup();
    expect(await send({ type: 'progress/get' })).toMatchObject({ ok: true, data: { done: [] } });
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
    expect(await send(raw)).toEqual({ ok: false, error: unreadableRequest() });
    expect(await store.get()).toEqual(before);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('resets to the beginning', async () => {
    const { send } = setup();
    await send({ type: 'progress/answer-casenet', hasCaseNetAccount: true });
    expect(await send({ type: 'progress/reset' })).toMatchObject({
      ok: true,
      data: { hasCaseNetAccount: null, done: [] },
    });
  });

  it('still answers ok when only the badge could not be updated', async () => {
    const store = createProgressStore(openAppDb());
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const r = await route(
      { type: 'progress/answer-casenet', hasCaseNetAccount: false },
      PAGE,
      progressStoreHandlers(store, {
        progressChanged: () => {
          throw new Error('no action API');
        },
      }),
    );
    expect(r.ok).toBe(true);
    expect((await store.get()).hasCaseNetAccount).toBe(false);
  });

  it('a screen seen in a tab marks the steps before it done and shows its step on that tab', async () => {
    const { send, tabShows, store } = setup();
    const r = await send({ type: 'screen/seen', screen: 'credentials', arrival }, TAB);
    expect(r).toMatchObject({ ok: true, data: { step: 6 } });
    const p = await store.get();
    expect(p.hasCaseNetAccount).toBe(false);
    expect(p.done).toEqual([2, 3, 4, 5]);
    expect(tabShows).toHaveBeenCalledWith(7, 6, p);
  });

  it('a court page that is no screen resets that tab to the overall progress and changes nothing', async () => {
    const { send, tabShows, store } = setup();
    await send({ type: 'progress/answer-casenet', hasCaseNetAccount: false });
    const before = await store.get();
    expect(await send({ type: 'screen/seen', screen: null, arrival }, TAB)).toMatchObject({
      ok: true,
      data: { step: null },
    });
    expect(tabShows).toHaveBeenCalledWith(7, null, before);
    expect(await store.get()).toEqual(before);
  });

  it('the logon screen is step 15 from the registration pages and 17 through the group link', async () => {
    const { send, store } = setup();
    // Just past the additional steps (13-14): the account is made.
    await store.replace({ hasCaseNetAccount: false, done: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], updatedAt: 1 });
    expect(await send({ type: 'screen/seen', screen: 'logon', arrival }, TAB)).toMatchObject({ data: { step: 15 } });
    expect(
      await send({ type: 'screen/seen', screen: 'logon', arrival: { fromCourtPage: false, hasQuery: true } }, TAB),
    ).toMatchObject({ data: { step: 17 } });
    // Once past 15, a plain visit to the logon screen is the group logon.
    expect(await send({ type: 'screen/seen', screen: 'logon', arrival }, TAB)).toMatchObject({ data: { step: 17 } });
  });

  it.each([['progress/reset'], ['progress/mark'], ['progress/answer-casenet']])(
    'refuses %s from a content script: a page cannot change progress directly',
    async (type) => {
      const { send, store } = setup();
      await send({ type: 'progress/answer-casenet', hasCaseNetAccount: true });
      const before = await store.get();
      const raw = {
        type,
        ...(type === 'progress/mark' ? { step: 16, done: true } : {}),
        ...(type === 'progress/answer-casenet' ? { hasCaseNetAccount: false } : {}),
      };
      expect(await send(raw, TAB)).toEqual({ ok: false, error: unreadableRequest() });
      expect(await store.get()).toEqual(before);
    },
  );
});

describe('loading the assistant into a tab', () => {
  const effects = () => ({
    progressChanged: vi.fn(),
    loadRecogniser: vi.fn(async () => {}),
    loadPanel: vi.fn(async () => {}),
    showPanel: vi.fn(async (tabId: number) => tabId === 7),
  });

  it('loads the recogniser and the panel only into the asking content script tab', async () => {
    const store = createProgressStore(openAppDb());
    const fx = effects();
    expect(await route({ type: 'ui/recognise' }, TAB, progressStoreHandlers(store, fx))).toEqual({
      ok: true,
      data: { loaded: true },
    });
    expect(await route({ type: 'ui/load' }, TAB, progressStoreHandlers(store, fx))).toMatchObject({ ok: true });
    expect(fx.loadRecogniser.mock.calls).toEqual([[7]]);
    expect(fx.loadPanel.mock.calls).toEqual([[7]]);
    // An extension page cannot ask for them this way, nor a content script without a tab.
    expect(await route({ type: 'ui/recognise' }, PAGE, progressStoreHandlers(store, fx))).toEqual({
      ok: false,
      error: unreadableRequest(),
    });
    expect(await route({ type: 'ui/load' }, { from: 'content-script' }, progressStoreHandlers(store, fx))).toEqual({
      ok: false,
      error: unreadableRequest(),
    });
    expect(fx.loadRecogniser.mock.calls).toEqual([[7]]);
  });

  it('remembers a page with the very boxes found to be no screen, until a screen is seen there', async () => {
    const store = createProgressStore(openAppDb());
    const fx = effects();
    const handlers = progressStoreHandlers(store, fx);
    const search = { ...TAB, frameId: 0, url: 'https://www.courts.mo.gov/casenet/cases/searchCases.do?x=1' };
    const boxes = 'input:text:inputVO.lastName,select::inputVO.courtId';
    expect(await route({ type: 'ui/recognise', boxes }, search, handlers)).toEqual({ ok: true, data: { loaded: true } });
    expect(await route({ type: 'ui/not-a-screen', boxes }, search, handlers)).toEqual({ ok: true, data: null });
    // The next visit, another query: nothing is loaded.
    const again = { ...search, url: 'https://www.courts.mo.gov/casenet/cases/searchCases.do?x=2' };
    expect(await route({ type: 'ui/recognise', boxes }, again, handlers)).toEqual({ ok: true, data: { loaded: false } });
    // Other boxes at that path, or the same boxes at another path: loaded.
    expect(await route({ type: 'ui/recognise', boxes: 'input:text:q2' }, again, handlers)).toEqual({
      ok: true,
      data: { loaded: true },
    });
    const other = { ...search, url: 'https://www.courts.mo.gov/ecf/logon.do' };
    expect(await route({ type: 'ui/recognise', boxes }, other, handlers)).toEqual({ ok: true, data: { loaded: true } });
    expect(fx.loadRecogniser.mock.calls).toEqual([[7], [7], [7]]);
    // A screen seen at that path: forgotten.
    await route({ type: 'screen/seen', screen: 'logon', arrival: { fromCourtPage: true, hasQuery: false } }, again, handlers);
    expect(await route({ type: 'ui/recognise', boxes }, again, handlers)).toEqual({ ok: true, data: { loaded: true } });
    // Only from a tab's top frame.
    expect(await route({ type: 'ui/not-a-screen', boxes }, { ...search, frameId: 3 }, handlers)).toEqual({
      ok: false,
      error: unreadableRequest(),
    });
  });

  it('shows the panel on a tab only when the popup asks, and says so when the tab is no court page', async () => {
    const store = createProgressStore(openAppDb());
    const fx = effects();
    expect(await route({ type: 'ui/show', tabId: 7 }, PAGE, progressStoreHandlers(store, fx))).toMatchObject({
      ok: true,
    });
    expect(await route({ type: 'ui/show', tabId: 9 }, PAGE, progressStoreHandlers(store, fx))).toEqual({
      ok: false,
      error: "The page in front is not a page of the court's site (https://www.courts.mo.gov): open it there first.",
    });
    // A content script may not ask for it.
    expect(await route({ type: 'ui/show', tabId: 7 }, TAB, progressStoreHandlers(store, fx))).toEqual({
      ok: false,
      error: unreadableRequest(),
    });
    expect(fx.showPanel.mock.calls).toEqual([[7], [9]]);
  });
});
