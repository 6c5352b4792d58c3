import { describe, expect, it } from 'vitest';
import { collectPage } from '@/lib/page/collect';
import { detect as detectPage } from '@/lib/recognise/screens';
import {
  MANIFEST,
  PAGE_NAMES,
  SCREEN_IDS as SCREENS,
  VARIANTS,
  parseHtml,
  renderPage,
  renderScreen,
} from '../support/replica';

const parse = parseHtml;
const detect = (doc: Document, path: string) =>
  detectPage(collectPage(doc, new URL(`https://www.courts.mo.gov${path}`)).page);

const cases = SCREENS.flatMap((screen) =>
  VARIANTS.flatMap((variant) =>
    [0, 7].map((seed) => ({ screen, variant, seed, path: MANIFEST[screen][variant].path })),
  ),
);

describe('the screen detector on the replica', () => {
  it.each(cases)('recognises $screen (variant $variant, seed $seed)', ({ screen, variant, seed, path }) => {
    const result = detect(parse(renderScreen(screen, variant, { seed })), path);
    expect(result.screens, result.evidence.join('; ')).toContain(screen);
  });

  it.each(SCREENS.flatMap((screen) => VARIANTS.map((variant) => ({ screen, variant }))))(
    'recognises $screen (variant $variant) at an unrelated address too',
    ({ screen, variant }) => {
      const result = detect(parse(renderScreen(screen, variant)), '/somewhere/else.do');
      expect(result.screens, result.evidence.join('; ')).toContain(screen);
    },
  );

  it.each(PAGE_NAMES.flatMap((name) => VARIANTS.map((variant) => ({ name, variant }))))(
    'says "unrecognised" for the $name page (variant $variant)',
    ({ name, variant }) => {
      const result = detect(parse(renderPage(name, variant)), `/some/${name}.do`);
      expect(result.screen, result.evidence.join('; ')).toBeNull();
    },
  );

  // One parse per screen: each id or class is taken off in place, the page detected, and the
  // attribute put back (re-parsing per carrier made this 10-20 s on a busy machine).
  it.each(cases.filter((c) => c.seed === 0))(
    'gives the same answer for $screen ($variant) with any one id or class removed',
    ({ screen, variant, path }) => {
      const doc = parse(renderScreen(screen, variant));
      const carriers = [...doc.querySelectorAll('[id], [class]')];
      expect(carriers.length).toBeGreaterThan(0);
      for (const [i, el] of carriers.entries()) {
        for (const attr of ['id', 'class']) {
          const value = el.getAttribute(attr);
          if (value === null) continue;
          el.removeAttribute(attr);
          const result = detect(doc, path);
          el.setAttribute(attr, value);
          expect(
            result.screens,
            `${attr} removed from <${el.tagName.toLowerCase()}> #${i}: ${result.evidence.join('; ')}`,
          ).toContain(screen);
        }
      }
    },
  );
});
