import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadText, profileFileName } from '@/components/options/download';
import { createProgressStore } from '@/lib/progress/progress-store';
import { toBase64 } from '@/lib/storage/secret-box';
import { mountOptions } from '../support/options';

afterEach(cleanup);

const region = (name: string) => screen.getByRole('region', { name });

describe('filling', () => {
  it('is off by default and turns on and off', async () => {
    const { store, sent } = await mountOptions();
    const box = (await screen.findByLabelText(
      'Fill each registration screen as soon as it appears',
    )) as HTMLInputElement;
    expect(box.type).toBe('checkbox');
    expect(box.checked).toBe(false);

    fireEvent.click(box);
    await waitFor(() =>
      expect(within(region('Filling')).getByRole('status').textContent).toMatch(/as soon as it appears/),
    );
    expect(box.checked).toBe(true);
    expect((await store.state()).fillOnAppear).toBe(true);

    fireEvent.click(box);
    await waitFor(() => expect(within(region('Filling')).getByRole('status').textContent).toMatch(/only when you ask/));
    expect(box.checked).toBe(false);
    expect((await store.state()).fillOnAppear).toBe(false);
    expect(sent('settings/fill-on-appear')).toEqual([
      { type: 'settings/fill-on-appear', on: true },
      { type: 'settings/fill-on-appear', on: false },
    ]);
  });

  it('says so, and shows the saved setting, when the change cannot be saved', async () => {
    const { store, failures } = await mountOptions();
    const box = (await screen.findByLabelText(
      'Fill each registration screen as soon as it appears',
    )) as HTMLInputElement;
    failures.set(
      'settings/fill-on-appear',
      'Your changes could not be saved just now. Nothing was changed. Please try again.',
    );
    fireEvent.click(box);
    expect((await within(region('Filling')).findByRole('alert')).textContent).toMatch(/could not be saved/);
    expect(box.checked).toBe(false);
    expect((await store.state()).fillOnAppear).toBe(false);
  });
});

describe('delete all data', () => {
  it('asks first, saying what is erased; Escape keeps everything; "Yes, delete everything" erases it', async () => {
    const { store, db, allDeleted, key, sent } = await mountOptions(async (s, setKey) => {
      setKey(
        await s.setPassphrase('purple tractor morning', null, {
          salt: toBase64(new Uint8Array(16)),
          iterations: 1_000,
        }),
      );
      await s.save({ label: 'Jane at DSS' }, null);
      await s.setFillOnAppear(true);
      await s.addRules([{ screen: 'credentials', signature: 'login id', field: 'username' }]);
    });
    await createProgressStore(db).update(() => ({ hasCaseNetAccount: true, done: [16], updatedAt: 1 }));
    await screen.findByText('Jane at DSS');
    const section = region('Delete all data');

    fireEvent.click(within(section).getByRole('button', { name: 'Delete all data…' }));
    const question = within(section).getByRole('group');
    for (const words of ['all your profiles', 'your passphrase', 'the fields you taught', 'your progress']) {
      expect(question.textContent).toContain(words);
    }
    const keep = within(section).getByRole('button', { name: 'Keep my data' });
    expect(document.activeElement).toBe(keep);
    fireEvent.keyDown(keep, { key: 'Escape' });
    expect(within(section).queryByRole('button', { name: 'Yes, delete everything' })).toBeNull();
    expect(document.activeElement).toBe(within(section).getByRole('button', { name: 'Delete all data…' }));
    expect(sent('data/delete-all')).toHaveLength(0);

    fireEvent.click(within(section).getByRole('button', { name: 'Delete all data…' }));
    fireEvent.click(within(section).getByRole('button', { name: 'Yes, delete everything' }));
    await waitFor(() => expect(within(section).getByRole('status').textContent).toMatch(/^Everything was deleted/));
    await screen.findByText(/You have no profile yet/);
    const state = await store.state();
    expect(state).toMatchObject({ profiles: [], hasPassphrase: false, fillOnAppear: false, activeProfileId: null });
    expect(key()).toBeNull();
    expect(await store.rules('credentials')).toEqual([]);
    expect((await createProgressStore(db).get()).done).toEqual([]);
    expect(allDeleted).toHaveBeenCalledTimes(1);
    expect(within(region('Passphrase')).getByRole('button', { name: 'Set passphrase' })).toBeTruthy();
  });

  it('closes a profile form whose profile was erased', async () => {
    await mountOptions((s) => s.save({ label: 'Jane at DSS' }, null));
    fireEvent.click(await screen.findByRole('button', { name: 'Edit' }));
    expect(screen.getByRole('region', { name: 'Edit “Jane at DSS”' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Delete all data…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    await screen.findByText(/You have no profile yet/);
    expect(screen.queryByRole('region', { name: 'Edit “Jane at DSS”' })).toBeNull();
  });
});

describe('loading', () => {
  it('shows why the page could not load, and tries again', async () => {
    // Fail the very first request: the failure is set before the page asks.
    const { failures } = await mountOptions(undefined, [
      ['profiles/state', 'The extension is not responding. Reload the page (or reopen this window) and try again.'],
    ]);
    expect((await screen.findByRole('alert')).textContent).toMatch(/The extension is not responding/);
    expect(screen.queryByRole('heading', { name: 'Your profiles' })).toBeNull();
    expect(failures.size).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Your profiles' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('the download helper', () => {
  it('names the file after the profile, without characters a file name cannot hold', () => {
    expect(profileFileName('Jane at DSS')).toBe('Jane at DSS.mo-efiling-profile.json');
    expect(profileFileName('Jane/John: "DSS"?')).toBe('Jane-John- -DSS.mo-efiling-profile.json');
    expect(profileFileName('  ...  ')).toBe('profile.mo-efiling-profile.json');
  });

  it('clicks a temporary download link holding the text', async () => {
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:test/1';
    });
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
      expect(this.isConnected).toBe(true);
    });
    downloadText('Jane.mo-efiling-profile.json', '{"a":1}\n');
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toBe('Jane.mo-efiling-profile.json');
    expect(clicked[0]!.getAttribute('href')).toBe('blob:test/1');
    expect(clicked[0]!.isConnected).toBe(false);
    expect(await created[0]!.text()).toBe('{"a":1}\n');
  });
});
