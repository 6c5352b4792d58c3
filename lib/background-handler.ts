/**
 * What the background does with each request: validate it, apply it to the
 * saved progress, answer with the new progress or a plain-words error.
 * Kept free of browser APIs so it is tested without a browser.
 */
import { CONTENT_SCRIPT_REQUESTS, RequestSchema, unreadableRequest, type Response } from './messages';
import { answerCaseNet, markStep, reachStep, resetProgress, type Progress } from './progress';
import type { ProgressStore } from './progress-store';
import { stepForScreen } from './screen-step';
import { t } from './i18n';

export interface Sender {
  /** An extension page (popup, options) or a content script in a tab. */
  from: 'extension-page' | 'content-script';
  tabId?: number;
  /** A content script's frame (0: the top frame) and that frame's URL, as the browser reports them. */
  frameId?: number;
  url?: string;
}

export interface Effects {
  /** Overall progress changed: show it. */
  progressChanged(progress: Progress): void | Promise<void>;
  /** A tab shows a screen of the procedure (its step), or a page that is not one (null). */
  tabShows?(tabId: number, step: number | null, progress: Progress): void | Promise<void>;
  /** Inject the recogniser into a tab's top frame. */
  loadRecogniser?(tabId: number): Promise<void>;
  /** Inject the panel into a tab's top frame. */
  loadPanel?(tabId: number): Promise<void>;
  /** Show the panel on a tab's court page even if it is no screen (the person asked); false when it is no court page. */
  showPanel?(tabId: number): Promise<boolean>;
}

/** Effects only show things: a failure there must never report saved work as lost. */
async function quietly(effect: () => void | Promise<void>) {
  await Promise.resolve()
    .then(effect)
    .catch((error: unknown) => console.warn('could not show progress', error));
}

export async function handleRequest(
  store: ProgressStore,
  raw: unknown,
  sender: Sender,
  effects: Effects,
): Promise<Response> {
  const parsed = RequestSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: unreadableRequest() };
  const request = parsed.data;
  if (sender.from === 'content-script' && !CONTENT_SCRIPT_REQUESTS.has(request.type)) {
    return { ok: false, error: unreadableRequest() };
  }
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
      case 'ui/recognise':
      case 'ui/load': {
        const load = request.type === 'ui/load' ? effects.loadPanel : effects.loadRecogniser;
        if (sender.from !== 'content-script' || sender.tabId === undefined || !load) {
          return { ok: false, error: unreadableRequest() };
        }
        await load(sender.tabId);
        return { ok: true, progress: await store.get() };
      }
      case 'ui/show':
        if (sender.from !== 'extension-page' || !effects.showPanel || !(await effects.showPanel(request.tabId))) {
          return { ok: false, error: t('popup_show_not_court') };
        }
        return { ok: true, progress: await store.get() };
      case 'screen/seen': {
        const { screen, arrival } = request;
        let step: number | null = null;
        // The step is decided inside the transaction, from the progress it reads.
        progress = screen
          ? await store.update((p) => reachStep(p, (step = stepForScreen(screen, p, arrival))))
          : await store.get();
        if (sender.tabId !== undefined) await quietly(() => effects.tabShows?.(sender.tabId!, step, progress));
        await quietly(() => effects.progressChanged(progress));
        return { ok: true, progress, step };
      }
    }
    await quietly(() => effects.progressChanged(progress));
    return { ok: true, progress };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
