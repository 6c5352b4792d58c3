/**
 * The security review's attacks, each tried in real Chromium (README
 * "Security"). Pages that act against the person are served at court
 * addresses by route, so the extension meets them as it would the real site.
 * Most run the test build (its panel readable); the ones about the panel's
 * element run the build we ship, where a page cannot reach the panel at all.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PROFILE, profileFile } from './profiles';
import { panel, pressFill, send, showAssistantFromPopup, type Harness } from './harness';
import { useBrowsers } from './fixtures';
import { MANIFEST, renderScreen } from '../support/replica';
import { SHIPPED_EXTENSION_DIR } from '../scripts/chromium.mjs';

const browsers = useBrowsers({ replica: true });
const COURT = 'https://www.courts.mo.gov';
const PASSPHRASE = 'correct horse battery staple';
const PASSWORD = 'Str0ng!Passw0rd-e2e';

/** Serve `html` at a court address (the page then meets the extension as the real site would). */
async function serve(h: Harness, path: string, html: string) {
  await h.context.route(`${COURT}${path}`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
}

/** A profile with its secrets saved (password, answers, PIN) and the passphrase unlocked. */
async function personWithSecrets(h: Harness) {
  await send(h, { type: 'vault/set', passphrase: PASSPHRASE });
  await send(h, { type: 'profiles/import', text: profileFile() });
  const state = (await send(h, { type: 'profiles/state' })) as { activeProfileId: string };
  await send(h, { type: 'profiles/save', id: state.activeProfileId, profile: PROFILE, password: PASSWORD });
}

const value = (page: Page, selector: string) => page.locator(selector).first().inputValue();
const NAME_EMAIL = MANIFEST['name-email'].a.expected as Record<string, string>;
const CREDENTIALS = MANIFEST.credentials.b.expected as Record<string, string>;

/**
 * Ways a page hid the e-mail box from the person while leaving it in the page, each found by the
 * review to get a value before. Applied by a page script to the e-mail box of variant a.
 */
const HIDING: Record<string, string> = {
  'filter: opacity(0)': `box.style.filter = 'opacity(0)';`,
  'transparent text, background and border': `Object.assign(box.style, { color: 'transparent', background: 'transparent', borderColor: 'transparent', caretColor: 'transparent' });`,
  // Below the fold, where no point of it can be hit-tested.
  'clip-path: inset(50%), below the fold': `Object.assign(box.style, { clipPath: 'inset(50%)', position: 'absolute', top: '3000px' });`,
  'cut off by an overflow: hidden parent below the fold': `const cut = document.createElement('div');
    cut.style.cssText = 'position:absolute; top:3000px; left:0; height:2px; overflow:hidden';
    box.before(cut); cut.append(box);`,
  'a 5×5 px box': `Object.assign(box.style, { width: '5px', height: '5px', padding: '0', border: '0', minWidth: '0', minHeight: '0' });`,
  'text-indent: -9999px': `box.style.textIndent = '-9999px';`,
  'a page-made <mo-efiling-assistant> laid over it': `const r = box.getBoundingClientRect();
    const cover = document.createElement('mo-efiling-assistant');
    cover.style.cssText = 'position:absolute; background:#fff; left:' + (r.left + scrollX - 4) + 'px; top:' + (r.top + scrollY - 4) + 'px; width:' + (r.width + 8) + 'px; height:' + (r.height + 8) + 'px';
    document.body.append(cover);`,
};

describe('a page cannot get a secret or a value the person cannot see', () => {
  it.each(Object.entries(HIDING))('a box hidden by %s gets nothing; the boxes in view are filled', async (_, hide) => {
    const h = await browsers.start();
    await send(h, { type: 'profiles/import', text: profileFile() });
    const script = `<script>addEventListener('DOMContentLoaded', () => {
      const box = document.querySelector(${JSON.stringify(NAME_EMAIL.email)}); ${hide} });</script>`;
    await serve(h, '/ecf/__trust/nameEmail.do', renderScreen('name-email', 'a').replace('</head>', `${script}</head>`));
    const page = await h.context.newPage();
    await page.goto(`${COURT}/ecf/__trust/nameEmail.do`);
    await pressFill(page);
    expect(await value(page, NAME_EMAIL.firstName!)).toBe('Jane'); // the fill ran
    expect(await value(page, NAME_EMAIL.email!)).toBe('');
  });

  it('"fill each screen as soon as it appears" types no secret; the person\'s own Fill does', async () => {
    const h = await browsers.start();
    await personWithSecrets(h);
    await send(h, { type: 'settings/fill-on-appear', on: true });
    const page = await h.context.newPage();
    await page.goto(`${COURT}/ecf/registration/credentials.do?variant=b`);
    await expect.poll(() => value(page, CREDENTIALS.username!)).toBe(PROFILE.username);
    expect(await value(page, CREDENTIALS.password!)).toBe('');
    expect(await value(page, CREDENTIALS.passwordConfirm!)).toBe('');
    await panel(page).getByText('typed only when you press').waitFor();
    // The report of the first fill is already there: wait for the password itself.
    await panel(page).getByRole('button', { name: /^Fill/ }).click();
    await expect.poll(() => value(page, CREDENTIALS.password!)).toBe(PASSWORD);
  });

  it("a credentials screen outside the procedure's paths (a Case.net address) never gets the password", async () => {
    const h = await browsers.start();
    await personWithSecrets(h);
    const html = renderScreen('credentials', 'b');
    await serve(h, '/casenet/cases/credentials.do', html);
    await serve(h, '/ecf/__trust/credentials.do', html);
    const page = await h.context.newPage();
    await page.goto(`${COURT}/casenet/cases/credentials.do`);
    await pressFill(page);
    expect(await value(page, CREDENTIALS.username!)).toBe(PROFILE.username);
    expect(await value(page, CREDENTIALS.password!)).toBe('');
    // The same screen in the eFiling application: the password goes in.
    await page.goto(`${COURT}/ecf/__trust/credentials.do`);
    await pressFill(page);
    expect(await value(page, CREDENTIALS.password!)).toBe(PASSWORD);
  });

  it('the password never goes into a box that shows what is typed, whatever its label says', async () => {
    const h = await browsers.start();
    await personWithSecrets(h);
    // The page turns its second password box ("again") into a plain text box.
    const script = `<script>addEventListener('DOMContentLoaded', () => {
      document.querySelector(${JSON.stringify(CREDENTIALS.passwordConfirm)}).type = 'text'; });</script>`;
    await serve(h, '/ecf/__trust/plain.do', renderScreen('credentials', 'b').replace('</head>', `${script}</head>`));
    const page = await h.context.newPage();
    await page.goto(`${COURT}/ecf/__trust/plain.do`);
    await pressFill(page);
    expect(await value(page, CREDENTIALS.password!)).toBe(PASSWORD); // the password box proper
    expect(await value(page, CREDENTIALS.passwordConfirm!)).toBe('');
    // Its label says "password again", but a box that shows what is typed is no password box.
    expect(await panel(page).getByRole('status').first().textContent()).toContain(
      'In your profile, but not on this pagePassword again',
    );
  });
});

describe('a page cannot act for the person', () => {
  it("a page script's clicks on Fill and Teach, and its form submit, do nothing; the person's do", async () => {
    const h = await browsers.start();
    await send(h, { type: 'profiles/import', text: profileFile() });
    const page = await h.context.newPage();
    await page.goto(`${COURT}/ecf/registration/nameEmail.do?variant=a`);
    await panel(page).getByRole('button', { name: /^Fill/ }).waitFor();
    // Synchronous: a click our panel took would have started a fill (button busy) or teaching at once.
    const after = await page.evaluate(() => {
      const root = document.querySelector('mo-efiling-assistant')!.shadowRoot!;
      const button = (name: RegExp) =>
        [...root.querySelectorAll('button')].find((b) => name.test(b.textContent ?? ''))!;
      button(/^Fill/).click();
      const fillBusy = button(/^Fill/).disabled;
      button(/Teach/).click();
      document.querySelector('input')!.click();
      root.querySelector('form')?.requestSubmit();
      return { fillBusy, teaching: root.querySelector('select') !== null };
    });
    expect(after).toEqual({ fillBusy: false, teaching: false });
    expect(await value(page, NAME_EMAIL.firstName!)).toBe('');
    expect(await send(h, { type: 'rules/list' })).toEqual([]);
    // The person's own click on Teach does open the picker: the test can fail.
    await panel(page).getByRole('button', { name: /Teach/ }).click();
    await panel(page).getByText('Click the box on the page that the assistant missed.').waitFor();
  });

  it('a forged "content script started" event does not switch the assistant off', async () => {
    const h = await browsers.start();
    await send(h, { type: 'profiles/import', text: profileFile() });
    const page = await h.context.newPage();
    await page.goto(`${COURT}/ecf/registration/nameEmail.do?variant=a`);
    await panel(page).getByRole('button', { name: /^Fill/ }).waitFor();
    await page.evaluate(() => {
      for (const name of ['gate', 'recogniser', 'assistant-ui', 'content']) {
        const detail = { contentScriptName: name, messageId: 'forged' };
        document.dispatchEvent(new CustomEvent('wxt:content-script-started', { detail }));
        window.postMessage({ type: 'wxt:content-script-started', ...detail }, '*');
      }
    });
    await pressFill(page);
    expect(await value(page, NAME_EMAIL.firstName!)).toBe('Jane');
  });
});

describe("the build we ship: the panel is out of a page script's reach", () => {
  it('a closed shadow root on an element named anew on each page; a page that defined <mo-efiling-assistant> first changes nothing', async () => {
    const h = await browsers.start({ extensionDir: SHIPPED_EXTENSION_DIR });
    await send(h, { type: 'profiles/import', text: profileFile() });
    const page = await h.context.newPage();
    await page.addInitScript(() => {
      customElements.define(
        'mo-efiling-assistant',
        class extends HTMLElement {
          constructor() {
            super();
            this.attachShadow({ mode: 'open' }).textContent = 'taken';
          }
        },
      );
    });
    const host = async () => {
      await expect.poll(() => h.tabBadge(page)).toBe('8');
      return page.waitForFunction(() => {
        const el = [...document.body.children].find((e) => /^MO-X[0-9A-F]{16}$/.test(e.tagName));
        return el ? { tag: el.tagName, open: el.shadowRoot !== null } : null;
      });
    };
    await page.goto(`${COURT}/ecf/registration/nameEmail.do?variant=a`);
    const first = (await (await host()).jsonValue())!;
    expect(first.open).toBe(false);
    // The page's try to move focus into our panel (to turn the person's next Enter into a fill).
    const focused = await page.evaluate((tag) => {
      const el = document.querySelector(tag) as HTMLElement;
      el.shadowRoot?.querySelector('button')?.focus();
      el.focus();
      return document.activeElement === el;
    }, first.tag);
    expect(focused).toBe(false);
    await page.reload();
    const second = (await (await host()).jsonValue())!;
    expect(second.tag).not.toBe(first.tag);
  });

  it('the "not secure" warning on an http:// page is there too when the page defined the old name first', async () => {
    const h = await browsers.start({ extensionDir: SHIPPED_EXTENSION_DIR });
    const page = await h.context.newPage();
    await page.addInitScript(() => customElements.define('mo-efiling-assistant', class extends HTMLElement {}));
    await page.goto('http://www.courts.mo.gov/ecf/logon.do');
    const warning = await page.waitForFunction(() => {
      const el = [...document.body.children].find((e) => /^MO-X[0-9A-F]{16}$/.test(e.tagName));
      return el ? el.shadowRoot === null : null;
    });
    expect(await warning.jsonValue()).toBe(true);
  });
});

describe('progress and reports a page cannot bend', () => {
  it('a Case.net page showing an eFiling-menu heading does not mark 23 steps done', async () => {
    const h = await browsers.start();
    await send(h, { type: 'progress/answer-casenet', hasCaseNetAccount: false });
    // With a box of its own (a case-number look-up), so the gate lets it in and it is recognised.
    const lookUp = '<label>Case number <input name="caseNumber"></label>';
    await serve(h, '/casenet/cases/menu.do', renderScreen('efiling-menu', 'a').replace('</h1>', `</h1>${lookUp}`));
    const page = await h.context.newPage();
    await page.goto(`${COURT}/casenet/cases/menu.do`);
    await expect.poll(() => h.tabBadge(page)).toBe('25'); // recognised as the menu …
    const popup = await h.openPopup();
    // … but the procedure stays where the person is: step 2, nothing after it done.
    await expect.poll(() => popup.locator('li[data-step="2"]').getAttribute('data-status')).toBe('current');
    expect(await popup.locator('li[data-status="done"]').count()).toBe(1); // step 1, answered
  });

  it("the page-shape report leaves out the person's PIN and answers that the page shows as text", async () => {
    const h = await browsers.start();
    await h.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: COURT });
    await personWithSecrets(h);
    await serve(
      h,
      '/ecf/__trust/odd.do',
      `<!DOCTYPE html><html><head><title>Odd page</title></head><body>
      <h1>Welcome back: your PIN 4417, your pet Rexford-7</h1>
      <form><label>Reference <input name="ref"></label><label>Notes <input name="notes"></label><button>Go</button></form></body></html>`,
    );
    const page = await h.context.newPage();
    await page.goto(`${COURT}/ecf/__trust/odd.do`);
    await showAssistantFromPopup(h, page);
    await panel(page).getByRole('button', { name: 'Show the eFiling assistant' }).click();
    await panel(page).getByRole('button', { name: 'Copy the page description' }).click();
    await panel(page).getByText('Page description copied').waitFor();
    const report = await page.evaluate(() => navigator.clipboard.readText());
    expect(JSON.parse(report).headings).toEqual(['Welcome back: your PIN [number], your pet [secret]']);
  });
});

