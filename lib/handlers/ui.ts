/** Loading the assistant's parts into a tab: the recogniser, the panel, the panel on the person's request. */
import { t } from '../i18n';
import type { HandlerTable } from '../messaging/router';
import { unreadableRequest, type Reply, type Sender } from '../messaging/protocol';

export interface UiEffects {
  /** Inject the recogniser into a tab's top frame. */
  loadRecogniser?(tabId: number): Promise<void>;
  /** Inject the panel into a tab's top frame. */
  loadPanel?(tabId: number): Promise<void>;
  /** Show the panel on a tab's court page even if it is no screen (the person asked); false when it is no court page. */
  showPanel?(tabId: number): Promise<boolean>;
}

export function uiHandlers(effects: UiEffects): Pick<HandlerTable, 'ui/recognise' | 'ui/load' | 'ui/show'> {
  // Only from a content script in a tab (the gate, the recogniser): it loads into that tab only.
  const loadInto =
    (load: ((tabId: number) => Promise<void>) | undefined) =>
    async (_request: unknown, sender: Sender): Promise<Reply<null>> => {
      if (sender.from !== 'content-script' || sender.tabId === undefined || !load) {
        return { ok: false, error: unreadableRequest() };
      }
      await load(sender.tabId);
      return { ok: true, data: null };
    };
  return {
    'ui/recognise': loadInto(effects.loadRecogniser),
    'ui/load': loadInto(effects.loadPanel),
    'ui/show': async (request, sender) => {
      if (sender.from !== 'extension-page' || !effects.showPanel || !(await effects.showPanel(request.tabId))) {
        return { ok: false, error: t('popup_show_not_court') };
      }
      return { ok: true, data: null };
    },
  };
}
