/**
 * A pseudo-translation: every message comes back as ⟦English⟧. Whatever the
 * popup, the panel, the options page or lib shows outside the brackets was
 * written in the code, not read from messages.json, or was built before the
 * language was known (at module load). Data (names, numbers) may stand alone.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { AssistantPanel } from '@/components/AssistantPanel';
import type { FillUi } from '@/components/FillSection';
import { PopupApp } from '@/components/PopupApp';
import { progressStoreHandlers } from '@/lib/handlers';
import { route } from '@/lib/messaging/router';
import { badgeText } from '@/lib/progress/progress';
import { openAppDb, upgradeBlocked } from '@/lib/storage/db';
import { mergeImport } from '@/lib/sharing/import-merge';
import { unreadableRequest } from '@/lib/messaging/protocol';
import { ProfileInputSchema, describeIssues } from '@/lib/profile/profile';
import { parseProfileFile } from '@/lib/profile/profile-file';
import type { ProgressType, Request } from '@/lib/messaging/protocol';
import { progressFrom } from '../support/messaging';
import { createProgressStore } from '@/lib/progress/progress-store';
import { parseRoster } from '@/lib/sharing/roster';
import { WrongPassphraseError } from '@/lib/storage/secret-box';
import { SHARE_CODE_MESSAGES, decodeShareCode } from '@/lib/sharing/share-code';
import { describeStoreError } from '@/lib/storage/store-error';
import { mountOptions } from '../support/options';

beforeEach(() => {
  // setup.ts installed the English messages before this runs.
  const english = fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getMessage = (key: string, substitutions?: string | string[]) => {
    const message = english(key as never, substitutions);
    return message && key !== 'html_lang' ? `⟦${message}⟧` : message;
  };
});
afterEach(cleanup);

/** The text with every ⟦message⟧ taken out (innermost first, as messages hold messages). */
function outsideMessages(text: string): string {
  let rest = text;
  for (let before = ''; before !== rest;) {
    before = rest;
    rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
  }
  return rest;
}

/** Words a person would see or hear that are not inside a message. */
function untranslated(root: Element, data: readonly string[] = []): string[] {
  const heard = [...root.querySelectorAll('*')].flatMap((el) =>
    ['aria-label', 'title', 'placeholder', 'alt'].map((a) => el.getAttribute(a) ?? ''),
  );
  return [root.textContent ?? '', ...heard]
    .map((text) => data.reduce((rest, d) => rest.split(d).join(' '), outsideMessages(text)))
    .flatMap((text) => text.match(/[A-Za-z]{2,}[^⟦⟧]*/g) ?? []);
}

const wrapped = (text: string) => expect(text).toMatch(/^⟦[^]*⟧$/);

