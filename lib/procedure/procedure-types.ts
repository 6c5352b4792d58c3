/**
 * The shapes of the procedure table's rows: a screen (with how the detector
 * recognises it), a step, and a note after the steps.
 */
import type { FieldId } from './fields';
import type { MessageKey } from '../i18n';
import type { LinkId } from './procedure-site';
import type { ScreenId } from './procedure-screens';
import type { PhaseId } from './procedure-steps';

/**
 * How the detector recognises a screen, besides its fields. Patterns run on
 * lower-cased text with punctuation folded to spaces (field-rules.ts foldLabel).
 * No id or class: the real markup is unknown and may change.
 */
export interface ScreenSignals {
  /** Words in a heading or the page title that name this screen. */
  readonly heading: RegExp;
  /** Text of a button or link this screen offers. */
  readonly action?: RegExp;
  /** A URL path hint: weak evidence, as the real paths are not known. */
  readonly path?: RegExp;
  /** Fields without which a page is not this screen, whatever else it shows. */
  readonly needs?: readonly FieldId[];
}

export interface ScreenDef<Id extends string = ScreenId> {
  readonly id: Id;
  /** Plain name of the screen, as the person would describe it (a message key). */
  readonly title: MessageKey;
  /** Fields the screen asks for, in page order (ids from fields.ts). */
  readonly fields: readonly FieldId[];
  readonly signals: ScreenSignals;
}

/** Who makes the step happen. */
export type Actor = 'person' | 'email' | 'site';
/**
 * What the extension can do for the step:
 * - `fills`: it can fill the screen's fields (the person still checks and clicks);
 * - `opens-link`: it opens the page for the person;
 * - `asks`: it asks a question in the popup;
 * - `none`: only the person can do it (`yourself` says what).
 */
export type Help = 'fills' | 'opens-link' | 'asks' | 'none';

export interface StepDef {
  readonly number: number;
  readonly phase: PhaseId;
  /** The screen the step happens on; null when it is not on the court site. */
  readonly screen: ScreenId | null;
  readonly actor: Actor;
  readonly help: Help;
  /** What to do, in plain words (a message key). */
  readonly instruction: MessageKey;
  /** The part the person must do themselves, never the extension (a message key). */
  readonly yourself?: MessageKey;
  /** The page the extension can open for this step. */
  readonly link?: LinkId;
}

export interface NoteDef {
  readonly id: string;
  readonly afterStep: number;
  /** A message key. */
  readonly text: MessageKey;
  /** The screen the note is about, if it is one. */
  readonly screen?: ScreenId;
}
