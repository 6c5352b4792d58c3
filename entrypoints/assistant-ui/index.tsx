/**
 * The panel and the filler, injected by the background into a court page's
 * top frame when the recogniser (entrypoints/recogniser) sees a screen of the
 * procedure, or when the person asks for it from the popup. It renders what
 * the recogniser sees (assistant-bus, in PanelRoot) and never runs twice on a page.
 */
// First: before any module builds a zod schema (the protocol's answer checks; see lib/messaging/zod-setup.ts).
import '@/lib/messaging/zod-setup';
import { render } from 'preact';
import { assistantBus } from '@/lib/panel/assistant-bus';
import { createPanelHost } from '@/lib/panel/panel-host';
import { PanelRoot } from './PanelRoot';
import css from './panel.css?inline';

export default defineUnlistedScript(() => {
  const bus = assistantBus();
  if (bus.panelRunning || window.top !== window) return;
  bus.panelRunning = true;

  // Our own host, not WXT's shadow-root UI: closed in the build we ship, and no page-visible event
  // channel (WXT's content-script context) that a page could use to switch the panel off.
  const { host, root } = createPanelHost(document, css);
  const container = document.createElement('div');
  root.append(container);
  bus.panelHost = host;
  render(<PanelRoot bus={bus} host={host} container={container} />, container);
});
