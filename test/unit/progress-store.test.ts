import { describe, expect, it, vi } from 'vitest';
import { JOURNEY_KEY, openAppDb } from '@/lib/storage/db';
import { answerCaseNet, markStep } from '@/lib/progress/progress';
import { StoreError, createProgressStore } from '@/lib/progress/progress-store';

describe('the progress store', () => {
  it('starts empty and keeps changes across a new connection (a restarted worker)', async () => {
    const first = createProgressStore(openAppDb());
    expect((await first.get()).hasCaseNetAccount).toBeNull();
    await first.update((p) => answerCaseNet(p, false));
    await first.update((p) => markStep(p, 2, true));
    (await openAppDb()).close();

    const second = createProgressStore(openAppDb());
    const p = await second.get();
    expect(p.hasCaseNetAccount).toBe(false);
    expect(p.done).toEqual([2]);
  });

  it('does not lose either of two changes made at the same time', async () => {
    const store = createProgressStore(openAppDb());
    await store.update((p) => answerCaseNet(p, false));
    await Promise.all([2, 3, 4, 5].map((n) => store.update((p) => markStep(p, n, true))));
    expect((await store.get()).done).toEqual([2, 3, 4, 5]);
  });

  it('names an unreadable saved record, leaves it alone, and still lets the person start over', async () => {
    const db = await openAppDb();
    await db.put('progress', { hasCaseNetAccount: 'maybe' } as never, JOURNEY_KEY);
    const store = createProgressStore(Promise.resolve(db));
    await expect(store.get()).rejects.toThrow(/could not be read.*Start over/);
    await expect(store.update((p) => markStep(p, 2, true))).rejects.toBeInstanceOf(StoreError);
    expect(await db.get('progress', JOURNEY_KEY)).toEqual({ hasCaseNetAccount: 'maybe' });

    await store.replace({ hasCaseNetAccount: null, done: [], updatedAt: 1 });
    expect((await store.get()).updatedAt).toBe(1);
  });

  it('says plainly when the disk is full, and keeps what was saved', async () => {
    const store = createProgressStore(openAppDb());
    await store.update((p) => answerCaseNet(p, false));
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    await expect(store.update((p) => markStep(p, 2, true))).rejects.toThrow(/no room left/);
    vi.restoreAllMocks();
    expect((await store.get()).done).toEqual([]);
  });

  it('says plainly when saving fails for another reason', async () => {
    const store = createProgressStore(openAppDb());
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('aborted', 'AbortError');
    });
    await expect(store.update((p) => answerCaseNet(p, true))).rejects.toThrow(
      /could not be saved just now\. Nothing was changed/,
    );
    vi.restoreAllMocks();
    expect((await store.get()).hasCaseNetAccount).toBeNull();
  });
});
