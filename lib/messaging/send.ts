/**
 * How every part of the extension asks another (except the gate, which sends
 * its one request raw to stay small): `send(type, payload)` answers with the
 * type the protocol gives that request, checked against its schema where it
 * arrives; a refusal, no answer or a malformed one rejects with an Error
 * whose message is a plain sentence.
 */
import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { answerFrom, type Answer, type BackgroundType, type Payload, type Request, type RequestType } from './protocol';

/** The payload argument: left out for a request that carries nothing. */
export type PayloadArg<K extends RequestType> =
  Record<never, never> extends Payload<K> ? [payload?: Payload<K>] : [payload: Payload<K>];
export type Send = <K extends BackgroundType>(type: K, ...payload: PayloadArg<K>) => Promise<Answer<K>>;

/** What to say when the other side does not answer, or answers nonsense. */
interface Words {
  notResponding: () => string;
  noAnswer: () => string;
}

async function deliver<K extends RequestType>(
  type: K,
  payload: object | undefined,
  words: Words,
  post: (message: object) => Promise<unknown>,
): Promise<Answer<K>> {
  let raw: unknown;
  try {
    raw = await post({ ...payload, type });
  } catch {
    throw new Error(words.notResponding());
  }
  return answerFrom(type, raw, words.noAnswer);
}

const PAGE_WORDS: Words = { notResponding: () => t('error_not_responding'), noAnswer: () => t('error_no_answer') };
/** The popup's own wording: its remedy is to close the window. */
const POPUP_WORDS: Words = {
  notResponding: () => t('error_not_responding_popup'),
  noAnswer: () => t('error_no_answer_popup'),
};

const toBackground = (message: object) => browser.runtime.sendMessage(message);

/** Ask the background (from the options page, a court page's scripts, or the popup about profiles). */
export const send: Send = (type, ...[payload]) => deliver(type, payload, PAGE_WORDS, toBackground);
/** Ask the background from the popup about progress (the whole request as one object), in the popup's words. */
export const askFromPopup = <K extends BackgroundType>(request: Request<K>): Promise<Answer<K>> =>
  deliver<K>(request.type as K, request, POPUP_WORDS, toBackground);

/** Ask the panel in a tab (the popup's "Fill this page"). */
export const sendToTab = <K extends Exclude<RequestType, BackgroundType>>(
  tabId: number,
  type: K,
  ...[payload]: PayloadArg<K>
) => deliver(type, payload, PAGE_WORDS, (message) => browser.tabs.sendMessage(tabId, message));
