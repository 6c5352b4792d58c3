/** Every domain's handlers, together: the table the background's router dispatches to. */
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

export function backgroundHandlers(
  progress: ProgressStore,
  profiles: ProfileStore,
  keys: KeyKeeper,
  effects: BackgroundEffects,
): HandlerTable {
  return {
    ...progressHandlers(progress, effects),
    ...uiHandlers(effects),
    ...profileStoreHandlers(profiles, keys, effects),
  };
}

/** The requests about progress and loading the assistant into a tab. */
export function progressStoreHandlers(store: ProgressStore, effects: ProgressEffects & UiEffects) {
  return { ...progressHandlers(store, effects), ...uiHandlers(effects) };
}
