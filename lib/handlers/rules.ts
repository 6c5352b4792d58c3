/** Taught fields: taught on a page, listed and deleted on the options page. */
import type { HandlerTable } from '../messaging/router';
import type { ProfileStore } from '../storage/profile-store';
import { withProvenance } from '../recognise/taught-rules';

export function rulesHandlers(store: ProfileStore): Pick<HandlerTable, 'rules/teach' | 'rules/list' | 'rules/delete'> {
  return {
    'rules/teach': async (request) => {
      await store.addRules([withProvenance(request.rule, 'here', '', Date.now())]);
      return { ok: true, data: null };
    },
    'rules/list': async () => ({ ok: true, data: await store.listRules() }),
    'rules/delete': async (request) => {
      await store.deleteRule(request);
      return { ok: true, data: null };
    },
  };
}
