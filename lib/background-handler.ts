/**
 * What the background does with each request: validate it, apply it to the
 * saved progress, answer with the new progress or a plain-words error.
 * Kept free of browser APIs so it is tested without a browser.
 */
import { RequestSchema, UNREADABLE_REQUEST, type Response } from './messages';
import { answerCaseNet, markStep, resetProgress, type Progress } from './progress';
import type { ProgressStore } from './progress-store';

export async function handleRequest(
  store: ProgressStore,
  raw: unknown,
  onChange: (progress: Progress) => void | Promise<void>,
): Promise<Response> {
  const parsed = RequestSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: UNREADABLE_REQUEST };
  const request = parsed.data;
  try {
    let progress: Progress;
    switch (request.type) {
      case 'progress/get':
        return { ok: true, progress: await store.get() };
      case 'progress/answer-casenet':
        progress = await store.update((p) => answerCaseNet(p, request.hasCaseNetAccount));
        break;
      case 'progress/mark':
        progress = await store.update((p) => markStep(p, request.step, request.done));
        break;
      case 'progress/reset':
        progress = await store.replace(resetProgress());
        break;
    }
    // The change is saved; a failure to show it (the badge) must not report it as lost.
    await Promise.resolve()
      .then(() => onChange(progress))
      .catch((error: unknown) => console.warn('badge update failed', error));
    return { ok: true, progress };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
