/**
 * What a form control is called on the page, found the way browsers' own
 * autofill does: the trusted signals first, the guesses last. Each text comes
 * with where it was found, so a match can say why it matched.
 *
 * Pure DOM reading: no values, no layout. Used by the page-shape collector
 * (detector, report) and by the field matcher.
 */
import { normaliseText } from './text';

export type LabelSource =
  | 'label-for'
  | 'label-wrap'
  | 'aria-labelledby'
  | 'aria-label'
  | 'table-cell'
  | 'column-header'
  | 'preceding-text'
  | 'following-text'
  | 'caption'
  | 'placeholder'
  | 'title'
  /** Text before the small wrapper the box sits in (split boxes, a caption group): the weakest guess. */
  | 'group-text';

export interface LabelText {
  source: LabelSource;
  text: string;
}

export type FormControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** The tags of the elements a form control can be (lower case, as getElementsByTagName takes them). */
export const CONTROL_TAGS = ['input', 'select', 'textarea'] as const;

/** Input types that hold something a person types or picks; buttons and hidden inputs are not fields. */
const FIELD_INPUT_TYPES = new Set([
  'text',
  'email',
  'tel',
  'password',
  'number',
  'search',
  'url',
  'checkbox',
  'radio',
  '',
]);

export function isFormField(el: Element): el is FormControl {
  const tag = el.tagName;
  if (tag === 'SELECT' || tag === 'TEXTAREA') return true;
  return tag === 'INPUT' && FIELD_INPUT_TYPES.has((el.getAttribute('type') ?? '').toLowerCase());
}

export { normaliseText };

/** Text of an element without the text of form controls inside it (a select's options are not a label). */
function ownText(el: Element): string {
  let out = '';
  for (const node of el.childNodes) {
    if (node.nodeType === 3) out += node.textContent;
    else if (node.nodeType === 1) {
      const child = node as Element;
      if (!/^(SELECT|TEXTAREA|SCRIPT|STYLE|OPTION|BUTTON)$/.test(child.tagName)) out += ` ${ownText(child)} `;
    }
  }
  return normaliseText(out);
}

/** A block of links (a site's navigation column) labels nothing. */
export const isNavigation = (el: Element): boolean => el.querySelectorAll('a[href]').length >= 2;

function cellText(cell: Element | null | undefined): string {
  return cell && !cell.querySelector('input, select, textarea') && !isNavigation(cell) ? ownText(cell) : '';
}

