/**
 * Loads the built Firefox extension into real Firefox ESR (Debian's, driven by puppeteer-core over
 * WebDriver BiDi) with the court's hosts sent to the local replica by prefs alone. The Firefox
 * counterpart of test/e2e/harness.ts; what differs is written down where it differs:
 * - extension pages are opened with BiDi's browsingContext.navigate (Firefox sends no BiDi load
 *   events for moz-extension:// documents, so page.goto never returns);
 * - the background is an event page, stopped and woken by Firefox, not a service worker;
 * - console messages of extension pages do not reach BiDi: they are read in the browser's own
 *   window (its console service, and each content process's console API storage).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { FIREFOX_EXTENSION_DIR, HOW_TO_GET_FIREFOX, findFirefox, geckoId } from './firefox.mjs';

/** The extension's address in every test profile, fixed by the `extensions.webextensions.uuids` pref. */
export const EXTENSION_UUID = '7f3c2a9e-41d8-4b6a-9c05-e2d17b84a6f3';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;
export const EXTENSION_ID = geckoId();

/** Ceiling for one wait on a real signal (an element, a badge): it only bounds a failure. */
const WAIT = 15_000;
/** The same ceiling for vitest's expect.poll (its own default, 1 s, is too short on a busy machine). */
export const POLL = { timeout: WAIT, interval: 50 };

export interface FirefoxOptions {
  /** Reuse a profile directory to close and reopen the browser (with a permanent install). */
  profileDir?: string;
  /** Ports of the local replica: the court hosts and the mailbox (443, and 80 for http) go there. */
  replica?: { port: number; httpPort?: number };
  /**
   * How the extension gets in: `temporary` (as about:debugging loads it; gone when Firefox closes),
   * `permanent` (an unsigned .xpi, as an installed add-on is, so it is there after a restart), or
   * `none` (already installed in `profileDir`).
   */
  install?: 'temporary' | 'permanent' | 'none';
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

export interface FirefoxHarness {
  firefox: Browser;
  profileDir: string;
  url(path: string): string;
  /** A new tab with an extension page (popup.html, options.html…) loaded. */
  openExtensionPage(path: string): Promise<Page>;
  /** Load an extension page into an existing tab (also: reload it). */
  showExtensionPage(page: Page, path: string): Promise<void>;
  /** The toolbar popup, opened in a tab as the Chromium suite does. */
  openPopup(): Promise<Page>;
  newPage(): Promise<Page>;
  /** The toolbar badge text, overall or for one tab. */
  badge(tabId?: number): Promise<string>;
  /** The badge as the person sees it with this page's tab in front. */
  tabBadge(page: Page): Promise<string>;
  /** Evaluate with system privileges (Services, ChromeUtils; `win` is the browser window), returning JSON. */
  inBrowser<T>(expression: string): Promise<T>;
  /** "running", "stopped"…: the event page, as Firefox holds it. */
  backgroundState(): Promise<string>;
  /** Stop the event page, as Firefox does when it is idle (about:debugging's "Terminate background script"). */
  stopBackground(): Promise<string>;
  /**
   * The person removes the extension's access to these sites, as about:addons' Permissions tab and the
   * extensions panel do (ExtensionPermissions.remove); resolves with the origins it still has.
   */
  removeSiteAccess(origins: string[]): Promise<string[]>;
  /** The person answers Firefox's permission prompt (waits for it to show); resolves with its text. */
  answerPermissionPrompt(allow: boolean): Promise<string>;
  /** Console errors from the extension's pages, background and content scripts since the last call. */
  takeExtensionErrors(): Promise<string[]>;
  close(): Promise<string[]>;
  dispose(): Promise<string[]>;
}

function prefs(options: FirefoxOptions): Record<string, unknown> {
  const { replica } = options;
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [EXTENSION_ID]: EXTENSION_UUID }),
    // A permanent install of our unsigned test build (Firefox ESR honours this pref).
    'xpinstall.signatures.required': false,
    ...(replica
      ? {
          'network.dns.localDomains': 'www.courts.mo.gov,courts.mo.gov,mail.replica.test',
          'network.socket.forcePort': `443=${replica.port}${replica.httpPort ? `;80=${replica.httpPort}` : ''}`,
        }
      : {}),
    // Firefox would try https:// first for a typed http:// address; the http warning needs a real http page.
    'dom.security.https_first': false,
    'dom.security.https_only_mode': false,
  };
}

