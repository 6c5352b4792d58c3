/** The person's profiles: the list, saving, deleting, choosing, exporting; and deleting everything. */
import type { HandlerTable } from '../messaging/router';
import { unreadableRequest } from '../messaging/protocol';
import { maySeeSecrets } from '../procedure/procedure';
import { profileFileText } from '../profile/profile-file';
import { StoreError } from '../storage/store-error';
import type { ProfileStore } from '../storage/profile-store';
import type { KeyKeeper } from './vault';

export interface ProfileEffects {
  /** Everything was deleted: show it (badge back to empty). */
  allDeleted(): void | Promise<void>;
}

type ProfilesType =
  | 'profiles/state'
  | 'profiles/save'
  | 'profiles/delete'
  | 'profiles/activate'
  | 'profiles/export'
  | 'profiles/password'
  | 'profiles/questions'
  | 'data/delete-all';

export function profileHandlers(
  store: ProfileStore,
  keys: KeyKeeper,
  effects: ProfileEffects,
): Pick<HandlerTable, ProfilesType> {
  return {
    'profiles/state': async () => {
      const state = await store.state();
      const unlocked = keys.peek ? await keys.peek() : (await keys.get()) !== null;
      return { ok: true, data: { ...state, unlocked } };
    },
    'profiles/save': async (request) => {
      // Compare-and-set: a form names the revision it was loaded from, and an older form never overwrites a newer save.
      const { id, revision } = await store.put(request.profile, await keys.get(), {
        id: request.id,
        revision: request.revision,
        password: request.password,
      });
      return { ok: true, data: { id, revision } };
    },
    'profiles/delete': async (request) => {
      await store.remove(request.id);
      return { ok: true, data: null };
    },
    'profiles/activate': async (request) => {
      await store.setActive(request.id);
      return { ok: true, data: null };
    },
    'profiles/export': async (request) => {
      const { profile, rules } = await store.exportable(request.id);
      return { ok: true, data: profileFileText(profile, rules) };
    },
    /**
     * The suggested password into the active profile, encrypted: only from the top frame of a page on the
     * procedure's paths (as secrets go out), only with the passphrase set and unlocked. Says where it stands.
     */
    'profiles/password': async (request, sender) => {
      if (sender.from === 'content-script' && (sender.frameId !== 0 || !maySeeSecrets(sender.url ?? ''))) {
        throw new StoreError(unreadableRequest());
      }
      const state = await store.state();
      if (!state.hasPassphrase) return { ok: true, data: 'no-passphrase' };
      const key = await keys.get();
      if (!key) return { ok: true, data: 'locked' };
      if (!state.activeProfileId) return { ok: true, data: 'no-profile' };
      const password = request.password;
      await store.merge(state.activeProfileId, key, (current) => ({ input: current, password, result: undefined }));
      return { ok: true, data: 'saved' };
    },
    'profiles/questions': async (request) => {
      if (!request.questions) return { ok: true, data: await store.courtQuestions() };
      await store.setCourtQuestions(request.questions);
      return { ok: true, data: null };
    },
    'data/delete-all': async () => {
      await store.deleteAll();
      await keys.set(null);
      await effects.allDeleted();
      return { ok: true, data: null };
    },
  };
}
