/**
 * The element that hosts our in-page UI (the panel, the "not secure"
 * warning). A page must not be able to find its way in, define the element
 * before us, or click and focus our controls: in the build we ship the shadow
 * root is closed and the element's name is new on every page load. The test
 * build (MO_TEST_BUILD=1, README "Testing contract") opens the root on the
 * fixed name `<mo-efiling-assistant>` so that tests can read the panel;
 * nothing else differs.
 */
declare const __MO_TEST_BUILD__: boolean | undefined;

/** The panel's element in the test build (part of the README's testing contract). */
export const TEST_PANEL_TAG = 'mo-efiling-assistant';

const testBuild = () => typeof __MO_TEST_BUILD__ !== 'undefined' && __MO_TEST_BUILD__;

/** A valid custom-element name nobody can guess before the page loads (never defined, so never upgraded). */
export function panelTagName(): string {
  if (testBuild()) return TEST_PANEL_TAG;
  const hex = [...crypto.getRandomValues(new Uint8Array(8))].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `mo-x${hex}`;
}

export interface PanelHost {
  host: HTMLElement;
  root: ShadowRoot;
}

/** A new host element with its own shadow root and styles, not yet in the page. */
export function createPanelHost(doc: Document, css: string): PanelHost {
  const host = doc.createElement(panelTagName());
  // Page styles must not reach in, ours must not leak out.
  host.style.setProperty('all', 'initial', 'important');
  const root = host.attachShadow({ mode: testBuild() ? 'open' : 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
  return { host, root };
}
