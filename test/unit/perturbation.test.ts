/**
 * Perturbation suite: classification and screen recognition must not hang on the replica's exact
 * words, layouts, ids or classes. Each case renders one screen, classifies it as written, perturbs
 * the same parsed page (other label words, another layout, no ids/classes, or some of these
 * together) and classifies again: every field of the manifest must land on the same box (or boxes)
 * as before, and the screen must still be recognised.
 */
import { describe, expect, it } from 'vitest';
import { collectPage, type Collected } from '@/lib/page/collect';
import { classifyControls, type Classified } from '@/lib/recognise/classify';
import { detect } from '@/lib/recognise/screens';
import {
  SYNONYMS_A,
  SYNONYMS_B,
  moveLabels,
  replaceLabelWords,
  stripIdsAndClasses,
  visibleWords,
  type Synonyms,
} from '../support/perturb';
import { MANIFEST, SCREEN_IDS, VARIANTS, parseHtml, queryParts, renderScreen } from '../support/replica';

type Step = { kind: 'words'; synonyms: Synonyms } | { kind: 'layout'; run: (doc: Document) => void };

const words = (synonyms: Synonyms): Step => ({ kind: 'words', synonyms });
const layout = (run: (doc: Document) => void): Step => ({ kind: 'layout', run });
const leftCell = layout((d) => moveLabels(d, 'left-cell'));
const above = layout((d) => moveLabels(d, 'above'));
const columnHeader = layout((d) => moveLabels(d, 'column-header'));
const placeholderOnly = layout((d) => moveLabels(d, 'placeholder-only'));
const stripped = layout(stripIdsAndClasses);

const PERTURBATIONS: Record<string, Step[]> = {
  'synonyms A': [words(SYNONYMS_A)],
  'synonyms B': [words(SYNONYMS_B)],
  'left-cell layout': [leftCell],
  'labels above': [above],
  'column-header layout': [columnHeader],
  'placeholder-only layout': [placeholderOnly],
  'ids and classes stripped': [stripped],
  'synonyms A + left-cell layout': [words(SYNONYMS_A), leftCell],
  'synonyms B + column-header layout': [words(SYNONYMS_B), columnHeader],
  'synonyms A + placeholder-only layout': [words(SYNONYMS_A), placeholderOnly],
  'synonyms B + labels above + ids and classes stripped': [words(SYNONYMS_B), above, stripped],
};

/** Pages whose labels hold none of the synonyms' words (variant b's security answers are labelled by the questions themselves). */
const NO_LABEL_WORDS = new Set(['security-questions/b']);

const URL_BASE = 'https://www.courts.mo.gov';

const cases = SCREEN_IDS.flatMap((screen) =>
  VARIANTS.filter((variant) => Object.keys(MANIFEST[screen][variant].expected).length > 0).flatMap((variant) =>
    Object.keys(PERTURBATIONS).map((perturbation) => ({ screen, variant, perturbation })),
  ),
);

/** One box as the report shows it: its name, its label texts by source, and what the product made of it. */
function describeBox(collected: Collected, classified: readonly Classified[], i: number): string {
  const facts = collected.page.controls[i];
  const c = classified[i];
  if (!facts || !c) return `#${i} (missing)`;
  const labels = facts.labels.map((l) => `${l.source} "${l.text}"`).join(', ') || 'no label';
  const verdict = c.field
    ? `${c.field}${c.part ? ` part ${c.part.n}/${c.part.of}` : ''}`
    : `no field (kind ${c.kind ?? '-'}${c.unassigned ? `, ${c.unassigned}` : ''}${c.rivals ? ` ${c.rivals.join('|')}` : ''})`;
  const reason = c.reason
    ? ` by ${c.reason.signal} "${c.reason.text}"${c.reason.section ? ` in "${c.reason.section}"` : ''}`
    : '';
  return `#${i} ${facts.type} name="${facts.name}" [${labels}] → ${verdict}${reason}`;
}

/** Field → indices (in `order`) of the boxes classified as it, for the given fields. */
function boxesByField(
  fields: readonly string[],
  collected: Collected,
  classified: readonly Classified[],
  order: readonly Element[],
): Record<string, number[]> {
  const out: Record<string, number[]> = Object.fromEntries(fields.map((f) => [f, []]));
  classified.forEach((c, i) => {
    if (c.field && c.field in out) out[c.field]!.push(order.indexOf(collected.elements[i]!));
  });
  return out;
}

describe('perturbed replica screens', () => {
  it.each(cases)('$screen ($variant) with $perturbation', ({ screen, variant, perturbation }) => {
    const { path, expected } = MANIFEST[screen][variant];
    const url = new URL(`${URL_BASE}${path}`);
    const doc = parseHtml(renderScreen(screen, variant));
    const fields = Object.keys(expected);

    // The page as written: the manifest's boxes, and the product's reading of them (the baseline).
    const before = collectPage(doc, url);
    const order = before.elements as readonly Element[];
    const wanted: Record<string, number[]> = Object.fromEntries(
      Object.entries(expected).map(([field, selector]) => [
        field,
        queryParts(doc, selector).map((el) => order.indexOf(el!)),
      ]),
    );
    for (const indices of Object.values(wanted)) expect(indices).not.toContain(-1);
    const baseline = classifyControls(before.page.controls);
    expect(boxesByField(fields, before, baseline, order), 'baseline (unperturbed) classification').toEqual(wanted);

    // Perturb the same page: every step must keep the controls (same nodes, same order) and the words a person reads.
    for (const step of PERTURBATIONS[perturbation]!) {
      if (step.kind === 'words') {
        const replaced = replaceLabelWords(doc, step.synonyms);
        if (!NO_LABEL_WORDS.has(`${screen}/${variant}`))
          expect(replaced.length, 'label texts replaced').toBeGreaterThan(0);
      } else {
        const wordsBefore = visibleWords(doc);
        step.run(doc);
        expect(visibleWords(doc), 'words a person reads are kept').toEqual(wordsBefore);
      }
    }
    const after = collectPage(doc, url);
    expect(
      after.elements.length === order.length && after.elements.every((el, i) => el === order[i]),
      'the same controls, in the same order',
    ).toBe(true);
    for (const [field, selector] of Object.entries(expected)) {
      expect(
        queryParts(doc, selector).map((el) => order.indexOf(el!)),
        `manifest selector of ${field}`,
      ).toEqual(wanted[field]);
    }

    // (a) every field on the same box(es); (b) the screen still recognised (checked even when (a) fails: soft).
    const classified = classifyControls(after.page.controls);
    const got = boxesByField(fields, after, classified, order);
    const wrong = fields.filter((f) => JSON.stringify(got[f]) !== JSON.stringify(wanted[f]));
    const details = wrong.flatMap((f) => {
      const boxes = [...new Set([...wanted[f]!, ...got[f]!])].sort((x, y) => x - y);
      return [`${f}: wanted boxes ${JSON.stringify(wanted[f])}, got ${JSON.stringify(got[f])}`].concat(
        boxes.map(
          (i) =>
            `  ${describeBox(after, classified, after.elements.indexOf(order[i] as (typeof after.elements)[number]))}`,
        ),
      );
    });
    expect.soft(got, details.join('\n')).toEqual(wanted);

    const detection = detect(after.page);
    expect(detection.screens, detection.evidence.join('; ')).toContain(screen);
  });
});