// What a process script sees (system privileges in a content process): types only, for the function below.
declare const Cc: Record<string, { getService(i: unknown): any }>;
declare const Ci: Record<string, unknown>;
declare const Services: any;
declare function sendAsyncMessage(name: string, data: unknown): void;

/**
 * Runs in every content process (the extension's included) as a process script, with system
 * privileges: forwards the console.error calls made there, with the add-on id Firefox stamps on
 * them, to the browser window. Sent as source text: it may use only what a process script has.
 */
function forwardConsoleErrors() {
  const storage = Cc['@mozilla.org/consoleAPI-storage;1']!.getService(Ci.nsIConsoleAPIStorage);
  const send = (event: any) => {
    const m = event.wrappedJSObject ?? event;
    if (m.level !== 'error' && m.level !== 'assert') return;
    let args: string[];
    try {
      args = Array.from(m.arguments as ArrayLike<unknown>, (a) => String(a));
    } catch {
      args = ['(unreadable)'];
    }
    sendAsyncMessage('mo-e2e:console', { level: m.level, filename: m.filename, addonId: m.addonId, args });
  };
  // What was logged before this script arrived (a restart starts the extension before the test attaches).
  for (const event of storage.getEvents()) send(event);
  storage.addLogEventListener(send, Services.scriptSecurityManager.getSystemPrincipal());
}

/** Collects, in the browser window, every console error that names our extension. */
const COLLECT_ERRORS = (uuid: string, id: string) => `(() => {
  if (win.__moErrors) return 'ok';
  const errors = (win.__moErrors = []);
  const ours = (text) => String(text).includes(${JSON.stringify(uuid)}) || String(text).includes(${JSON.stringify(id)});
  const scriptError = (m) => {
    if (!(m instanceof Ci.nsIScriptError)) return;
    if (m.flags & (Ci.nsIScriptError.warningFlag | Ci.nsIScriptError.infoFlag)) return;
    if (!(ours(m.sourceName) || ours(m.errorMessage))) return;
    errors.push(m.sourceName + ': ' + m.errorMessage);
  };
  for (const m of Services.console.getMessageArray() ?? []) scriptError(m);
  Services.console.registerListener({ observe: scriptError });
  Services.ppmm.addMessageListener('mo-e2e:console', ({ data }) => {
    if (data.addonId === ${JSON.stringify(id)} || ours(data.filename)) {
      errors.push(data.filename + ': console.' + data.level + ': ' + data.args.join(' '));
    }
  });
  Services.ppmm.loadProcessScript('data:,' + encodeURIComponent('(' + ${JSON.stringify(forwardConsoleErrors.toString())} + ')()'), true);
  return 'ok';
})()`;

let xpiPath: Promise<string> | undefined;
/** The build as an .xpi (a zip), for a permanent install; made once per test file. */
function xpi(): Promise<string> {
  xpiPath ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mo-efiling-xpi-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    const webExt = (await import('web-ext' as string)) as {
      default: {
        cmd: {
          build(
            o: { sourceDir: string; artifactsDir: string; filename: string; overwriteDest: boolean },
            r: { showReadyMessage: boolean; shouldExitProgram: boolean },
          ): Promise<{ extensionPath: string }>;
        };
      };
    };
    const built = await webExt.default.cmd.build(
      { sourceDir: FIREFOX_EXTENSION_DIR, artifactsDir: dir, filename: 'mo-efiling.xpi', overwriteDest: true },
      { showReadyMessage: false, shouldExitProgram: false },
    );
    return built.extensionPath;
  })();
  return xpiPath;
}

