/**
 * Messages to the background worker and its answers. Both directions are
 * zod-validated: the background acts only on a request that parses, and a
 * caller trusts only an answer that parses.
 */
import * as z from 'zod/mini';
import { t } from './i18n';
import type { Progress } from './progress';
import { SCREENS, TOTAL_STEPS, type ScreenId } from './procedure';

const screenIds = SCREENS.map((s) => s.id) as [ScreenId, ...ScreenId[]];

export const RequestSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('progress/get') }),
  z.strictObject({ type: z.literal('progress/answer-casenet'), hasCaseNetAccount: z.boolean() }),
  z.strictObject({
    type: z.literal('progress/mark'),
    step: z.int().check(z.minimum(1), z.maximum(TOTAL_STEPS)),
    done: z.boolean(),
  }),
  z.strictObject({ type: z.literal('progress/reset') }),
  // From the content script: what the page in this tab is (null: a court page that is not a screen).
  z.strictObject({
    type: z.literal('screen/seen'),
    screen: z.nullable(z.enum(screenIds)),
    arrival: z.strictObject({ fromCourtPage: z.boolean(), hasQuery: z.boolean() }),
  }),
  // From the gate: load the recogniser into this tab's page (top frame).
  z.strictObject({ type: z.literal('ui/recognise') }),
  // From the recogniser: load the panel into this tab's page (top frame).
  z.strictObject({ type: z.literal('ui/load') }),
  // From the popup: show the panel on this tab's court page, screen or not.
  z.strictObject({ type: z.literal('ui/show'), tabId: z.int().check(z.minimum(0)) }),
]);
export type Request = z.infer<typeof RequestSchema>;
export type RequestType = Request['type'];

/** What a content script may ask: only to say what it sees, never to change progress directly. */
export const CONTENT_SCRIPT_REQUESTS: ReadonlySet<RequestType> = new Set([
  'screen/seen',
  'progress/get',
  'ui/recognise',
  'ui/load',
]);

/** The background's answer: our own code's, read by its shape (progress-client.ts). */
export type Response =
  | {
      ok: true;
      progress: Progress;
      /** For screen/seen: the step this screen stands for; null when it is not a screen. */
      step?: number | null;
    }
  | { ok: false; error: string };

/** The answer to a request the background does not accept (built when answered, in the browser's language). */
export const unreadableRequest = () => t('error_unreadable_request');
