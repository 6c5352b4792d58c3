/**
 * Pages people met on the real court site that surprised the product, each
 * saved from its page-shape report by `npm run fixture -- report.json`
 * (test/fixtures/real/README.md). Each report is rendered back into a page
 * (test/support/shape-page.ts) and run through the whole recognition:
 * collect → classify → detect. A fixture whose "expected" is not written yet
 * fails, and says what to write.
 */
import { describe, expect, it } from 'vitest';
import { FIELDS, type FieldId } from '@/lib/procedure/fields';
import { collectPage } from '@/lib/page/collect';
import { REPORT_FORMAT } from '@/lib/page/report';
import { shapeOf } from '@/lib/page/shape';
import { SCREENS, type ScreenId } from '@/lib/procedure/procedure';
import { classifyControls } from '@/lib/recognise/classify';
import { detect } from '@/lib/recognise/screens';
import { renderShape, shapeUrl, type ShapeReport } from '../support/shape-page';

interface Fixture {
  report: ShapeReport;
  expected: {
    screens: string[];
    /** Box index (a string: JSON keys) → field id, or null for "none of ours". */
    fields: Record<string, string | null>;
  };
  note?: string;
}

const FOLDER = 'test/fixtures/real';
const found = import.meta.glob<Fixture>('../fixtures/real/*.json', { eager: true, import: 'default' });
const readme = import.meta.glob<string>('../fixtures/real/README.md', {
  eager: true,
  query: '?raw',
  import: 'default',
});

const fixtures = Object.entries(found)
  .map(([file, fixture]) => ({ name: `${FOLDER}/${file.split('/').pop()}`, fixture }))
  .sort((a, b) => a.name.localeCompare(b.name));

const SCREEN_ORDER = new Map<string, number>(SCREENS.map((s, i) => [s.id, i]));
const FIELD_IDS = Object.keys(FIELDS);

function read(fixture: Fixture) {
  const doc = new DOMParser().parseFromString(renderShape(fixture.report), 'text/html');
  const { page } = collectPage(doc, shapeUrl(fixture.report));
  return { page, classified: classifyControls(page.controls), detection: detect(page) };
}

/** A box as the engineer sees it in the report: `1 password "pwd" ("Password:")`. */
function describeBox(report: ShapeReport, index: number): string {
  const f = report.fields[index];
  return f ? `box ${index} (${f.type} "${f.name}", labels ${JSON.stringify(f.labels)})` : `box ${index}`;
}

/** What collect.ts does to every text: at most 120 characters, then "…" (a blanked marker can make a report's text longer). */
const clip = (s: string) => (s.length > 120 ? `${s.slice(0, 120)}…` : s);
const unique = (texts: readonly string[]) => [...new Set(texts.map(clip))];

describe(`real court pages (${FOLDER})`, () => {
  if (!fixtures.length) {
    it('has its README, saying how to add a page', () => {
      expect(Object.values(readme)[0] ?? '', `${FOLDER}/README.md`).toMatch(/npm run fixture/);
    });
  }

  for (const { name, fixture } of fixtures) {
    describe(name, () => {
      it('is a fixture of a page-shape report', () => {
        expect(fixture.report?.format, `${name}: "report" is not a page-shape report`).toBe(REPORT_FORMAT);
        expect(Array.isArray(fixture.expected?.screens), `${name}: "expected.screens" must be a list`).toBe(true);
        expect(fixture.expected?.fields, `${name}: "expected.fields" must be an object`).toBeTypeOf('object');
        expect(fixture.expected?.fields, `${name}: "expected.fields" must be an object`).not.toBeNull();
      });

      it('renders back to the shape in its report', () => {
        const { page } = read(fixture);
        const { report } = fixture;
        expect(shapeOf(page), `${name}: test/support/shape-page.ts lost part of the report`).toEqual({
          path: report.path,
          title: clip(report.title),
          headings: unique(report.headings),
          actions: unique(report.actions),
          fields: report.fields.map((f) => ({ type: f.type, name: clip(f.name), labels: f.labels.map(clip) })),
        });
      });

      it('is recognised as the screens it shows', () => {
        const { screens } = fixture.expected;
        if (!screens.length) {
          expect.fail(
            `${name}: write what this page is first. Set "expected.screens" to the ids of the screens it shows ` +
              `(${SCREENS.map((s) => s.id).join(', ')}), e.g. ["logon"], and "expected.fields" to the field of each box ` +
              `by its index, e.g. { "0": "username", "1": "password" }. See ${FOLDER}/README.md.`,
          );
        }
        const unknown = screens.filter((s) => !SCREEN_ORDER.has(s));
        expect(
          unknown,
          `${name}: unknown screen ids in "expected.screens"; known: ${[...SCREEN_ORDER.keys()].join(', ')}`,
        ).toEqual([]);
        const { detection } = read(fixture);
        // Detected screens come in the procedure's order; the expected ones may be written in any.
        const wanted = [...screens].sort((a, b) => SCREEN_ORDER.get(a)! - SCREEN_ORDER.get(b)!) as ScreenId[];
        expect(
          detection.screens,
          `${name}: detected ${JSON.stringify(detection.screens)}; evidence: ${detection.evidence.join('; ')}`,
        ).toEqual(wanted);
      });

      it('gives each box its expected field', () => {
        const { report, expected } = fixture;
        const entries = Object.entries(expected.fields);
        for (const [key, field] of entries) {
          expect(
            /^\d+$/.test(key) && Number(key) < report.fields.length,
            `${name}: "expected.fields" key "${key}" is not a box index (0 to ${report.fields.length - 1})`,
          ).toBe(true);
          if (field !== null) {
            expect(
              FIELD_IDS,
              `${name}: "expected.fields" "${key}": unknown field id "${field}"; known: ${FIELD_IDS.join(', ')}`,
            ).toContain(field);
          }
        }
        const { classified } = read(fixture);
        const got = Object.fromEntries(entries.map(([key]) => [key, classified[Number(key)]?.field ?? null]));
        const why = entries
          .filter(([key, field]) => got[key] !== field)
          .map(([key]) => `${describeBox(report, Number(key))}: ${JSON.stringify(classified[Number(key)])}`);
        expect(got, `${name}: ${why.join('; ')}`).toEqual(expected.fields as Record<string, FieldId | null>);
      });
    });
  }
});
