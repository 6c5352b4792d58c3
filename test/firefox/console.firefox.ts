/**
 * No console error from the extension in Firefox: not from the popup, the options page, the event
 * page or the court page's scripts. (Firefox logged one from the background and the options page
 * before: zod probing for `new Function`, which our content security policy blocks; lib/messaging/zod-setup.ts.)
 * Every test of this suite ends with the same check (fixtures.ts); this one also shows the check
 * is not blind.
 */
import { describe, expect, it } from 'vitest';
import { profileFile } from '../e2e/profiles';
import { POLL, EXTENSION_ORIGIN, type FirefoxHarness, control, panelHeading, waitForText, element } from './harness';
import { useFirefox } from './fixtures';

const firefox = useFirefox({ replica: true });

/** Errors as they arrive, until there are `n`. */
async function errorsUntil(h: FirefoxHarness, n: number) {
  const seen: string[] = [];
  await expect
    .poll(async () => {
      seen.push(...(await h.takeExtensionErrors()));
      return seen.length;
    }, POLL)
    .toBe(n);
  return seen;
}

describe("the extension's console in Firefox", () => {
  it('has no error from any of its pages, and the check sees one when there is', async () => {
    const h = await firefox.start();
    const popup = await h.openPopup();
    await control(popup, 'Yes, I have one');
    const options = await h.openExtensionPage('options.html#import');
    await element(options, 'input[type="file"]');
    // The background parses (zod) what the options page sends, and answers.
    const imported = await options.evaluate(
      (text) => browser.runtime.sendMessage({ type: 'profiles/import', text }) as Promise<{ ok: boolean }>,
      profileFile(),
    );
    expect(imported.ok).toBe(true);
    const page = await h.newPage();
    await page.goto('https://www.courts.mo.gov/ecf/registration/nameEmail.do?variant=a');
    expect(await panelHeading(page, 'Step 8 of 26')).toContain('Step 8 of 26');
    await (await control(page, /^Fill/, { inPanel: true })).click();
    await waitForText(page, /Filled \d+ fields?\./, { inPanel: true });
    expect(await h.takeExtensionErrors()).toEqual([]);

    // Planted: a script the extension pages' policy blocks (the kind of error zod's probe caused), an
    // uncaught exception, and a console.error call.
    await popup.evaluate(() =>
      document.body.append(Object.assign(document.createElement('script'), { textContent: '1' })),
    );
    await options.evaluate(() =>
      setTimeout(() => {
        throw new Error('thrown by the test');
      }),
    );
    await options.evaluate(() => console.error('logged by the test'));
    const seen = await errorsUntil(h, 4);
    const firefoxMajor = Number(/firefox\/(\d+)/i.exec(await h.firefox.version())![1]);
    const blocked = (directive: string) =>
      `${EXTENSION_ORIGIN}/popup.html: Content-Security-Policy: The page’s settings blocked an inline script (script-src-elem) from being executed because it violates the following directive: “${directive}”.`;
    // In any order: each one once.
    expect(seen.map((e) => (e.includes('Content-Security-Policy') ? e.slice(0, e.indexOf('”.') + 2) : e))).toEqual(
      expect.arrayContaining([
        blocked("script-src 'self'"),
        // Firefox's own minimum for Manifest V3 pages, reported beside ours (153 also lets local servers in).
        blocked(
          firefoxMajor <= 140
            ? "script-src 'self' 'wasm-unsafe-eval'"
            : "script-src 'self' 'wasm-unsafe-eval' http://localhost:* http://127.0.0.1:*",
        ),
        `${EXTENSION_ORIGIN}/options.html#import: Error: thrown by the test`,
        expect.stringMatching(/: console\.error: logged by the test$/),
      ]),
    );
  });
});
