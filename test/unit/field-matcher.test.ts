import { describe, expect, it } from 'vitest';
import { matchFields } from '@/lib/recognise/classify';
import { MANIFEST, SCREEN_IDS, VARIANTS, parseHtml, renderScreen } from '../support/replica';

const cases = SCREEN_IDS.flatMap((screen) =>
  VARIANTS.flatMap((variant) =>
    [undefined, 'c3e1d9a4-5f20-4b7e-9d11-dss0417'].map((token) => ({ screen, variant, token })),
  ),
).filter((c) => c.token === undefined || c.screen === 'group-authentication');

describe('the field matcher on every replica screen', () => {
  it.each(cases)(
    '$screen ($variant, token $token): finds every expected field and nothing else',
    ({ screen, variant, token }) => {
      for (const seed of [0, 3]) {
        const doc = parseHtml(renderScreen(screen, variant, { seed, token }));
        const expected = MANIFEST[screen][variant].expected;
        const found = Object.fromEntries(matchFields(doc, screen).map((m) => [m.field, m]));
        expect(Object.keys(found).sort(), JSON.stringify(Object.values(found).map((m) => [m.field, m.reason]))).toEqual(
          Object.keys(expected).sort(),
        );
        for (const [field, selector] of Object.entries(expected)) {
          expect(found[field]!.element, `${field}: ${found[field]!.reason}`).toBe(doc.querySelector(selector));
        }
      }
    },
  );
});
