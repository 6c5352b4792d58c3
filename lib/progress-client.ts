/**
 * How extension pages ask the background about progress. The background
 * validates every request with zod; its answers are our own code's, so the
 * popup only checks their shape and carries no validator (see progress-schema.ts).
 */
import { browser } from 'wxt/browser';
import { t } from './i18n';
import type { Request, Response } from './messages';
import type { Progress } from './progress';

/** An answer from the background → progress, or an Error whose message can be shown as it is. */
export function progressFromResponse(raw: unknown): Progress {
  const answer = raw as Partial<Response> | undefined;
  if (answer?.ok === false && typeof answer.error === 'string') throw new Error(answer.error);
  if (answer?.ok !== true || typeof answer.progress !== 'object' || !Array.isArray(answer.progress?.done)) {
    throw new Error(t('error_no_answer_popup'));
  }
  return answer.progress;
}

export async function askBackground(request: Request): Promise<Progress> {
  let raw: unknown;
  try {
    raw = await browser.runtime.sendMessage(request);
  } catch {
    throw new Error(t('error_not_responding_popup'));
  }
  return progressFromResponse(raw);
}
