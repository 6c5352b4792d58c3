import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { PopupApp } from '@/components/PopupApp';
import { browserHostAccess, type HostAccess } from '@/components/HostAccessNotice';
import { EMPTY_PROGRESS } from '@/lib/progress/progress';

afterEach(cleanup);

const HEADING = 'The assistant cannot work on courts.mo.gov';
const ALLOW = 'Allow access to courts.mo.gov';

/** Access as the browser holds it, which the test changes as the person would in the browser's settings. */
function fakeAccess(initially: boolean) {
  let has = initially;
  const listeners = new Set<() => void>();
  let answer: (granted: boolean, nowHas: boolean) => void = () => {};
  const access = {
    has: vi.fn(async () => has),
    request: vi.fn(
      () =>
        new Promise<boolean>((resolve) => {
          answer = (granted, nowHas) => {
            has = nowHas;
            resolve(granted);
          };
        }),
    ),
    watch: vi.fn((listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    }),
  } satisfies HostAccess;
  return {
    access,
    /** The person answers the browser's question (and the popup has heard the answer). */
    answer: (granted: boolean, nowHas = granted) =>
      act(async () => {
        answer(granted, nowHas);
        await access.request.mock.results.at(-1)!.value;
        // The popup checks again after a "no" (access may have come another way): let that settle too.
        await new Promise((settled) => setTimeout(settled, 0));
      }),
    /** The person changes the extension's site access in the browser while the popup is open. */
    setInBrowser: (now: boolean) =>
      act(async () => {
        has = now;
        listeners.forEach((l) => l());
        // The popup's check registered first on this answer, so it has run when this await returns.
        await access.has.mock.results.at(-1)!.value;
      }),
  };
}

async function renderPopup(access: ReturnType<typeof fakeAccess>['access']) {
  const ask = vi.fn(async () => EMPTY_PROGRESS);
  render(
    <PopupApp
      ask={ask}
      openLink={vi.fn()}
      fillPage={vi.fn(async () => '')}
      bookmarks={{ state: vi.fn(async () => 'none' as const), add: vi.fn(async () => 'saved' as const) }}
      hostAccess={access}
    />,
  );
  // The popup has loaded (positive signal) and the access check has answered.
  await screen.findByRole('button', { name: 'Yes, I have one' });
  await act(async () => {
    await access.has.mock.results[0]!.value;
  });
}

const notice = () => screen.queryByRole('region', { name: HEADING });

describe('the popup when the extension lacks its access to courts.mo.gov', () => {
  it('says nothing about access while the extension has it', async () => {
    const { access } = fakeAccess(true);
    await renderPopup(access);
    expect(access.has).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('heading', { name: HEADING })).toBeNull();
    expect(screen.queryByRole('button', { name: ALLOW })).toBeNull();
  });

  it('says so in plain words near the top, with one button that asks the browser; granted, it says to reload', async () => {
    const { access, answer } = fakeAccess(false);
    await renderPopup(access);
    const card = notice()!;
    expect(within(card).getByRole('heading', { level: 2 }).textContent).toBe(HEADING);
    expect(within(card).getByText(/^Your browser/).textContent).toBe(
      "Your browser does not let this extension see the court's pages at www.courts.mo.gov. Until you allow it, the court's pages show no assistant, no step on the toolbar button, and nothing can be filled. Your progress is kept.",
    );
    expect(
      within(card)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([ALLOW]);
    // Right under the popup's own heading, before the walkthrough.
    const main = document.querySelector('main')!;
    expect(main.children[0]!.tagName).toBe('HEADER');
    expect(main.children[1]).toBe(card);

    fireEvent.click(within(card).getByRole('button', { name: ALLOW }));
    expect(access.request).toHaveBeenCalledTimes(1);
    expect(within(card).getByRole('status').textContent).toBe("Answer your browser's question to allow it.");
    await answer(true);
    expect(notice()).toBeNull();
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain(
      'Access allowed. Reload any courts.mo.gov page that was already open, and the assistant appears there.',
    );
  });

  it('keeps the button when the person refuses, and says where else to allow it', async () => {
    const { access, answer } = fakeAccess(false);
    await renderPopup(access);
    fireEvent.click(screen.getByRole('button', { name: ALLOW }));
    await answer(false);
    const card = notice()!;
    expect(within(card).getByRole('status').textContent).toBe(
      "Access is still off. Press the button again and choose Allow, or allow this extension on www.courts.mo.gov in your browser's extension settings.",
    );
    expect((within(card).getByRole('button', { name: ALLOW }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('counts a "no" from the browser as access when access came another way meanwhile', async () => {
    const { access, answer } = fakeAccess(false);
    await renderPopup(access);
    fireEvent.click(screen.getByRole('button', { name: ALLOW }));
    await answer(false, true);
    expect(notice()).toBeNull();
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain(
      'Access allowed. Reload any courts.mo.gov page that was already open, and the assistant appears there.',
    );
  });

  it('follows a change made in the browser while the popup is open', async () => {
    const { access, setInBrowser } = fakeAccess(true);
    await renderPopup(access);
    await setInBrowser(false);
    expect(notice()).not.toBeNull();
    await setInBrowser(true);
    expect(notice()).toBeNull();
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain(
      'Access allowed. Reload any courts.mo.gov page that was already open, and the assistant appears there.',
    );
  });
});

describe('browserHostAccess', () => {
  it("checks and asks for exactly the manifest's host permissions, and follows both permission events", async () => {
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
      manifest_version: 3,
      name: 'x',
      version: '1',
      host_permissions: ['https://www.courts.mo.gov/*', 'https://courts.mo.gov/*'],
    });
    const contains = vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    const added = vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(() => {});
    const removed = vi.spyOn(fakeBrowser.permissions.onRemoved, 'addListener').mockImplementation(() => {});
    const unAdded = vi.spyOn(fakeBrowser.permissions.onAdded, 'removeListener').mockImplementation(() => {});
    const unRemoved = vi.spyOn(fakeBrowser.permissions.onRemoved, 'removeListener').mockImplementation(() => {});

    const access = browserHostAccess();
    expect(await access.has()).toBe(false);
    expect(await access.request()).toBe(true);
    const origins = { origins: ['https://www.courts.mo.gov/*', 'https://courts.mo.gov/*'] };
    expect(contains).toHaveBeenCalledWith(origins);
    expect(request).toHaveBeenCalledWith(origins);

    const listener = () => {};
    const stop = access.watch(listener);
    expect([added.mock.calls, removed.mock.calls]).toEqual([[[listener]], [[listener]]]);
    stop();
    expect([unAdded.mock.calls, unRemoved.mock.calls]).toEqual([[[listener]], [[listener]]]);
  });
});
