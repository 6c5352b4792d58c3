/** How extension pages and the content script ask the background about profiles and filling. */
import { browser } from 'wxt/browser';
import { t } from './i18n';
import type { DataResponse, ProfileRequest } from './profile-messages';

export async function askProfiles<T = unknown>(request: ProfileRequest): Promise<T> {
  let raw: DataResponse<T> | undefined;
  try {
    raw = (await browser.runtime.sendMessage(request)) as DataResponse<T> | undefined;
  } catch {
    throw new Error(t('error_not_responding'));
  }
  if (!raw || typeof raw !== 'object') throw new Error(t('error_no_answer'));
  if (!raw.ok) throw new Error(raw.error);
  return raw.data;
}
