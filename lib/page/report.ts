/**
 * The "page-shape report" a person can copy on a court page the detector does
 * not know: enough to teach the detector a changed screen, nothing personal.
 * The shape holds no field values by construction; on top of that, anything
 * that looks like an e-mail address or a long number (any run of 4 digits or
 * more), and any value currently typed on the page, is blanked out of every
 * text. The person's secrets are blanked by the background (`report/scrub`),
 * which alone holds them.
 */
import type { PageShape } from './shape';

export const REPORT_FORMAT = 'mo-efiling-page-shape';

const EMAIL = /[^\s@]+@[^\s@]+\.[a-z]{2,}/gi;
const LONG_NUMBER = /\(?\d[\d\s().\/-]{3,}\d/g;
/** A PIN is four digits or more: every such run is blanked, whatever surrounds it. */
const DIGIT_RUN = /\d{4,}/g;
/** Java servers put the session id in the path (";jsessionid=…"): never part of a report. */
const PATH_PARAMS = /;[^/]*/g;

export function pageShapeReport(shape: PageShape, typedValues: readonly string[], extensionVersion: string): string {
  const typed = typedValues.map((v) => v.trim()).filter((v) => v.length >= 2);
  const scrub = (text: string) => {
    // Collect every span to blank, then merge overlaps, so neither a typed value
    // nor a number can shield part of the other from being blanked.
    const spans: [number, number, string][] = [];
    const add = (pattern: RegExp, mark: string) => {
      for (const m of text.matchAll(pattern)) spans.push([m.index, m.index + m[0].length, mark]);
    };
    for (const v of typed) add(new RegExp(v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'), '[typed]');
    add(EMAIL, '[e-mail]');
    add(LONG_NUMBER, '[number]');
    add(DIGIT_RUN, '[number]');
    spans.sort((a, b) => a[0] - b[0]);
    let out = '';
    let at = 0;
    for (const [start, end, mark] of spans) {
      if (end <= at) continue;
      out += start >= at ? `${text.slice(at, start)}${mark}` : '';
      at = end;
    }
    return out + text.slice(at);
  };
  return JSON.stringify(
    {
      format: REPORT_FORMAT,
      version: 1,
      extension: extensionVersion,
      path: scrub(shape.path.replace(PATH_PARAMS, '')),
      title: scrub(shape.title),
      headings: shape.headings.map(scrub),
      actions: shape.actions.map(scrub),
      fields: shape.fields.map((f) => ({ type: f.type, name: scrub(f.name), labels: f.labels.map(scrub) })),
    },
    null,
    2,
  );
}

/** What is typed or chosen on the page now, so the report can leave it out. */
export function currentValues(doc: Document): string[] {
  const out: string[] = [];
  for (const el of doc.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(
    'input, textarea, select',
  )) {
    if (el.tagName === 'SELECT') {
      const select = el as HTMLSelectElement;
      if (select.selectedIndex >= 0) out.push(select.options[select.selectedIndex]?.text ?? '');
    } else if (!/^(checkbox|radio|submit|button|image|reset)$/i.test(el.getAttribute('type') ?? '')) {
      out.push(el.value);
    }
  }
  return out;
}
