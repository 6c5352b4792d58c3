/**
 * Text as the pipeline compares it. Every stage folds text the same way, so
 * a label, a heading, an option and a saved answer meet on equal terms.
 */

/** Runs of white space to one space, trimmed. */
export function normaliseText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const FOLDED = new Map<string, string>();

/** Lower case, accents off, punctuation to spaces: "E-mail Address:*" → "e mail address". */
export function foldLabel(text: string): string {
  let folded = FOLDED.get(text);
  if (folded === undefined) {
    folded = text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
    // Labels and headings repeat from look to look; the memory stays bounded whatever a page holds.
    if (FOLDED.size > 4000) FOLDED.clear();
    if (text.length <= 200) FOLDED.set(text, folded);
  }
  return folded;
}

/** Words that carry no meaning when two wordings of one thing are compared. */
const FILLER = new Set(
  'a an the of in at on to for and or is was were are your you my our did do does what which who where when how name'.split(
    ' ',
  ),
);
/** Abbreviations courts and agencies write both ways. */
const SAME_WORD: Readonly<Record<string, string>> = {
  dept: 'department',
  div: 'division',
  mo: 'missouri',
  st: 'state',
  childhood: 'child',
  elementary: 'school',
  grade: 'school',
  nick: 'nickname',
};

/** The meaningful words of a text, as a set: "In what city were you born?" → {city, born}. */
export function wordSet(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of foldLabel(text).split(' ')) {
    if (word.length < 2 || FILLER.has(word)) continue;
    out.add(SAME_WORD[word] ?? word);
  }
  return out;
}

/** How alike two wordings are, 0..1 (shared meaningful words over all of them). */
export function wordSimilarity(a: string, b: string): number {
  const x = wordSet(a);
  const y = wordSet(b);
  if (!x.size || !y.size) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared += 1;
  return shared / (x.size + y.size - shared);
}

/**
 * The one text among `choices` that means `wanted`, if there is a clear one:
 * the same folded text, else the best word match that is good enough and
 * clearly ahead of the next. Returns its index, -1 for none, or 'ambiguous'.
 */
export function closestText(wanted: string, choices: readonly string[]): number | 'ambiguous' {
  const folded = foldLabel(wanted);
  if (!folded) return -1;
  const exact = choices.map((c, i) => (foldLabel(c) === folded ? i : -1)).filter((i) => i >= 0);
  if (exact.length === 1) return exact[0]!;
  if (exact.length > 1) return 'ambiguous';
  const scored = choices.map((c, i) => ({ i, s: wordSimilarity(wanted, c) })).sort((p, q) => q.s - p.s);
  const [best, next] = scored;
  if (!best || best.s < MIN_SIMILARITY) return -1;
  if (next && best.s - next.s < MIN_LEAD) return 'ambiguous';
  return best.i;
}

/** Below this two wordings are different things. */
const MIN_SIMILARITY = 0.6;
/** The winner must be this far ahead, or the choice is left to the person. */
const MIN_LEAD = 0.2;