describe('a pseudo-translation reaches every text', () => {
  it('in the popup: step 1, then the current step, the steps, the notes, and after all steps', async () => {
    const store = createProgressStore(openAppDb());
    const ask = (req: Request<ProgressType>) =>
      route(req, { from: 'extension-page' }, progressStoreHandlers(store, { progressChanged() {} })).then(progressFrom);
    const bookmarks = { state: async () => 'removed' as const, add: async () => 'saved' as const };
    render(
      <PopupApp
        ask={ask}
        openLink={() => {}}
        fillPage={async () => ''}
        bookmarks={bookmarks}
        onImportCode={() => {}}
      />,
    );
    fireEvent.click(await screen.findByRole('button', { name: /No, I need a new account/ }));
    await screen.findByRole('button', { name: /I did step 2/ });
    expect(untranslated(document.body)).toEqual([]);

    await store.update(() => ({
      hasCaseNetAccount: true,
      done: [16, 17, 18, 19, 20, 21, 22, 23, 24, 25],
      updatedAt: 1,
    }));
    cleanup();
    render(<PopupApp ask={ask} openLink={() => {}} fillPage={async () => ''} bookmarks={bookmarks} />);
    await screen.findByText(/Bookmark eFiling again/);
    expect(untranslated(document.body)).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: /I did step 26/ }));
    await screen.findByRole('button', { name: /Show the procedure again/ });
    expect(untranslated(document.body)).toEqual([]);
    expect(badgeText(await store.get())).toBe('✓');
  });

  it('in the assistant panel, with a fill report, and on a page that is not a screen', () => {
    const fill: FillUi = {
      profileLabel: 'Jane at DSS',
      locked: true,
      busy: false,
      error: '',
      report: {
        filled: ['username', 'phone'],
        reasons: {
          username: { signal: 'label', text: 'Login ID' },
          phone: { signal: 'nearby-text', text: 'Daytime', section: 'How can we reach you?' },
        },
        boxes: { phone: 3 },
        filledBySite: ['group.name'],
        unsure: [
          { why: 'ambiguous', kinds: ['line1', 'line2'], text: 'Street 2' },
          { why: 'taken', kinds: ['email'], text: 'E-mail 3' },
          { why: 'too-long', field: 'mailing.city', text: 'City' },
        ],
        changedByPage: ['email'],
        leftAlone: [{ field: 'firstName', reason: 'holds-other-value' }],
        leftForYou: ['captcha'],
        missing: ['password'],
        locked: [],
        notFound: ['lastName'],
        unknownQuestions: [],
      },
      canUndo: true,
      note: '',
      offerPassword: true,
      teaching: null,
      onFill() {},
      onUndo() {},
      onReplace() {},
      onSuggestPassword() {},
      onOpenOptions() {},
      onTeachStart() {},
      onTeachSave() {},
      onTeachCancel() {},
    };
    render(
      <AssistantPanel
        view={{ kind: 'screen', screen: 'credentials', screens: ['credentials'], step: 6 }}
        collapsed={false}
        onToggle={() => {}}
        fill={fill}
      />,
    );
    expect(untranslated(document.body, ['Jane at DSS'])).toEqual([]);
    cleanup();
    render(
      <AssistantPanel
        view={{ kind: 'screen', screen: 'credentials', screens: ['credentials'], step: 6 }}
        collapsed={false}
        onToggle={() => {}}
        fill={{ ...fill, report: null, teaching: { signature: 's', fields: [{ id: 'email', label: 'x' }] } }}
      />,
    );
    expect(untranslated(document.body, ['x'])).toEqual([]);
    cleanup();
    render(
      <AssistantPanel
        view={{ kind: 'unrecognised', report: '{}' }}
        collapsed={false}
        onToggle={() => {}}
        copyStatus=""
      />,
    );
    expect(untranslated(document.body)).toEqual([]);
  });

  it('on the options page, the administrator’s tools included', async () => {
    await mountOptions();
    await screen.findByRole('heading', { name: /Your profiles/ });
    fireEvent.click(screen.getByRole('button', { name: /Add a profile/ }));
    fireEvent.click(screen.getByRole('button', { name: /I am a group administrator/ }));
    await screen.findByRole('button', { name: /Make a share code/ });
    fireEvent.click(screen.getByRole('button', { name: /Save profile/ }));
    fireEvent.click(screen.getByRole('button', { name: /Make a share code/ }));
    await waitFor(() => expect(screen.getAllByRole('alert').length).toBeGreaterThan(1));
    expect(untranslated(document.body)).toEqual([]);
  });

  it('in what lib says: errors, refusals, problems, changes', async () => {
    wrapped(describeStoreError(new Error('x')).message);
    wrapped(new WrongPassphraseError().message);
    wrapped(unreadableRequest());
    wrapped(upgradeBlocked());
    wrapped(SHARE_CODE_MESSAGES.empty);
    wrapped(SHARE_CODE_MESSAGES.newerVersion(3));
    const decoded = await decodeShareCode('MOEF2-abc');
    wrapped(decoded.ok ? '' : decoded.error);
    const parsed = ProfileInputSchema.safeParse({ label: '', email: 'nope', phone: '1', extra: 1 });
    for (const sentence of describeIssues(parsed.error!)) wrapped(sentence);
    const file = parseProfileFile(
      '{"format":"mo-efiling-profile","version":2,"kind":"group","group":{"groupName":""}}',
    );
    for (const sentence of file.ok ? [] : file.errors) wrapped(sentence);
    const roster = parseRoster('First name,Last name,E-mail\nJane,,bad\n');
    for (const sentence of roster.ok ? roster.rows.flatMap((r) => r.problems) : []) wrapped(sentence);
    const merge = mergeImport(null, {
      format: 'mo-efiling-profile',
      version: 3,
      kind: 'person',
      profile: ProfileInputSchema.parse({ label: 'A', noMobarNumber: true, group: { pin: '1' } }),
    });
    for (const change of merge.changes) {
      wrapped(change.field);
      if (!/^A$|^$/.test(change.to)) wrapped(change.to);
    }
  });
});
