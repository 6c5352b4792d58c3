/**
 * Which screen of the procedure is this page? Pure: a page shape in, an
 * answer with the evidence that decided it out.
 *
 * Evidence is weighed, never taken alone: a heading naming the screen, the
 * fields the procedure table says the screen asks for (found by their labels),
 * its buttons, and a hint from the URL path. No id or class is looked at.
 */
import { FIELD_RULES, foldLabel, type FieldRule } from './rules';
import type { FieldId } from '../fields';
import type { PageShape } from '../page/shape';
import { SCREENS, type ScreenDef, type ScreenId } from '../procedure';

export interface Recognised {
  screen: ScreenId;
  /** 0..1: how much of what this screen could show was found. */
  confidence: number;
  evidence: string[];
}
export type Detection = Recognised | { screen: null; evidence: string[] };

/** A heading and the page title both name the screen; counted once, a heading weighing more. */
const WEIGHT = { heading: 4, title: 2, fields: 4, action: 1, path: 1 } as const;
/** Below this the page is not treated as a screen of the procedure. */
const MIN_SCORE = 5;
/** The winner must beat the runner-up by this much, or we say we do not know. */
const MIN_LEAD = 1.5;

const FIELD_IDS = Object.keys(FIELD_RULES) as FieldId[];

interface Scored {
  screen: ScreenDef;
  score: number;
  max: number;
  evidence: string[];
}

/** What a page shows, folded and matched once per detection; every screen is scored against it. */
interface PageFacts {
  shape: PageShape;
  headings: string[];
  title: string;
  actions: string[];
  path: string;
  /** For each page field, the field ids whose rule it matches. */
  fieldIds: Set<FieldId>[];
  /** How many page fields look like any field of the procedure at all. */
  known: number;
}

function facts(shape: PageShape): PageFacts {
  const byRule = new Map<FieldRule, boolean>();
  const fieldIds = shape.fields.map((f) => {
    const folded = f.labels.map(foldLabel);
    byRule.clear();
    const ids = new Set<FieldId>();
    for (const id of FIELD_IDS) {
      const rule = FIELD_RULES[id];
      let hit = byRule.get(rule);
      if (hit === undefined) {
        hit = rule.types.includes(f.type) && folded.some((l) => rule.label.test(l) && !rule.not?.test(l));
        byRule.set(rule, hit);
      }
      if (hit) ids.add(id);
    }
    return ids;
  });
  return {
    shape,
    headings: shape.headings.map(foldLabel),
    title: foldLabel(shape.title),
    actions: shape.actions.map(foldLabel),
    path: shape.path.toLowerCase(),
    fieldIds,
    known: fieldIds.filter((ids) => ids.size > 0).length,
  };
}

/** The original text of the first folded text the pattern matches. */
function firstMatch(
  pattern: RegExp | undefined,
  folded: readonly string[],
  raw: readonly string[],
): string | undefined {
  if (!pattern) return undefined;
  const i = folded.findIndex((t) => pattern.test(t));
  return i < 0 ? undefined : raw[i];
}

function score(screen: ScreenDef, page: PageFacts): Scored {
  const { heading, action, path } = screen.signals;
  const evidence: string[] = [];
  let total = 0;
  let max = WEIGHT.heading;
  let disqualified = false;

  const h = firstMatch(heading, page.headings, page.shape.headings);
  const t = h ? undefined : firstMatch(heading, [page.title], [page.shape.title]);
  if (h) {
    total += WEIGHT.heading;
    evidence.push(`heading "${h}"`);
  } else if (t) {
    total += WEIGHT.title;
    evidence.push(`page title "${t}"`);
  }
  if (screen.fields.length) {
    max += WEIGHT.fields;
    const found = screen.fields.filter((id) => page.fieldIds.some((ids) => ids.has(id)));
    // Fields the page asks for that this screen would not: a sign it is another screen.
    const explained = page.fieldIds.filter((ids) => screen.fields.some((id) => ids.has(id))).length;
    const fit = (found.length / screen.fields.length) * (page.known ? explained / page.known : 0);
    if (found.length) {
      total += WEIGHT.fields * fit;
      evidence.push(`fields ${found.join(', ')} (${found.length} of ${screen.fields.length})`);
    }
    // Not this screen if the page lacks a field it needs, or has fewer than half of its fields.
    const lacking = (screen.signals.needs ?? []).filter((id) => !found.includes(id));
    if (lacking.length) evidence.push(`missing ${lacking.join(', ')}`);
    if (lacking.length || found.length * 2 < screen.fields.length) disqualified = true;
  }
  if (action) {
    max += WEIGHT.action;
    const a = firstMatch(action, page.actions, page.shape.actions);
    if (a) {
      total += WEIGHT.action;
      evidence.push(`button "${a}"`);
    }
  }
  if (path) {
    max += WEIGHT.path;
    if (path.test(page.path)) {
      total += WEIGHT.path;
      evidence.push(`address ${page.shape.path}`);
    }
  }
  return { screen, score: disqualified ? Math.min(total, MIN_SCORE - 1) : total, max, evidence };
}

export function detectScreen(shape: PageShape): Detection {
  const page = facts(shape);
  const ranked = SCREENS.map((s) => score(s, page)).sort((a, b) => b.score - a.score);
  const [best, next] = ranked as [Scored, Scored];
  if (best.score < MIN_SCORE) {
    return {
      screen: null,
      evidence: [`no screen scored ${MIN_SCORE} (best: ${best.screen.id}, ${best.score.toFixed(1)})`],
    };
  }
  if (best.score - next.score < MIN_LEAD) {
    return {
      screen: null,
      evidence: [
        `${best.screen.id} and ${next.screen.id} look alike (${best.score.toFixed(1)} vs ${next.score.toFixed(1)})`,
      ],
    };
  }
  return { screen: best.screen.id, confidence: Math.min(1, best.score / best.max), evidence: best.evidence };
}
