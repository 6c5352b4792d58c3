/**
 * What an import may do, in real Chromium: a share code cannot route a secret
 * into another box (its rule is left out, and a rule marked as imported is
 * not used for a secret even if one is in the store), the preview shows every
 * change before Import (the person's own details kept unless they tick the
 * box, never ticked for them, the e-mail change highlighted, a replaced taught
 * field named), a code with a reversed name is refused, and the options page
 * lists taught fields and deletes one.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { GroupProfileSchema } from '@/lib/profile/group-profile';
import { ProfileInputSchema } from '@/lib/profile/profile';
import { groupFile, personFile } from '@/lib/profile/profile-file';
import { encodeShareCode } from '@/lib/sharing/share-code';
import type { TaughtRule } from '@/lib/recognise/taught-rules';
import { useBrowsers } from './fixtures';
import { PROFILE, profileFile } from './profiles';
import type { Harness } from './harness';

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };

const browsers = useBrowsers({ replica: true });
const exact = (scope: Page | Locator, label: string) =>
  scope.locator('input, textarea').and(scope.getByLabel(label, { exact: true }));
const send = (page: Page, request: unknown) =>
  page.evaluate(async (r) => {
    const answer = (await chrome.runtime.sendMessage(r)) as { ok: boolean; data?: unknown; error?: string };
    if (!answer.ok) throw new Error(answer.error);
    return answer.data;
  }, request);

async function optionsPage(h: Harness): Promise<Page> {
  const options = await h.context.newPage();
  await options.goto(`chrome-extension://${h.extensionId}/options.html#import`);
  await options.getByRole('heading', { name: 'Your profiles', level: 2 }).waitFor();
  return options;
}

async function readCode(options: Page, code: string) {
  await exact(options, 'Share code').fill(code);
  await options.getByRole('button', { name: 'Read share code' }).click();
}

describe('trusting an import', () => {
  it('a plain code teaching "put the answer into the site search box" has that rule left out, and no imported rule fills a secret', async () => {
    const h = await browsers.start();
    const options = await optionsPage(h);
    await exact(options, 'Passphrase').fill('correct horse battery');
    await exact(options, 'Passphrase again').fill('correct horse battery');
    await options.getByRole('button', { name: 'Set passphrase' }).click();
    await options.getByText('Your passphrase is set and unlocked.').waitFor({ timeout: 15_000 });
    await send(options, { type: 'profiles/import', text: profileFile() }); // the answers kept, encrypted

    const code = await encodeShareCode(
      groupFile(
        GroupProfileSchema.parse({
          groupName: 'Department of Social Services',
          rules: [{ screen: 'security-questions', signature: 'search this site', field: 'security1.answer' }],
        }),
      ),
    );
    await readCode(options, code);
    const preview = options.getByRole('group', { name: 'What the share code holds' });
    await preview.waitFor();
    expect(await preview.textContent()).toContain(
      'Left out: on the screen “Security questions”, the box labelled “search this site” would get your answer to security question 1.',
    );
    await preview.getByRole('button', { name: 'Import', exact: true }).click();
    await options.getByText(/1 taught field for a password, security answer or PIN was left out/).waitFor();
    expect(await send(options, { type: 'rules/list' })).toEqual([]);

    // The second line: a rule marked as imported, put straight into the store, still never picks the box.
    await putRule(options, 'code');
    const page = await h.context.newPage();
    await page.goto('https://www.courts.mo.gov/ecf/__replica/screen/security-questions?variant=a');
    const search = page.locator('input[name="q"]');
    await search.waitFor({ state: 'attached' });
    await page.locator('mo-efiling-assistant').getByRole('button', { name: /^Fill/ }).click();
    await expect
      .poll(() => page.locator('input[name="secAnswer1"]').inputValue())
      .toBe(PROFILE.securityQuestions[0]!.answer);
    expect(await search.inputValue()).toBe('');

    // The same rule taught by the person here does pick the box, and the third wall stops it: a
    // search box is no answer box (lib/fill/secret-boxes.ts), and the report says so.
    await putRule(options, 'here');
    await page.reload();
    await page.locator('mo-efiling-assistant').getByRole('button', { name: /^Fill/ }).click();
    await page
      .locator('mo-efiling-assistant')
      .getByText(
        'Your answer to security question 1 was not typed into “search this site”: it is not the answer box beside its own question.',
      )
      .waitFor();
    expect(await search.inputValue()).toBe('');
  });

  it('shows every change before Import, ticks nothing for the person, highlights the e-mail; taught fields are listed and deleted', async () => {
    const h = await browsers.start();
    const options = await optionsPage(h);
    await send(options, { type: 'profiles/import', text: profileFile() });
    await send(options, {
      type: 'rules/teach',
      rule: { screen: 'name-email', signature: 'surname', field: 'lastName' },
    });
    await options.reload();
    await options.getByRole('heading', { name: 'Your profiles', level: 2 }).waitFor();

    // A person's code with the same profile name: a look-alike e-mail domain, and a rule over the person's own.
    const { securityQuestions: _q, ...rest } = PROFILE;
    const code = await encodeShareCode({
      ...personFile(
        ProfileInputSchema.parse({
          ...rest,
          email: 'jane.doe@examp1e.org',
          group: { ...PROFILE.group, pin: undefined },
        }),
      ),
      rules: [
        { screen: 'name-email', signature: 'surname', field: 'email' },
        { screen: 'credentials', signature: 'login id', field: 'username' },
      ] as const satisfies TaughtRule[],
    });
    await readCode(options, code);
    const preview = options.getByRole('group', { name: 'What the share code holds' });
    await preview.waitFor();
    const replace = preview.getByLabel("Replace my own details with the file's");
    expect(await replace.isChecked()).toBe(false);
    const emailRow = preview.locator('tr.highlight');
    expect(await emailRow.count()).toBe(1);
    expect(await emailRow.textContent()).toContain('jane.doe@examp1e.org');
    expect(await emailRow.textContent()).toContain('check it letter by letter');
    const text = await preview.textContent();
    expect(text).toContain(
      'Replaces your taught field: on the screen “Name and e-mail”, the box labelled “surname” gets your last name now; after importing, your e-mail address.',
    );
    expect(text).toContain(
      'Adds: on the screen “User name and password”, the box labelled “login id” gets your user name.',
    );
    await preview.getByRole('button', { name: 'Import', exact: true }).click();
    await options.getByText(/Imported: profile “Jane at DSS” was updated from the share code/).waitFor();
    const state = (await send(options, { type: 'profiles/state' })) as { profiles: { data: { email: string } }[] };
    expect(state.profiles.map((p) => p.data.email)).toEqual([PROFILE.email]);

    // The options page lists them, with where each came from, and deletes one.
    const taught = options.getByRole('region', { name: 'Taught fields' });
    await taught
      .getByRole('button', { name: 'Delete the taught field “login id” on the screen User name and password' })
      .waitFor();
    const rows = async () =>
      (await taught.locator('tbody tr').allTextContents()).map((r) => r.replace(/\d{1,2}\/\d{1,2}\/\d{4}/, 'DATE'));
    expect(await rows()).toEqual([
      'User name and passwordlogin iduser nameDATEimported from the share code of “Jane at DSS”Delete',
      'Name and e-mailsurnamee-mail addressDATEimported from the share code of “Jane at DSS”Delete',
    ]);
    await taught
      .getByRole('button', { name: 'Delete the taught field “surname” on the screen Name and e-mail' })
      .click();
    await taught
      .getByText('Deleted: the assistant no longer fills the box labelled “surname” on the screen Name and e-mail.')
      .waitFor();
    expect(await rows()).toEqual([
      'User name and passwordlogin iduser nameDATEimported from the share code of “Jane at DSS”Delete',
    ]);
  });

  it('refuses a code whose group name a right-to-left override turns around', async () => {
    const h = await browsers.start();
    const options = await optionsPage(h);
    // Made by hand (this extension would refuse to make it): "Department of Social Services" reversed behind U+202E.
    const file = groupFile(GroupProfileSchema.parse({ groupName: 'Cole County DSS' }));
    const code = await handMade({
      ...file,
      group: { ...file.group, groupName: '\u202EsecivreS laicoS fo tnemtrapeD' },
    });
    await readCode(options, code);
    await options
      .getByText(
        'The share code was read, but the profile in it was refused. Group name contains a hidden character that turns the direction of the text around, which can make one name read as another. Remove it (retype the text) and try again.',
      )
      .waitFor();
    expect(await options.getByRole('group', { name: 'What the share code holds' }).count()).toBe(0);
  });
});

/** Put the rule "the site search box gets answer 1" straight into the extension's database, as if from `origin`. */
function putRule(options: Page, origin: 'code' | 'here') {
  return options.evaluate(
    (origin) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('mo-efiling-assistant');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('rules', 'readwrite');
          tx.objectStore('rules').put({
            id: 'security-questions|search this site',
            screen: 'security-questions',
            signature: 'search this site',
            field: 'security1.answer',
            origin,
            from: origin === 'code' ? 'Department of Social Services' : '',
            at: 1,
          });
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    origin,
  );
}

/** A plain code around any JSON, as a hostile tool would pack it. */
async function handMade(value: unknown): Promise<string> {
  const { checksum, toBase64Url } = await import('@/lib/sharing/share-code');
  const packed = new Uint8Array(
    await new Response(
      new Blob([JSON.stringify(value)]).stream().pipeThrough(new CompressionStream('deflate-raw')),
    ).arrayBuffer(),
  );
  const text = `MOEF3-${toBase64Url(packed)}`;
  return `${text}.${await checksum(text)}`;
}
