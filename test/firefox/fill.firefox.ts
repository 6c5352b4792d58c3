/**
 * Filling in Firefox ESR on the replica: a profile file imported on the options page through its file
 * input (preview, then Import), a screen filled from it by the panel's "Fill", and the popup's
 * walkthrough with its own "Fill this page", and the help e-mail addressed to the administrator a
 * group profile names. The same profile as the Chromium suite (test/e2e/profiles.ts); the Chromium
 * counterparts are options.e2e.ts, fill.e2e.ts and walkthrough.e2e.ts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { ScreenId } from '@/lib/procedure/procedure';
import { MANIFEST, type Variant } from '../support/replica';
import { FILLED, PROFILE, profileFile } from '../e2e/profiles';
import { POLL, control, panelHeading, stepStatus, waitForText, element } from './harness';
import { GroupProfileSchema } from '@/lib/profile/group-profile';
import { groupFileText } from '@/lib/profile/profile-file';
import { useFirefox } from './fixtures';

const firefox = useFirefox({ replica: true });
const COURT = 'https://www.courts.mo.gov';

const files = mkdtempSync(join(tmpdir(), 'mo-efiling-files-'));
afterAll(() => rmSync(files, { recursive: true, force: true }));
function file(name: string, text: string) {
  const path = join(files, name);
  writeFileSync(path, text);
  return path;
}

/** Every manifest box of the screen: its value, checked state, or the chosen option's text. */
function read(page: Page, screen: ScreenId, variant: Variant) {
  return page.evaluate((expected: Record<string, string | readonly string[]>) => {
    const out: Record<string, string | boolean> = {};
    for (const [field, selector] of Object.entries(expected)) {
      if (typeof selector !== 'string') {
        out[field] = selector
          .map((s) => document.querySelector<HTMLInputElement>(s)!.value)
          .filter(Boolean)
          .join('-');
        continue;
      }
      const e = document.querySelector(selector)!;
      if (e instanceof HTMLSelectElement) out[field] = e.options[e.selectedIndex]?.text ?? '';
      else
        out[field] =
          (e as HTMLInputElement).type === 'checkbox' ? (e as HTMLInputElement).checked : (e as HTMLInputElement).value;
    }
    return out;
  }, MANIFEST[screen][variant].expected);
}

describe('filling in Firefox from an imported profile', () => {
  it('imports a profile file on the options page after a preview, and "Fill" fills a screen from it', async () => {
    const h = await firefox.start();
    const options = await h.openExtensionPage('options.html');
    const input = await element<HTMLInputElement>(options, 'input[type="file"]');
    expect(await input.evaluate((e) => (e as HTMLInputElement).labels?.[0]?.textContent)).toBe('Profile file');

    // A broken file: a clear message, nothing to import.
    await input.uploadFile(
      file('broken.json', '{"format":"mo-efiling-profile","version":1,"profile":{"label":"x","shoeSize":9}}'),
    );
    await waitForText(options, 'Unknown item: shoeSize');

    await (await element<HTMLInputElement>(options, 'input[type="file"]')).uploadFile(file('jane.json', profileFile()));
    const importButton = await control(options, 'Import');
    const preview = await options.$eval('main', (m) => m.textContent);
    expect(preview).toContain('Jane at DSS');
    expect(preview).toContain('Department of Social Services');
    await importButton.click();
    await waitForText(options, 'Imported: profile “Jane at DSS” was added.');
    await waitForText(options, /not kept: set a passphrase/);

    const page = await h.newPage();
    await page.goto(`${COURT}/ecf/registration/addressPhone.do?variant=a`);
    expect(await panelHeading(page, 'Step 10 of 26')).toContain('Step 10 of 26');
    await (await control(page, /^Fill/, { inPanel: true })).click();
    await waitForText(page, /Filled \d+ fields?\./, { inPanel: true });
    const after = await read(page, 'addresses-phone', 'a');
    const addressFields = Object.keys(MANIFEST['addresses-phone'].a.expected);
    expect(after).toEqual(Object.fromEntries(addressFields.map((f) => [f, FILLED[f]])));
    expect(page.url(), 'a fill never navigates').toBe(`${COURT}/ecf/registration/addressPhone.do?variant=a`);
  });

  it('walks the popup: step 1 answered, steps marked done, the badge following; "Fill this page" fills the tab in front', async () => {
    const h = await firefox.start();
    const popup = await h.openPopup();
    await (await control(popup, 'No, I need a new account')).click();
    await element(popup, 'li[data-step="1"][data-status="done"]');
    await expect.poll(() => h.badge(), POLL).toBe('2');
    await (await control(popup, 'Mark step 2 done')).click();
    await element(popup, 'li[data-step="2"][data-status="done"]');
    await (await control(popup, 'Mark step 3 done')).click();
    await waitForText(popup, 'Step 4 of 26');
    expect(await stepStatus(popup, 1, 2, 3, 4, 5)).toEqual({
      1: 'done',
      2: 'done',
      3: 'done',
      4: 'current',
      5: 'to-do',
    });
    await expect.poll(() => h.badge(), POLL).toBe('4');

    const imported = await popup.evaluate(
      (text) => browser.runtime.sendMessage({ type: 'profiles/import', text }) as Promise<{ ok: boolean }>,
      profileFile(),
    );
    expect(imported.ok).toBe(true);
    const page = await h.newPage();
    await page.goto(`${COURT}/ecf/registration/nameEmail.do?variant=b`);
    await control(page, /^Fill/, { inPanel: true });
    expect((await read(page, 'name-email', 'b')).firstName).toBe(''); // filling as a screen appears is off

    // The popup fills the tab in front, as when the person opens it over the court's page.
    await page.bringToFront();
    await (await control(popup, 'Fill this page')).click();
    await waitForText(popup, 'Filled 3 fields on the page. Check them there.');
    expect(await read(page, 'name-email', 'b')).toEqual({
      firstName: 'Jane',
      lastName: 'Doe',
      email: PROFILE.email,
    });
  });

  it('on a court page it does not know, "E-mail this to my administrator" writes to the administrator the group profile names', async () => {
    const h = await firefox.start();
    const popup = await h.openPopup();
    const group = GroupProfileSchema.parse({
      groupName: 'Department of Social Services',
      adminEmail: 'ann.smith@dss.mo.gov',
    });
    const imported = await popup.evaluate(
      (text) => browser.runtime.sendMessage({ type: 'profiles/import', text }) as Promise<{ ok: boolean }>,
      groupFileText(group),
    );
    expect(imported.ok).toBe(true);

    const page = await h.newPage();
    await page.goto(`${COURT}/casenet/cases/searchCases.do`);
    await page.bringToFront();
    await (await control(popup, 'Show the assistant on this page')).click();
    await waitForText(popup, 'The assistant is on the page in front.');
    expect(await panelHeading(page, 'not a registration screen')).toContain('not a registration screen');
    await (await control(page, 'Show the eFiling assistant', { inPanel: true })).click();
    const mail = await control(page, 'E-mail this to my administrator', { inPanel: true, selector: 'a' });
    expect(await mail.evaluate((a) => a.getAttribute('href'))).toMatch(/^mailto:ann\.smith@dss\.mo\.gov\?subject=/);
    await waitForText(page, 'The e-mail goes to your administrator, ann.smith@dss.mo.gov.', { inPanel: true });
  });
});
