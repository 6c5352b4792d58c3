/**
 * The script every court page gets (declared in wxt.config.ts), and all it
 * does there: the gate (lib/page/gate.ts). On a page that may be a screen of
 * the procedure it asks the background for the recogniser
 * (entrypoints/recogniser), which does the rest; on any other page it sends
 * nothing, loads nothing and only glances at added nodes in case a form
 * appears later. (http:// court pages get entrypoints/insecure instead.)
 *
 * Kept as small as it honestly can be: no polyfill (one message, sent with
 * the browser's own promise API) and no WXT content-script context, whose
 * page-visible event channel a page could use to switch us off.
 */
import { assistantBus } from '@/lib/panel/assistant-bus';
import { boxSignature, whenMayBeAScreen } from '@/lib/page/gate';

interface Runtime {
  runtime: { id?: string; sendMessage(message: unknown): Promise<unknown> };
}
const api = () => ((globalThis as { browser?: Runtime }).browser ?? (globalThis as { chrome?: Runtime }).chrome)!;

export default defineUnlistedScript(() => {
  if (window.top !== window || location.protocol !== 'https:') return; // top frame, secure pages only
  const bus = assistantBus();
  const path = () => location.pathname;
  let tries = 0;
  let asked = '';
  const load = () => {
    // No id: the extension was updated or removed since this page loaded.
    if (bus.recogniserRequested || !api().runtime.id) return;
    const boxes = boxSignature(document);
    // These very boxes were answered already (no screen): wait for others.
    if (boxes && boxes === asked) return void whenMayBeAScreen(document, load, path, false);
    bus.recogniserRequested = true;
    api()
      .runtime.sendMessage({ type: 'ui/recognise', ...(boxes ? { boxes } : {}) })
      .then((answer) => {
        // Known to be no screen with these boxes: nothing was loaded; other boxes may still come.
        if ((answer as { data?: { loaded?: boolean } } | undefined)?.data?.loaded !== false) return;
        asked = boxes;
        bus.recogniserRequested = false;
        whenMayBeAScreen(document, load, path, false);
      })
      .catch(() => {
        // The worker was starting or being replaced: ask again a little later, a few times at most.
        bus.recogniserRequested = false;
        if (++tries < 3) setTimeout(load, 1000);
      });
  };
  // A single-page app that moves to another of its pages adds its boxes: the gate sees them come.
  // (No location polling here: once loaded, the recogniser watches for that itself.)
  const look = () => whenMayBeAScreen(document, load, path);
  // Look once the page's own loading is done. A large page leaves the browser a garbage collection
  // to finish just then, which it runs inside whatever script comes first: looking at once made the
  // gate pay 4-8 ms for the page's collection on a third of the dockets measured.
  if (typeof requestIdleCallback === 'function') requestIdleCallback(look, { timeout: 1000 });
  else setTimeout(look, 0);
});
