/**
 * Trust in what is saved, in real Chromium: two options pages editing one
 * profile (the older save is refused and the newer e-mail survives), a weak
 * passphrase refused, wrong unlocks told to wait, and a database left by the
 * previous version carried over.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowsers } from './fixtures';
import { send } from './harness';
import { VERSION_2_PROFILE } from '../support/version-2-database';

const browsers = useBrowsers();
const box = (page: Page, label: string) => page.locator('input').and(page.getByLabel(label, { exact: true }));

describe('saved data the person can trust', () => {
  it('two options pages: the older form is refused with the reload message, and the newer e-mail survives', async () => {
    const h = await browsers.start();
    const optionsUrl = `chrome-extension://${h.extensionId}/options.html`;
    const a = await h.context.newPage();
    await a.goto(optionsUrl);
    await a.getByRole('button', { name: 'Add a profile' }).click();
    await box(a, 'Profile name').fill('Jane at DSS');
    await box(a, 'E-mail address').fill('jane@example.org');
    await a.getByRole('button', { name: 'Save profile' }).click();
    await a.getByText('Profile “Jane at DSS” saved.').waitFor();

    // Both pages open the same saved profile.
    const b = await h.context.newPage();
    await b.goto(optionsUrl);
    await b.getByRole('button', { name: 'Edit' }).click();
    await a.getByRole('button', { name: 'Edit' }).click();

    await box(b, 'E-mail address').fill('jane.doe@example.org');
    await b.getByRole('button', { name: 'Save profile' }).click();
    await b.getByText('Profile “Jane at DSS” saved.').waitFor();

    await box(a, 'Phone number').fill('573-555-0100');
    await a.getByRole('button', { name: 'Save profile' }).click();
    const alert = a.getByRole('alert').filter({ hasText: 'changed in another window or tab' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Nothing was saved, and what you typed is still in the form.');
    expect(await box(a, 'Phone number').inputValue()).toBe('573-555-0100');

    // Nothing of page A's older form was saved: a fresh page shows B's e-mail.
    const c = await h.context.newPage();
    await c.goto(optionsUrl);
    await c.getByRole('button', { name: 'Edit' }).click();
    expect(await box(c, 'E-mail address').inputValue()).toBe('jane.doe@example.org');
    expect(await box(c, 'Phone number').inputValue()).toBe('');
    await c.close();

    // "Reload, keep my typing": B's e-mail comes in, A's phone stays, and now it saves.
    await alert.getByRole('button', { name: 'Reload, keep my typing' }).click();
    expect(await box(a, 'E-mail address').inputValue()).toBe('jane.doe@example.org');
    expect(await box(a, 'Phone number').inputValue()).toBe('573-555-0100');
    await a.getByRole('button', { name: 'Save profile' }).click();
    await a.getByText('Profile “Jane at DSS” saved.').waitFor();
    await b.reload();
    await b.getByRole('button', { name: 'Edit' }).click();
    expect(await box(b, 'E-mail address').inputValue()).toBe('jane.doe@example.org');
    expect(await box(b, 'Phone number').inputValue()).toBe('573-555-0100');
  });

  it('a weak passphrase is refused with why; wrong unlocks are told how long to wait', async () => {
    const h = await browsers.start();
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await box(options, 'Passphrase').fill('password');
    await box(options, 'Passphrase again').fill('password');
    await options.getByRole('button', { name: 'Set passphrase' }).click();
    const error = options.locator('#pp-set-first-error');
    await error.waitFor();
    expect(await error.textContent()).toBe(
      'Passphrase: this is too easy to guess. This is a heavily used password. Add more words that are less common.',
    );
    expect(await options.getByText('Your passphrase is set and unlocked.').count()).toBe(0);

    await box(options, 'Passphrase').fill('lamp river oat silver');
    await box(options, 'Passphrase again').fill('lamp river oat silver');
    await options.getByRole('button', { name: 'Set passphrase' }).click();
    await options.getByText('Your passphrase is set and unlocked.').waitFor({ timeout: 15_000 });
    await options.getByRole('button', { name: 'Lock now' }).click();
    await options.getByRole('heading', { name: 'Unlock' }).waitFor();

    const alert = options.getByRole('alert');
    /** Unlock, and wait for this try's own answer: the previous answer is gone first (the form clears it on submit). */
    const unlock = async (passphrase: string, expected: RegExp) => {
      const previous = (await alert.count()) ? await alert.elementHandle() : null;
      await box(options, 'Passphrase').fill(passphrase);
      await options.getByRole('button', { name: 'Unlock' }).click();
      await previous?.evaluate(
        (el) =>
          new Promise<void>((done) => {
            if (!el.isConnected) return done();
            new MutationObserver((_, o) => {
              if (!el.isConnected) (o.disconnect(), done());
            }).observe(document, { subtree: true, childList: true });
          }),
      );
      await expect.poll(() => alert.textContent(), { timeout: 15_000 }).toMatch(expected);
    };
    await unlock('wrong one', /^That passphrase is not the right one\. Check it \(capital letters count\) and try/);
    await unlock('wrong two', /^That passphrase is not the right one\. Check it \(capital letters count\) and try/);
    await unlock('wrong three', /then try again in \d seconds?: each wrong try makes the wait longer/);
    // At once, even the right passphrase waits: the page says so, and stays locked.
    await unlock('lamp river oat silver', /^Too many wrong passphrases in a row\. Wait \d seconds?, then try again\.$/);
    expect(await options.getByRole('button', { name: 'Lock now' }).count()).toBe(0);
  });

  it('a database the previous version left (version 2) is carried over: the profile is kept and names no administrator yet', async () => {
    const h = await browsers.start();
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/options.html`);
    await page.getByRole('button', { name: 'Add a profile' }).waitFor();
    // Put a version 2 database in the extension's place, as 0.3.0 left it (the worker lets its handle go).
    const before = await page.evaluate(
      (profile) =>
        new Promise<number>((resolve, reject) => {
          const gone = indexedDB.deleteDatabase('mo-efiling-assistant');
          gone.onerror = () => reject(gone.error);
          gone.onsuccess = () => {
            const open = indexedDB.open('mo-efiling-assistant', 2);
            open.onerror = () => reject(open.error);
            open.onupgradeneeded = () => {
              const db = open.result;
              db.createObjectStore('progress');
              db.createObjectStore('settings').put('p1', 'activeProfileId');
              db.createObjectStore('rules', { keyPath: 'id' }).createIndex('screen', 'screen');
              db.createObjectStore('profiles', { keyPath: 'id' }).put(profile);
            };
            open.onsuccess = () => {
              const version = open.result.version;
              open.result.close();
              resolve(version);
            };
          };
        }),
      VERSION_2_PROFILE,
    );
    expect(before).toBe(2);

    // The next request opens it at version 3, and the upgrade step gives the saved group its new member.
    expect(await send(h, { type: 'report/admin-email' })).toBe('');
    const saved = await page.evaluate(
      () =>
        new Promise<{ version: number; group: unknown }>((resolve, reject) => {
          const open = indexedDB.open('mo-efiling-assistant');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const get = db.transaction('profiles').objectStore('profiles').get('p1');
            get.onsuccess = () => {
              resolve({ version: db.version, group: get.result.data.group });
              db.close();
            };
          };
        }),
    );
    expect(saved).toEqual({
      version: 3,
      group: { name: 'DSS', position: 'Clerk', department: '', supervisor: '', notes: '', adminEmail: '' },
    });

    // The person sees the profile as it was, and can add the address by hand.
    await page.reload();
    await page.getByRole('button', { name: 'Edit' }).click();
    expect(await box(page, 'User name').inputValue()).toBe('jdoe_dss_01');
    await box(page, 'Administrator’s e-mail').fill('ann.smith@dss.mo.gov');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Profile “Jane at DSS” saved.').waitFor();
    expect(await send(h, { type: 'report/admin-email' })).toBe('ann.smith@dss.mo.gov');
  });
});
