import { clickAsPerson } from '../support/person-click';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { showInsecureWarning } from '@/entrypoints/insecure/warning';
import { AssistantPanel, type PanelView } from '@/components/AssistantPanel';
import type { ScreenId } from '@/lib/procedure/procedure';
import { helpMailto } from '@/lib/panel/help-mail';

afterEach(cleanup);

function renderPanel(view: PanelView, props: { collapsed?: boolean; copyStatus?: string } = {}) {
  const onToggle = vi.fn();
  const onCopyReport = vi.fn(async () => true);
  const result = render(
    <AssistantPanel
      view={view}
      collapsed={props.collapsed ?? false}
      onToggle={onToggle}
      onCopyReport={onCopyReport}
      copyStatus={props.copyStatus}
    />,
  );
  return { ...result, onToggle, onCopyReport };
}

const screenView = (screen: ScreenId, step: number): PanelView => ({ kind: 'screen', screen, screens: [screen], step });

/** The step numbers listed in the panel, in order. */
const listedSteps = () =>
  [...document.querySelectorAll<HTMLLIElement>('ol.steps > li')].map((li) => Number(li.getAttribute('value')));
const reminders = () => [...document.querySelectorAll('.reminder')].map((p) => p.textContent);

describe('the assistant panel on a registration screen', () => {
  it('says which step of 26 the screen is, and its name', () => {
    renderPanel(screenView('name-email', 8));
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading.textContent).toContain('Step 8 of 26');
    expect(heading.querySelector('.sub')?.textContent).toBe('Name and e-mail');
    expect(listedSteps()).toEqual([8, 9]);
    expect(reminders()).toEqual([]);
  });

  it('on the credentials screen (step 6) lists steps 6 and 7 and reminds that the captcha is for the person', () => {
    renderPanel(screenView('credentials', 6));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('Step 6 of 26');
    expect(listedSteps()).toEqual([6, 7]);
    expect(document.querySelector('ol.steps > li[value="7"] .yourself')?.textContent).toBe(
      ' You do this yourself: Type the phrase you see in the picture into its box, then click "Continue".',
    );
    expect(reminders()).toEqual(['⚠ The site checks that a person is there: type the phrase in the picture yourself.']);
  });

  it('on the user agreement (step 23) lists steps 23 and 24 and the "I acknowledge" reminder', () => {
    renderPanel(screenView('user-agreement', 23));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('Step 23 of 26');
    expect(listedSteps()).toEqual([23, 24]);
    expect(screen.getByText(/Accept the user agreement\./)).toBeTruthy();
    expect(reminders()).toEqual([
      '⚠ Only you can agree to the user agreement: read it, then tick "I acknowledge" yourself.',
    ]);
  });

  it('on the logon screen at step 15 shows only step 15: do not log on', () => {
    renderPanel(screenView('logon', 15));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('Step 15 of 26');
    expect(listedSteps()).toEqual([15]);
    const item = document.querySelector('ol.steps > li')!;
    expect(item.textContent).toContain('Do not log on');
    expect(item.textContent).toContain('You do this yourself: Leave this page without logging on.');
    expect(screen.queryByText(/Enter your user name and password/)).toBeNull();
  });

  it('on the logon screen at step 17 shows steps 17 and 18', () => {
    renderPanel(screenView('logon', 17));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('Step 17 of 26');
    expect(listedSteps()).toEqual([17, 18]);
    expect(document.body.textContent).not.toContain('Do not log on');
    expect(document.querySelector('ol.steps > li[value="18"]')?.textContent).toBe(
      'Log on. You do this yourself: Click "Logon".',
    );
  });

  it('shows the body and a "Hide" toggle when expanded', () => {
    renderPanel(screenView('credentials', 6));
    const toggle = screen.getByRole('button', { name: 'Hide the eFiling assistant' });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.getAttribute('aria-controls')).toBe('mo-efa-body');
    expect(document.getElementById('mo-efa-body')).not.toBeNull();
  });

  it('collapsed: hides the body, keeps the heading, and the toggle says "Show"', () => {
    renderPanel(screenView('credentials', 6), { collapsed: true });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('Step 6 of 26');
    expect(document.getElementById('mo-efa-body')).toBeNull();
    expect(document.querySelector('ol.steps')).toBeNull();
    expect(screen.queryByText(/type the phrase in the picture yourself/)).toBeNull();
    const toggle = screen.getByRole('button', { name: 'Show the eFiling assistant' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('button', { name: 'Hide the eFiling assistant' })).toBeNull();
  });

  it('the toggle calls onToggle', () => {
    const { onToggle } = renderPanel(screenView('logon', 17), { collapsed: true });
    expect(onToggle).not.toHaveBeenCalled();
    const toggle = screen.getByRole('button', { name: 'Show the eFiling assistant' });
    clickAsPerson(toggle);
    expect(onToggle).toHaveBeenCalledTimes(1);
    fireEvent.click(toggle); // a page script's click (untrusted) does nothing
    expect(onToggle).toHaveBeenCalledTimes(1);
  });
});

