/**
 * The gate every court page passes through: can this page be a screen of the
 * procedure at all? Clerks spend their day on Case.net, whose pages are large
 * tables with a site search box and nothing to register, so the answer must
 * cost next to nothing: the page's own boxes (not a site search), and a few
 * of its first headings for the screens that have no boxes (registration
 * start, additional steps, the eFiling menu, preferences). Only a page that
 * passes gets the assistant (recognition, panel, filler), loaded on demand.
 *
 * What it knows of the procedure comes from the table at build time (gate-facts.ts). On a
 * 5,000-row docket the browser charges to this script whatever garbage collection its allocations
 * set off, so the loops below index the browser's collections instead of iterating them.
 */
import type { GateFacts } from './gate-facts';
import { CONTROL_TAGS, isFormField } from './labels';
import { foldLabel, normaliseText } from './text';

declare const __MO_GATE_FACTS__: GateFacts;

const FACTS = __MO_GATE_FACTS__;
/** Headings of the screens that have no fields, the only ones a page without boxes can be. */
const BOXLESS_HEADINGS = FACTS.boxlessHeadings.map(([source, flags]) => new RegExp(source, flags));
const PROCEDURE_PATHS = new RegExp(FACTS.procedurePaths[0], FACTS.procedurePaths[1]);
/** A site-wide search box, which every court page has and no registration screen needs. */
const SEARCH_BOX = /search|find|look ?up|keyword/i;
const HEADINGS = 'h1, h2, h3, [role="heading"], img[alt]';
/**
 * Read through the tag-name collections the browser keeps, not a selector list: on a 5,000-row
 * docket a selector walk matches every element against every selector (2 ms in Chromium), a
 * tag collection a quarter of that. Role headings are caught among the first elements.
 */
const BOX_TAGS = FACTS.boxTags;
const BOXES = BOX_TAGS.join(', ');
const HEADING_TAGS = ['h1', 'h2', 'h3'];
/** Old table pages title themselves in plain blocks: only the first few elements of the page are read. */
const TEXT_BLOCKS = new Set(['DIV', 'TD', 'TH', 'B', 'STRONG', 'FONT', 'SPAN', 'P']);
const MAX_ELEMENTS = 400;

function isOwnBox(el: Element): boolean {
  if (!isFormField(el) || el.closest('[role="search"]')) return false;
  if ((el.getAttribute('type') ?? '').toLowerCase() === 'search') return false;
  const words = ['name', 'aria-label', 'placeholder', 'title'].map((a) => el.getAttribute(a) ?? '').join(' ');
  return !SEARCH_BOX.test(words);
}

/** Longer than any heading: not worth folding. */
const MAX_HEADING = 120;

const namesABoxlessScreen = (text: string | null | undefined) => {
  if (!text || text.length > MAX_HEADING * 4) return false;
  const folded = foldLabel(normaliseText(text));
  return folded.length >= 3 && BOXLESS_HEADINGS.some((h) => h.test(folded));
};

function hasBoxlessHeading(doc: Document): boolean {
  if (namesABoxlessScreen(doc.title)) return true;
  const body = doc.body;
  if (!body) return false;
  for (const tag of HEADING_TAGS) {
    const found = body.getElementsByTagName(tag);
    for (let i = 0; i < found.length; i++) if (namesABoxlessScreen(found[i]!.textContent)) return true;
  }
  const imgs = body.getElementsByTagName('img');
  for (let i = 0; i < imgs.length; i++) {
    const alt = imgs[i]!.getAttribute('alt');
    if (alt && namesABoxlessScreen(alt)) return true;
  }
  // A tree walker reads lazily: a 5,000-row docket costs its first few hundred elements, not a list of all.
  const walker = doc.createTreeWalker(body, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let read = 0; read < MAX_ELEMENTS && walker.nextNode(); read++) {
    const el = walker.currentNode as Element;
    const block = (TEXT_BLOCKS.has(el.tagName) && el.childElementCount === 0) || el.getAttribute('role') === 'heading';
    if (block && namesABoxlessScreen(el.textContent)) return true;
  }
  return false;
}

/**
 * Is it worth loading the assistant on this page? A page with no box of its own can only be one of
 * the screens without boxes, which live in the procedure's own parts of the site (the registration
 * start, eFiling): elsewhere (a Case.net docket) its headings are not even read. `path` is the
 * page's path; unknown (null), the headings are read wherever the page is.
 */
export function mayBeAScreen(doc: Document, path: string | null = null): boolean {
  for (const tag of BOX_TAGS) {
    const found = doc.getElementsByTagName(tag);
    for (let i = 0; i < found.length; i++) if (isOwnBox(found[i]!)) return true;
  }
  return (path === null || PROCEDURE_PATHS.test(path)) && hasBoxlessHeading(doc);
}

/** The longest signature boxSignature gives (the protocol's bound). */
export const MAX_SIGNATURE = 2000;

/**
 * What the page's own boxes are, in a line: each box's tag, type and name (or id), in page order.
 * The background remembers a page path with these boxes that the recogniser found to be no screen (a
 * Case.net search form, visited all day), so the next visit costs a message, not a recognition.
 * Empty when the page has no box of its own (a screen without boxes is never remembered).
 */
export function boxSignature(doc: Document): string {
  let out = '';
  for (const tag of CONTROL_TAGS) {
    const found = doc.getElementsByTagName(tag);
    for (let i = 0; i < found.length && out.length < MAX_SIGNATURE; i++) {
      const el = found[i]!;
      if (!isOwnBox(el)) continue;
      out += `${out ? ',' : ''}${tag}:${el.getAttribute('type') ?? ''}:${el.getAttribute('name') ?? el.id}`;
    }
  }
  return out.slice(0, MAX_SIGNATURE);
}

/** Does this added node bring a box or a heading (the only changes that can make a page a screen)? */
function bringsSomething(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  const selector = `${BOXES}, ${HEADINGS}, title`;
  return el.matches(selector) || el.querySelector(selector) !== null;
}

/**
 * Calls `onCandidate` once, as soon as the page may be a screen: now, or when
 * boxes or headings appear later (a form rendered by script, however long
 * after load). Work is in proportion to what changed: only added nodes are
 * looked at, and a page whose changes bring no box or heading costs a glance
 * at each mutation record. Returns a function that stops watching.
 */
export function whenMayBeAScreen(
  doc: Document,
  onCandidate: () => void,
  path: () => string | null = () => null,
  /** false: only a later change counts (the page as it is now was already answered). */
  now = true,
): () => void {
  if (now && mayBeAScreen(doc, path())) {
    onCandidate();
    return () => {};
  }
  const observer = new MutationObserver((records) => {
    const relevant = records.some((r) => r.target.nodeName === 'TITLE' || [...r.addedNodes].some(bringsSomething));
    if (!relevant || !mayBeAScreen(doc, path())) return;
    observer.disconnect();
    onCandidate();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  return () => observer.disconnect();
}
