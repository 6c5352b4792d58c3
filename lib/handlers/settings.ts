/** The person's settings: fill when a screen appears, and the idle lock's minutes. */
import type { HandlerTable } from '../messaging/router';
import type { ProfileStore } from '../storage/profile-store';

export function settingsHandlers(
  store: ProfileStore,
): Pick<HandlerTable, 'settings/fill-on-appear' | 'settings/idle-lock'> {
  return {
    'settings/fill-on-appear': async (request) => {
      await store.setFillOnAppear(request.on);
      return { ok: true, data: null };
    },
    'settings/idle-lock': async (request) => {
      await store.setIdleLockMinutes(request.minutes);
      return { ok: true, data: null };
    },
  };
}
