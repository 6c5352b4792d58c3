/**
 * Accessibility in real Chromium: axe-core finds no serious or critical
 * problem in the popup, the options page or the in-page panel, and every
 * button can be reached with the keyboard and shows where focus is.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowsers } from './fixtures';
import { showAssistantFromPopup } from './harness';
import { profileFile } from './profiles';

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };

const browsers = useBrowsers({ replica: true });

async function seriousViolations(page: Page, include?: string) {
  let builder = new AxeBuilder({ page });
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Tab through the page; every enabled button must take focus, with a visible outline. */
async function keyboardReach(page: Page) {
  const total = await page.locator('button:visible:not([disabled])').count();
  const reached = new Set<string>();
  const outlines: string[] = [];
  for (let i = 0; i < total * 2 + 10; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      if (!el || el.tagName !== 'BUTTON') return null;
      const style = getComputedStyle(el);
      return {
        key: `${el.textContent}|${el.getAttribute('aria-label')}|${[...el.parentElement!.children].indexOf(el)}`,
        outline: `${style.outlineStyle} ${style.outlineWidth}`,
      };
    });
    if (info) {
      reached.add(info.key);
      outlines.push(info.outline);
    }
  }
  return { total, reached: reached.size, hidden: outlines.filter((o) => o.startsWith('none') || o.endsWith(' 0px')) };
}

describe('accessibility', () => {
  it('the popup, at the start, mid-way and complete', async () => {
    const h = await browsers.start();
    const popup = await h.openPopup();
    await popup.getByRole('button', { name: 'Yes, I have one' }).waitFor();
    expect(await seriousViolations(popup)).toEqual([]);
    const start = await keyboardReach(popup);
    expect(start.reached).toBe(start.total);
    expect(start.hidden).toEqual([]);

    await popup.getByRole('button', { name: 'No, I need a new account' }).click();
    await popup.getByRole('button', { name: 'Mark step 2 done' }).click();
    await popup.getByText('Step 3 of 26').waitFor();
    expect(await seriousViolations(popup)).toEqual([]);

    await popup.evaluate(async () => {
      for (let n = 3; n <= 26; n++) await chrome.runtime.sendMessage({ type: 'progress/mark', step: n, done: true });
    });
    await popup.reload();
    await popup.getByRole('heading', { name: /eFiling is one click away/ }).waitFor();
    expect(await seriousViolations(popup)).toEqual([]);
  });

  it('the options page, empty and with a profile being edited', async () => {
    const h = await browsers.start();
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.getByRole('heading', { name: 'Passphrase', exact: true }).waitFor();
    expect(await seriousViolations(options)).toEqual([]);

    await options.evaluate((text) => chrome.runtime.sendMessage({ type: 'profiles/import', text }), profileFile());
    await options.reload();
    await options.getByRole('button', { name: 'Edit' }).first().click();
    await options.getByRole('button', { name: /^Save/ }).first().waitFor();
    expect(await seriousViolations(options)).toEqual([]);
    const reach = await keyboardReach(options);
    expect(reach.hidden).toEqual([]);
  });

  it('the in-page panel on a screen, after a fill, and on an unrecognised page', async () => {
    const h = await browsers.start();
    const popup = await h.openPopup();
    await popup.evaluate((text) => chrome.runtime.sendMessage({ type: 'profiles/import', text }), profileFile());
    const page = await h.context.newPage();
    await page.goto('https://www.courts.mo.gov/ecf/registration/credentials.do?variant=b');
    const panel = page.locator('mo-efiling-assistant');
    await panel.getByRole('button', { name: /^Fill/ }).waitFor();
    expect(await seriousViolations(page, 'mo-efiling-assistant')).toEqual([]);
    await panel.getByRole('button', { name: /^Fill/ }).click();
    await panel.getByText(/Filled \d+ field/).waitFor();
    expect(await seriousViolations(page, 'mo-efiling-assistant')).toEqual([]);

    await page.goto('https://www.courts.mo.gov/casenet/cases/searchCases.do');
    await showAssistantFromPopup(h, page);
    await panel.getByRole('button', { name: 'Show the eFiling assistant' }).click();
    await panel.getByRole('button', { name: 'Copy the page description' }).waitFor();
    expect(await seriousViolations(page, 'mo-efiling-assistant')).toEqual([]);
  });
});
