import { describe, expect, it } from 'vitest';
import { fillKey, hostState, initialPanelState, panelReducer, type PanelState } from '@/lib/panel/panel-state';
import { placement } from '@/lib/panel/panel-placement';
import type { PageShape } from '@/lib/page/shape';

const shape: PageShape = { path: '/casenet/search', title: 'Search', headings: [], actions: [], fields: [] };
const onScreen = (over: Partial<PanelState> = {}): PanelState => ({
  ...initialPanelState,
  view: { kind: 'screen', screen: 'credentials', screens: ['credentials'], step: 6 },
  ...over,
});

describe('the panel: what each action shows', () => {
  it('shows nothing, and the host says nothing, until the first sighting', () => {
    expect(initialPanelState.view).toBeNull();
    expect(hostState(initialPanelState)).toBeNull();
  });

  it('coming to a screen takes the stored collapsed choice; moving between screens keeps the current one', () => {
    const first = panelReducer(initialPanelState, {
      type: 'screen',
      screen: 'credentials',
      screens: ['credentials'],
      step: 6,
      storedCollapsed: true,
    });
    expect(first.collapsed).toBe(true);
    expect(hostState(first)).toBe('screen');
    const next = panelReducer({ ...first, collapsed: false }, {
      type: 'screen',
      screen: 'name-email',
      screens: ['name-email'],
      step: 8,
      storedCollapsed: true,
    });
    expect(next.collapsed).toBe(false);
    expect(next.view).toEqual({ kind: 'screen', screen: 'name-email', screens: ['name-email'], step: 8 });
  });

  it('an unknown court page starts small and keeps the names to leave out of the description, and whom to write to', () => {
    const next = panelReducer(onScreen(), {
      type: 'unrecognised',
      shape,
      privateWords: ['Jane'],
      adminEmail: 'ann.smith@dss.mo.gov',
    });
    expect([next.collapsed, next.privateWords, next.shape]).toEqual([true, ['Jane'], shape]);
    expect(next.view).toEqual({ kind: 'unrecognised', report: '', adminEmail: 'ann.smith@dss.mo.gov' });
    const opened = panelReducer({ ...next, collapsed: false }, { type: 'unrecognised', shape });
    expect([opened.collapsed, opened.privateWords]).toEqual([false, ['Jane']]);
    expect(opened.view).toEqual({ kind: 'unrecognised', report: '', adminEmail: 'ann.smith@dss.mo.gov' });
  });

  it('an unknown court page with no administrator named writes to nobody in particular', () => {
    const next = panelReducer(onScreen(), { type: 'unrecognised', shape, privateWords: [] });
    expect(next.view).toEqual({ kind: 'unrecognised', report: '', adminEmail: '' });
  });

  it('registration finished: open, and hidden where the note is not shown; closing the note hides it', () => {
    const finished = panelReducer(onScreen({ collapsed: true }), { type: 'finished', hidden: false });
    expect([finished.view, finished.collapsed, hostState(finished)]).toEqual([{ kind: 'finished' }, false, 'finished']);
    expect(hostState(panelReducer(finished, { type: 'dismissed' }))).toBe('hidden');
  });

  it('the toggle opens a panel shrunk for want of room, and the person’s choice holds', () => {
    const opened = panelReducer(onScreen({ autoCollapsed: true }), { type: 'toggled' });
    expect([opened.collapsed, opened.autoCollapsed]).toEqual([false, false]);
    expect(panelReducer(opened, { type: 'toggled' }).collapsed).toBe(true);
  });

  it('a filler belongs to one screen, step and set of screens', () => {
    expect(fillKey({ kind: 'screen', screen: 'logon', screens: ['logon'], step: 15 })).toBe('logon|15|logon');
    expect(fillKey({ kind: 'screen', screen: 'logon', screens: ['logon'], step: 17 })).toBe('logon|17|logon');
    expect(fillKey({ kind: 'finished' })).toBeNull();
    expect(fillKey(null)).toBeNull();
  });
});

describe('placement: one measurement', () => {
  const viewport = { width: 1000, height: 800 };
  const size = { width: 300, height: 200 };
  const everyCorner = [
    { left: 0, top: 0, width: 1000, height: 100 },
    { left: 0, top: 700, width: 1000, height: 100 },
  ];

  it('a free corner is taken', () => {
    expect(placement({ size, expanded: size, viewport, fields: [], collapsed: false, autoCollapsed: false })).toEqual({
      kind: 'corner',
      corner: 'bottom-right',
    });
  });

  it('no corner free: the open panel shrinks to the bar', () => {
    const p = placement({ size, expanded: size, viewport, fields: everyCorner, collapsed: false, autoCollapsed: false });
    expect(p).toEqual({ kind: 'auto-collapse' });
  });

  it('collapsed by the person with no corner free: stays at the bottom right', () => {
    const p = placement({ size, expanded: size, viewport, fields: everyCorner, collapsed: true, autoCollapsed: false });
    expect(p).toEqual({ kind: 'corner', corner: 'bottom-right' });
  });

  it('shrunk for want of room: opens again once its full size fits', () => {
    const bar = { width: 300, height: 40 };
    const p = placement({ size: bar, expanded: size, viewport, fields: [], collapsed: false, autoCollapsed: true });
    expect(p).toEqual({ kind: 'expand' });
  });
});
