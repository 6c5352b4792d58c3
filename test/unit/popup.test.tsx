import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupApp } from '@/components/PopupApp';
import { FillAdvice, type DetailsState } from '@/components/PageActions';
import type { BookmarkStatus } from '@/components/BookmarkControl';
import { progressStoreHandlers } from '@/lib/handlers';
import { route } from '@/lib/messaging/router';
import { openAppDb } from '@/lib/storage/db';
import type { ProgressType, Request } from '@/lib/messaging/protocol';
import { progressFrom } from '../support/messaging';
import { createProgressStore } from '@/lib/progress/progress-store';

afterEach(cleanup);

/** The popup wired to the real handler and store (on fake-indexeddb), as the background would be. */
function renderPopup(before?: (page: { bookmarks: ReturnType<typeof fakeBookmarks> }) => void) {
  const store = createProgressStore(openAppDb());
  const ask = vi.fn((req: Request<ProgressType>) =>
    route(req, { from: 'extension-page' }, progressStoreHandlers(store, { progressChanged() {} })).then(progressFrom),
  );
  const openLink = vi.fn();
  const fillPage = vi.fn(async () => 'Filled 3 fields on the page. Check them there.');
  const bookmarks = fakeBookmarks();
  before?.({ bookmarks });
  render(<PopupApp ask={ask} openLink={openLink} fillPage={fillPage} bookmarks={bookmarks} />);
  return { ask, openLink, store, fillPage, bookmarks };
}

function fakeBookmarks() {
  return {
    state: vi.fn(async (): Promise<BookmarkStatus> => 'none'),
    add: vi.fn(async (): Promise<BookmarkStatus> => 'saved'),
  };
}

/** The popup of someone who has finished all 26 steps (the Case.net branch). */
async function renderCompletedPopup(before?: Parameters<typeof renderPopup>[0]) {
  const db = openAppDb();
  await createProgressStore(db).update(() => ({
    hasCaseNetAccount: true,
    done: [16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26],
    updatedAt: 1,
  }));
  (await db).close();
  return renderPopup(before);
}

const stepItem = (n: number) => document.querySelector<HTMLElement>(`li[data-step="${n}"]`)!;

