/**
 * What the gate (gate.ts) knows of the procedure, read from the table when the extension is built:
 * wxt.config.ts (and vitest.config.ts, for the unit tests) define `__MO_GATE_FACTS__` from
 * `gateFacts()`. The script every court page gets then carries the few patterns it needs, not the
 * whole table: compiling and running the table was half of what the gate cost on a Case.net docket.
 */
import { FIELDS, type FieldControl } from '../procedure/fields';
import { PROCEDURE_PATHS, SCREENS } from '../procedure/procedure';
import { CONTROL_TAGS } from './labels';

/** A pattern as [source, flags], the form a build-time definition can carry. */
export type Pattern = readonly [source: string, flags: string];

export interface GateFacts {
  /**
   * The tags of box the gate looks for: enough that every screen with fields shows at least one.
   * Every such screen has a box typed into or ticked (`input`), so a page is walked once, not three
   * times (a walk of a 5,000-row docket is half a millisecond); a screen made only of lists or text
   * areas would add their tags here by itself.
   */
  readonly boxTags: readonly string[];
  /** The headings of the screens that have no fields: the only screens a page without boxes can be. */
  readonly boxlessHeadings: readonly Pattern[];
  /** The procedure's own parts of the site, where a page without boxes is worth reading. */
  readonly procedurePaths: Pattern;
}

const pattern = (re: RegExp): Pattern => [re.source, re.flags];

const TAG_OF: Record<FieldControl, (typeof CONTROL_TAGS)[number]> = {
  text: 'input',
  password: 'input',
  checkbox: 'input',
  select: 'select',
  textarea: 'textarea',
};

/** The fewest of CONTROL_TAGS, in order, such that every screen with fields has a field of one of them. */
function boxTags(): string[] {
  const screens = SCREENS.filter((s) => s.fields.length).map((s) => s.fields.map((f) => TAG_OF[FIELDS[f].control]));
  for (let n = 1; n < CONTROL_TAGS.length; n++) {
    const tags: string[] = CONTROL_TAGS.slice(0, n);
    if (screens.every((fieldTags) => fieldTags.some((tag) => tags.includes(tag)))) return tags;
  }
  return [...CONTROL_TAGS];
}

export const gateFacts = (): GateFacts => ({
  boxTags: boxTags(),
  boxlessHeadings: SCREENS.filter((s) => !s.fields.length).map((s) => pattern(s.signals.heading)),
  procedurePaths: pattern(PROCEDURE_PATHS),
});

/** The definitions a build (or the unit tests) gives the gate. */
export const gateDefines = (): Record<string, string> => ({ __MO_GATE_FACTS__: JSON.stringify(gateFacts()) });
