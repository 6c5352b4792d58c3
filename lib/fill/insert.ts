/**
 * Stage 5 of the pipeline: write a fill plan into the page so that the
 * page's own scripts see it: focus, the native value setter, bubbling input
 * and change, then blur. Every box is checked again just before writing
 * (visible, enabled, writable, in this document); a box that already holds
 * something else is left alone unless the person said to replace it.
 * Everything written can be undone. Never clicks, never submits.
 */
import type { FormControl } from '../page/labels';
import type { FieldId } from '../procedure/fields';
import type { Reason } from '../recognise/classify';
import type { FillPlan, Unsure } from './plan';
import { chooseOption } from './options';
import { sameAsTyped } from './shape-value';

export type LeftAloneReason =
  'hidden' | 'disabled' | 'read-only' | 'holds-other-value' | 'no-such-option' | 'ambiguous-option' | 'other-frame';

export interface FillReport {
  /** Each field written (or found already right), once. */
  filled: FieldId[];
  /** Why each filled field's box was chosen. */
  reasons: Partial<Record<FieldId, Reason>>;
  /** For a value typed over several boxes: how many. */
  boxes: Partial<Record<FieldId, number>>;
  /** Filled, but the page's script changed what was written (e.g. reformatted a phone number). */
  changedByPage: FieldId[];
  /** The site filled it itself, in a box the person cannot change (a group name from the invitation). */
  filledBySite: FieldId[];
  leftAlone: { field: FieldId; reason: LeftAloneReason }[];
  leftForYou: FieldId[];
  missing: FieldId[];
  /** Secrets the profile keeps but could not give: the passphrase is locked (report-tidy.ts fills this). */
  locked: FieldId[];
  notFound: FieldId[];
  unknownQuestions: string[];
  unsure: Unsure[];
}

export interface UndoRecord {
  element: FormControl;
  value: string;
  checked: boolean;
  selectedIndex: number;
}

export interface InsertOptions {
  /** The document fills may go into: the top frame's. */
  document: Document;
  isVisible: (el: Element) => boolean;
  /** Fields the person agreed to replace although they held something else. */
  overwrite?: ReadonlySet<FieldId>;
}

function fire(el: Element, type: string) {
  el.dispatchEvent(new Event(type, { bubbles: true }));
}

/** The setter frameworks watch, not an own property a page script may have put on the element. */
function nativeSet(el: FormControl, prop: 'value' | 'checked' | 'selectedIndex', value: unknown) {
  let proto: object | null = Object.getPrototypeOf(el);
  while (proto && !Object.getOwnPropertyDescriptor(proto, prop)) proto = Object.getPrototypeOf(proto);
  const setter = proto && Object.getOwnPropertyDescriptor(proto, prop)?.set;
  if (setter) setter.call(el, value);
  else (el as unknown as Record<string, unknown>)[prop] = value;
}

function write(el: FormControl, prop: 'value' | 'checked' | 'selectedIndex', value: unknown) {
  el.focus({ preventScroll: true });
  nativeSet(el, prop, value);
  fire(el, 'input');
  fire(el, 'change');
  el.blur();
}

/** A select still showing what the page first showed (its placeholder) counts as empty. */
function selectIsUntouched(select: HTMLSelectElement): boolean {
  const initial = Math.max(
    0,
    [...select.options].findIndex((o) => o.defaultSelected),
  );
  return select.selectedIndex === initial || select.value === '';
}

type Outcome = 'filled' | 'changed-by-page' | 'by-site' | LeftAloneReason;

function writeSelect(
  select: HTMLSelectElement,
  field: FieldId,
  value: string,
  replace: boolean,
  undo: () => void,
): Outcome {
  const choice = chooseOption(
    [...select.options].map((o) => ({ text: o.text, value: o.value })),
    field,
    value,
  );
  if ('none' in choice) return choice.none;
  if (select.selectedIndex === choice.index) return 'filled';
  if (!selectIsUntouched(select) && !replace) return 'holds-other-value';
  undo();
  write(select, 'selectedIndex', choice.index);
  return 'filled';
}

function writeBox(
  el: FormControl,
  field: FieldId,
  value: string | boolean,
  replace: boolean,
  undo: () => void,
): Outcome {
  if (el.tagName === 'SELECT') return writeSelect(el as HTMLSelectElement, field, String(value), replace, undo);
  // A box the person cannot change that already holds something is the site's doing (a group name
  // from the invitation), whatever the profile says: reported as filled by the site, never as ours.
  if ((el as HTMLInputElement).readOnly) return el.value.trim() !== '' ? 'by-site' : 'read-only';
  if (el.getAttribute('type') === 'checkbox') {
    const box = el as HTMLInputElement;
    if (box.checked === Boolean(value)) return 'filled';
    undo();
    write(box, 'checked', Boolean(value));
    return 'filled';
  }
  const text = String(value);
  if (sameAsTyped(field, text, el.value)) return 'filled';
  if (el.value.trim() !== '' && !replace) return 'holds-other-value';
  undo();
  write(el, 'value', text);
  return sameAsTyped(field, text, el.value) ? 'filled' : 'changed-by-page';
}

export function insertFill(plan: FillPlan, options: InsertOptions): { report: FillReport; undo: UndoRecord[] } {
  const report: FillReport = {
    filled: [],
    reasons: {},
    boxes: {},
    changedByPage: [],
    filledBySite: [],
    leftAlone: [],
    leftForYou: [...plan.leftForYou],
    missing: [...plan.missing],
    locked: [],
    notFound: [...plan.notFound],
    unknownQuestions: [...plan.unknownQuestions],
    unsure: [...plan.unsure],
  };
  const undo: UndoRecord[] = [];
  const once = (list: FieldId[], field: FieldId) => list.includes(field) || list.push(field);

  for (const { field, element: el, value, reason, part } of plan.fills) {
    let outcome: Outcome;
    if (el.ownerDocument !== options.document) outcome = 'other-frame';
    else if (!options.isVisible(el)) outcome = 'hidden';
    else if (el.disabled) outcome = 'disabled';
    else {
      const before: UndoRecord = {
        element: el,
        value: el.value,
        checked: (el as HTMLInputElement).checked ?? false,
        selectedIndex: (el as HTMLSelectElement).selectedIndex ?? -1,
      };
      outcome = writeBox(el, field, value, options.overwrite?.has(field) ?? false, () => undo.push(before));
    }
    if (outcome === 'filled' || outcome === 'changed-by-page') {
      once(report.filled, field);
      report.reasons[field] ??= reason;
      if (part) report.boxes[field] = part.of;
      if (outcome === 'changed-by-page') once(report.changedByPage, field);
    } else if (outcome === 'by-site') once(report.filledBySite, field);
    else if (!report.leftAlone.some((l) => l.field === field)) report.leftAlone.push({ field, reason: outcome });
  }
  return { report, undo };
}

/** Put back what was there before a fill, in reverse order, telling the page as a fill does. */
export function undoFill(records: readonly UndoRecord[]): void {
  for (const r of [...records].reverse()) {
    if (!r.element.isConnected) continue;
    if (r.element.tagName === 'SELECT') write(r.element, 'selectedIndex', r.selectedIndex);
    else if (r.element.getAttribute('type') === 'checkbox') write(r.element, 'checked', r.checked);
    else write(r.element, 'value', r.value);
  }
}