describe('the popup walkthrough', () => {
  it('asks step 1 first, then shows step 2 for a person without a Case.net account', async () => {
    const { store } = renderPopup();
    fireEvent.click(await screen.findByRole('button', { name: 'No, I need a new account' }));
    expect(
      await screen.findByRole('heading', { name: /Open the Missouri Judiciary account registration page/ }),
    ).toBeTruthy();
    expect(stepItem(1).dataset.status).toBe('done');
    expect(stepItem(2).getAttribute('aria-current')).toBe('step');
    expect(screen.getByText('1 of 26 steps finished')).toBeTruthy();
    expect((await store.get()).hasCaseNetAccount).toBe(false);
  });

  it('marks steps 2-15 skipped for a person with a Case.net account and moves to step 16', async () => {
    renderPopup();
    fireEvent.click(await screen.findByRole('button', { name: 'Yes, I have one' }));
    await screen.findByText(/Step 16 of 26/);
    for (let n = 2; n <= 15; n++) expect(stepItem(n).dataset.status).toBe('skipped');
    expect(within(stepItem(5)).queryByRole('button')).toBeNull();
    expect(screen.getByText('15 of 26 steps finished')).toBeTruthy();
  });

  it('marks a step done and undoes it, announcing each change', async () => {
    renderPopup();
    fireEvent.click(await screen.findByRole('button', { name: 'No, I need a new account' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Mark step 2 done' }));
    await waitFor(() => expect(stepItem(2).dataset.status).toBe('done'));
    expect(document.querySelector('.announcement')!.textContent).toBe('Step 2 marked done.');
    fireEvent.click(screen.getByRole('button', { name: 'Undo step 2' }));
    await waitFor(() => expect(stepItem(2).dataset.status).toBe('current'));
  });

  it('"I did step N" in the current-step card moves on to the next step', async () => {
    renderPopup();
    fireEvent.click(await screen.findByRole('button', { name: 'No, I need a new account' }));
    fireEvent.click(await screen.findByRole('button', { name: 'I did step 2' }));
    expect(await screen.findByText(/Step 3 of 26/)).toBeTruthy();
    expect(document.querySelector('.yourself')?.textContent).toMatch(/You do this yourself: Click "Create an account"/);
  });

  it('opens the registration page and eFiling', async () => {
    const { openLink } = renderPopup();
    fireEvent.click(await screen.findByRole('button', { name: 'Start registration' }));
    fireEvent.click(screen.getByRole('button', { name: 'Open eFiling' }));
    expect(openLink.mock.calls).toEqual([['registration'], ['efiling']]);
  });

  it('starts over only after confirmation, and Escape or "Keep" cancels', async () => {
    const { store } = renderPopup();
    fireEvent.click(await screen.findByRole('button', { name: 'Yes, I have one' }));
    await screen.findByText(/Step 16 of 26/);

    fireEvent.click(screen.getByRole('button', { name: 'Start over…' }));
    const keep = screen.getByRole('button', { name: 'Keep my progress' });
    expect(document.activeElement).toBe(keep);
    fireEvent.keyDown(keep, { key: 'Escape' });
    expect(screen.queryByRole('button', { name: 'Yes, start over' })).toBeNull();
    expect((await store.get()).hasCaseNetAccount).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Start over…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, start over' }));
    expect(await screen.findByRole('button', { name: 'Yes, I have one' })).toBeTruthy();
    expect((await store.get()).hasCaseNetAccount).toBeNull();
  });

  it('shows what went wrong when saving fails, and keeps showing what was saved', async () => {
    const { ask } = renderPopup();
    fireEvent.click(await screen.findByRole('button', { name: 'No, I need a new account' }));
    await screen.findByText(/Step 2 of 26/);
    ask.mockRejectedValueOnce(
      new Error('Your browser has no room left to save progress. Free some disk space, then try again.'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Mark step 2 done' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/no room left/);
    expect(stepItem(2).dataset.status).toBe('current');
    expect(screen.getByText(/Step 2 of 26/)).toBeTruthy();
  });

  it('once everything is done, opens in the quick-access view, and can show the procedure again', async () => {
    const { openLink, bookmarks } = await renderCompletedPopup();
    expect(await screen.findByRole('heading', { name: 'You are registered: eFiling is one click away' })).toBeTruthy();
    // Titled for daily use: no "registration", no step count, no "Start over…".
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Missouri eFiling');
    await waitFor(() => expect(document.title).toBe('Missouri eFiling'));
    expect(screen.queryByText('26 of 26 steps finished')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Start over…' })).toBeNull();
    expect(document.querySelectorAll('li.step')).toHaveLength(0);
    expect(screen.getByText(/group administrator automatically gets a copy/)).toBeTruthy();
    expect(screen.getByText(/My Preferences/)).toBeTruthy();
    // Only what daily use needs: no second "Open eFiling", no registration or fill buttons.
    expect(screen.getAllByRole('button', { name: 'Open eFiling' })).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Start registration' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Fill this page' })).toBeNull();

    fireEvent.click(screen.getAllByRole('button', { name: 'Open eFiling' })[0]!);
    fireEvent.click(screen.getByRole('button', { name: 'Open Case.net' }));
    expect(openLink.mock.calls).toEqual([['efiling'], ['casenet']]);

    // The bookmark: offered, made, then confirmed.
    fireEvent.click(await screen.findByRole('button', { name: 'Bookmark eFiling' }));
    expect(await screen.findByText('eFiling is in your bookmarks.')).toBeTruthy();
    expect(bookmarks.add).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: /Bookmark eFiling/ })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Show the procedure again' }));
    expect(document.querySelectorAll('li.step')).toHaveLength(26);
    expect(screen.getByRole('heading', { name: 'You are registered and in your group' })).toBeTruthy();
    // Starting over is behind the step list there.
    const reset = screen.getByRole('button', { name: 'Start over…' });
    expect(reset.compareDocumentPosition(document.querySelector('.phases')!)).toBe(Node.DOCUMENT_POSITION_PRECEDING);
  });

  it('offers the bookmark again after the person deleted it', async () => {
    await renderCompletedPopup(({ bookmarks }) => bookmarks.state.mockResolvedValue('removed'));
    expect(await screen.findByText('Your eFiling bookmark was deleted.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Bookmark eFiling again' })).toBeTruthy();
  });

  it('labels every button and groups steps under the three phases', async () => {
    renderPopup();
    await screen.findByRole('button', { name: 'Yes, I have one' });
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(
      expect.arrayContaining(['Create your account', 'Join your group', 'Finish']),
    );
    for (const b of screen.getAllByRole('button'))
      expect(b.textContent?.trim() || b.getAttribute('aria-label')).toBeTruthy();
    expect(document.querySelectorAll('li.step')).toHaveLength(26);
  });

  it('"Fill this page" sits in the current step\'s card and says what happened right under it, as guidance', async () => {
    const { fillPage } = renderPopup();
    const card = (
      await screen.findByRole('heading', { name: 'Do you already have a secure Case.net account?' })
    ).closest('section')!;
    fireEvent.click(within(card).getByRole('button', { name: 'Fill this page' }));
    expect(fillPage).toHaveBeenCalledTimes(1);
    await waitFor(() =>
      expect(card.querySelector('.result')!.textContent).toBe('✓ Filled 3 fields on the page. Check them there.'),
    );
    fillPage.mockRejectedValueOnce(
      new FillAdvice('Open a registration screen on courts.mo.gov in this window, then press Fill again.'),
    );
    fireEvent.click(within(card).getByRole('button', { name: 'Fill this page' }));
    await waitFor(() =>
      expect(card.querySelector('.result')!.textContent).toBe(
        'Open a registration screen on courts.mo.gov in this window, then press Fill again.',
      ),
    );
    // An ordinary situation: no alert, no "Something went wrong".
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByText(/Something went wrong/)).toBeNull();
  });

  it('a fill with no profile yet offers "Add your details" beside the answer', async () => {
    const store = createProgressStore(openAppDb());
    const openOptions = vi.fn();
    const fillPage = vi.fn(async (): Promise<string> => {
      throw new FillAdvice('No profile yet: add your details, then press Fill again.', 'profile');
    });
    render(
      <PopupApp
        ask={(r) =>
          route(r, { from: 'extension-page' }, progressStoreHandlers(store, { progressChanged() {} })).then(
            progressFrom,
          )
        }
        openLink={() => {}}
        fillPage={fillPage}
        bookmarks={fakeBookmarks()}
        openOptions={openOptions}
      />,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Fill this page' }));
    const result = await screen.findByText('No profile yet: add your details, then press Fill again.');
    const actions = result.closest('.page-actions')!;
    fireEvent.click(within(actions as HTMLElement).getByRole('button', { name: 'Add your details' }));
    expect(openOptions.mock.calls).toEqual([['profile']]);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('"Have a share code from your administrator?" asks to open the options page at the import section', async () => {
    const store = createProgressStore(openAppDb());
    const onImportCode = vi.fn();
    render(
      <PopupApp
        ask={(r) =>
          route(r, { from: 'extension-page' }, progressStoreHandlers(store, { progressChanged() {} })).then(
            progressFrom,
          )
        }
        openLink={() => {}}
        fillPage={async () => ''}
        bookmarks={{ state: async () => 'none', add: async () => 'saved' }}
        onImportCode={onImportCode}
      />,
    );
    const link = await screen.findByRole('button', { name: 'Have a share code from your administrator?' });
    expect(link.closest('footer')).toBeTruthy();
    expect(onImportCode).not.toHaveBeenCalled();
    fireEvent.click(link);
    expect(onImportCode).toHaveBeenCalledTimes(1);
  });

  it('has no share-code link when nothing can open the options page', async () => {
    renderPopup();
    await screen.findByRole('button', { name: 'Yes, I have one' });
    expect(screen.queryByRole('button', { name: /share code/ })).toBeNull();
  });

  it('says plainly when the browser refused the bookmarks permission, and offers to try again', async () => {
    await renderCompletedPopup(({ bookmarks }) => bookmarks.add.mockResolvedValueOnce('no-permission'));
    fireEvent.click(await screen.findByRole('button', { name: 'Bookmark eFiling' }));
    expect(await screen.findByText(/The browser did not allow the extension to add bookmarks/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Bookmark eFiling' })).toBeTruthy();
  });

  it('offers no "Mark done" before step 1 is answered', async () => {
    renderPopup();
    await screen.findByRole('button', { name: 'Yes, I have one' });
    expect(screen.queryByRole('button', { name: /^Mark step \d+ done$/ })).toBeNull();
    expect(within(stepItem(2)).queryByRole('button')).toBeNull();
  });

  it('folds the skipped steps 2-15 into one line that opens to list them', async () => {
    renderPopup();
    fireEvent.click(await screen.findByRole('button', { name: 'Yes, I have one' }));
    await screen.findByText(/Step 16 of 26/);
    const runs = document.querySelectorAll('li.skipped-run');
    expect(runs).toHaveLength(1);
    const details = runs[0]!.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')!.textContent).toBe(
      'Steps 2 to 15: skipped, you already have a Case.net account',
    );
    expect([...details.querySelectorAll('li.step')].map((li) => (li as HTMLElement).dataset.step)).toEqual([
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
      '11',
      '12',
      '13',
      '14',
      '15',
    ]);
  });

  describe("the person's details", () => {
    function renderWithDetails(state: DetailsState) {
      const store = createProgressStore(openAppDb());
      const openOptions = vi.fn();
      const openLink = vi.fn();
      render(
        <PopupApp
          ask={(r) =>
            route(r, { from: 'extension-page' }, progressStoreHandlers(store, { progressChanged() {} })).then(
              progressFrom,
            )
          }
          openLink={openLink}
          fillPage={async () => 'Filled 3 fields on the page. Check them there.'}
          bookmarks={fakeBookmarks()}
          details={async () => state}
          openOptions={openOptions}
        />,
      );
      return { openOptions, openLink };
    }

    it('a first run begins with "Add your details", which opens the options page at the profile form', async () => {
      const { openOptions, openLink } = renderWithDetails({ profiles: 0, locked: false });
      const add = await screen.findByRole('button', { name: 'Add your details' });
      const card = add.closest('section')!;
      expect(within(card).getByRole('heading', { level: 2 }).textContent).toBe(
        'Do you already have a secure Case.net account?',
      );
      expect(within(card).getByText(/needs your details once/)).toBeTruthy();
      // First and in the main colour; Fill stays, plain, after it.
      const buttons = within(card)
        .getAllByRole('button')
        .map((b) => [b.textContent, b.className]);
      expect(buttons.slice(2)).toEqual([
        ['Add your details', 'primary'],
        ['Start registration', ''],
        ['Fill this page', ''],
      ]);
      fireEvent.click(within(card).getByRole('button', { name: 'Start registration' }));
      fireEvent.click(add);
      expect(openOptions.mock.calls).toEqual([['profile']]);
      expect(openLink.mock.calls).toEqual([['registration']]);
    });

    it('with locked secrets, "Unlock" beside Fill opens the passphrase; "Options" opens the options page', async () => {
      const { openOptions } = renderWithDetails({ profiles: 1, locked: true });
      const unlock = await screen.findByRole('button', { name: 'Unlock' });
      expect(unlock.closest('.page-actions')!.querySelector('button')!.textContent).toBe('Start registration');
      expect(
        within(unlock.closest('.page-actions') as HTMLElement).getByRole('button', { name: 'Fill this page' }),
      ).toBeTruthy();
      fireEvent.click(unlock);
      fireEvent.click(screen.getByRole('button', { name: 'Options' }));
      expect(openOptions.mock.calls).toEqual([['passphrase'], ['top']]);
    });
  });

  it('tells the person, before the browser asks, which button of its question to choose', async () => {
    await renderCompletedPopup();
    const button = await screen.findByRole('button', { name: 'Bookmark eFiling' });
    expect(button.previousElementSibling!.textContent).toBe(
      'When you press “Bookmark eFiling”, your browser asks whether this extension may add a bookmark: choose “Allow”.',
    );
  });
});
