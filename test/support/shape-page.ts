/**
 * A page-shape report (lib/page/report.ts) turned back into a page: what a
 * person copied on a real court page becomes HTML the pipeline can read
 * again (test/unit/real-pages.test.ts), or a browser can show.
 *
 * The aim is that `collectPage` on the rendered page reads back the shape in
 * the report, field by field, and adds nothing the report does not say:
 *
 * - The title, the headings as <h2>, the fields in report order in one form,
 *   the actions after the fields. Blanked markers ("[number]", "[e-mail]",
 *   "[typed]") stay as they are; every text is HTML-escaped.
 * - Labels. The report keeps a field's label texts, most trusted first, but
 *   not where each was found. The FIRST becomes a `<label for>`. A later one
 *   becomes the `title` (a tooltip), or the `placeholder` when the box is
 *   text-like and the text reads as a hint ("e.g. …", "Enter …", "(optional)",
 *   "[e-mail]", "mm/dd/yyyy"), which is where such texts sit on real pages.
 *   The collector reads `<label for>`s first, then the placeholder, then the
 *   title, so labels are given out from the end to keep their order: the last
 *   to the title (or the placeholder), the one before it to the placeholder
 *   if it is a hint and the last went to the title, and any left between the
 *   first and those to further `<label for>`s.
 *   Consequence: the first label always counts as a label (most trusted),
 *   even if on the real page it was only a table cell or a placeholder.
 * - Ids. A `<label for>` needs an id, but the collector also reads a box's
 *   id as words (nameTokens: "userName" → "user name"), and the report has no
 *   ids. The generated ids are an underscore and full-width digits ("_０",
 *   "_１２"), which fold to no words, so the box is judged by its name alone.
 * - Headings come AFTER the form in the markup (a style shows them on top).
 *   The report does not say where a heading stood, and the collector takes the
 *   texts before a box as its section (mailing or billing, a "Name" group, a
 *   form about another task). Put before the form, every heading, the banner
 *   and footer ones too, would be every box's section; after it, no box has
 *   one, and the classifier falls back to labels and order, as on a page
 *   without section headings.
 * - Actions: a `<button>` when the text reads as a command ("Login",
 *   "Continue", "Submit"…) or is longer than the 40 characters the collector
 *   reads from a link; else a link ("Forgot Password?", "Help").
 * - A drop-down has one empty option: the report holds no option texts, so a
 *   drop-down known only by its options (a list of states) is not known here.
 *   Nor are boxes split by their length (phone 3 + 3 + 4): no `maxlength`.
 */
import type { PageShape } from '@/lib/page/shape';

/** A page-shape report as the panel copies it (version 1). */
export interface ShapeReport extends PageShape {
  format: string;
  version: number;
  extension: string;
}

/** Where the rendered page is read as being: the court site at the report's path. */
export function shapeUrl(report: Pick<PageShape, 'path'>): URL {
  const url = new URL('https://www.courts.mo.gov/');
  url.pathname = report.path;
  return url;
}

const TEXT_LIKE = new Set(['text', 'email', 'tel', 'number', 'search', 'url', 'password', 'textarea']);

/** A label text that reads as a hint for what to type, rather than the name of the box. */
const HINT =
  /^(e\.? ?g\b|i\.? ?e\b|ex(ample)?s?\b|for example|(enter|type|select|choose|pick) (your|the|a|an|in|one|up to)\b|must\b|at least\b|up to\b|no more than\b|optional\b|required\b|format\b|\()|\b(mm ?\/ ?dd|dd ?\/ ?mm|yyyy|x{3,}|\d+ (characters?|digits?|letters?))\b|#{3,}|\.\.\.$/i;
/** A text that is nothing but blanked markers: a blanked example value. */
const ONLY_MARKERS = /^(\s*\[(number|e-mail|typed)\][\s.,;:()-]*)+$/;

const looksLikeHint = (text: string) => HINT.test(text.trim()) || ONLY_MARKERS.test(text);

/** Texts that read as a form's command; anything else short is shown as a link. */
const COMMAND =
  /^(log ?(in|on|off|out)|sign ?(in|on|out|up)|submit|continue|next|back|previous|cancel|save|search|accept|agree|i agree|decline|register|ok|reset|clear|remove|delete|add|yes|no|finish|done|go|send|close|print|proceed)\b/i;
const MAX_LINK_TEXT = 40; // collect.ts: a longer link text is not read as an action

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const FULL_WIDTH_ZERO = 0xff10;
const fieldId = (index: number) =>
  `_${[...String(index)].map((d) => String.fromCharCode(FULL_WIDTH_ZERO + Number(d))).join('')}`;

interface LabelPlan {
  /** Texts of `<label for>` elements, in order (the first label, and any that fit nowhere else). */
  labels: string[];
  placeholder?: string;
  title?: string;
}

/** Which label text goes where; see the header comment. */
function planLabels(type: string, texts: readonly string[]): LabelPlan {
  if (!texts.length) return { labels: [] };
  const later = texts.slice(1);
  const plan: LabelPlan = { labels: [texts[0]!] };
  const hint = (text: string | undefined) => text !== undefined && TEXT_LIKE.has(type) && looksLikeHint(text);
  let end = later.length;
  if (end > 0) {
    if (hint(later[end - 1])) plan.placeholder = later[--end];
    else {
      plan.title = later[--end];
      if (end > 0 && hint(later[end - 1])) plan.placeholder = later[--end];
    }
  }
  plan.labels.push(...later.slice(0, end));
  return plan;
}

function renderField(field: PageShape['fields'][number], index: number): string {
  const id = fieldId(index);
  const plan = planLabels(field.type, field.labels);
  const attrs = [
    `id="${escape(id)}"`,
    `name="${escape(field.name)}"`,
    plan.placeholder !== undefined ? `placeholder="${escape(plan.placeholder)}"` : '',
    plan.title !== undefined ? `title="${escape(plan.title)}"` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const control =
    field.type === 'select'
      ? `<select ${attrs}><option value=""></option></select>`
      : field.type === 'textarea'
        ? `<textarea ${attrs}></textarea>`
        : `<input type="${escape(field.type || 'text')}" ${attrs}>`;
  const labels = plan.labels.map((text) => `<label for="${escape(id)}">${escape(text)}</label>`);
  // A tick box's label follows it, as on most pages; every other box's label comes first.
  const parts = field.type === 'checkbox' || field.type === 'radio' ? [control, ...labels] : [...labels, control];
  return `<div class="field">${parts.join(' ')}</div>`;
}

function renderAction(text: string): string {
  return COMMAND.test(text.trim()) || text.length > MAX_LINK_TEXT
    ? `<button type="button">${escape(text)}</button>`
    : `<a href="#">${escape(text)}</a>`;
}

/** The report as an HTML page (a whole document, doctype included). */
export function renderShape(report: PageShape): string {
  const fields = report.fields.map(renderField);
  const actions = report.actions.length ? [`<p class="actions">${report.actions.map(renderAction).join(' ')}</p>`] : [];
  const headings = report.headings.length
    ? [`<header>${report.headings.map((h) => `<h2>${escape(h)}</h2>`).join('')}</header>`]
    : [];
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escape(report.title)}</title>`,
    // The headings come after the form in the markup (see above) but are shown on top.
    '<style>body{display:flex;flex-direction:column;font-family:sans-serif}header{order:-1}.field{margin:.5em 0}</style>',
    '</head>',
    '<body>',
    '<form action="#" method="post">',
    ...fields,
    ...actions,
    '</form>',
    ...headings,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
