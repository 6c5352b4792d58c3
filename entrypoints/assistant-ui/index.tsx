/**
 * The panel and the filler, injected by the background into a court page's
 * top frame when the recogniser (entrypoints/recogniser) sees a screen of the
 * procedure, or when the person asks for it from the popup. It renders what
 * the recogniser sees (assistant-bus) and never runs twice on a page.
 */
// First: before any module builds a zod schema (the protocol's answer checks; see lib/messaging/zod-setup.ts).
import '@/lib/messaging/zod-setup';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { AssistantPanel, type PanelView } from '@/components/AssistantPanel';
import { assistantBus, type Seen } from '@/lib/panel/assistant-bus';
import { createPanelHost } from '@/lib/panel/panel-host';
import { currentValues, pageShapeReport } from '@/lib/page/report';
import type { PageShape } from '@/lib/page/shape';
import { chooseCorner, controlBoxes, type Box } from '@/lib/panel/panel-placement';
import { t } from '@/lib/i18n';
import { PROFILES_CHANGED_KEY, parseRequest } from '@/lib/messaging/protocol';
import { send } from '@/lib/messaging/send';
import { isComplete } from '@/lib/progress/progress';
import { guideFor } from '@/lib/procedure/screen-guide';
import type { BookmarkActions } from '@/components/BookmarkControl';
import { createFilling, fillableFields, type Filling } from './filling';
import css from './panel.css?inline';

const COLLAPSED_KEY = 'panelCollapsed';
/** The person closed the "eFiling is one click away" note on the logon page. */
const FINISHED_DISMISSED_KEY = 'finishedNoteDismissed';

/** After all 26 steps: no registration panel, only the note on the logon page (until closed). */
async function registrationFinished(): Promise<boolean> {
  try {
    return isComplete(await send('progress/get'));
  } catch {
    return false; // no answer: show the panel as before
  }
}

const bookmark: BookmarkActions = {
  state: () => send('bookmark/state'),
  add: () => send('bookmark/add'),
};

