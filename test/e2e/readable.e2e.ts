/**
 * What a clerk sees, measured in real Chromium: text 15 px on the extension's pages (Chromium gives
 * extension pages `body { font-size: 75% }`), every button at least 24 × 24 px (WCAG 2.2 target
 * size), Fill's answer right under Fill, and a first run's "Add your details" landing in the form.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Harness } from './harness';
import { useBrowsers } from './fixtures';
import { profileFile } from './profiles';

const browsers = useBrowsers({ replica: true });
const COURT = 'https://www.courts.mo.gov';

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string }> } };

async function send(h: Harness, message: unknown) {
  const page = await h.openPopup();
  const answer = await page.evaluate((m) => chrome.runtime.sendMessage(m), message);
  await page.close();
  expect(answer.ok, answer.error).toBe(true);
}

/** Computed font sizes of the first element each selector finds. */
const fontSizes = (page: Page, selectors: string[]) =>
  page.evaluate(
    (list) =>
      Object.fromEntries(
        list.map((s) => {
          const el = document.querySelector(s);
          return [s, el ? getComputedStyle(el).fontSize : 'missing'];
        }),
      ),
    selectors,
  );

/** Every visible button and summary: its name and size; the smallest width and height. */
async function targets(page: Page) {
  const all = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, summary')]
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ el, box }) => box.width > 0 && box.height > 0 && !el.closest('.sr-only'))
      .map(({ el, box }) => ({
        name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim(),
        width: Math.round(box.width * 10) / 10,
        height: Math.round(box.height * 10) / 10,
      })),
  );
  return {
    count: all.length,
    tooSmall: all.filter((b) => b.width < 24 || b.height < 24),
    minHeight: Math.min(...all.map((b) => b.height)),
    minWidth: Math.min(...all.map((b) => b.width)),
  };
}

describe('readable at a glance', () => {
  it('the popup: 15 px text, every target at least 24 × 24 px, at the start and mid-way', async () => {
    const h = await browsers.start();
    const popup = await h.openPopup();
    await popup.getByRole('button', { name: 'Yes, I have one' }).waitFor();
    expect(await fontSizes(popup, ['html', 'body', 'li.step .text', '#casenet-q + p', 'button'])).toEqual({
      html: '15px',
      body: '15px',
      'li.step .text': '15px',
      '#casenet-q + p': '15px',
      button: '15px',
    });
    const start = await targets(popup);
    console.info('popup targets at the start', start);
    expect(start.tooSmall).toEqual([]);

    await popup.getByRole('button', { name: 'No, I need a new account' }).click();
    const markDone = popup.getByRole('button', { name: 'Mark step 3 done' });
    await markDone.waitFor();
    const box = (await markDone.boundingBox())!;
    console.info('"Mark done" target', box.width, '×', box.height);
    expect(box.height).toBeGreaterThanOrEqual(24);
    const midway = await targets(popup);
    console.info('popup targets mid-way', midway);
    expect(midway.tooSmall).toEqual([]);
  });

  it("the popup's Fill answers right under the button, inside the current step's card", async () => {
    const h = await browsers.start();
    await send(h, { type: 'profiles/import', text: profileFile() });
    const page = await h.context.newPage();
    await page.goto(`${COURT}/ecf/registration/nameEmail.do?variant=a`);
    await page.locator('mo-efiling-assistant').getByRole('button', { name: /^Fill/ }).waitFor();
    const popup = await h.openPopup();
    const card = popup.locator('section.card.now');
    const fill = card.getByRole('button', { name: 'Fill this page' });
    await fill.waitFor();
    await page.bringToFront();
    await fill.click();
    const result = card.locator('.result').getByText(/^✓ Filled \d+ fields on the page/);
    await result.waitFor();
    const [button, answer] = [(await fill.boundingBox())!, (await result.boundingBox())!];
    const gap = answer.y - (button.y + button.height);
    console.info('Fill button bottom → answer top', gap, 'px; answer at y', answer.y);
    expect(gap).toBeGreaterThanOrEqual(0);
    expect(gap).toBeLessThanOrEqual(16);
    // On screen without scrolling (the popup is at most 600 px tall).
    expect(answer.y + answer.height).toBeLessThanOrEqual(600);
  });

  it('a first run: "Add your details" opens the options page at the profile form, its first box focused', async () => {
    const h = await browsers.start();
    const popup = await h.openPopup();
    const add = popup.getByRole('button', { name: 'Add your details' });
    await add.waitFor();
    const [options] = await Promise.all([h.context.waitForEvent('page'), add.click()]);
    await expect.poll(() => options.url()).toBe(`chrome-extension://${h.extensionId}/options.html#profile`);
    const name = options.locator('input').and(options.getByLabel('Profile name', { exact: true }));
    await expect.poll(() => name.evaluate((el) => el === document.activeElement)).toBe(true);
    const top = await name.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(await options.evaluate(() => innerHeight));

    expect(await fontSizes(options, ['html', 'body', '.field > label', '.hint', 'legend', 'button'])).toEqual({
      html: '15px',
      body: '15px',
      '.field > label': '15px',
      '.hint': '14px',
      legend: '15px',
      button: '15px',
    });
    const all = await targets(options);
    console.info('options targets', all);
    expect(all.tooSmall).toEqual([]);
  });

  it('the roster table breaks no word ("Line", "Núñez" whole), and admin mode survives a reload', async () => {
    const h = await browsers.start();
    const options = await h.context.newPage();
    await options.setViewportSize({ width: 700, height: 800 });
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.getByRole('button', { name: 'I am a group administrator' }).click();
    await options
      .getByLabel('Paste the roster (CSV)')
      .fill(
        'First name,Last name,E-mail,Position,Department,Supervisor\n' +
          'José,Núñez-Castellanos,jose.nunez-castellanos@children.dss.mo.gov,Senior case clerk,Children’s Division,Ann Smith\n',
      );
    const table = options.locator('table.roster-table');
    await table.waitFor();
    // Each cell's words each on one line: a word broken across lines would give two line boxes. A line may
    // end after a hyphen ("Núñez-" / "Castellanos"), as in print, but never inside a run of letters.
    const broken = await table.evaluate((t) =>
      [...t.querySelectorAll('th, td')].flatMap((cell) =>
        (cell.textContent ?? '')
          .split(/[\s-]+/)
          .filter(Boolean)
          .filter((word) => {
            const node = [...cell.querySelectorAll('*'), cell]
              .flatMap((el) => [...el.childNodes])
              .find((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').includes(word));
            if (!node) return false;
            const range = document.createRange();
            const at = node.textContent!.indexOf(word);
            range.setStart(node, at);
            range.setEnd(node, at + word.length);
            return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1;
          }),
      ),
    );
    expect(broken).toEqual([]);
    const scroll = await options
      .locator('.table-scroll')
      .first()
      .evaluate((el) => ({
        scrolls: el.scrollWidth > el.clientWidth,
        overflowX: getComputedStyle(el).overflowX,
      }));
    console.info('roster table at 700 px', scroll);
    expect(scroll.overflowX).toBe('auto');

    await options.reload();
    await options.getByLabel('Group name').waitFor();
    expect(
      await options.getByRole('button', { name: 'I am a group administrator' }).getAttribute('aria-expanded'),
    ).toBe('true');
  });
});
