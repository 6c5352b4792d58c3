/**
 * How extension pages ask the background about progress. The background
 * validates every request with zod; its answers are our own code's, so the
 * popup only checks their shape and carries no validator (see progress-schema.ts).
 */
import { browser } from 'wxt/browser';
import type { Request, Response } from './messages';
import type { Progress } from './progress';

/** An answer from the background → progress, or an Error whose message can be shown as it is. */
export function progressFromResponse(raw: unknown): Progress {
  const answer = raw as Partial<Response> | undefined;
  if (answer?.ok === false && typeof answer.error === 'string') throw new Error(answer.error);
  if (answer?.ok !== true || typeof answer.progress !== 'object' || !Array.isArray(answer.progress?.done)) {
    throw new Error('The extension did not answer properly. Close this window and open it again.');
  }
  return answer.progress;
}

export async function askBackground(request: Request): Promise<Progress> {
  let raw: unknown;
  try {
    raw = await browser.runtime.sendMessage(request);
  } catch {
    throw new Error('The extension is not responding. Close this window and open it again.');
  }
  return progressFromResponse(raw);
}
