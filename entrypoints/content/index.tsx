import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { AssistantPanel, type PanelView } from '@/components/AssistantPanel';
import { detectScreen } from '@/lib/detect-screen';
import type { Request } from '@/lib/messages';
import { collectPageShape, type PageShape } from '@/lib/page-shape';
import { currentValues, pageShapeReport } from '@/lib/page-report';
import { watchPage } from '@/lib/page-watch';
import { chooseCorner, controlBoxes } from '@/lib/panel-placement';
import { askProfiles } from '@/lib/profile-client';
import { createFilling, fillableFields, type Filling } from './filling';
import './panel.css';

const COLLAPSED_KEY = 'panelCollapsed';

export default defineContentScript({
  // http:// too, only to warn that the page is not secure.
  matches: [
    'https://www.courts.mo.gov/*',
    'https://courts.mo.gov/*',
    'http://www.courts.mo.gov/*',
    'http://courts.mo.gov/*',
  ],
  cssInjectionMode: 'ui',
  async main(ctx) {
    if (window.top !== window) return; // top frame only
    const secure = location.protocol === 'https:';
    const arrival = {
      fromCourtPage: /^https:\/\/(www\.)?courts\.mo\.gov\//.test(document.referrer),
      hasQuery: location.search.length > 1,
    };

    let view: PanelView | null = secure
      ? null
      : { kind: 'insecure', secureUrl: location.href.replace(/^http:/, 'https:') };
    let shape: PageShape | null = null;
    let collapsed = false;
    let autoCollapsed = false;
    let copyStatus = '';
    let lastSignature = '';
    let filling: Filling | null = null;
    let privateWords: string[] = [];

    const ui = await createShadowRootUi(ctx, {
      name: 'mo-efiling-assistant',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount: () => {},
      onRemove: () => render(null, ui.uiContainer),
    });

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
            copyStatus = ok
              ? 'Report copied. Paste it into an e-mail to whoever supports this extension.'
              : 'Could not copy. Open "What the report contains" and copy the text from there.';
            draw();
            return ok;
          }}
        />,
        ui.uiContainer,
      );
      if (!ui.mounted) ui.mount();
      place();
    };

    // Never cover the form: pick a free corner; with none free, shrink to the small bar.
    let expandedSize = { width: 0, height: 0 };
    const viewport = () => ({ width: document.documentElement.clientWidth, height: window.innerHeight });
    const place = () => {
      const panel = ui.uiContainer.querySelector<HTMLElement>('.panel');
      if (!panel) return;
      const size = panel.getBoundingClientRect();
      if (!collapsed && !autoCollapsed) expandedSize = { width: size.width, height: size.height };
      if (autoCollapsed && chooseCorner(expandedSize, viewport(), controlBoxes(document))) {
        autoCollapsed = false;
        return draw();
      }
      const corner = chooseCorner(size, viewport(), controlBoxes(document));
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

    const send = (request: Request) =>
      browser.runtime.sendMessage(request).catch(() => undefined) as Promise<
        { ok: boolean; step?: number | null } | undefined
      >;

    const look = async () => {
      if (!secure || ctx.isInvalid) return;
      const next = collectPageShape(document, new URL(location.href));
      const signature = JSON.stringify([next.headings, next.actions, next.fields]);
      if (signature === lastSignature) return; // nothing that matters changed
      lastSignature = signature;
      shape = next;
      const detection = detectScreen(next);
      const reply = await send({ type: 'screen/seen', screen: detection.screen, arrival });
      if (ctx.isInvalid) return;
      const step = reply?.ok ? reply.step : null;
      if (detection.screen && step) {
        if (view?.kind !== 'screen')
          collapsed = (await browser.storage.local.get(COLLAPSED_KEY))[COLLAPSED_KEY] === true;
        const screenChanged = view?.kind !== 'screen' || view.screen !== detection.screen;
        view = { kind: 'screen', screen: detection.screen, step };
        if (screenChanged) {
          filling?.destroy();
          filling = fillableFields(detection.screen).length
            ? createFilling(detection.screen, draw, () => ui.shadowHost)
            : null;
          void filling?.loadAndMaybeFill();
        }
      } else {
        if (view?.kind !== 'unrecognised') {
          collapsed = true; // not our business: stay small
          // Names the extension knows are kept out of the report, as typed values are.
          privateWords = await askProfiles<string[]>({ type: 'report/private-words' }).catch(() => []);
        }
        filling?.destroy();
        filling = null;
        view = { kind: 'unrecognised', report: '' };
      }
      draw();
    };

    if (!secure) {
      draw();
      return;
    }
    await look();
    const watch = watchPage(document, () => void look(), {
      ignore: () => ui.shadowHost,
      // Tests and the benchmark read whether anything still watches the page.
      onActiveChange: (active) => (ui.shadowHost.dataset.watching = active ? 'active' : 'idle'),
    });
    for (const type of ['click', 'keydown', 'submit'] as const) {
      ctx.addEventListener(document, type, () => watch.rearm(), { capture: true, passive: true });
    }
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      watch.rearm();
      void look();
    });
    ctx.addEventListener(window, 'scroll', placeSoon, { passive: true });
    ctx.addEventListener(window, 'resize', placeSoon, { passive: true });
    ctx.onInvalidated(() => {
      watch.stop();
      filling?.destroy();
    });
    // "Fill this page" from the popup: only our own extension can send this.
    browser.runtime.onMessage.addListener((message, sender) => {
      if (sender.id !== browser.runtime.id || (message as { type?: unknown })?.type !== 'fill/page') return undefined;
      if (!filling) return Promise.resolve({ ok: false, error: 'This page has nothing the assistant can fill.' });
      return filling
        .fill()
        .then((report) =>
          report
            ? { ok: true, filled: report.filled.length }
            : { ok: false, error: filling?.ui.error || 'No profile yet: add your details in Options.' },
        );
    });
  },
});