export async function launchFirefox(options: FirefoxOptions = {}): Promise<FirefoxHarness> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error(HOW_TO_GET_FIREFOX);
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'mo-efiling-firefox-'));
  const firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    acceptInsecureCerts: true,
    // Playwright's default: at 800×600 the assistant panel starts collapsed.
    defaultViewport: { width: 1280, height: 720 },
    // Needed to open moz-extension:// pages and to read the console in the browser window.
    args: ['--remote-allow-system-access'],
    userDataDir: profileDir,
    extraPrefsFirefox: prefs(options),
  });
  const connection = (firefox as unknown as { connection: BidiConnection }).connection;

  /**
   * Where to evaluate with system privileges: the browser window itself (BiDi's "moz:scope" chrome,
   * Firefox 153), or, where BiDi lists no chrome contexts (Firefox 140), a tab with about:addons, a
   * privileged page of the same parent process. Either way `win` is the browser window.
   */
  let privileged: Promise<string> | undefined;
  const privilegedContext = () =>
    (privileged ??= (async () => {
      const { result } = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
      const chrome = (result.contexts as { context: string; url: string }[]).find((c) => c.url.startsWith('chrome://'));
      if (chrome) return chrome.context;
      const tab = await firefox.newPage();
      const frame = tab.mainFrame() as unknown as {
        _id: string;
        browsingContext: { navigate(u: string, w: string): Promise<void> };
      };
      await frame.browsingContext.navigate('about:addons', 'complete');
      return frame._id;
    })());
  const inBrowser = async <T>(expression: string): Promise<T> => {
    const { result } = await connection.send('script.evaluate', {
      target: { context: await privilegedContext() },
      expression: `(() => { const win = window.browsingContext.topChromeWindow ?? window; return Promise.resolve(${expression}); })().then((v) => JSON.stringify(v === undefined ? null : v))`,
      awaitPromise: true,
    });
    if (result.type === 'exception')
      throw new Error(`in the browser window: ${JSON.stringify(result.exceptionDetails)}`);
    return JSON.parse((result.result as { value: string }).value) as T;
  };
  try {
    await inBrowser(COLLECT_ERRORS(EXTENSION_UUID, EXTENSION_ID));
    const install = options.install ?? 'temporary';
    if (install === 'temporary') await firefox.installExtension(FIREFOX_EXTENSION_DIR);
    if (install === 'permanent') {
      await connection.send('webExtension.install', {
        extensionData: { type: 'archivePath', path: await xpi() },
        'moz:permanent': true,
      });
    }
    // Installed now or at start-up: wait until Firefox runs it (a policy for our id, active).
    await waitFor(
      () => inBrowser<boolean>(`WebExtensionPolicy.getByID(${JSON.stringify(EXTENSION_ID)})?.active === true`),
      'the extension to start',
    );
  } catch (error) {
    await firefox.close().catch(() => {});
    if (!options.profileDir) rmSync(profileDir, { recursive: true, force: true });
    throw error;
  }

  const extension = `ExtensionParent.GlobalManager.getExtension(${JSON.stringify(EXTENSION_ID)})`;
  const withParent = (body: string) =>
    `(async () => { const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs'); ${body} })()`;

  const url = (path: string) => `${EXTENSION_ORIGIN}/${path.replace(/^\//, '')}`;
  const showExtensionPage = async (page: Page, path: string) => {
    const frame = page.mainFrame() as unknown as {
      browsingContext: { navigate(u: string, wait: string): Promise<void> };
    };
    await frame.browsingContext.navigate(url(path), 'complete');
  };
  const newPage = async () => {
    const page = await firefox.newPage();
    page.setDefaultTimeout(WAIT);
    return page;
  };
  const openExtensionPage = async (path: string) => {
    const page = await newPage();
    await showExtensionPage(page, path);
    return page;
  };

  // An extension page that is never the tab under test, to ask extension APIs from (the badge).
  let helper: Promise<Page> | undefined;
  const fromHelper = () => (helper ??= openExtensionPage('popup.html'));

  let closed: string[] | null = null;
  const takeExtensionErrors = () => inBrowser<string[]>('win.__moErrors.splice(0)');
  const close = async () => {
    if (closed) return closed;
    closed = await takeExtensionErrors().catch((e: Error) => [`could not read the console: ${e.message}`]);
    await firefox.close();
    return closed;
  };

  return {
    firefox,
    profileDir,
    url,
    openExtensionPage,
    showExtensionPage,
    openPopup: () => openExtensionPage('popup.html'),
    newPage,
    async badge(tabId) {
      const page = await fromHelper();
      return page.evaluate((id) => browser.action.getBadgeText(id === null ? {} : { tabId: id }), tabId ?? null);
    },
    async tabBadge(page) {
      const h = await fromHelper(); // first: opening it puts its tab in front
      await page.bringToFront();
      return h.evaluate(async () => {
        const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
        return browser.action.getBadgeText({ tabId: tab?.id });
      });
    },
    inBrowser,
    backgroundState: () => inBrowser<string>(withParent(`return String(${extension}.backgroundState);`)),
    stopBackground: () =>
      inBrowser<string>(
        withParent(`const ext = ${extension}; await ext.terminateBackground(); return String(ext.backgroundState);`),
      ),
    removeSiteAccess: (origins) =>
      inBrowser<string[]>(
        withParent(`
          const { ExtensionPermissions } = ChromeUtils.importESModule('resource://gre/modules/ExtensionPermissions.sys.mjs');
          const ext = ${extension};
          await ExtensionPermissions.remove(ext.id, { permissions: [], origins: ${JSON.stringify(origins)} }, ext);
          return (await ExtensionPermissions.get(ext.id)).origins.sort();`),
      ),
    async answerPermissionPrompt(allow) {
      const prompt = `win.PopupNotifications.getNotification('addon-webext-permissions')`;
      await waitFor(() => inBrowser<boolean>(`${prompt} !== null`), "Firefox's permission prompt");
      return inBrowser<string>(`(() => {
        const prompt = ${prompt};
        const text = prompt.message + ' [' + prompt.mainAction.label + ' / ' + prompt.secondaryActions.map((a) => a.label).join(' / ') + ']';
        (${allow} ? prompt.mainAction : prompt.secondaryActions[0]).callback();
        prompt.remove();
        return text;
      })()`);
    },
    takeExtensionErrors,
    close,
    async dispose() {
      const errors = await close().catch((e: Error) => [`could not close Firefox: ${e.message}`]);
      rmSync(profileDir, { recursive: true, force: true });
      return errors;
    },
  };
}

