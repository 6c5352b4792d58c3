/** How extension pages (popup, options) ask the background about progress. */
import { browser } from 'wxt/browser';
import { progressFromResponse, type Request } from './messages';
import type { Progress } from './progress';

export async function askBackground(request: Request): Promise<Progress> {
  let raw: unknown;
  try {
    raw = await browser.runtime.sendMessage(request);
  } catch {
    throw new Error('The extension is not responding. Close this window and open it again.');
  }
  return progressFromResponse(raw);
}