describe('the assistant panel on an unrecognised court page', () => {
  const report = '{\n  "format": "mo-efiling-page-shape",\n  "path": "/ecf/x.do"\n}';

  it('offers, in plain words, an e-mail to the administrator, a copy of the page description and the help desk', () => {
    const { onCopyReport, onToggle } = renderPanel({ kind: 'unrecognised', report });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('eFiling assistant: not a registration screen');
    const copy = screen.getByRole('button', { name: 'Copy the page description' });
    expect(onCopyReport).not.toHaveBeenCalled();
    clickAsPerson(copy);
    expect(onCopyReport).toHaveBeenCalledTimes(1);
    expect(onToggle).not.toHaveBeenCalled();

    const mail = screen.getByRole('link', { name: 'E-mail this to my administrator' });
    const href = new URL(mail.getAttribute('href')!);
    expect(href.protocol).toBe('mailto:');
    expect(href.searchParams.get('subject')).toBe('eFiling assistant: a court page it did not recognise');
    expect(href.searchParams.get('body')).toBe(
      'The eFiling assistant did not recognise this court page as a registration step.\n\nPage: /ecf/x.do\nTitle: none\nHeadings: none\nButtons: none\nBoxes: none\n\n(Nothing I typed is in this e-mail.)',
    );
    const tel = screen.getByRole('link', { name: '(888) 541-4894' });
    expect(tel.getAttribute('href')).toBe('tel:+18885414894');
    expect(document.body.textContent).toContain('Stuck? Call the OSCA Help Desk: (888) 541-4894 7:30 a.m.');
    // No engineering words where a person reads.
    expect(document.body.textContent).not.toMatch(/page-shape|JSON|report\b/i);
    expect(document.querySelector('textarea')).toBeNull();
  });

  it('writes to the administrator the profile names, and says so beside the link', () => {
    renderPanel({ kind: 'unrecognised', report, adminEmail: 'ann.smith@dss.mo.gov' });
    const mail = screen.getByRole('link', { name: 'E-mail this to my administrator' });
    expect(mail.getAttribute('href')).toMatch(/^mailto:ann\.smith@dss\.mo\.gov\?subject=/);
    expect(document.body.textContent).toContain(
      'The e-mail goes to your administrator, ann.smith@dss.mo.gov. Nothing is sent until you press Send in your mail program.',
    );
  });

  it('with no administrator named, says the mail program will ask whom to send it to', () => {
    renderPanel({ kind: 'unrecognised', report });
    const mail = screen.getByRole('link', { name: 'E-mail this to my administrator' });
    expect(mail.getAttribute('href')).toMatch(/^mailto:\?subject=/);
    expect(document.body.textContent).toContain('Your mail program will ask whom to send it to');
  });

  it('a page script’s click on the e-mail link opens nothing', () => {
    renderPanel({ kind: 'unrecognised', report });
    const mail = screen.getByRole('link', { name: 'E-mail this to my administrator' });
    const untrusted = new MouseEvent('click', { bubbles: true, cancelable: true });
    mail.dispatchEvent(untrusted);
    expect(untrusted.defaultPrevented).toBe(true);
  });

  it('shows the copy status when there is one', () => {
    renderPanel({ kind: 'unrecognised', report }, { copyStatus: 'Copied.' });
    expect(screen.getByRole('status').textContent).toBe('Copied.');
  });

  it('shows no status before copying', () => {
    renderPanel({ kind: 'unrecognised', report });
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('puts a script-like page description into the e-mail as text, never as markup', () => {
    const evil = JSON.stringify({
      path: '/x',
      headings: ['<img src=x onerror=alert(1)><script>window.__pwned = 1</script>'],
    });
    const { container } = renderPanel({ kind: 'unrecognised', report: evil });
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(document.querySelector('img, script')).toBeNull();
    const href = new URL(screen.getByRole('link', { name: 'E-mail this to my administrator' }).getAttribute('href')!);
    expect(href.searchParams.get('body')).toContain('Headings: <img src=x onerror=alert(1)><script>');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('collapsed: hides the copy button and the report', () => {
    renderPanel({ kind: 'unrecognised', report }, { collapsed: true });
    expect(screen.queryByRole('button', { name: 'Copy the page description' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'E-mail this to my administrator' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Show the eFiling assistant' })).toBeTruthy();
  });
});

describe('the warning on an http:// court page', () => {
  it('warns in a closed shadow root on an element named anew each time, and links to the https:// page', () => {
    const { host, root } = showInsecureWarning(document, 'http://www.courts.mo.gov/ecf/logon.do?x=1');
    expect(host.tagName).toMatch(/^MO-X[0-9A-F]{16}$/);
    expect(host.shadowRoot).toBeNull(); // closed: a page script cannot reach in
    const again = showInsecureWarning(document, 'http://www.courts.mo.gov/');
    expect(again.host.tagName).not.toBe(host.tagName);
    again.host.remove();
    expect(root.querySelector('h2')!.textContent).toBe('This page is not secure');
    const link = root.querySelector('a')!;
    expect(link.textContent).toBe('Open the secure (https://) page instead');
    expect(link.getAttribute('href')).toBe('https://www.courts.mo.gov/ecf/logon.do?x=1');
    expect(root.querySelector('ol, button')).toBeNull();
    host.remove();
  });
});

describe('the panel at the end of registration and at step 15', () => {
  const noFill = {
    profileLabel: 'Jane at DSS',
    locked: false,
    busy: false,
    error: '',
    report: null,
    canUndo: false,
    note: '',
    offerPassword: false,
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

  it('at step 15 warns in amber, first, and offers no Fill', () => {
    render(<AssistantPanel view={screenView('logon', 15)} collapsed={false} onToggle={() => {}} fill={noFill} />);
    const warning = document.querySelector('.body > .reminder.warning')!;
    expect(warning).toBe(document.querySelector('.body')!.firstElementChild);
    expect(warning.textContent).toBe(
      '⚠ Do not log on here now. Close this page: you log on later from your group e-mail (step 17).',
    );
    expect(screen.queryByRole('button', { name: /^Fill/ })).toBeNull();
  });

  it('at step 17 offers Fill and no warning', () => {
    render(<AssistantPanel view={screenView('logon', 17)} collapsed={false} onToggle={() => {}} fill={noFill} />);
    expect(document.querySelector('.reminder.warning')).toBeNull();
    expect(screen.getByRole('button', { name: 'Fill this page' })).toBeTruthy();
  });

  it('on the eFiling menu (steps 25 and 26) offers "Bookmark eFiling" with its heads-up', async () => {
    const add = vi.fn(async () => 'saved' as const);
    render(
      <AssistantPanel
        view={screenView('efiling-menu', 25)}
        collapsed={false}
        onToggle={() => {}}
        bookmark={{ state: async () => 'none', add }}
      />,
    );
    const button = await screen.findByRole('button', { name: 'Bookmark eFiling' });
    expect(document.body.textContent).toContain('choose “Allow”');
    fireEvent.click(button);
    expect(add).not.toHaveBeenCalled();
    clickAsPerson(button);
    expect(add).toHaveBeenCalledTimes(1);
    expect((await screen.findByRole('status')).textContent).toBe('✓ eFiling is in your bookmarks.');
  });

  it('on My Preferences (after step 26) says what the page is for instead of an empty list', async () => {
    render(
      <AssistantPanel
        view={screenView('my-preferences', 26)}
        collapsed={false}
        onToggle={() => {}}
        bookmark={{ state: async () => 'saved', add: async () => 'saved' }}
      />,
    );
    expect(screen.queryByText('What to do on this page:')).toBeNull();
    expect(document.querySelector('.body .note')!.textContent).toBe(
      'In eFiling, "My Preferences" sets your eFiling defaults. It is also where you can leave your current group.',
    );
    expect((await screen.findByRole('status')).textContent).toBe('✓ eFiling is in your bookmarks.');
  });

  it('when registration is finished shows only "eFiling is one click away", which the person can close', () => {
    const onDismiss = vi.fn();
    render(<AssistantPanel view={{ kind: 'finished' }} collapsed={false} onToggle={() => {}} onDismiss={onDismiss} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('eFiling is one click away');
    expect(document.body.textContent).not.toMatch(/Step \d+ of 26/);
    const close = screen.getByRole('button', { name: 'Don’t show this again' });
    fireEvent.click(close);
    expect(onDismiss).not.toHaveBeenCalled();
    clickAsPerson(close);
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });
});

describe('the e-mail about an unrecognised page', () => {
  it('is kept short enough for mail programs', () => {
    const long = JSON.stringify({ path: '/x', headings: Array.from({ length: 400 }, (_, i) => `Heading number ${i}`) });
    const body = new URL(helpMailto(long)).searchParams.get('body')!;
    expect(body.length).toBe(1500);
    expect(body.endsWith('…')).toBe(true);
  });
});
