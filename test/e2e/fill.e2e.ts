/**
 * Filling in real Chromium on the replica: a profile file imported, Fill
 * pressed on every screen of both page styles, each value checked, the
 * person's own fields left alone, nothing submitted, Undo, the page's own
 * scripts hearing the values, hostile fields left empty, no plain secrets stored.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ScreenId } from '@/lib/procedure/procedure';
import { FILLED, PROFILE, profileFile } from './profiles';
import { panel, pressFill, send, showAssistantFromPopup } from './harness';
import { useBrowsers } from './fixtures';
import { COMBINED, MANIFEST, MASKED_PHONE, PAGE_NAMES, renderScreen, type Variant } from '../support/replica';

const browsers = useBrowsers({ replica: true });
const COURT = 'https://www.courts.mo.gov';

/** Read every manifest field: value, checked state, or chosen option's text. */
async function read(page: Page, screen: ScreenId, variant: Variant) {
  return readBoxes(page, MANIFEST[screen][variant].expected);
}

async function readBoxes(page: Page, expected: Record<string, string | readonly string[]>) {
  const out: Record<string, string | boolean> = {};
  for (const [field, selector] of Object.entries(expected)) {
    if (typeof selector !== 'string') {
      // A value over several boxes reads as its parts joined, as the person means it: 573-555-0100.
      const parts = await Promise.all(selector.map((s) => page.locator(s).inputValue()));
      out[field] = parts.filter(Boolean).join('-');
      continue;
    }
    const el = page.locator(selector).first();
    out[field] = await el.evaluate((e) => {
      if (e.tagName === 'SELECT') {
        const select = e as HTMLSelectElement;
        return select.options[select.selectedIndex]?.text ?? '';
      }
      const input = e as HTMLInputElement;
      return input.type === 'checkbox' ? input.checked : input.value;
    });
  }
  return out;
}

const SCREENS: [ScreenId, string][] = [
  ['account-type', '/ecf/registration/accountType.do'],
  ['credentials', '/ecf/registration/credentials.do'],
  ['name-email', '/ecf/registration/nameEmail.do'],
  ['addresses-phone', '/ecf/registration/addressPhone.do'],
  ['security-questions', '/ecf/registration/securityQuestions.do'],
  ['logon', '/ecf/logon.do'],
  ['group-authentication', '/ecf/groupUser.do?token=c3e1d9a4-5f20-4b7e-9d11-dss0417'],
];

/** The state as each variant's drop-down writes it. */
const STATE_TEXT: Record<Variant, string> = { a: 'Missouri', b: 'Missouri', c: 'MO - Missouri' };
const expectedFor = (variant: Variant): Record<string, string | boolean> => ({
  ...FILLED,
  'mailing.state': STATE_TEXT[variant],
  'billing.state': STATE_TEXT[variant],
});

