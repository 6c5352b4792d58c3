import { describe, expect, it } from 'vitest';
import { collectPage } from '@/lib/page/collect';
import { classifyControls } from '@/lib/recognise/classify';
import { getScreen } from '@/lib/procedure/procedure';
import { MANIFEST, SCREEN_IDS, VARIANTS, parseHtml, queryParts, renderScreen } from '../support/replica';

const cases = SCREEN_IDS.flatMap((screen) =>
  VARIANTS.flatMap((variant) =>
    [undefined, 'c3e1d9a4-5f20-4b7e-9d11-dss0417'].map((token) => ({ screen, variant, token })),
  ),
).filter((c) => c.token === undefined || c.screen === 'group-authentication');

/** Each field of ours → the boxes classified as it, in page order. */
function classifyDoc(doc: Document) {
  const { page, elements } = collectPage(doc, new URL('https://www.courts.mo.gov/ecf/x.do'));
  const byField = new Map<string, { elements: Element[]; reasons: string[] }>();
  classifyControls(page.controls).forEach((c, i) => {
    if (!c.field) return;
    const entry = byField.get(c.field) ?? { elements: [], reasons: [] };
    entry.elements.push(elements[i]!);
    entry.reasons.push(`${c.reason?.signal} "${c.reason?.text}"`);
    byField.set(c.field, entry);
  });
  return byField;
}

describe('classification on every replica screen', () => {
  it.each(cases)(
    '$screen ($variant, token $token): every field of the screen in its own box (or boxes), nothing else',
    ({ screen, variant, token }) => {
      for (const seed of [0, 3]) {
        const doc = parseHtml(renderScreen(screen, variant, { seed, token }));
        const expected = MANIFEST[screen][variant].expected as Record<string, string | readonly string[]>;
        const found = classifyDoc(doc);
        const ours = [...found.keys()].filter((f) => (getScreen(screen).fields as readonly string[]).includes(f));
        expect(ours.sort(), JSON.stringify([...found])).toEqual(Object.keys(expected).sort());
        for (const [field, selector] of Object.entries(expected)) {
          expect(found.get(field)!.elements, `${field}: ${found.get(field)!.reasons.join('; ')}`).toEqual(
            queryParts(doc, selector),
          );
        }
      }
    },
  );
});

describe('classification: single signals', () => {
  const one = (body: string) => {
    const { page } = collectPage(parseHtml(`<form>${body}</form>`), new URL('https://www.courts.mo.gov/x'));
    return classifyControls(page.controls);
  };

  it('reads a box by its name, not by a generated id that happens to spell "uid"', () => {
    const [mobar] = one('<label for="uid-k3f9-4">MOBAR Number</label><input id="uid-k3f9-4" name="mobarNumber">');
    expect(mobar).toEqual({ field: null, kind: null, reason: null });
    const [user] = one('<input id="x1" name="userId">');
    expect(user).toEqual({ field: 'username', kind: 'username', reason: { signal: 'name', text: 'userId' } });
  });

  it('settles a name that could be two things by a less trusted signal that names one of them', () => {
    const [line2] = one('<input name="addr[0].street2" title="Address line 2">');
    expect(line2).toEqual({
      field: 'mailing.line2',
      kind: 'line2',
      reason: { signal: 'name', text: 'addr[0].street2' },
    });
  });

  it('leaves a box that two kinds claim equally, and says which', () => {
    const [box] = one('<label for="b">Street and apt</label><input id="b">');
    expect(box).toEqual({
      field: null,
      kind: null,
      reason: { signal: 'label', text: 'Street and apt' },
      unassigned: 'ambiguous',
      rivals: ['line1', 'line2'],
    });
  });
});
