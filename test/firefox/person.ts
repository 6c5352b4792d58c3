/**
 * The person at the keyboard, on the replica, in Firefox: the same people and values as the Chromium
 * suite (test/e2e/person.ts: JANE; the replica's test manifest to find boxes), typed with
 * puppeteer's real key and mouse input instead of Playwright's.
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import type { ScreenId } from '@/lib/procedure/procedure';
import { MANIFEST, type Variant } from '../support/replica';
import { element } from './harness';

export { JANE } from '../e2e/person';

async function typeInto(el: ElementHandle<Element>, value: string) {
  // Select what is there, then type over it, as a person replacing a value does.
  await el.evaluate((e) => (e as HTMLInputElement).select?.());
  if (value === '') await el.press('Backspace');
  else await el.type(value);
}

/** Type (or choose, or tick) every value the screen has a box for. "#N" picks the Nth option. */
export async function fillScreen(
  page: Page,
  screen: ScreenId,
  variant: Variant,
  values: Record<string, string | boolean>,
) {
  const entry = MANIFEST[screen][variant];
  for (const [field, selector] of Object.entries(entry.expected)) {
    const value = values[field];
    if (value === undefined) continue;
    if (typeof selector !== 'string') {
      // One value over several boxes (573-555-0100 in three, 65101-0088 in two): a part in each.
      const parts = String(value).split('-');
      for (const [k, part] of selector.entries()) await typeInto((await page.$(part))!, parts[k] ?? '');
      continue;
    }
    const el = await page.$(selector);
    if (!el) continue;
    const box = await el.evaluate((e) => {
      const input = e as HTMLInputElement;
      return {
        kind: e.tagName === 'SELECT' ? 'select' : input.type === 'checkbox' ? 'checkbox' : 'text',
        visible: e.checkVisibility(),
        editable: !input.disabled && !input.readOnly,
        checked: input.checked,
      };
    });
    if (!box.visible) continue;
    if (box.kind === 'checkbox') {
      if (box.checked !== (value === true || value === 'yes')) await el.click();
    } else if (box.kind === 'select') {
      const v = String(value);
      // As a person reads a list: "Missouri" is the option "Missouri", or "MO - Missouri"; "#N" the Nth.
      const optionValue = await el.evaluate((e, want) => {
        const options = [...(e as HTMLSelectElement).options];
        const option = want.startsWith('#')
          ? options[Number(want.slice(1))]
          : options.find((o) => o.text === want || o.text.endsWith(` ${want}`));
        return option?.value ?? null;
      }, v);
      if (optionValue === null) throw new Error(`${screen} ${field}: no option ${v}`);
      await el.select(optionValue);
    } else if (box.editable) await typeInto(el, String(value));
  }
}

/** Press the screen's Continue / Submit / Logon and wait for the next page. */
export async function submit(page: Page, screen: ScreenId, variant: Variant) {
  const selector = MANIFEST[screen][variant].submit;
  if (!selector) throw new Error(`${screen} has nothing to submit`);
  await pressAndLoad(page, selector);
}

/** Click what `selector` finds and wait for the page it loads. */
export async function pressAndLoad(page: Page, selector: string) {
  const el = await element(page, selector);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), el.click()]);
}
