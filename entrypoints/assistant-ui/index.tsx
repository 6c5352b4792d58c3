/**
 * The panel and the filler, injected by the background into a court page's
 * top frame when the recogniser (entrypoints/recogniser) sees a screen of the
 * procedure, or when the person asks for it from the popup. It renders what
 * the recogniser sees (assistant-bus) and never runs twice on a page.
 */
// First: before any module builds a zod schema (the protocol's answer checks; see lib/zod-setup.ts).
import '@/lib/zod-setup';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { AssistantPanel, type PanelView } from '@/components/AssistantPanel';
import { assistantBus, type Seen } from '@/lib/assistant-bus';
import { createPanelHost } from '@/lib/panel-host';
import { currentValues, pageShapeReport } from '@/lib/page/report';
import type { PageShape } from '@/lib/page/shape';
import { chooseCorner, controlBoxes, type Box } from '@/lib/panel-placement';
import { t } from '@/lib/i18n';
import { parseRequest } from '@/lib/messaging/protocol';
import { send } from '@/lib/messaging/send';
import { createFilling, fillableFields, type Filling } from './filling';
import css from './panel.css?inline';

const COLLAPSED_KEY = 'panelCollapsed';

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

  // Our own host, not WXT's shadow-root UI: closed in the build we ship, and no page-visible event
  // channel (WXT's content-script context) that a page could use to switch the panel off.
  const { host, root } = createPanelHost(document, css);
  const container = document.createElement('div');
  root.append(container);
  bus.panelHost = host;

  const draw = () => {
    if (!view) return;
    if (view.kind === 'unrecognised' && shape) {
      view = {
        kind: 'unrecognised',
        report: pageShapeReport(
          shape,
          [...currentValues(document), ...privateWords],
          browser.runtime.getManifest().version,
        ),
      };
    }
    render(
      <AssistantPanel
        view={view}
        collapsed={collapsed || autoCollapsed}
        copyStatus={copyStatus}
        fill={view.kind === 'screen' && filling ? filling.ui : undefined}
        onToggle={() => {
          const next = !(collapsed || autoCollapsed);
          autoCollapsed = false;
          collapsed = next;
          if (view?.kind === 'screen') void browser.storage.local.set({ [COLLAPSED_KEY]: next });
          draw();
        }}
        onCopyReport={async () => {
          draw(); // fresh report: what is typed now is left out
          const ok =
            view?.kind === 'unrecognised' &&
            (await navigator.clipboard.writeText(view.report).then(
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
    if (seen.kind === 'screen') {
      if (view?.kind !== 'screen') collapsed = (await browser.storage.local.get(COLLAPSED_KEY))[COLLAPSED_KEY] === true;
      const screenChanged =
        view?.kind !== 'screen' || view.screen !== seen.screen || view.screens.join() !== seen.screens.join();
      view = { kind: 'screen', screen: seen.screen, screens: seen.screens, step: seen.step };
      if (screenChanged) {
        filling?.destroy();
        filling = fillableFields(seen.screens).length ? createFilling(seen.screens, draw, () => host) : null;
        void filling?.loadAndMaybeFill();
      }
    } else {
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
});