/** Poll a real signal until it holds (bounded by WAIT, which only limits a failure). */
export async function waitFor(check: () => Promise<boolean>, what: string, timeout = WAIT): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

// ---------------------------------------------------------------------------------------------
// Finding things as a person does: by their role's name, in the page or in the assistant panel.
//
// Every wait polls from here with page.evaluate (BiDi script.callFunction), never with puppeteer's
// waitForFunction/waitForSelector: those build their predicate with `new Function` inside the page,
// which Firefox 140 blocks on our extension pages (their policy forbids eval) and logs as a console
// error, as it logged zod's probe. Polling at an interval also works in a background tab, where
// requestAnimationFrame does not run.

export interface Where {
  /** Look inside the assistant panel's shadow root instead of the page. */
  inPanel?: boolean;
}

type NamePattern = string | RegExp;
type Wanted = { exact?: string; source?: string; flags?: string };
const pattern = (name: NamePattern): Wanted =>
  typeof name === 'string' ? { exact: name } : { source: name.source, flags: name.flags };

/** Evaluate `fn` in the page until it gives something other than null (bounded by WAIT). */
async function pollPage<A extends unknown[], T>(
  page: Page,
  what: string,
  fn: (...args: A) => T | null,
  ...args: A
): Promise<T> {
  let result: T | null = null;
  await waitFor(async () => {
    result = (await page.evaluate(fn as (...a: unknown[]) => T | null, ...args)) as T | null;
    return result !== null;
  }, what);
  return result as T;
}