describe('filling the replica from an imported profile', () => {
  for (const variant of ['a', 'b', 'c'] as const) {
    it(`fills every screen (variant ${variant}) without a passphrase: values right, person's fields and secrets untouched, Undo works`, async () => {
      const h = await browsers.start();
      const imported = (await send(h, { type: 'profiles/import', text: profileFile() })) as { notes: string[] };
      expect(imported.notes.join()).toMatch(/PIN and security answers were not kept/);
      const page = await h.context.newPage();
      await page.goto(`${COURT}/__replica/reset?variant=${variant}&seed=`);

      for (const [screen, path] of SCREENS) {
        // Variant c asks for name, e-mail, addresses and phone on one page: filled once, read as both screens.
        if (variant === 'c' && screen === 'addresses-phone') continue;
        const url =
          screen === 'group-authentication' || variant === 'c'
            ? `${COURT}${MANIFEST[screen][variant].standalone}`
            : `${COURT}${path}`;
        await page.goto(url);
        await panel(page).getByRole('button', { name: /^Fill/ }).waitFor();
        const boxes =
          variant === 'c' && screen === 'name-email'
            ? COMBINED['contact-details'].expected
            : MANIFEST[screen][variant].expected;
        const before = await readBoxes(page, boxes);
        await pressFill(page);
        expect(page.url(), 'a fill never navigates').toBe(url);
        const after = await readBoxes(page, boxes);
        const expected = expectedFor(variant);
        for (const field of Object.keys(after)) {
          if (field in expected && !(variant !== 'b' && field === 'billingSameAsMailing')) {
            expect(after[field], `${screen} ${field}`).toBe(expected[field]);
          }
        }
        // Never the person's part, never a secret without a passphrase.
        for (const field of ['captcha', 'acknowledge', 'password', 'passwordConfirm', 'group.pin']) {
          if (field in after) expect(after[field], `${screen} ${field}`).toBe(before[field]);
        }
        for (const n of [1, 2, 3]) if (`security${n}.answer` in after) expect(after[`security${n}.answer`]).toBe('');
        if (screen === 'security-questions' && variant !== 'b') {
          // The saved question, chosen however the court words it.
          expect(after['security2.question']).toBe(
            variant === 'a' ? 'In what city were you born?' : 'What city were you born in?',
          );
        }
        // The page's own validation script heard the values.
        if (screen === 'name-email') {
          const seen = await page.evaluate(
            () => (window as unknown as { __replicaSeen: Record<string, string> }).__replicaSeen,
          );
          expect(Object.values(seen)).toEqual(expect.arrayContaining(['Jane', 'Doe', PROFILE.email]));
        }
        // Undo puts back what was there (and is offered only when something was written).
        const undo = panel(page).getByRole('button', { name: 'Undo fill' });
        const changed = JSON.stringify(after) !== JSON.stringify(before);
        expect(await undo.count(), `${screen}: Undo offered`).toBe(changed ? 1 : 0);
        if (changed) await undo.click();
        expect(await readBoxes(page, boxes), `${screen} after Undo`).toEqual(before);
      }

      // The user agreement has nothing the assistant may fill: no Fill button, the box stays the person's.
      await page.goto(`${COURT}/ecf/__replica/screen/user-agreement?variant=${variant}`);
      await expect.poll(() => panel(page).locator('h2').first().textContent()).toContain('Step 23');
      expect(await panel(page).getByRole('button', { name: /^Fill/ }).count()).toBe(0);
      expect((await read(page, 'user-agreement', variant)).acknowledge).toBe(false);
    });
  }

  it('fills a page that shows two screens at once, says what each part is and why each box was chosen', async () => {
    const h = await browsers.start();
    await send(h, { type: 'profiles/import', text: profileFile() });
    const page = await h.context.newPage();
    const url = `${COURT}${COMBINED['contact-details'].standalone}`;
    await page.goto(url);
    await expect.poll(() => panel(page).locator('h2').first().textContent()).toContain('Step 8 of 26');
    const parts = panel(page).locator('.parts li');
    expect(await parts.allTextContents()).toEqual(['Name and e-mail', 'Addresses and phone']);
    await pressFill(page);
    const after = await readBoxes(page, COMBINED['contact-details'].expected);
    expect(after).toMatchObject({
      firstName: 'Jane',
      lastName: 'Doe',
      email: PROFILE.email,
      'mailing.zip': '65101',
      'billing.zip': '65102-0088',
      'billing.state': 'MO - Missouri',
      phone: '573-555-0100',
    });
    const report = await panel(page).locator('.report').textContent();
    expect(report).toContain('Phone number (labelled “Daytime phone number”, in 3 boxes)');
    expect(report).toContain(
      'Billing address, ZIP code (the hint “Zip” inside it, in the “Where should invoices go?” part of the page, in 2 boxes)',
    );
  });

  it('types only digits into a masked phone box, and the page formats them', async () => {
    const h = await browsers.start();
    await send(h, { type: 'profiles/import', text: profileFile() });
    const page = await h.context.newPage();
    await page.goto(`${COURT}${MASKED_PHONE.standalone}`);
    await pressFill(page);
    expect(await page.locator(MASKED_PHONE.expected.phone as string).inputValue()).toBe('(573) 555-0100');
  });

  it('fills user name, both passwords and each answer beside its own question on a page that asks them all', async () => {
    const h = await browsers.start();
    await send(h, { type: 'vault/set', passphrase: 'correct horse battery staple' });
    await send(h, { type: 'profiles/import', text: profileFile() });
    const state = (await send(h, { type: 'profiles/state' })) as { activeProfileId: string };
    // Saved in another order than the page asks them, and worded differently from the page's list.
    const [maiden, born, pet] = PROFILE.securityQuestions;
    await send(h, {
      type: 'profiles/save',
      id: state.activeProfileId,
      profile: { ...PROFILE, securityQuestions: [pet, maiden, born] },
      password: 'Str0ng!Passw0rd-e2e',
    });
    const page = await h.context.newPage();
    await page.goto(`${COURT}${COMBINED['login-security'].standalone}`);
    await expect.poll(() => panel(page).locator('h2').first().textContent()).toContain('Step 6 of 26');
    await pressFill(page);
    const after = await readBoxes(page, COMBINED['login-security'].expected);
    expect([after.username, after.password, after.passwordConfirm]).toEqual([
      PROFILE.username,
      'Str0ng!Passw0rd-e2e',
      'Str0ng!Passw0rd-e2e',
    ]);
    expect([1, 2, 3].map((n) => [after[`security${n}.question`], after[`security${n}.answer`]])).toEqual([
      ["Your first pet's name?", 'Rexford-7'],
      ["Mother's maiden name?", 'Smithers-9'],
      ['What city were you born in?', 'Springfield-8'],
    ]);
  });

  it.each(PAGE_NAMES.filter((n) => /change-password|contact-us|update-account|casenet-name-search/.test(n)))(
    'leaves the look-alike %s page alone: no step, no fill',
    async (name) => {
      const h = await browsers.start();
      await send(h, { type: 'profiles/import', text: profileFile() });
      const page = await h.context.newPage();
      await page.goto(`${COURT}/__replica/page/${name}?variant=a`);
      // The person asks for the assistant there: it has looked and says it is no registration screen.
      await showAssistantFromPopup(h, page);
      await expect.poll(() => panel(page).locator('h2').first().textContent()).toContain('not a registration screen');
      expect(await panel(page).getByRole('button', { name: /^Fill/ }).count()).toBe(0);
      const values = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLInputElement>('input:not([type=hidden]), textarea')].map((e) => e.value),
      );
      expect(values.every((v) => v === '')).toBe(true);
    },
  );

  it('with a passphrase, fills the password, the answers for the right questions, and the PIN; no plain secret is stored', async () => {
    const h = await browsers.start();
    await send(h, { type: 'vault/set', passphrase: 'correct horse battery staple' });
    await send(h, { type: 'profiles/import', text: profileFile() });
    const state = (await send(h, { type: 'profiles/state' })) as { activeProfileId: string };
    await send(h, {
      type: 'profiles/save',
      id: state.activeProfileId,
      profile: PROFILE,
      password: 'Str0ng!Passw0rd-e2e',
    });

    const page = await h.context.newPage();
    await page.goto(`${COURT}/ecf/registration/credentials.do?variant=b`);
    await pressFill(page);
    const cred = await read(page, 'credentials', 'b');
    expect([cred.password, cred.passwordConfirm, cred.captcha]).toEqual([
      'Str0ng!Passw0rd-e2e',
      'Str0ng!Passw0rd-e2e',
      '',
    ]);

    await page.goto(`${COURT}/ecf/register.do?variant=b`); // any wizard page; open the questions directly:
    await page.goto(`${COURT}/ecf/__replica/screen/security-questions?variant=b`);
    await pressFill(page);
    const answers = await page.evaluate(() =>
      [...document.querySelectorAll('input[type="text"], input[type="password"]')]
        .map((i) => `${i.closest('tr')?.textContent?.trim().slice(0, 40)}=${(i as HTMLInputElement).value}`)
        .filter((s) => /\?/.test(s)),
    );
    // Fixed questions on the page, in any order: each gets the answer saved for it.
    expect(answers.join('|')).toMatch(/maiden name\?=Smithers-9/);
    expect(answers.join('|')).toMatch(/born\?=Springfield-8/);
    expect(answers.join('|')).toMatch(/first pet\?=Rexford-7/);

    await page.goto(`${COURT}/ecf/__replica/screen/group-authentication?variant=a`);
    await pressFill(page);
    expect((await read(page, 'group-authentication', 'a'))['group.pin']).toBe('4417');

    // Nothing secret in IndexedDB or extension storage, read as an attacker with the disk would.
    const popup = await h.openPopup();
    const stored = await popup.evaluate(async () => {
      const dbs = await indexedDB.databases();
      const out: unknown[] = [];
      for (const info of dbs) {
        const db = await new Promise<IDBDatabase>((ok, ko) => {
          const r = indexedDB.open(info.name!);
          r.onsuccess = () => ok(r.result);
          r.onerror = () => ko(r.error);
        });
        for (const name of db.objectStoreNames) {
          out.push(
            await new Promise((ok) => {
              const r = db.transaction(name).objectStore(name).getAll();
              r.onsuccess = () => ok([name, r.result]);
            }),
          );
        }
        db.close();
      }
      const api = (globalThis as unknown as { chrome: { storage: Record<string, { get(k: null): Promise<unknown> }> } })
        .chrome;
      return JSON.stringify({
        out,
        local: await api.storage.local!.get(null),
        sync: await api.storage.sync!.get(null),
      });
    });
    expect(stored).toContain('Jane at DSS');
    for (const secret of ['Str0ng!Passw0rd-e2e', '4417', 'Smithers-9', 'Springfield-8', 'Rexford-7']) {
      expect(stored).not.toContain(secret);
    }
  });

  it('leaves hostile fields empty: hidden, zero-size, transparent, off-screen, and inside a frame', async () => {
    const h = await browsers.start();
    await send(h, { type: 'profiles/import', text: profileFile() });
    const page = await h.context.newPage();
    await page.goto(`${COURT}/ecf/registration/nameEmail.do?variant=a`);
    // Add traps to the real screen, as a hostile or broken page might.
    await page.evaluate(() => {
      const form = document.querySelector('form')!;
      form.insertAdjacentHTML(
        'afterbegin',
        `<div id="traps">
          <label>E-mail address <input name="trap-hidden" type="text" style="display:none"></label>
          <label>E-mail address <input name="trap-zero" type="text" style="width:0;height:0;border:0;padding:0"></label>
          <label>E-mail address <input name="trap-opacity" type="text" style="opacity:0"></label>
          <label>E-mail address <input name="trap-offscreen" type="text" style="position:absolute;left:-9999px"></label>
          <div style="width:0;height:0;overflow:hidden"><label>E-mail address <input name="trap-clipped" type="text"></label></div>
          <iframe name="trap-frame" src="https://courts.mo.gov.example.test/ecf/registration/nameEmail.do" style="width:300px;height:80px"></iframe>
        </div>`,
      );
    });
    await page.waitForTimeout(400);
    await pressFill(page);
    const traps = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLInputElement>('#traps input')].map((i) => `${i.name}=${i.value}`),
    );
    expect(traps).toEqual(['trap-hidden=', 'trap-zero=', 'trap-opacity=', 'trap-offscreen=', 'trap-clipped=']);
    const frame = page.frame({ name: 'trap-frame' })!;
    expect(await frame.locator('input[name="email"]').inputValue()).toBe('');
    // The real, visible fields were filled.
    expect((await read(page, 'name-email', 'a')).email).toBe(PROFILE.email);
  });

  it('suggests a strong password into both boxes, and says how to keep it', async () => {
    const h = await browsers.start();
    await send(h, { type: 'profiles/import', text: profileFile() });
    const page = await h.context.newPage();
    await page.goto(`${COURT}/ecf/registration/credentials.do?variant=a`);
    await panel(page).getByRole('button', { name: 'Suggest a strong password' }).click();
    await panel(page)
      .getByText(/Not kept yet: the assistant keeps passwords only behind a passphrase/)
      .waitFor();
    const cred = await read(page, 'credentials', 'a');
    expect(cred.password).toMatch(/^(?=.*[A-Z])(?=.*[a-z])(?=.*\d)(?=.*[^A-Za-z0-9]).{16}$/);
    expect(cred.passwordConfirm).toBe(cred.password);
    expect(cred.captcha).toBe('');
  });

  it('learns a field the person teaches, and uses it from then on', async () => {
    const h = await browsers.start();
    await send(h, { type: 'profiles/import', text: profileFile() });
    const page = await h.context.newPage();
    // The name screen, with the last name box labelled in words no rule knows (and no autocomplete).
    const html = renderScreen('name-email', 'a', { seed: 1 })
      .replace(/>Last name</g, '>Nom de famille<')
      .replace(/name="lastName" autocomplete="family-name"/g, 'name="fld9"');
    await page.route(`${COURT}/odd/nameEmail.do`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
    await page.goto(`${COURT}/odd/nameEmail.do`);
    await pressFill(page);
    expect(await page.locator('input[name="fld9"]').inputValue()).toBe('');
    expect(await panel(page).locator('.report').textContent()).toContain('Last name');

    await panel(page).getByRole('button', { name: 'Teach a field the assistant missed' }).click();
    await page.locator('input[name="fld9"]').click();
    await panel(page).getByLabel('This box is my').selectOption({ label: 'Last name' });
    await panel(page).getByRole('button', { name: 'Save' }).click();
    await panel(page)
      .getByText(/From now on that box gets your last name/)
      .waitFor();

    await page.reload();
    await pressFill(page);
    expect(await page.locator('input[name="fld9"]').inputValue()).toBe('Doe');
  });

  it('fills each screen as soon as it appears when the person chose that, and from the popup', async () => {
    const h = await browsers.start();
    await send(h, { type: 'profiles/import', text: profileFile() });
    const page = await h.context.newPage();
    await page.goto(`${COURT}/ecf/registration/nameEmail.do?variant=b`);
    await panel(page).getByRole('button', { name: /^Fill/ }).waitFor();
    expect((await read(page, 'name-email', 'b')).firstName).toBe(''); // off by default

    // "Fill this page" in the popup fills the tab in front.
    const popup = await h.openPopup();
    await page.bringToFront();
    await popup.getByRole('button', { name: 'Fill this page' }).click();
    await expect.poll(async () => (await read(page, 'name-email', 'b')).firstName).toBe('Jane');
    // The answer appears beside the button, in the current step's card.
    await expect
      .poll(() => popup.locator('.page-actions').getByRole('status').textContent())
      .toMatch(/Filled 3 fields on the page/);

    await send(h, { type: 'settings/fill-on-appear', on: true });
    await page.goto(`${COURT}/ecf/registration/addressPhone.do?variant=a`);
    await expect.poll(async () => (await read(page, 'addresses-phone', 'a'))['mailing.city']).toBe('Jefferson City');
    expect(page.url()).toBe(`${COURT}/ecf/registration/addressPhone.do?variant=a`);
  });
});
