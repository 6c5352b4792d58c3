/**
 * Writes a fill plan into the page so that the page's own scripts see it:
 * focus, the native value setter, bubbling input and change, then blur.
 * Every field is checked again just before writing (visible, enabled,
 * writable, in this document); a field that already holds something else is
 * left alone unless the person said to replace it. Everything written can be
 * undone. Never clicks, never submits.
 */
import type { FormControl } from '../page/labels';
import { foldLabel } from '../recognise/rules';
import type { FieldId } from '../fields';
import type { FillPlan } from './plan';
import { stateAliases } from './us-states';

export type LeftAloneReason =
  'hidden' | 'disabled' | 'read-only' | 'holds-other-value' | 'no-such-option' | 'other-frame';

export interface FillReport {
  filled: FieldId[];
  /** Filled, but the page's script changed what was written (e.g. reformatted a phone number). */
  changedByPage: FieldId[];
  leftAlone: { field: FieldId; reason: LeftAloneReason }[];
  leftForYou: FieldId[];
  missing: FieldId[];
  notFound: FieldId[];
  unknownQuestions: string[];
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

function optionIndex(select: HTMLSelectElement, field: FieldId, value: string): number {
  const wanted = (field.endsWith('.state') ? stateAliases(value) : [value]).map(foldLabel);
  const options = [...select.options];
  const byText = options.findIndex((o) => wanted.includes(foldLabel(o.text)));
  return byText >= 0 ? byText : options.findIndex((o) => o.value !== '' && wanted.includes(foldLabel(o.value)));
}

/** A select still showing what the page first showed (its placeholder) counts as empty. */
function selectIsUntouched(select: HTMLSelectElement): boolean {
  const initial = Math.max(
    0,
    [...select.options].findIndex((o) => o.defaultSelected),
  );
  return select.selectedIndex === initial || select.value === '';
}

export function insertFill(plan: FillPlan, options: InsertOptions): { report: FillReport; undo: UndoRecord[] } {
  const report: FillReport = {
    filled: [],
    changedByPage: [],
    leftAlone: [],
    leftForYou: [...plan.leftForYou],
    missing: [...plan.missing],
    notFound: [...plan.notFound],
    unknownQuestions: [...plan.unknownQuestions],
  };
  const undo: UndoRecord[] = [];
  const leave = (field: FieldId, reason: LeftAloneReason) => report.leftAlone.push({ field, reason });

  for (const { field, element: el, value } of plan.fills) {
    if (el.ownerDocument !== options.document) {
      leave(field, 'other-frame');
      continue;
    }
    if (!options.isVisible(el)) {
      leave(field, 'hidden');
      continue;
    }
    if (el.disabled) {
      leave(field, 'disabled');
      continue;
    }
    const replace = options.overwrite?.has(field) ?? false;
    const before: UndoRecord = {
      element: el,
      value: el.value,
      checked: (el as HTMLInputElement).checked ?? false,
      selectedIndex: (el as HTMLSelectElement).selectedIndex ?? -1,
    };

    if (el.tagName === 'SELECT') {
      const select = el as HTMLSelectElement;
      const index = optionIndex(select, field, String(value));
      if (index < 0) {
        leave(field, 'no-such-option');
        continue;
      }
      if (select.selectedIndex === index) {
        report.filled.push(field);
        continue;
      }
      if (!selectIsUntouched(select) && !replace) {
        leave(field, 'holds-other-value');
        continue;
      }
      undo.push(before);
      write(select, 'selectedIndex', index);
      report.filled.push(field);
      continue;
    }

    if ((el as HTMLInputElement).readOnly) {
      if (el.value === value) report.filled.push(field);
      else leave(field, 'read-only');
      continue;
    }

    if (el.getAttribute('type') === 'checkbox') {
      const box = el as HTMLInputElement;
      if (box.checked === Boolean(value)) {
        report.filled.push(field);
        continue;
      }
      undo.push(before);
      write(box, 'checked', Boolean(value));
      report.filled.push(field);
      continue;
    }

    const text = String(value);
    if (el.value === text) {
      report.filled.push(field);
      continue;
    }
    if (el.value.trim() !== '' && !replace) {
      leave(field, 'holds-other-value');
      continue;
    }
    undo.push(before);
    write(el, 'value', text);
    report.filled.push(field);
    if (el.value !== text) report.changedByPage.push(field);
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