/** The element `selector` finds (in the page, or in the panel), once there is one. */
export async function element<E extends Element = Element>(
  page: Page,
  selector: string,
  { inPanel = false }: Where = {},
): Promise<ElementHandle<E>> {
  let found: ElementHandle<E> | null = null;
  await waitFor(async () => {
    const handle = await page.evaluateHandle(
      (selector: string, inPanel: boolean) =>
        (inPanel ? document.querySelector('mo-efiling-assistant')?.shadowRoot : document)?.querySelector(selector) ??
        null,
      selector,
      inPanel,
    );
    found = handle.asElement() as ElementHandle<E> | null;
    if (!found) await handle.dispose();
    return found !== null;
  }, selector);
  return found as unknown as ElementHandle<E>;
}

/**
 * The control a person would call `name` (its aria-label, else its text), once it is there.
 * `selector` narrows the kind: buttons by default.
 */
export async function control(
  page: Page,
  name: NamePattern,
  { inPanel = false, selector = 'button' }: Where & { selector?: string } = {},
): Promise<ElementHandle<Element>> {
  let found: ElementHandle<Element> | null = null;
  await waitFor(
    async () => {
      const handle = await page.evaluateHandle(
        (want: Wanted, inPanel: boolean, selector: string) => {
          const root = inPanel ? document.querySelector('mo-efiling-assistant')?.shadowRoot : document;
          const matches = (text: string) =>
            want.exact !== undefined ? text === want.exact : new RegExp(want.source!, want.flags).test(text);
          return (
            [...(root?.querySelectorAll(selector) ?? [])].find((el) =>
              matches((el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim()),
            ) ?? null
          );
        },
        pattern(name),
        inPanel,
        selector,
      );
      found = handle.asElement() as ElementHandle<Element> | null;
      if (!found) await handle.dispose();
      return found !== null;
    },
    `a control named ${String(name)}`,
  );
  return found as unknown as ElementHandle<Element>;
}

/** How many buttons the person would call `name` there are now (after a positive signal was awaited). */
export function countControls(page: Page, name: NamePattern, { inPanel = false }: Where = {}): Promise<number> {
  return page.evaluate(
    (want: Wanted, inPanel: boolean) => {
      const root = inPanel ? document.querySelector('mo-efiling-assistant')?.shadowRoot : document;
      const matches = (text: string) =>
        want.exact !== undefined ? text === want.exact : new RegExp(want.source!, want.flags).test(text);
      return [...(root?.querySelectorAll('button') ?? [])].filter((el) =>
        matches((el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim()),
      ).length;
    },
    pattern(name),
    inPanel,
  );
}

/** Wait until the page (or the panel) shows text matching `text`; resolves with all its text. */
export function waitForText(page: Page, text: NamePattern, { inPanel = false }: Where = {}): Promise<string> {
  return pollPage(
    page,
    `the text ${String(text)}`,
    (want: Wanted, inPanel: boolean) => {
      const root = inPanel ? document.querySelector('mo-efiling-assistant')?.shadowRoot : document.body;
      const all = (root?.textContent ?? '').replace(/\s+/g, ' ');
      const found =
        want.exact !== undefined ? all.includes(want.exact) : new RegExp(want.source!, want.flags).test(all);
      return found ? all : null;
    },
    pattern(text),
    inPanel,
  );
}

/** The assistant panel's main heading (its first h2), once it contains `contains`. */
export function panelHeading(page: Page, contains: NamePattern): Promise<string> {
  return pollPage(
    page,
    `the panel heading ${String(contains)}`,
    (want: Wanted) => {
      const text = document.querySelector('mo-efiling-assistant')?.shadowRoot?.querySelector('h2')?.textContent ?? '';
      const found =
        want.exact !== undefined ? text.includes(want.exact) : new RegExp(want.source!, want.flags).test(text);
      return found ? text : null;
    },
    pattern(contains),
  );
}

/** `data-status` of each popup step asked for, by step number. */
export function stepStatus(popup: Page, ...steps: number[]): Promise<Record<number, string | null>> {
  return popup.evaluate(
    (ns: number[]) =>
      Object.fromEntries(
        ns.map((n) => [n, document.querySelector(`li[data-step="${n}"]`)?.getAttribute('data-status') ?? null]),
      ),
    steps,
  );
}
