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
    const load = () => {
      if (ctx.isInvalid || bus.recogniserRequested) return;
      bus.recogniserRequested = true;
      void browser.runtime.sendMessage({ type: 'ui/recognise' }).catch(() => {
        bus.recogniserRequested = false; // the worker was restarting: a later page change asks again
      });
    };
    const stop = whenMayBeAScreen(document, load);
    ctx.onInvalidated(stop);
    // A single-page app that moves to another of its pages: look at it afresh.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      if (!bus.recogniserRequested) whenMayBeAScreen(document, load);
    });
  },
});
