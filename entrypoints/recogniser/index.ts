/**
 * The recogniser, injected by the background into a court page's top frame
 * when the gate (entrypoints/gate) finds the page may be a screen: it
 * recognises the page, reports it (the background keeps progress and the
 * badge), publishes what it saw for the panel, and looks again when the page
 * changes in a way that matters. The panel (entrypoints/assistant-ui) is asked
 * for only on a screen of the procedure, or when the person asked for it: a
 * Case.net search form costs a look, not a panel. It never runs twice on a page.
 */
// First: before any module builds a zod schema (the protocol's answer checks; see lib/messaging/zod-setup.ts).
import '@/lib/messaging/zod-setup';
import { browser } from 'wxt/browser';
import { assistantBus, publish } from '@/lib/panel/assistant-bus';
import { send as ask } from '@/lib/messaging/send';
import { collectPage } from '@/lib/page/collect';
import { boxSignature } from '@/lib/page/gate';
import { shapeOf } from '@/lib/page/shape';
import { watchPage } from '@/lib/page/watch';
import { isCourtPage } from '@/lib/procedure/procedure';
import { detect } from '@/lib/recognise/screens';

export default defineUnlistedScript(async () => {
  const bus = assistantBus();
  if (bus.recogniserRunning || window.top !== window) return;
  bus.recogniserRunning = true;
  const host = () => bus.panelHost;
  // No WXT content-script context: its page-visible event channel would let a page switch us off.
  // An extension that was updated or removed since has no runtime id here any more.
  const stale = () => !browser.runtime?.id;

  const arrival = {
    fromCourtPage: isCourtPage(document.referrer),
    hasQuery: location.search.length > 1,
  };
  // A look that a newer one overtook publishes nothing.
  let lastSignature = '';
  let latestLook = 0;
  const look = async () => {
    if (stale()) return;
    const { page } = collectPage(document, new URL(location.href));
    const shape = shapeOf(page);
    const signature = JSON.stringify([location.pathname, shape.headings, shape.actions, shape.fields]);
    if (signature === lastSignature) return; // nothing that matters changed
    lastSignature = signature;
    const run = ++latestLook;
    const detection = detect(page);
    // A page that is no screen, and never was one, has nothing to tell the background: the browser
    // already shows the overall progress on a tab that navigated.
    const reply =
      detection.screen || bus.latest?.kind === 'screen'
        ? await ask('screen/seen', { screen: detection.screen, arrival }).catch(() => undefined)
        : undefined;
    if (stale() || run !== latestLook) return;
    const step = reply?.step ?? null;
    const seen =
      detection.screen && step
        ? ({ kind: 'screen', screen: detection.screen, screens: detection.screens, step } as const)
        : ({ kind: 'unrecognised', shape } as const);
    publish(bus, seen);
    if (seen.kind === 'screen' && !bus.panelRequested) {
      bus.panelRequested = true;
      await ask('ui/load').catch(() => undefined);
    }
  };
  await look();
  // Settled on no screen: the background remembers this path with these boxes, so that the gate's
  // next visit here loads nothing (lib/handlers/not-screens.ts). Said once, and never after a screen.
  let toldNotAScreen = false;
  const settled = () => {
    if (toldNotAScreen || stale() || bus.latest?.kind !== 'unrecognised' || bus.panelRequested) return;
    const boxes = boxSignature(document);
    if (!boxes) return;
    toldNotAScreen = true;
    void ask('ui/not-a-screen', { boxes }).catch(() => undefined);
  };
  watchPage(document, () => void look(), {
    ignore: host,
    // Tests and the benchmark read whether a look is due.
    onActiveChange: (active) => {
      host()?.setAttribute('data-watching', active ? 'active' : 'idle');
      if (!active) settled();
    },
  });
  // A single-page app's move to another of its pages that changes no box or heading.
  addEventListener('popstate', () => void look());
  addEventListener('hashchange', () => void look());
});
