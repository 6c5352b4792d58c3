/** Loading the assistant's parts into a tab: the recogniser, the panel, the panel on the person's request. */
import { t } from '../i18n';
import type { HandlerTable } from '../messaging/router';
import { unreadableRequest, type Reply, type Sender } from '../messaging/protocol';
import type { NotScreens } from './not-screens';

export interface UiEffects {
  /** Inject the recogniser into a tab's top frame. */
  loadRecogniser?(tabId: number): Promise<void>;
  /** Inject the panel into a tab's top frame. */
  loadPanel?(tabId: number): Promise<void>;
  /** Show the panel on a tab's court page even if it is no screen (the person asked); false when it is no court page. */
  showPanel?(tabId: number): Promise<boolean>;
}

export function uiHandlers(
  effects: UiEffects,
  known: NotScreens,
): Pick<HandlerTable, 'ui/recognise' | 'ui/not-a-screen' | 'ui/load' | 'ui/show'> {
  // Only from a content script in a tab's top frame (the gate, the recogniser): it loads into that tab only.
  const fromTab = (sender: Sender): sender is Sender & { tabId: number } =>
    sender.from === 'content-script' && sender.tabId !== undefined && (sender.frameId ?? 0) === 0;
  const refused = { ok: false as const, error: unreadableRequest() };
  return {
    'ui/recognise': async (request, sender) => {
      if (!fromTab(sender) || !effects.loadRecogniser) return refused;
      if (await known.has(sender.url, request.boxes)) return { ok: true, data: { loaded: false } };
      await effects.loadRecogniser(sender.tabId);
      return { ok: true, data: { loaded: true } };
    },
    'ui/not-a-screen': async (request, sender) => {
      if (!fromTab(sender)) return refused;
      await known.add(sender.url, request.boxes);
      return { ok: true, data: null };
    },
    'ui/load': async (_request, sender): Promise<Reply<null>> => {
      if (!fromTab(sender) || !effects.loadPanel) return refused;
      await effects.loadPanel(sender.tabId);
      return { ok: true, data: null };
    },
    'ui/show': async (request, sender) => {
      if (sender.from !== 'extension-page' || !effects.showPanel || !(await effects.showPanel(request.tabId))) {
        return { ok: false, error: t('popup_show_not_court') };
      }
      return { ok: true, data: null };
    },
  };
}
