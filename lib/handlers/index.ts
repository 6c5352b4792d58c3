/** Every domain's handlers, together: the table the background's router dispatches to. */
import type { Sender } from '../messaging/protocol';
import type { HandlerTable } from '../messaging/router';
import type { ProfileStore } from '../storage/profile-store';
import type { ProgressStore } from '../progress/progress-store';
import { adminHandlers } from './admin';
import { fillHandlers } from './fill';
import { importHandlers } from './imports';
import { linkHandlers, type LinkEffects } from './links';
import { profileHandlers, type ProfileEffects } from './profiles';
import { progressHandlers, type ProgressEffects } from './progress';
import { rulesHandlers } from './rules';
import { settingsHandlers } from './settings';
import { notScreens, type NotScreens } from './not-screens';
import { uiHandlers, type UiEffects } from './ui';
import { vaultHandlers, type KeyKeeper } from './vault';

export type { KeyKeeper } from './vault';
export type BackgroundEffects = ProgressEffects & UiEffects & ProfileEffects & LinkEffects;

/** The requests about profiles, the passphrase, filling and links (all kept in the profile store). */
export function profileStoreHandlers(store: ProfileStore, keys: KeyKeeper, effects: ProfileEffects & LinkEffects) {
  return {
    ...profileHandlers(store, keys, effects),
    ...importHandlers(store, keys),
    ...vaultHandlers(store, keys),
    ...settingsHandlers(store),
    ...adminHandlers(store, keys),
    ...fillHandlers(store, keys),
    ...rulesHandlers(store),
    ...linkHandlers(store, effects),
  };
}

/**
 * The progress and page-loading requests, with the memory of pages that are no screen: a screen seen
 * at a path forgets that path, a taught or deleted field forgets them all (see not-screens.ts).
 */
function pageHandlers(progress: ProgressStore, effects: ProgressEffects & UiEffects, known: NotScreens) {
  const fromProgress = progressHandlers(progress, effects);
  return {
    ...fromProgress,
    'screen/seen': async (request: Parameters<HandlerTable['screen/seen']>[0], sender: Sender) => {
      if (request.screen) await known.forget(sender.url);
      return fromProgress['screen/seen'](request, sender);
    },
    ...uiHandlers(effects, known),
  };
}

export function backgroundHandlers(
  progress: ProgressStore,
  profiles: ProfileStore,
  keys: KeyKeeper,
  effects: BackgroundEffects,
  known: NotScreens = notScreens(),
): HandlerTable {
  const stored = profileStoreHandlers(profiles, keys, effects);
  return {
    ...pageHandlers(progress, effects, known),
    ...stored,
    'rules/teach': async (request, sender) => (await known.clear(), stored['rules/teach'](request, sender)),
    'rules/delete': async (request, sender) => (await known.clear(), stored['rules/delete'](request, sender)),
    // Everything the person asked to delete includes the court pages remembered for this session.
    'data/delete-all': async (request, sender) => {
      const answer = await stored['data/delete-all'](request, sender);
      if (answer.ok) await known.clear();
      return answer;
    },
  };
}

/** The requests about progress and loading the assistant into a tab. */
export function progressStoreHandlers(
  store: ProgressStore,
  effects: ProgressEffects & UiEffects,
  known: NotScreens = notScreens(),
) {
  return pageHandlers(store, effects, known);
}
