/**
 * The shape of a page: what it says and asks for, never what anyone typed.
 * On unrecognised court pages the person can copy it as a report so a
 * changed screen can be taught (report.ts). It must hold no field values, no
 * query string and no body text (which could hold a name).
 */
import { collectPage, type CollectedPage } from './collect';

export interface FieldShape {
  /** Input type, or "select" / "textarea". */
  type: string;
  name: string;
  /** Label texts, most trusted first. */
  labels: string[];
}

export interface PageShape {
  path: string;
  title: string;
  headings: string[];
  actions: string[];
  fields: FieldShape[];
}

export function shapeOf(page: CollectedPage): PageShape {
  return {
    path: page.path,
    title: page.title,
    headings: page.headings,
    actions: page.actions,
    fields: page.controls.map((c) => ({ type: c.type, name: c.name, labels: c.labels.map((l) => l.text) })),
  };
}

export function collectPageShape(doc: Document, url: URL): PageShape {
  return shapeOf(collectPage(doc, url).page);
}
