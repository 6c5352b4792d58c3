/**
 * Progress requests: apply them to the saved progress, answer with the new
 * progress. Kept free of browser APIs so it is tested without a browser.
 */
import type { ProgressType } from '../messaging/protocol';
import type { HandlerTable } from '../messaging/router';
import { answerCaseNet, markStep, reachStep, resetProgress, type Progress } from '../progress/progress';
import type { ProgressStore } from '../progress/progress-store';
import { stepForScreen } from '../procedure/screen-step';

export interface ProgressEffects {
  /** Overall progress changed: show it. */
  progressChanged(progress: Progress): void | Promise<void>;
  /** A tab shows a screen of the procedure (its step), or a page that is not one (null). */
  tabShows?(tabId: number, step: number | null, progress: Progress): void | Promise<void>;
}

/** Effects only show things: a failure there must never report saved work as lost. */
async function quietly(effect: () => void | Promise<void>) {
  await Promise.resolve()
    .then(effect)
    .catch((error: unknown) => console.warn('could not show progress', error));
}

export function progressHandlers(
  store: ProgressStore,
  effects: ProgressEffects,
): Pick<HandlerTable, ProgressType | 'screen/seen'> {
  /** A change saved: show it, answer with it. */
  const changed = async (progress: Progress) => {
    await quietly(() => effects.progressChanged(progress));
    return { ok: true as const, data: progress };
  };
  return {
    'progress/get': async () => ({ ok: true, data: await store.get() }),
    'progress/answer-casenet': async (request) =>
      changed(await store.update((p) => answerCaseNet(p, request.hasCaseNetAccount))),
    'progress/mark': async (request) => changed(await store.update((p) => markStep(p, request.step, request.done))),
    'progress/reset': async () => changed(await store.replace(resetProgress())),
    'screen/seen': async (request, sender) => {
      const { screen, arrival } = request;
      let step: number | null = null;
      // The step is decided inside the transaction, from the progress it reads.
      const progress = screen
        ? await store.update((p) => reachStep(p, (step = stepForScreen(screen, p, arrival))))
        : await store.get();
      if (sender.tabId !== undefined) await quietly(() => effects.tabShows?.(sender.tabId!, step, progress));
      await quietly(() => effects.progressChanged(progress));
      return { ok: true, data: { progress, step } };
    },
  };
}
