/**
 * Stage 1 of the pipeline: one walk over the page. Every form control comes
 * out with what a person would read around it (its labels, by source), the
 * section it sits in, and its constraints; the page with its title, headings
 * and buttons. Pure DOM reading: no values, no layout. The facts are plain
 * data (the detector runs on them in the content script; the report copies
 * them); the elements stay beside them for the filler.
 */
import { isFormField, isNavigation, labelTexts, labelsByFor, type FormControl, type LabelText } from './labels';
import { normaliseText } from './text';

export type ControlType =
  'text' | 'email' | 'tel' | 'number' | 'search' | 'url' | 'password' | 'checkbox' | 'radio' | 'select' | 'textarea';

export interface ControlFacts {
  type: ControlType;
  /** The `name` attribute as written (the report shows it). */
  name: string;
  /** `name` and `id` split into folded words: "userForm.emailAddr" → "user form email addr". */
  tokens: string;
  autocomplete: string[];
  /** Label texts, most trusted first. */
  labels: LabelText[];
  /** Short texts before the control that are not its own label, nearest first (legends, headings). */
  context: string[];
  /** The most characters the box takes (`maxlength`, else a small `size`); null when unbounded. */
  maxLength: number | null;
  /** For drop-downs: the texts of the options (bounded). */
  options: string[];
  readOnly: boolean;
}

export interface CollectedPage {
  /** URL path only: the query may carry a token or personal data. */
  path: string;
  title: string;
  headings: string[];
  /** Texts of buttons and of short links, which on these sites often act as buttons. */
  actions: string[];
  controls: ControlFacts[];
}

export interface Collected {
  page: CollectedPage;
  /** The element of each control, by the same index. */
  elements: FormControl[];
}

const MAX_CONTROLS = 200; // bound the work on very large pages
const MAX_ITEMS = 80;
const MAX_TEXT = 120;
const MAX_OPTIONS = 80;
const CONTEXT_ITEMS = 4;
const CONTEXT_STEPS = 120;

