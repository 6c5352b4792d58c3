/**
 * What the in-page panel shows, as one value changed only by actions: the
 * panel's root (entrypoints/assistant-ui/PanelRoot.tsx) gathers what the page
 * and the background say, this decides what it does to the panel. Pure.
 */
import type { PageShape } from '../page/shape';
import type { ScreenId } from '../procedure/procedure';

export type PanelView =
  | { kind: 'screen'; screen: ScreenId; screens: readonly ScreenId[]; step: number }
  /** `adminEmail`: whom "E-mail this to my administrator" writes to ('' when the profile names nobody). */
  | { kind: 'unrecognised'; report: string; adminEmail?: string }
  /** All 26 steps are done or skipped: on the logon page, a small note that eFiling is one click away. */
  | { kind: 'finished' };

export interface PanelState {
  /** Null until the first thing the recogniser saw is shown: until then the host is not on the page. */
  view: PanelView | null;
  shape: PageShape | null;
  /** The person's choice (kept for screens), or small by default on a page that is not a screen. */
  collapsed: boolean;
  /** Shrunk to the small bar because no corner was free; opens again when one is. */
  autoCollapsed: boolean;
  copyStatus: string;
  /** Nothing to show on this page (registration finished): the host stays, empty. */
  hidden: boolean;
  /** Names the extension knows, kept out of the page description as typed values are. */
  privateWords: string[];
  /** The last page description the background blanked the person's secrets out of. */
  scrubbed: { raw: string; text: string };
}

export type PanelAction =
  | { type: 'finished'; hidden: boolean }
  /** `storedCollapsed`: the person's stored choice, read when the panel was not on a screen before. */
  | { type: 'screen'; screen: ScreenId; screens: readonly ScreenId[]; step: number; storedCollapsed?: boolean }
  /** `privateWords` and `adminEmail`: read when the panel was not on an unrecognised page before. */
  | { type: 'unrecognised'; shape: PageShape; privateWords?: string[]; adminEmail?: string }
  | { type: 'dismissed' }
  | { type: 'toggled' }
  | { type: 'copied'; status: string }
  | { type: 'scrubbed'; raw: string; text: string }
  | { type: 'auto-collapsed'; on: boolean };

export const initialPanelState: PanelState = {
  view: null,
  shape: null,
  collapsed: false,
  autoCollapsed: false,
  copyStatus: '',
  hidden: false,
  privateWords: [],
  scrubbed: { raw: '', text: '' },
};

export function panelReducer(state: PanelState, action: PanelAction): PanelState {
  switch (action.type) {
    case 'finished':
      return { ...state, view: { kind: 'finished' }, hidden: action.hidden, collapsed: false };
    case 'screen': {
      const { screen, screens, step, storedCollapsed } = action;
      const collapsed = state.view?.kind !== 'screen' && storedCollapsed !== undefined ? storedCollapsed : state.collapsed;
      return { ...state, hidden: false, collapsed, view: { kind: 'screen', screen, screens, step } };
    }
    case 'unrecognised': {
      const was = state.view?.kind === 'unrecognised' ? state.view : null;
      const first = was === null;
      return {
        ...state,
        hidden: false,
        shape: action.shape,
        collapsed: first ? true : state.collapsed, // not our business: stay small
        privateWords: first ? (action.privateWords ?? []) : state.privateWords,
        view: { kind: 'unrecognised', report: '', adminEmail: (was ? was.adminEmail : action.adminEmail) ?? '' },
      };
    }
    case 'dismissed':
      return { ...state, hidden: true };
    case 'toggled':
      return { ...state, autoCollapsed: false, collapsed: !(state.collapsed || state.autoCollapsed) };
    case 'copied':
      return { ...state, copyStatus: action.status };
    case 'scrubbed':
      return { ...state, scrubbed: { raw: action.raw, text: action.text } };
    case 'auto-collapsed':
      return { ...state, autoCollapsed: action.on };
  }
}

/** A filler belongs to one screen (its step and every screen the page shows): a new one when that changes. */
export function fillKey(view: PanelView | null): string | null {
  return view?.kind === 'screen' ? `${view.screen}|${view.step}|${view.screens.join()}` : null;
}

/** Whether the host element says the panel shows nothing, or what kind of page it is on. */
export function hostState(state: PanelState): string | null {
  if (!state.view) return null;
  return state.hidden ? 'hidden' : state.view.kind;
}
