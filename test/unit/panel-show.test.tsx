import { act, cleanup, render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { EMPTY_PROGRESS } from '@/lib/progress/progress';
import { assistantBus, publish, type Seen } from '@/lib/panel/assistant-bus';
import { initialPanelState, panelReducer, type PanelAction, type PanelState } from '@/lib/panel/panel-state';
import type { PageShape } from '@/lib/page/shape';

// The background's answers, each released by the test when it chooses.
const pending: { type: string; resolve: (value: unknown) => void }[] = [];
vi.mock('@/lib/messaging/send', () => ({
  send: (type: string) => new Promise((resolve) => pending.push({ type, resolve })),
}));
const { actionFor } = await import('@/entrypoints/assistant-ui/show-seen');
const { useReducerNow, useSeen } = await import('@/entrypoints/assistant-ui/panel-hooks');

const shape: PageShape = { path: '/casenet/search', title: 'Search', headings: [], actions: [], fields: [] };
const credentials: Seen = { kind: 'screen', screen: 'credentials', screens: ['credentials'], step: 6 };
const nameEmail: Seen = { kind: 'screen', screen: 'name-email', screens: ['name-email'], step: 8 };
const answer = async (type: string, value: unknown) => {
  const at = pending.findIndex((p) => p.type === type);
  expect(at).toBeGreaterThan(-1);
  await act(async () => pending.splice(at, 1)[0]!.resolve(value));
};
/** Lets the awaited storage reads and answers settle. */
const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));

beforeEach(() => {
  fakeBrowser.reset();
  pending.length = 0;
});
afterEach(cleanup);

describe('what the panel does with a sighting', () => {
  it('a screen, coming from no screen, takes the stored collapsed choice', async () => {
    await fakeBrowser.storage.local.set({ panelCollapsed: true });
    const action = actionFor(credentials, () => initialPanelState, () => true);
    await answer('progress/get', EMPTY_PROGRESS);
    expect(await action).toEqual({ type: 'screen', screen: 'credentials', screens: ['credentials'], step: 6, storedCollapsed: true });
  });

  it('an unknown page asks for the names to leave out and whom to write to, once', async () => {
    const action = actionFor({ kind: 'unrecognised', shape }, () => initialPanelState, () => true);
    await answer('report/private-words', ['Jane']);
    await answer('report/admin-email', 'ann.smith@dss.mo.gov');
    expect(await action).toEqual({
      type: 'unrecognised',
      shape,
      privateWords: ['Jane'],
      adminEmail: 'ann.smith@dss.mo.gov',
    });
    const again: PanelState = { ...initialPanelState, view: { kind: 'unrecognised', report: '' } };
    expect(await actionFor({ kind: 'unrecognised', shape }, () => again, () => true)).toEqual({
      type: 'unrecognised',
      shape,
    });
  });

  it('a sighting overtaken while the background answers is dropped', async () => {
    const action = actionFor(credentials, () => initialPanelState, () => false);
    await answer('progress/get', EMPTY_PROGRESS);
    expect(await action).toBeNull();
  });

  it('a newer sighting wins over an older one still waiting for its answer', async () => {
    const scope: Record<string, unknown> = {};
    const bus = assistantBus(scope);
    const actions: PanelAction[] = [];
    function Probe() {
      const [, dispatch, now] = useReducerNow(panelReducer, initialPanelState);
      useSeen(bus, now, (action) => (actions.push(action), dispatch(action)));
      return null;
    }
    render(<Probe />);
    publish(bus, credentials);
    publish(bus, nameEmail);
    expect(pending.map((p) => p.type)).toEqual(['progress/get', 'progress/get']);
    await answer('progress/get', EMPTY_PROGRESS); // the older one's answer comes first…
    pending[0]!.resolve(EMPTY_PROGRESS); // …then the newer one's
    await settle();
    expect(actions).toEqual([{ type: 'screen', screen: 'name-email', screens: ['name-email'], step: 8, storedCollapsed: false }]);
  });

  it('stops listening when the panel goes', () => {
    const bus = assistantBus({});
    function Probe() {
      const [, dispatch, now] = useReducerNow(panelReducer, initialPanelState);
      useSeen(bus, now, dispatch);
      return null;
    }
    const { unmount } = render(<Probe />);
    expect(bus.listeners.size).toBe(1);
    unmount();
    expect(bus.listeners.size).toBe(0);
  });
});
