import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { gateDefines } from './lib/page/gate-facts';

/**
 * Headless Chromium refuses every permission prompt, so the end-to-end test
 * of "Bookmark eFiling" runs a second build in which the optional bookmarks
 * permission is already granted (MO_E2E_GRANT_BOOKMARKS=1, in its own
 * folder). Everything else, including the refused path, runs the real build.
 */
const grantBookmarks = process.env.MO_E2E_GRANT_BOOKMARKS === '1';
/**
 * The test build (README "Testing contract"): the panel's shadow root open, on
 * the fixed element `<mo-efiling-assistant>`, so that tests can read it. The
 * build we ship closes it and names the element anew on each page
 * (lib/panel/panel-host.ts). The bookmarks build is a test build too.
 */
const testBuild = grantBookmarks || process.env.MO_TEST_BUILD === '1';
/** Every secure court page: the gate's. */
const COURT_PAGES = ['https://www.courts.mo.gov/*', 'https://courts.mo.gov/*'];
/** Every http:// court page: only the warning that it is not secure (entrypoints/insecure). */
const INSECURE_COURT_PAGES = ['http://www.courts.mo.gov/*', 'http://courts.mo.gov/*'];

// WXT has no Preact module; the Vite preset does the JSX wiring.
export default defineConfig({
  outDir: grantBookmarks ? '.output-granted' : testBuild ? '.output-test' : '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    // The gate's facts are read from the procedure table here, once, not by every court page (lib/page/gate-facts.ts).
    define: { __MO_TEST_BUILD__: JSON.stringify(testBuild), ...gateDefines() },
  }),
  hooks: {
    // The popup is built on its own: built with the options page, it would share a chunk holding all of zod
    // that the options page uses, where the popup needs only the protocol's small part (zod/mini).
    'entrypoints:grouped': (_wxt, groups) => {
      for (const group of groups) {
        if (!Array.isArray(group)) continue;
        const popup = group.findIndex((e) => e.name === 'popup');
        if (popup >= 0 && group.length > 1) groups.push(group.splice(popup, 1));
      }
    },
    // WXT copies the popup's <title> into action.default_title; the toolbar button's title is translated instead.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.action) manifest.action.default_title = '__MSG_actionTitle__';
      // The gate (entrypoints/gate) is a plain script, not a WXT content script: WXT's wrapper would
      // bring the polyfill and a context whose page-visible events a page could forge.
      manifest.content_scripts = [
        { matches: COURT_PAGES, js: ['gate.js'], run_at: 'document_idle' },
        { matches: INSECURE_COURT_PAGES, js: ['insecure.js'], run_at: 'document_idle' },
      ];
    },
  },
  manifest: {
    // Every text a person reads is in public/_locales/<lang>/messages.json (lib/i18n.ts).
    default_locale: 'en',
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    // Least privilege: see the README's permission table for why each is needed.
    permissions: grantBookmarks ? ['storage', 'scripting', 'bookmarks'] : ['storage', 'scripting'],
    // Only to find an eFiling tab that is already open and bring it to the front.
    host_permissions: ['https://www.courts.mo.gov/*', 'https://courts.mo.gov/*'],
    // Asked for when the person presses "Bookmark eFiling", not before.
    ...(grantBookmarks ? {} : { optional_permissions: ['bookmarks'] }),
    action: {
      default_title: '__MSG_actionTitle__',
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' },
    },
    browser_specific_settings: {
      gecko: {
        // Ours, in the UUID form the add-on store accepts. Never change it: Firefox keys an add-on's
        // updates and data to it.
        id: '{12c37444-adb8-4fa6-b049-56c6fc6c0e86}',
        // 140 (ESR, Debian 12's own): the first desktop Firefox that reads data_collection_permissions,
        // which the store asks of every new extension; everything else used is older (README, Firefox).
        strict_min_version: '140.0',
        // Firefox asks every extension to declare what it collects: nothing. (WXT's types predate the key.)
        ...({ data_collection_permissions: { required: ['none'] } } as object),
      },
      // Firefox for Android reads data_collection_permissions from 142 on.
      gecko_android: { strict_min_version: '142.0' },
    },
    // Strict: only our own packaged scripts, and no network requests from extension pages at all.
    content_security_policy: {
      extension_pages:
        "default-src 'self'; script-src 'self'; object-src 'none'; connect-src 'none'; img-src 'self' data:; style-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    },
    commands: {
      'open-efiling': {
        suggested_key: { default: 'Alt+Shift+E' },
        description: '__MSG_commandOpenEfiling__',
      },
    },
  },
});
