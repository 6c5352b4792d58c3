/**
 * The small content script every court page gets: recognise the screen,
 * report it (the background keeps progress and the badge), keep watching
 * while the page changes, and ask for the panel only where there is one to
 * show. The panel and filler (entrypoints/assistant-ui) load on demand.
 */
import { browser } from 'wxt/browser';
import { PANEL_TAG, assistantBus, publish } from '@/lib/assistant-bus';
import type { Request } from '@/lib/messages';
import { collectPage } from '@/lib/page/collect';
import { shapeOf } from '@/lib/page/shape';
import { detect } from '@/lib/recognise/screens';
import { watchPage } from '@/lib/page/watch';
import { showInsecureWarning } from './insecure-warning';

export default defineContentScript({
  // http:// too, only to warn that the page is not secure.
  matches: [
    'https://www.courts.mo.gov/*',
    'https://courts.mo.gov/*',
    'http://www.courts.mo.gov/*',
    'http://courts.mo.gov/*',
  ],
  main(ctx) {
    if (window.top !== window) return; // top frame only
    if (location.protocol !== 'https:') {
      showInsecureWarning(document, location.href);
      return;
    }
    const bus = assistantBus();
    const arrival = {
      fromCourtPage: /^https:\/\/(www\.)?courts\.mo\.gov\//.test(document.referrer),
      hasQuery: location.search.length > 1,
    };
    const send = (request: Request | { type: 'ui/load' }) =>
      browser.runtime.sendMessage(request).catch(() => undefined) as Promise<
        { ok: boolean; step?: number | null } | undefined
      >;
    const host = () => document.querySelector(PANEL_TAG);

    let lastSignature = '';
    const look = async () => {
      if (ctx.isInvalid) return;
      const { page } = collectPage(document, new URL(location.href));
      const shape = shapeOf(page);
      const signature = JSON.stringify([shape.headings, shape.actions, shape.fields]);
      if (signature === lastSignature) return; // nothing that matters changed
      lastSignature = signature;
      const detection = detect(page);
      const reply = await send({ type: 'screen/seen', screen: detection.screen, arrival });
      if (ctx.isInvalid) return;
      const step = reply?.ok ? reply.step : null;
      publish(
        bus,
        detection.screen && step
          ? { kind: 'screen', screen: detection.screen, screens: detection.screens, step }
          : { kind: 'unrecognised', shape },
      );
      if (!bus.panelRequested) {
        bus.panelRequested = true;
        await send({ type: 'ui/load' });
      }
    };

    void look().then(() => {
      const watch = watchPage(document, () => void look(), {
        ignore: host,
        // Tests and the benchmark read whether anything still watches the page.
        onActiveChange: (active) => host()?.setAttribute('data-watching', active ? 'active' : 'idle'),
      });
      for (const type of ['click', 'keydown', 'submit'] as const) {
        ctx.addEventListener(document, type, () => watch.rearm(), { capture: true, passive: true });
      }
      ctx.addEventListener(window, 'wxt:locationchange', () => {
        watch.rearm();
        void look();
      });
      ctx.onInvalidated(() => watch.stop());
    });
  },
});