const clip = (s: string) => (s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT)}…` : s);

export function controlType(el: FormControl): ControlType {
  if (el.tagName === 'SELECT') return 'select';
  if (el.tagName === 'TEXTAREA') return 'textarea';
  return (el.getAttribute('type') || 'text').toLowerCase() as ControlType;
}

/**
 * "userForm.emailAddr" → "user form email addr"; "addr[1].street1" → "addr 1 street 1". The id
 * counts only when there is no name: ids are often generated ("uid-k3f9-4", "j_id_7x"), names are
 * what the server reads.
 */
export function nameTokens(el: Element): string {
  const raw = el.getAttribute('name') || el.id;
  return raw
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([a-zA-Z])(\d)/g, '$1 $2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function maxLength(el: FormControl): number | null {
  const max = Number(el.getAttribute('maxlength'));
  if (Number.isInteger(max) && max > 0) return max;
  const size = Number(el.getAttribute('size'));
  return el.tagName === 'INPUT' && Number.isInteger(size) && size > 0 && size <= 5 ? size : null;
}

/**
 * Short texts standing before the control outside its own row: the legend of
 * its fieldset, then headings and label-like blocks met walking back and up
 * (siblings holding other controls are other rows, and are skipped).
 */
/** What a sibling says as a possible section heading; read once per collect, however many boxes share it. */
type SiblingText = (sib: Element) => string | null;

function siblingReader(): SiblingText {
  const memo = new Map<Element, string | null>();
  return (sib) => {
    let text = memo.get(sib);
    if (text === undefined) {
      const skip =
        sib.tagName === 'SCRIPT' ||
        sib.tagName === 'STYLE' ||
        sib.querySelector('input, select, textarea') !== null ||
        isNavigation(sib);
      text = skip ? null : normaliseText(sib.textContent ?? '');
      memo.set(sib, text);
    }
    return text;
  };
}

function contextTexts(el: Element, read: SiblingText): string[] {
  const out: string[] = [];
  const push = (text: string) => {
    const t = normaliseText(text);
    if (t && t.length <= 80 && !out.includes(t)) out.push(t);
  };
  let steps = 0;
  for (let node: Element | null = el; node && node.tagName !== 'BODY'; node = node.parentElement) {
    if (node.tagName === 'FIELDSET') {
      const legend = node.querySelector(':scope > legend');
      if (legend) push(legend.textContent ?? '');
    }
    for (let sib = node.previousElementSibling; sib && steps < CONTEXT_STEPS; sib = sib.previousElementSibling) {
      steps += 1;
      const text = read(sib);
      if (text === null) continue;
      push(text);
      if (out.length >= CONTEXT_ITEMS) return out;
    }
    if (steps >= CONTEXT_STEPS) break;
  }
  return out;
}

function facts(el: FormControl, read: SiblingText, labelsFor: (id: string) => Element[]): ControlFacts {
  const type = controlType(el);
  const labels = labelTexts(el, labelsFor).map((l) => ({ source: l.source, text: clip(l.text) }));
  const own = new Set(labels.map((l) => l.text));
  return {
    type,
    name: clip(el.getAttribute('name') ?? ''),
    tokens: nameTokens(el),
    autocomplete: (el.getAttribute('autocomplete') ?? '').toLowerCase().split(/\s+/).filter(Boolean),
    labels,
    context: contextTexts(el, read)
      .map(clip)
      .filter((t) => !own.has(t)),
    maxLength: maxLength(el),
    options:
      type === 'select' ? [...(el as HTMLSelectElement).options].slice(0, MAX_OPTIONS).map((o) => clip(o.text)) : [],
    readOnly: el.hasAttribute('readonly'),
  };
}

function uniqueTexts(elements: Iterable<Element>, read: (el: Element) => string): string[] {
  const out: string[] = [];
  for (const el of elements) {
    const t = clip(normaliseText(read(el)));
    if (t && !out.includes(t)) out.push(t);
    if (out.length >= MAX_ITEMS) break;
  }
  return out;
}

function actionText(el: Element): string {
  if (el.tagName === 'INPUT') return el.getAttribute('value') ?? el.getAttribute('alt') ?? '';
  const text = el.textContent ?? '';
  return el.tagName === 'A' && text.trim().length > 40 ? '' : text;
}

/**
 * Headings: heading elements, the alt text of a picture standing as a title,
 * and, on old table-layout pages, short text-only blocks that are nobody's
 * label and no part of a link, button or label. Bounded: a 5,000-row docket
 * is not read cell by cell.
 */
const TITLE_BLOCKS = new Set(['DIV', 'TD', 'TH', 'SPAN', 'P', 'B', 'STRONG', 'FONT']);

function headingElements(doc: Document, labels: ReadonlySet<string>): Element[] {
  const body = doc.body;
  if (!body) return [];
  const out: Element[] = [...body.querySelectorAll('h1, h2, h3, h4, legend, caption, [role="heading"]')];
  for (const img of body.querySelectorAll('img[alt]')) {
    if (!img.closest('a, button') && (img.getAttribute('alt') ?? '').trim().length >= 3) out.push(img);
  }
  // Lazily, and the cheap tests first: a leaf of the right kind with short text, then where it sits.
  const walker = doc.createTreeWalker(body, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let seen = 0; seen < 2000 && out.length < MAX_ITEMS * 2 && walker.nextNode(); seen++) {
    const el = walker.currentNode as Element;
    if (el.childElementCount > 0 || !TITLE_BLOCKS.has(el.tagName)) continue;
    const text = normaliseText(el.textContent ?? '');
    if (text.length < 3 || text.length > 80 || labels.has(text)) continue;
    if (!el.closest('a, button, label, option, select')) out.push(el);
  }
  return out;
}

export function collectPage(doc: Document, url: URL, include: (el: Element) => boolean = () => true): Collected {
  const elements: FormControl[] = [];
  const controls: ControlFacts[] = [];
  const read = siblingReader();
  const labelsFor = labelsByFor(doc);
  for (const el of doc.querySelectorAll('input, select, textarea')) {
    if (!isFormField(el) || !include(el)) continue;
    elements.push(el);
    controls.push(facts(el, read, labelsFor));
    if (controls.length >= MAX_CONTROLS) break;
  }
  const labels = new Set(controls.flatMap((c) => c.labels.filter((l) => l.source !== 'group-text').map((l) => l.text)));
  // Another box's label standing above a group (a "Same as above" box, a header row) is no section heading.
  for (const c of controls) c.context = c.context.filter((t) => !labels.has(t));
  return {
    page: {
      path: url.pathname,
      title: clip(normaliseText(doc.title)),
      headings: uniqueTexts(headingElements(doc, labels), (el) =>
        el.tagName === 'IMG' ? (el.getAttribute('alt') ?? '') : (el.textContent ?? ''),
      ),
      actions: uniqueTexts(
        doc.querySelectorAll('button, input[type="submit"], input[type="button"], input[type="image"], a[href]'),
        actionText,
      ),
      controls,
    },
    elements,
  };
}
