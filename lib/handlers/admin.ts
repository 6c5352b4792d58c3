/** A group administrator's group profile (validated by the store; the PIN kept only sealed, apart). */
import { isEmpty } from '../sharing/admin-secrets';
import type { HandlerTable } from '../messaging/router';
import type { ProfileStore } from '../storage/profile-store';
import type { KeyKeeper } from './vault';

type AdminType = 'admin/get' | 'admin/save' | 'admin/secrets' | 'admin/keep-secrets';

export function adminHandlers(store: ProfileStore, keys: KeyKeeper): Pick<HandlerTable, AdminType> {
  return {
    'admin/get': async () => ({ ok: true, data: await store.adminGroup() }),
    'admin/save': async (request) => {
      await store.setAdminGroup(request.group);
      return { ok: true, data: null };
    },
    // Only the options page asks (the router lets no content script send admin requests).
    'admin/secrets': async () => {
      const kept = await store.adminSecrets(await keys.get());
      if (kept === null) return { ok: true, data: { kept: 'none', secrets: null } };
      if (kept === 'locked') return { ok: true, data: { kept: 'locked', secrets: null } };
      return { ok: true, data: { kept: 'open', secrets: kept } };
    },
    'admin/keep-secrets': async (request) => {
      const key = await keys.get();
      // Locked: what was kept stays as it was, and nothing typed is kept in plain text instead.
      if (!key && !isEmpty(request.secrets)) return { ok: true, data: { kept: false } };
      await store.setAdminSecrets(key, request.secrets);
      return { ok: true, data: { kept: !isEmpty(request.secrets) } };
    },
  };
}
