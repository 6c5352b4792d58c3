/**
 * What the panel's fill part shows, as one value changed only by actions: the
 * filler (entrypoints/assistant-ui/filling.ts) does the page and the messages,
 * this decides what that does to the panel. Pure, tested without a browser.
 */
import type { FillReport } from '../fill/insert';
import { isSecret, type FieldId } from '../procedure/fields';

/** Where the suggested password stands: kept in the profile, or why not (yet). */
export type PasswordKept = 'saving' | 'saved' | 'no-passphrase' | 'locked' | 'no-profile' | 'failed';

export interface SuggestedPasswordUi {
  password: string;
  shown: boolean;
  kept: PasswordKept;
  /** The profile it is kept in. */
  profileLabel: string;
  copied: '' | 'copied' | 'not-copied';
}

export type Teaching = null | 'pick' | { signature: string; fields: { id: FieldId; label: string }[] };

export interface FillState {
  /** Label of the active profile; null when there is none yet. */
  profileLabel: string | null;
  /** The profile has a password, answers or PIN, but the passphrase is locked. */
  locked: boolean;
  busy: boolean;
  error: string;
  report: FillReport | null;
  canUndo: boolean;
  note: string;
  /** The credentials screen: offer a strong password. */
  offerPassword: boolean;
  teaching: Teaching;
  /** The password "Suggest a strong password" typed, until the page changes. */
  suggested?: SuggestedPasswordUi | null;
  /** The security questions screen offers lists of questions: how many, and whether they were saved. */
  courtQuestions?: { count: number; saved: boolean } | null;
}

export type FillAction =
  | { type: 'loaded'; label: string | null; locked: boolean }
  /** The profile could not be read. */
  | { type: 'load-failed' }
  /** Read again after a change elsewhere: the suggested password is kept in the profile now active. */
  | { type: 'refreshed' }
  | { type: 'fill-started' }
  | { type: 'fill-ended' }
  /** `merge`: after "Replace", the replaced fields move from "left alone" to "filled". */
  | { type: 'filled'; report: FillReport; merge: boolean }
  | { type: 'can-undo'; canUndo: boolean }
  | { type: 'undone'; note: string }
  | { type: 'note'; note: string }
  | { type: 'error'; error: string }
  | { type: 'password-suggested'; password: string }
  | { type: 'password-shown-toggled' }
  | { type: 'password-kept'; password: string; kept: PasswordKept }
  | { type: 'password-copied'; password: string; copied: 'copied' | 'not-copied' }
  | { type: 'questions'; courtQuestions: { count: number; saved: boolean } | null }
  | { type: 'teaching'; teaching: Teaching };

export function initialFillState(offerPassword: boolean, courtQuestions: FillState['courtQuestions'] = null): FillState {
  const base = { profileLabel: '', locked: false, busy: false, error: '', report: null, canUndo: false, note: '' };
  return { ...base, offerPassword, teaching: null, suggested: null, courtQuestions };
}

export function mergeReplaced(before: FillReport, after: FillReport): FillReport {
  return {
    ...before,
    filled: [...before.filled, ...after.filled],
    leftAlone: before.leftAlone.filter((l) => !after.filled.includes(l.field)),
  };
}

/** The suggested password's own changes apply only to that password, not to one suggested after it. */
function withSuggested(state: FillState, password: string, change: Partial<SuggestedPasswordUi>): FillState {
  if (state.suggested?.password !== password) return state;
  return { ...state, suggested: { ...state.suggested, ...change } };
}

export function fillReducer(state: FillState, action: FillAction): FillState {
  switch (action.type) {
    case 'loaded':
      return { ...state, profileLabel: action.label, locked: action.locked };
    case 'load-failed':
      return { ...state, profileLabel: '' };
    case 'refreshed':
      return state.suggested && state.profileLabel
        ? { ...state, suggested: { ...state.suggested, profileLabel: state.profileLabel } }
        : state;
    case 'fill-started':
      return { ...state, busy: true, error: '', note: '' };
    case 'fill-ended':
      return { ...state, busy: false };
    case 'filled':
      return { ...state, report: action.merge && state.report ? mergeReplaced(state.report, action.report) : action.report };
    case 'can-undo':
      return { ...state, canUndo: action.canUndo };
    case 'undone':
      return { ...state, canUndo: false, report: null, note: action.note };
    case 'note':
      return { ...state, note: action.note };
    case 'error':
      return { ...state, error: action.error };
    case 'password-suggested':
      return {
        ...state,
        note: '',
        // A report from before lists the password as missing: it is not any more.
        report: state.report && {
          ...state.report,
          missing: state.report.missing.filter((f) => !isSecret(f) || !/^password/.test(f)),
        },
        suggested: { password: action.password, shown: false, kept: 'saving', profileLabel: state.profileLabel ?? '', copied: '' },
      };
    case 'password-shown-toggled':
      return state.suggested ? { ...state, suggested: { ...state.suggested, shown: !state.suggested.shown } } : state;
    case 'password-kept':
      return withSuggested(state, action.password, { kept: action.kept });
    case 'password-copied':
      return withSuggested(state, action.password, { copied: action.copied });
    case 'questions':
      return { ...state, courtQuestions: action.courtQuestions };
    case 'teaching': // a new pick starts with no note from before
      return action.teaching === 'pick' ? { ...state, teaching: 'pick', note: '' } : { ...state, teaching: action.teaching };
  }
}
