/** A group administrator's group profile (validated by the store; the PIN is never kept). */
import type { HandlerTable } from '../messaging/router';
import type { ProfileStore } from '../profile-store';

export function adminHandlers(store: ProfileStore): Pick<HandlerTable, 'admin/get' | 'admin/save'> {
  return {
    'admin/get': async () => ({ ok: true, data: await store.adminGroup() }),
    'admin/save': async (request) => {
      await store.setAdminGroup(request.group);
      return { ok: true, data: null };
    },
  };
}