/** "(", "–", ")": the separators between the boxes of a split phone number or ZIP, not labels. */
const SEPARATOR_ONLY = /^[\s()\-–—/.:#*]*$/;

/**
 * The label cell of a table layout: the nearest cell with text beside the
 * control's cell (before it; for a checkbox after it first, then before).
 */
function tableCellText(el: Element, tickable: boolean): string {
  const cell = el.closest('td, th');
  if (!cell) return '';
  const sides = tickable
    ? [(c: Element) => c.nextElementSibling, (c: Element) => c.previousElementSibling]
    : [(c: Element) => c.previousElementSibling];
  for (const step of sides) {
    for (let c = step(cell); c; c = step(c)) {
      const text = cellText(c);
      if (text) return text;
    }
  }
  return '';
}

/** The cell above in the same column (a column header, or a label row above the boxes). */
function columnHeaderText(el: Element): string {
  const cell = el.closest('td, th');
  const row = cell?.parentElement;
  if (!cell || !row) return '';
  const index = Array.prototype.indexOf.call(row.children, cell);
  for (let above = row.previousElementSibling; above; above = above.previousElementSibling) {
    const text = cellText(above.children[index]);
    if (text) return text;
    if (above.querySelector('input, select, textarea')) break;
  }
  // A header row in <thead> while the control's row is in <tbody>.
  const head = row.closest('table')?.querySelector(':scope > thead > tr:last-child');
  return head && head !== row ? cellText(head.children[index]) : '';
}

/** Bold or plain text right before the control within its parent, up to the previous control. */
function textBefore(el: Element): { text: string; blocked: boolean } {
  let out = '';
  let node: ChildNode | null = el.previousSibling;
  while (node && out.length < 120) {
    if (node.nodeType === 1 && isFormField(node as Element)) return { text: normaliseText(out), blocked: true };
    if (node.nodeType === 1 && (node as Element).tagName === 'BR' && out.trim()) break;
    if (node.nodeType === 1 && (node as Element).querySelector('input, select, textarea')) {
      return { text: normaliseText(out), blocked: true };
    }
    out = `${node.nodeType === 1 ? ownText(node as Element) : (node.textContent ?? '')} ${out}`;
    node = node.previousSibling;
  }
  return { text: normaliseText(out), blocked: false };
}

/**
 * Bold or plain text right before the control, up to the previous control. When the control is the
 * first in a small wrapper (the boxes of a split ZIP or phone number) with nothing but separators
 * before it, the text before the wrapper counts, two levels up at most.
 */
function precedingText(el: Element, ascend: boolean): string {
  let node: Element | null = el;
  for (let level = 0; node && level < (ascend ? 3 : 1); level++, node = node.parentElement) {
    const { text, blocked } = textBefore(node);
    if (!SEPARATOR_ONLY.test(text)) return text;
    if (
      blocked ||
      !node.parentElement ||
      node.parentElement.tagName === 'BODY' ||
      node.parentElement.tagName === 'TD'
    ) {
      return '';
    }
  }
  return '';
}

/** Text right after a checkbox or radio button, where their labels usually sit. */
function followingText(el: Element): string {
  let out = '';
  let node: ChildNode | null = el.nextSibling;
  while (node && out.length < 160) {
    if (node.nodeType === 1 && (isFormField(node as Element) || (node as Element).tagName === 'BR')) break;
    out += ` ${node.nodeType === 1 ? ownText(node as Element) : (node.textContent ?? '')}`;
    node = node.nextSibling;
  }
  return normaliseText(out);
}

/**
 * A caption under or after a text box ("First" and "Last" under two name
 * boxes): the text of the elements after the control in its own box, when the
 * control is the last one there. Bare text right after a box is a hint such
 * as "(optional)", not a caption.
 */
function captionText(el: Element): string {
  let out = '';
  let afterBreak = false;
  for (let node: ChildNode | null = el.nextSibling; node && out.length < 60; node = node.nextSibling) {
    if (node.nodeType === 1) {
      const child = node as Element;
      if (isFormField(child) || child.querySelector('input, select, textarea')) return '';
      if (child.tagName === 'BR') afterBreak = true;
      else out += ` ${ownText(child)}`;
    } else if (afterBreak) out += ` ${node.textContent ?? ''}`;
  }
  return normaliseText(out);
}

/** Every label text the control has, most trusted first. */
/** The `<label for>` elements of a document by their `for`, found in one pass (a collect reads many boxes). */
export function labelsByFor(doc: Document): (id: string) => Element[] {
  const map = new Map<string, Element[]>();
  for (const label of doc.querySelectorAll('label[for]')) {
    const id = label.getAttribute('for') ?? '';
    map.set(id, [...(map.get(id) ?? []), label]);
  }
  return (id) => map.get(id) ?? [];
}

export function labelTexts(el: FormControl, labelsFor?: (id: string) => Element[]): LabelText[] {
  const out: LabelText[] = [];
  const add = (source: LabelSource, text: string | null | undefined) => {
    const t = normaliseText(text ?? '');
    if (t) out.push({ source, text: t });
  };
  const doc = el.ownerDocument;
  if (el.id) {
    const id = el.id.replace(/["\\]/g, '\\$&');
    const labels = labelsFor ? labelsFor(el.id) : doc.querySelectorAll(`label[for="${id}"]`);
    for (const label of labels) add('label-for', ownText(label));
  }
  const wrap = el.closest('label');
  if (wrap && wrap.getAttribute('for') === null) add('label-wrap', ownText(wrap));
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    add(
      'aria-labelledby',
      labelledBy
        .split(/\s+/)
        .map((id) => {
          const target = doc.getElementById(id);
          return target ? ownText(target) : '';
        })
        .join(' '),
    );
  }
  add('aria-label', el.getAttribute('aria-label'));
  let groupText = '';
  if (!out.length) {
    const tickable = /^(checkbox|radio)$/i.test(el.getAttribute('type') ?? '');
    if (tickable) add('following-text', followingText(el));
    add('table-cell', tableCellText(el, tickable));
    const before = precedingText(el, false);
    add('preceding-text', before);
    // Nothing right before it: a caption under it is closer than text before its wrapper.
    const caption = !tickable && !before ? captionText(el) : '';
    add('caption', caption);
    add('column-header', columnHeaderText(el));
    if (!before && !caption) groupText = precedingText(el, true);
  }
  add('placeholder', el.getAttribute('placeholder'));
  add('title', el.getAttribute('title'));
  add('group-text', groupText);
  return out;
}
