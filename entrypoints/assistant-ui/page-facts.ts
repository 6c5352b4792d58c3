/**
 * Two facts the panel reads from the page beside the fill itself: which boxes
 * the site already filled (read-only, holding a value), and the questions the
 * court's own security-question lists offer.
 */
import type { FieldId } from '@/lib/procedure/fields';
import { collectPage } from '@/lib/page/collect';
import type { FormControl } from '@/lib/page/labels';
import { classifyControls, type Classified } from '@/lib/recognise/classify';

/** Fields whose box the person cannot change and the site has already filled. */
export function siteFilledFields(classified: readonly Classified[], elements: readonly FormControl[]): FieldId[] {
  const out = new Set<FieldId>();
  classified.forEach((c, i) => {
    const el = elements[i] as HTMLInputElement | undefined;
    if (c.field && el && el.tagName === 'INPUT' && el.readOnly && el.value.trim() !== '') out.add(c.field);
  });
  return [...out];
}

export const MAX_COURT_QUESTIONS = 60;
const QUESTION_MAX = 200;
/** "-- Select a question --": a list's placeholder, not a question. */
const PLACEHOLDER = /^[\s\-–—]*(select|choose|pick)\b/i;

/** The questions offered by the page's security-question drop-downs, each once, in the page's order. */
export function courtQuestionsOn(doc: Document, isVisible: (el: Element) => boolean): string[] {
  const { page, elements } = collectPage(doc, new URL(doc.location?.href ?? 'https://www.courts.mo.gov/'), isVisible);
  const questions = new Set<string>();
  classifyControls(page.controls).forEach((c, i) => {
    const el = elements[i];
    if (!c.field || !/^security\d\.question$/.test(c.field) || el?.tagName !== 'SELECT') return;
    for (const option of (el as HTMLSelectElement).options) {
      const text = option.text.replace(/\s+/g, ' ').trim();
      if (!text || option.value === '' || PLACEHOLDER.test(text) || text.length > QUESTION_MAX) continue;
      questions.add(text);
    }
  });
  return [...questions].slice(0, MAX_COURT_QUESTIONS);
}