describe('a database this version cannot read', () => {
  it('made by a newer version of the extension: every request says to update it, and nothing is changed', async () => {
    const h = await browsers.start();
    await send(h, { type: 'profiles/import', text: profileFile() });
    const page = await h.openPopup();
    // A newer version upgraded the database (here: from the popup's own context, as another window would).
    const stores = await page.evaluate(
      () =>
        new Promise<string[]>((resolve, reject) => {
          const open = indexedDB.open('mo-efiling-assistant', 99);
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const names = [...open.result.objectStoreNames];
            open.result.close();
            resolve(names);
          };
        }),
    );
    expect(stores.length).toBeGreaterThan(0);
    const answer = await page.evaluate(() =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime.sendMessage({ type: 'profiles/state' }),
    );
    expect(answer).toEqual({
      ok: false,
      error:
        'Your saved details were made by a newer version of this extension, which this version cannot read. Update the extension, then try again. Nothing was changed.',
    });
    // Nothing changed: the profile is still there for the newer version.
    const kept = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open('mo-efiling-assistant');
          open.onsuccess = () => {
            const r = open.result.transaction('profiles').objectStore('profiles').count();
            r.onsuccess = () => (open.result.close(), resolve(r.result));
          };
        }),
    );
    expect(kept).toBe(1);
  });
});
