/**
 * Which screen of the procedure is this page? Pure: a page shape in, an
 * answer with the evidence that decided it out.
 *
 * Evidence is weighed, never taken alone: a heading naming the screen, the
 * fields the procedure table says the screen asks for (found by their labels),
 * its buttons, and a hint from the URL path. No id or class is looked at.
 */
import { FIELD_RULES, fieldMatches, foldLabel } from './field-rules';
import type { PageShape } from './page-shape';
import { SCREENS, type ScreenDef, type ScreenId } from './procedure';

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

const ALL_RULES = Object.values(FIELD_RULES);

interface Scored {
  screen: ScreenDef;
  score: number;
  max: number;
  evidence: string[];
}

function firstMatch(pattern: RegExp | undefined, texts: readonly string[]): string | undefined {
  return pattern && texts.find((t) => pattern.test(foldLabel(t)));
}

function score(screen: ScreenDef, shape: PageShape): Scored {
  const { heading, action, path } = screen.signals;
  const evidence: string[] = [];
  let total = 0;
  let max = WEIGHT.heading;
  let disqualified = false;

  const h = firstMatch(heading, shape.headings);
  const t = h ? undefined : firstMatch(heading, [shape.title]);
  if (h) {
    total += WEIGHT.heading;
    evidence.push(`heading "${h}"`);
  } else if (t) {
    total += WEIGHT.title;
    evidence.push(`page title "${t}"`);
  }
  if (screen.fields.length) {
    max += WEIGHT.fields;
    const rules = screen.fields.map((id) => FIELD_RULES[id]);
    const found = screen.fields.filter((_, i) => shape.fields.some((f) => fieldMatches(rules[i]!, f.type, f.labels)));
    // Fields the page asks for that this screen would not: a sign it is another screen.
    const known = shape.fields.filter((f) => ALL_RULES.some((r) => fieldMatches(r, f.type, f.labels)));
    const explained = known.filter((f) => rules.some((r) => fieldMatches(r, f.type, f.labels)));
    const fit = (found.length / screen.fields.length) * (known.length ? explained.length / known.length : 0);
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
    const a = firstMatch(action, shape.actions);
    if (a) {
      total += WEIGHT.action;
      evidence.push(`button "${a}"`);
    }
  }
  if (path) {
    max += WEIGHT.path;
    if (path.test(shape.path.toLowerCase())) {
      total += WEIGHT.path;
      evidence.push(`address ${shape.path}`);
    }
  }
  return { screen, score: disqualified ? Math.min(total, MIN_SCORE - 1) : total, max, evidence };
}

export function detectScreen(shape: PageShape): Detection {
  const ranked = SCREENS.map((s) => score(s, shape)).sort((a, b) => b.score - a.score);
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
