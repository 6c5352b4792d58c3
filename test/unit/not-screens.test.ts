import { describe, expect, it } from 'vitest';
import { backgroundHandlers } from '@/lib/handlers';
import { notScreens } from '@/lib/handlers/not-screens';
import { route } from '@/lib/messaging/router';
import { createProgressStore } from '@/lib/progress/progress-store';
import { appDbOpener } from '@/lib/storage/db';
import { createProfileStore } from '@/lib/storage/profile-store';
import type { SessionArea } from '@/lib/storage/key-keeper';
import { fakeArea } from '../support/session-area';

const SEARCH = 'https://www.courts.mo.gov/casenet/cases/searchCases.do';

describe('the memory of pages that are no screen', () => {
  it('keeps a path with its boxes, never a page without boxes, and lets the oldest path go when full', async () => {
    const known = notScreens(2);
    await known.add('https://www.courts.mo.gov/a.do?t=1', 'input::x');
    await known.add('https://www.courts.mo.gov/empty.do', '');
    expect(await known.has('https://www.courts.mo.gov/a.do', 'input::x')).toBe(true);
    expect(await known.has('https://www.courts.mo.gov/a.do', 'input::y')).toBe(false);
    expect(await known.has('https://www.courts.mo.gov/empty.do', '')).toBe(false);
    expect(await known.has(undefined, 'input::x')).toBe(false);
    await known.add('https://www.courts.mo.gov/b.do', 'input::x');
    await known.add('https://www.courts.mo.gov/c.do', 'input::x');
    expect(await known.has('https://www.courts.mo.gov/a.do', 'input::x')).toBe(false);
    expect(await known.has('https://www.courts.mo.gov/c.do', 'input::x')).toBe(true);
    await known.forget('https://www.courts.mo.gov/c.do#top');
    expect(await known.has('https://www.courts.mo.gov/c.do', 'input::x')).toBe(false);
    await known.clear();
    expect(await known.has('https://www.courts.mo.gov/b.do', 'input::x')).toBe(false);
  });

  it('outlives the worker: a worker started again over the same session storage still knows the page', async () => {
    const area = fakeArea();
    await notScreens(200, area).add(`${SEARCH}?q=smith`, 'input:text:caseNumber');
    expect(area.items.get('notScreens')).toEqual([[SEARCH, ['input:text:caseNumber']]]);
    const restarted = notScreens(200, area);
    expect(await restarted.has(SEARCH, 'input:text:caseNumber')).toBe(true);
    await restarted.forget(SEARCH);
    expect(area.items.get('notScreens')).toEqual([]);
    expect(await notScreens(200, area).has(SEARCH, 'input:text:caseNumber')).toBe(false);
  });

  it('ignores what it cannot read in session storage, and a failing one costs only the memory', async () => {
    for (const bad of [{}, 'x', [[SEARCH, 'input::x']], [[SEARCH, [42]]], [[1, ['input::x']]]]) {
      const area = fakeArea();
      area.items.set('notScreens', bad);
      expect(await notScreens(200, area).has(SEARCH, 'input::x')).toBe(false);
    }
    const failing: SessionArea = {
      get: async () => Promise.reject(new Error('storage failed')),
      set: async () => Promise.reject(new Error('storage full')),
      remove: async () => Promise.reject(new Error('storage failed')),
    };
    const known = notScreens(200, failing);
    await known.add(SEARCH, 'input::x');
    expect(await known.has(SEARCH, 'input::x')).toBe(true);
  });

  it('keeps at most 20 sets of boxes for one path, the newest', async () => {
    const known = notScreens(200, fakeArea());
    for (let i = 0; i < 21; i++) await known.add(SEARCH, `input::box${i}`);
    expect(await known.has(SEARCH, 'input::box0')).toBe(false);
    expect(await known.has(SEARCH, 'input::box1')).toBe(true);
    expect(await known.has(SEARCH, 'input::box20')).toBe(true);
  });

  it('"Delete all data" forgets the pages remembered for this session too', async () => {
    const area = fakeArea();
    const known = notScreens(200, area);
    const db = appDbOpener();
    const keys = { get: async () => null, set: async () => {} };
    const effects = { progressChanged() {}, openOptions() {}, allDeleted() {} };
    const handlers = backgroundHandlers(createProgressStore(db), createProfileStore(db), keys, effects, known);
    const tab = { from: 'content-script' as const, tabId: 4, frameId: 0, url: SEARCH };
    expect(await route({ type: 'ui/not-a-screen', boxes: 'input::x' }, tab, handlers)).toEqual({
      ok: true,
      data: null,
    });
    expect(area.items.get('notScreens')).toEqual([[SEARCH, ['input::x']]]);
    expect(await route({ type: 'data/delete-all' }, { from: 'extension-page' }, handlers)).toEqual({
      ok: true,
      data: null,
    });
    expect(area.items.get('notScreens')).toEqual([]);
    expect(await notScreens(200, area).has(SEARCH, 'input::x')).toBe(false);
  });
});
