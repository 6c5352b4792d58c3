/**
 * The content script every court page gets, and all it does there: the gate
 * (lib/page/gate.ts). On a page that may be a screen of the procedure it asks
 * the background for the recogniser (entrypoints/recogniser), which then does
 * the rest; on any other page it
 * sends nothing, loads nothing and only glances at added nodes in case a form
 * appears later. On http:// court pages it only warns.
 */
import { browser } from 'wxt/browser';
import { assistantBus } from '@/lib/assistant-bus';
import { whenMayBeAScreen } from '@/lib/page/gate';
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
    let tries = 0;
    const load = () => {
      if (ctx.isInvalid || bus.recogniserRequested) return;
      bus.recogniserRequested = true;
      void browser.runtime.sendMessage({ type: 'ui/recognise' }).catch(() => {
        // The worker was starting or being replaced: ask again a little later, a few times at most.
        bus.recogniserRequested = false;
        if (++tries < 3) ctx.setTimeout(load, 1000);
      });
    };
    // A single-page app that moves to another of its pages adds its boxes: the gate sees them come.
    // (No location polling here: once loaded, the recogniser watches for that itself.)
    const stop = whenMayBeAScreen(document, load);
    ctx.onInvalidated(stop);
  },
});