export default defineUnlistedScript(async () => {
  const bus = assistantBus();
  if (bus.panelRunning || window.top !== window) return;
  bus.panelRunning = true;

  let view: PanelView | null = null;
  let shape: PageShape | null = null;
  let collapsed = false;
  let autoCollapsed = false;
  let copyStatus = '';
  let filling: Filling | null = null;
  let privateWords: string[] = [];
  let scrubbed = { raw: '', text: '' };
  /** Nothing to show on this page (registration finished): the host leaves the page. */
  let hidden = false;

  // Our own host, not WXT's shadow-root UI: closed in the build we ship, and no page-visible event
  // channel (WXT's content-script context) that a page could use to switch the panel off.
  const { host, root } = createPanelHost(document, css);
  const container = document.createElement('div');
  root.append(container);
  bus.panelHost = host;

  const rawReport = (page: PageShape) =>
    pageShapeReport(page, [...currentValues(document), ...privateWords], browser.runtime.getManifest().version);
  // Shown and copied only once the background has blanked the person's secrets out of it.
  const scrub = async (raw: string): Promise<string> => {
    const text = await send('report/scrub', { text: raw }).catch(() => '');
    scrubbed = { raw, text };
    return text;
  };

  const draw = () => {
    if (!view) return;
    // Nothing to show (registration finished): an empty host, which tests can see has decided.
    host.dataset.state = hidden ? 'hidden' : view.kind;
    if (hidden) {
      render(null, container);
      if (!host.isConnected) document.body.append(host);
      return;
    }
    if (view.kind === 'unrecognised' && shape) {
      const raw = rawReport(shape);
      if (scrubbed.raw !== raw) void scrub(raw).then(() => draw());
      view = { kind: 'unrecognised', report: scrubbed.raw === raw ? scrubbed.text : '' };
    }
    render(
      <AssistantPanel
        view={view}
        collapsed={collapsed || autoCollapsed}
        copyStatus={copyStatus}
        fill={view.kind === 'screen' && filling ? filling.ui : undefined}
        bookmark={bookmark}
        onDismiss={() => {
          hidden = true;
          void browser.storage.local.set({ [FINISHED_DISMISSED_KEY]: true });
          draw();
        }}
        onToggle={() => {
          const next = !(collapsed || autoCollapsed);
          autoCollapsed = false;
          collapsed = next;
          if (view?.kind === 'screen') void browser.storage.local.set({ [COLLAPSED_KEY]: next });
          draw();
        }}
        onCopyReport={async () => {
          // A fresh report: what is typed now is left out.
          const text = view?.kind === 'unrecognised' && shape ? await scrub(rawReport(shape)) : '';
          const ok =
            text !== '' &&
            (await navigator.clipboard.writeText(text).then(
              () => true,
              () => false,
            ));
          copyStatus = ok ? t('panel_report_copied') : t('panel_report_not_copied');
          draw();
          return ok;
        }}
      />,
      container,
    );
    // Appended once, and again only if the page's own script replaced the body we were in.
    if (!host.isConnected) document.body.append(host);
    place();
  };

  // Never cover the form: pick a free corner; with none free, shrink to the small bar. The boxes are
  // measured once per change of the page (in page coordinates) and only shifted while scrolling.
  let expandedSize = { width: 0, height: 0 };
  let pageBoxes: Box[] | null = null;
  const viewport = () => ({ width: document.documentElement.clientWidth, height: window.innerHeight });
  const fieldBoxes = (): Box[] => {
    pageBoxes ??= controlBoxes(document).map((b) => ({ ...b, left: b.left + scrollX, top: b.top + scrollY }));
    return pageBoxes.map((b) => ({ ...b, left: b.left - scrollX, top: b.top - scrollY }));
  };
  const place = () => {
    const panel = container.querySelector<HTMLElement>('.panel');
    if (!panel) return;
    const size = panel.getBoundingClientRect();
    if (!collapsed && !autoCollapsed) expandedSize = { width: size.width, height: size.height };
    const boxes = fieldBoxes();
    if (autoCollapsed && chooseCorner(expandedSize, viewport(), boxes)) {
      autoCollapsed = false;
      return draw();
    }
    const corner = chooseCorner(size, viewport(), boxes);
    if (!corner && !collapsed && !autoCollapsed) {
      autoCollapsed = true;
      return draw();
    }
    panel.dataset.corner = corner ?? 'bottom-right';
  };
  let placing = 0;
  const placeSoon = () => {
    if (!placing) placing = requestAnimationFrame(() => ((placing = 0), place()));
  };

  const show = async (seen: Seen) => {
    if (seen.kind === 'screen' && (await registrationFinished())) {
      filling?.destroy();
      filling = null;
      const dismissed = (await browser.storage.local.get(FINISHED_DISMISSED_KEY))[FINISHED_DISMISSED_KEY] === true;
      hidden = seen.screen !== 'logon' || dismissed;
      view = { kind: 'finished' };
      collapsed = false;
    } else if (seen.kind === 'screen') {
      hidden = false;
      if (view?.kind !== 'screen') collapsed = (await browser.storage.local.get(COLLAPSED_KEY))[COLLAPSED_KEY] === true;
      const screenChanged =
        view?.kind !== 'screen' ||
        view.screen !== seen.screen ||
        view.step !== seen.step ||
        view.screens.join() !== seen.screens.join();
      view = { kind: 'screen', screen: seen.screen, screens: seen.screens, step: seen.step };
      if (screenChanged) {
        filling?.destroy();
        const mayFill = guideFor(seen.screen, seen.step).mayFill; // not at step 15: do not log on
        filling = mayFill && fillableFields(seen.screens).length ? createFilling(seen.screens, draw, () => host) : null;
        void filling?.loadAndMaybeFill();
      }
    } else {
      hidden = false;
      shape = seen.shape;
      if (view?.kind !== 'unrecognised') {
        collapsed = true; // not our business: stay small
        // Names the extension knows are kept out of the report, as typed values are.
        privateWords = await send('report/private-words').catch(() => []);
      }
      filling?.destroy();
      filling = null;
      view = { kind: 'unrecognised', report: '' };
    }
    draw();
  };

  const listener = (seen: Seen) => {
    pageBoxes = null; // the page changed
    void show(seen);
  };
  bus.listeners.add(listener);
  if (bus.latest) await show(bus.latest);

  addEventListener('scroll', placeSoon, { passive: true });
  addEventListener('resize', () => ((pageBoxes = null), placeSoon()), { passive: true });
  // "Fill this page" from the popup: only our own extension can send this.
  const onMessage = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id || parseRequest(message)?.type !== 'fill/page') return undefined;
    if (!filling) return Promise.resolve({ ok: false, error: t('panel_nothing_to_fill') });
    return filling
      .fill(undefined, true) // the person pressed Fill in our popup
      .then((report) =>
        report
          ? { ok: true, data: { filled: report.filled.length } }
          : { ok: false, error: filling?.ui.error || t('panel_no_profile') },
      );
  };
  browser.runtime.onMessage.addListener(onMessage);
  // A profile saved, imported or unlocked in another tab: read it again (the background touches this key).
  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && PROFILES_CHANGED_KEY in changes) void filling?.refresh();
  };
  browser.storage.onChanged.addListener(onStorage);
  // Let go of it while the page is hidden: Firefox logs an error ("closed conduit") for a storage
  // listener still held when the page goes; a page back from the history cache listens again.
  addEventListener('pagehide', () => browser.storage.onChanged.removeListener(onStorage));
  addEventListener('pageshow', (event) => {
    if (event.persisted) browser.storage.onChanged.addListener(onStorage);
  });
});
