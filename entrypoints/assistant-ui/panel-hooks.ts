/**
 * The panel root's hooks: its state with a copy async code can read at once,
 * what the recogniser sees (newest wins), the popup's "Fill this page" and the
 * profile-changed signal. Every listener is removed when the root goes.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { AssistantBus, Seen } from '@/lib/panel/assistant-bus';
import type { PanelAction, PanelState } from '@/lib/panel/panel-state';
import { PROFILES_CHANGED_KEY, parseRequest } from '@/lib/messaging/protocol';
import { t } from '@/lib/i18n';
import type { Filling } from './filling';
import { actionFor } from './show-seen';

type Ref<T> = { current: T };

/** Preact state, and the latest value at once for code that awaited something (a render may be pending). */
export function useReducerNow<S, A>(reducer: (state: S, action: A) => S, initial: S) {
  const now = useRef(initial);
  const [state, setState] = useState(initial);
  const dispatch = useRef((action: A) => {
    now.current = reducer(now.current, action);
    setState(now.current);
  }).current;
  return [state, dispatch, now] as const;
}

/**
 * Shows what the recogniser sees. Each sighting gets a number; one still waiting for the background
 * when a newer one arrives is dropped. Resolves `shown` once the first (the page's latest) is done.
 */
export function useSeen(bus: AssistantBus, now: Ref<PanelState>, dispatch: (action: PanelAction) => void) {
  const shown = useRef(false);
  useLayoutEffect(() => {
    let latest = 0;
    let live = true;
    const show = async (seen: Seen) => {
      const mine = ++latest;
      const isCurrent = () => live && mine === latest;
      const action = await actionFor(seen, () => now.current, isCurrent);
      if (action && isCurrent()) dispatch(action);
    };
    const listener = (seen: Seen) => void show(seen);
    bus.listeners.add(listener);
    void (bus.latest ? show(bus.latest) : Promise.resolve()).then(() => (shown.current = true));
    return () => {
      live = false;
      bus.listeners.delete(listener);
    };
  }, []);
  return shown;
}

type Answer = { ok: true; data: { filled: number } } | { ok: false; error: string };

/** "Fill this page" from the popup, and a profile saved, imported or unlocked elsewhere. */
export function usePageListeners(filling: Ref<Filling | null>, shown: Ref<boolean>) {
  useLayoutEffect(() => {
    // Only our own extension can send this; not answered before the page's first sighting is shown.
    const onMessage = (message: unknown, sender: { id?: string }): Promise<Answer> | undefined => {
      if (!shown.current) return undefined;
      if (sender.id !== browser.runtime.id || parseRequest(message)?.type !== 'fill/page') return undefined;
      if (!filling.current) return Promise.resolve({ ok: false, error: t('panel_nothing_to_fill') });
      return filling.current
        .fill(undefined, true) // the person pressed Fill in our popup
        .then((report) =>
          report
            ? { ok: true, data: { filled: report.filled.length } }
            : { ok: false, error: filling.current?.state().error || t('panel_no_profile') },
        );
    };
    browser.runtime.onMessage.addListener(onMessage);
    // The background touches this key when a profile changes: read it again.
    const onStorage = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && PROFILES_CHANGED_KEY in changes) void filling.current?.refresh();
    };
    browser.storage.onChanged.addListener(onStorage);
    // Let go of it while the page is hidden: Firefox logs an error ("closed conduit") for a storage
    // listener still held when the page goes; a page back from the history cache listens again.
    const onPageHide = () => browser.storage.onChanged.removeListener(onStorage);
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) browser.storage.onChanged.addListener(onStorage);
    };
    addEventListener('pagehide', onPageHide);
    addEventListener('pageshow', onPageShow);
    return () => {
      browser.runtime.onMessage.removeListener(onMessage);
      browser.storage.onChanged.removeListener(onStorage);
      removeEventListener('pagehide', onPageHide);
      removeEventListener('pageshow', onPageShow);
    };
  }, []);
}
