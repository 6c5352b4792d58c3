/**
 * The in-page panel's root: its state (lib/panel/panel-state.ts) in Preact,
 * what the recogniser sees, the filler of the screen, where the panel sits, and
 * the page description shown only once the background blanked the secrets.
 */
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AssistantPanel } from '@/components/AssistantPanel';
import type { BookmarkActions } from '@/components/BookmarkControl';
import type { AssistantBus } from '@/lib/panel/assistant-bus';
import { hostState, initialPanelState, panelReducer } from '@/lib/panel/panel-state';
import { currentValues, pageShapeReport } from '@/lib/page/report';
import type { PageShape } from '@/lib/page/shape';
import { t } from '@/lib/i18n';
import { send } from '@/lib/messaging/send';
import type { Filling } from './filling';
import { usePageListeners, useReducerNow, useSeen } from './panel-hooks';
import { COLLAPSED_KEY, FINISHED_DISMISSED_KEY } from './show-seen';
import { useFilling } from './use-filling';
import { usePlacement } from './use-placement';

const bookmark: BookmarkActions = {
  state: () => send('bookmark/state'),
  add: () => send('bookmark/add'),
};

const rawReport = (page: PageShape, privateWords: readonly string[]) =>
  pageShapeReport(page, [...currentValues(document), ...privateWords], browser.runtime.getManifest().version);

interface Props {
  bus: AssistantBus;
  /** Our own host element: appended to the page once there is something to show. */
  host: HTMLElement;
  /** What the panel is rendered into (inside the host's shadow root). */
  container: HTMLElement;
}

export function PanelRoot({ bus, host, container }: Props) {
  const [state, dispatch, now] = useReducerNow(panelReducer, initialPanelState);
  const shown = useSeen(bus, now, dispatch);
  const { filling, ui: fill } = useFilling(state.view, () => host);
  const fillingNow = useRef<Filling | null>(null);
  fillingNow.current = filling;
  usePageListeners(fillingNow, shown);

  // Shown and copied only once the background has blanked the person's secrets out of it.
  const scrub = async (raw: string): Promise<string> => {
    const text = await send('report/scrub', { text: raw }).catch(() => '');
    dispatch({ type: 'scrubbed', raw, text });
    return text;
  };
  const { view, shape, hidden } = state;
  const raw = view?.kind === 'unrecognised' && shape && !hidden ? rawReport(shape, state.privateWords) : null;
  const pending = useRef(new Set<string>());
  useEffect(() => {
    if (raw === null || now.current.scrubbed.raw === raw || pending.current.has(raw)) return;
    pending.current.add(raw);
    void scrub(raw).finally(() => pending.current.delete(raw));
  }, [raw, state.scrubbed.raw]);

  // Nothing to show (registration finished): an empty host, which tests can see has decided.
  // Appended once, and again only if the page's own script replaced the body we were in.
  useLayoutEffect(() => {
    const decided = hostState(state);
    if (decided === null) return;
    host.dataset.state = decided;
    if (!host.isConnected) document.body.append(host);
  });
  usePlacement(container, bus, now, dispatch);

  if (!view || hidden) return null;
  const shownView =
    view.kind === 'unrecognised' ? { ...view, report: state.scrubbed.raw === raw ? state.scrubbed.text : '' } : view;
  return (
    <AssistantPanel
      view={shownView}
      collapsed={state.collapsed || state.autoCollapsed}
      copyStatus={state.copyStatus}
      fill={view.kind === 'screen' ? fill : undefined}
      bookmark={bookmark}
      onDismiss={() => {
        dispatch({ type: 'dismissed' });
        void browser.storage.local.set({ [FINISHED_DISMISSED_KEY]: true });
      }}
      onToggle={() => {
        const next = !(now.current.collapsed || now.current.autoCollapsed);
        dispatch({ type: 'toggled' });
        if (now.current.view?.kind === 'screen') void browser.storage.local.set({ [COLLAPSED_KEY]: next });
      }}
      onCopyReport={async () => {
        // A fresh report: what is typed now is left out.
        const { view, shape, privateWords } = now.current;
        const text = view?.kind === 'unrecognised' && shape ? await scrub(rawReport(shape, privateWords)) : '';
        const ok =
          text !== '' &&
          (await navigator.clipboard.writeText(text).then(
            () => true,
            () => false,
          ));
        dispatch({ type: 'copied', status: ok ? t('panel_report_copied') : t('panel_report_not_copied') });
        return ok;
      }}
    />
  );
}
