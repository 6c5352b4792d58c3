/**
 * The shape of a page: what it says and asks for, never what anyone typed.
 * The detector reads it, and on unrecognised court pages the person can copy
 * it as a report so a changed screen can be taught. It must hold no field
 * values, no query string and no body text (which could hold a name).
 */
import { isFormField, labelTexts, normaliseText } from './labels';

export interface FieldShape {
  /** Input type, or "select" / "textarea". */
  type: string;
  name: string;
  /** Label texts, most trusted first. */
  labels: string[];
}

export interface PageShape {
  /** URL path only: the query may carry a token or personal data. */
  path: string;
  title: string;
  headings: string[];
  /** Texts of buttons and of short links, which on these sites often act as buttons. */
  actions: string[];
  fields: FieldShape[];
}

const MAX_ITEMS = 80; // bound the work on very large pages
const MAX_TEXT = 120;

const clip = (s: string) => (s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT)}…` : s);

function texts(elements: Iterable<Element>, read: (el: Element) => string): string[] {
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
 * Old table-layout pages often set their title in a plain <div>, <td> or <b>
 * rather than a heading element: short text-only blocks count as headings,
 * unless they are a field's label or part of a link, button or label.
 */
function titleBlocks(doc: Document, fieldLabels: ReadonlySet<string>): Element[] {
  const out: Element[] = [];
  for (const el of doc.body?.querySelectorAll('div, td, th, span, p, b, strong, font') ?? []) {
    if (el.childElementCount > 0 || el.closest('a, button, label, option, select')) continue;
    const text = normaliseText(el.textContent ?? '');
    if (text.length >= 3 && text.length <= 80 && !fieldLabels.has(text)) out.push(el);
  }
  return out;
}

export function collectPageShape(doc: Document, url: URL): PageShape {
  const fields: FieldShape[] = [];
  for (const el of doc.querySelectorAll('input, select, textarea')) {
    if (!isFormField(el)) continue;
    fields.push({
      type: el.tagName === 'INPUT' ? (el.getAttribute('type') || 'text').toLowerCase() : el.tagName.toLowerCase(),
      name: clip(el.getAttribute('name') ?? ''),
      labels: labelTexts(el).map((l) => clip(l.text)),
    });
    if (fields.length >= MAX_ITEMS) break;
  }
  return {
    path: url.pathname,
    title: clip(normaliseText(doc.title)),
    headings: texts(
      [
        ...doc.querySelectorAll('h1, h2, h3, h4, legend, caption, [role="heading"]'),
        ...titleBlocks(doc, new Set(fields.flatMap((f) => f.labels))),
      ],
      (el) => el.textContent ?? '',
    ),
    actions: texts(
      doc.querySelectorAll('button, input[type="submit"], input[type="button"], input[type="image"], a[href]'),
      actionText,
    ),
    fields,
  };
}
