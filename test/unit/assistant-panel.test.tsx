import { clickAsPerson } from '../support/person-click';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { showInsecureWarning } from '@/entrypoints/gate/insecure-warning';
import { AssistantPanel, helpDesk, type PanelView } from '@/components/AssistantPanel';
import type { ScreenId } from '@/lib/procedure';

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

  it('offers to copy the page-shape report and shows it in a text area', () => {
    const { onCopyReport, onToggle } = renderPanel({ kind: 'unrecognised', report });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('eFiling assistant: not a registration screen');
    const copy = screen.getByRole('button', { name: 'Copy page-shape report' });
    expect(onCopyReport).not.toHaveBeenCalled();
    clickAsPerson(copy);
    expect(onCopyReport).toHaveBeenCalledTimes(1);
    expect(onToggle).not.toHaveBeenCalled();

    const area = document.querySelector('textarea')!;
    expect(area.getAttribute('aria-label')).toBe('Page-shape report');
    expect(area.value).toBe(report);
    expect(area.readOnly).toBe(true);
    expect(document.body.textContent).toContain(helpDesk());
  });

  it('shows the copy status when there is one', () => {
    renderPanel({ kind: 'unrecognised', report }, { copyStatus: 'Copied.' });
    expect(screen.getByRole('status').textContent).toBe('Copied.');
  });

  it('shows no status before copying', () => {
    renderPanel({ kind: 'unrecognised', report });
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('shows a script-like report as text, never as markup', () => {
    const evil = '<img src=x onerror=alert(1)><script>window.__pwned = 1</script><b>bold</b>';
    const { container } = renderPanel({ kind: 'unrecognised', report: evil });
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(document.querySelector('img, script')).toBeNull();
    expect(document.querySelector('textarea')!.value).toBe(evil);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('collapsed: hides the copy button and the report', () => {
    renderPanel({ kind: 'unrecognised', report }, { collapsed: true });
    expect(screen.queryByRole('button', { name: 'Copy page-shape report' })).toBeNull();
    expect(document.querySelector('textarea')).toBeNull();
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
