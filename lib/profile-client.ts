/** How extension pages and the content script ask the background about profiles and filling. */
import { browser } from 'wxt/browser';
import type { DataResponse, ProfileRequest } from './profile-messages';

export async function askProfiles<T = unknown>(request: ProfileRequest): Promise<T> {
  let raw: DataResponse<T> | undefined;
  try {
    raw = (await browser.runtime.sendMessage(request)) as DataResponse<T> | undefined;
  } catch {
    throw new Error('The extension is not responding. Reload the page (or reopen this window) and try again.');
  }
  if (!raw || typeof raw !== 'object') throw new Error('The extension did not answer properly. Try again.');
  if (!raw.ok) throw new Error(raw.error);
  return raw.data;
}
