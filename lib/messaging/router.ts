/**
 * The background's one way in: every request is validated against its entry
 * in the protocol (protocol.ts) on arrival, checked against who sent it (a
 * content script only what its entry allows), and handed to its domain's
 * handler (lib/handlers/). Free of browser APIs, so it is tested without a browser.
 */
import {
  PROTOCOL,
  contentMaySend,
  parseRequest,
  unreadableRequest,
  type Answer,
  type BackgroundType,
  type Reply,
  type Request,
  type Sender,
} from './protocol';

/** One request's handling: its answer, or a sentence for the person. A throw is answered with its message. */
export type Handler<K extends BackgroundType> = (request: Request<K>, sender: Sender) => Promise<Reply<Answer<K>>>;
/** A handler for every request the background answers. */
export type HandlerTable = { [K in BackgroundType]: Handler<K> };

export async function route(raw: unknown, sender: Sender, handlers: Partial<HandlerTable>): Promise<Reply<unknown>> {
  const request = parseRequest(raw);
  if (!request || PROTOCOL[request.type].to !== 'background') return { ok: false, error: unreadableRequest() };
  if (sender.from === 'content-script' && !contentMaySend(request.type)) {
    return { ok: false, error: unreadableRequest() };
  }
  const handler = handlers[request.type as BackgroundType] as Handler<BackgroundType> | undefined;
  if (!handler) return { ok: false, error: unreadableRequest() };
  try {
    return await handler(request as Request<BackgroundType>, sender);
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
