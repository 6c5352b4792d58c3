import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '@/components/PopupApp';
import { askBackground } from '@/lib/progress-client';
import './style.css';

/** Ask the content script in the current tab to fill its screen. */
async function fillPage(): Promise<string> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const answer = (await browser.tabs.sendMessage(tab?.id ?? -1, { type: 'fill/page' }).catch(() => undefined)) as
    { ok: true; filled: number } | { ok: false; error: string } | undefined;
  if (!answer) throw new Error('Open a registration screen on courts.mo.gov in this window, then press Fill again.');
  if (!answer.ok) throw new Error(answer.error);
  return `Filled ${answer.filled} ${answer.filled === 1 ? 'field' : 'fields'} on the page. Check them there.`;
}

render(
  <PopupApp ask={askBackground} openLink={(url) => void browser.tabs.create({ url })} fillPage={fillPage} />,
  document.getElementById('app')!,
);
