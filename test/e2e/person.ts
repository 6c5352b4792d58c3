/**
 * The person at the keyboard, on the replica: types what a clerk would type
 * and presses the buttons only a person may press. Uses the replica's test
 * manifest to find fields; the extension never sees it.
 */
import type { Page } from 'playwright-core';
import type { ScreenId } from '@/lib/procedure/procedure';
import { MANIFEST, type Variant } from '../support/replica';

export const JANE: Record<string, string> = {
  username: 'jdoe_dss',
  password: 'Str0ng!Passw0rd',
  passwordConfirm: 'Str0ng!Passw0rd',
  captcha: 'COURT7',
  firstName: 'Jane',
  lastName: 'Doe',
  email: 'jane.doe@example.org',
  emailConfirm: 'jane.doe@example.org',
  'mailing.line1': '221 W High St',
  'mailing.city': 'Jefferson City',
  'mailing.state': 'Missouri',
  'mailing.zip': '65101',
  'billing.line1': '221 W High St',
  'billing.city': 'Jefferson City',
  'billing.state': 'Missouri',
  'billing.zip': '65101',
  phone: '573-555-0100',
  'security1.question': '#1',
  'security1.answer': 'Blue',
  'security2.question': '#2',
  'security2.answer': 'Springfield',
  'security3.question': '#3',
  'security3.answer': 'Rex',
  'group.pin': '4417',
  'group.userInformation': 'Clerk, Children’s Division; supervisor Ann Smith',
};

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
      for (const [k, part] of selector.entries()) await page.locator(part).fill(parts[k] ?? '');
      continue;
    }
    const el = page.locator(selector).first();
    if (!(await el.isVisible())) continue;
    const tag = await el.evaluate((e) => `${e.tagName}:${(e as HTMLInputElement).type}`);
    if (tag === 'INPUT:checkbox') await el.setChecked(value === true || value === 'yes');
    else if (tag.startsWith('SELECT')) {
      const v = String(value);
      if (v.startsWith('#')) await el.selectOption({ index: Number(v.slice(1)) });
      else {
        // As a person reads a list: "Missouri" is the option "Missouri", or "MO - Missouri".
        const index = await el.evaluate(
          (e, want) =>
            [...(e as HTMLSelectElement).options].findIndex((o) => o.text === want || o.text.endsWith(` ${want}`)),
          v,
        );
        await el.selectOption({ index });
      }
    } else if (await el.isEditable()) await el.fill(String(value));
  }
}

/** Press the screen's Continue / Submit / Logon and wait for the next page. */
export async function submit(page: Page, screen: ScreenId, variant: Variant) {
  const selector = MANIFEST[screen][variant].submit;
  if (!selector) throw new Error(`${screen} has nothing to submit`);
  await Promise.all([page.waitForEvent('load'), page.locator(selector).first().click()]);
}
