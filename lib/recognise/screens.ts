/**
 * Stage 3 of the pipeline: which screens of the procedure the page shows.
 * Fields first: a screen is on the page when the page asks for the fields it
 * needs and enough of the rest (a page may show two screens at once, say name
 * and addresses together); a screen whose fields another shown screen covers
 * is that other screen (a logon box inside the credentials screen). Headings
 * break ties and name the step. Screens without fields (registration start,
 * additional steps, the eFiling menu, preferences) are recognised by heading,
 * buttons and address. A page whose heading is about another task (changing
 * a password, contact us, a search) is left alone unless a heading names a
 * screen of the procedure. Pure: facts in, an answer with its evidence out.
 */
import type { CollectedPage } from '../page/collect';
import { foldLabel } from '../page/text';
import type { FieldId } from '../procedure/fields';
import { SCREENS, type ScreenDef, type ScreenId } from '../procedure/procedure';
import { classifyControls, type Classified } from './classify';
import type { Kind } from './rules';

export interface Recognised {
  /** The screen whose step the person is at: the one a heading names, else the earliest shown. */
  screen: ScreenId;
  /** Every screen the page shows, in the procedure's order. */
  screens: ScreenId[];
  /** 0..1: how much of what these screens could show was found. */
  confidence: number;
  evidence: string[];
}
export type Detection = Recognised | { screen: null; screens: []; evidence: string[] };

/** Headings about something other than registering: this page is not a screen of the procedure. */
const OTHER_TASK =
  /\b(change|reset|forgot|forgotten|update|edit|manage|modify|recover)\b.*\b(password|account|profile|information|details|address|e ?mail)\b|^(contact us|contact the [a-z ]+|send us a message)$|\bsearch (for|by|cases?|results|records)\b|\b(case|litigant|name|party|attorney|filing) search\b|\blook ?up\b|\bfrequently asked\b/;
/** Kinds of box only other tasks ask for. */
const OTHER_TASK_KINDS = new Set<Kind>(['currentPassword', 'message', 'oneTimeCode']);
/** Boxes that count when weighing what a page asks for (a tick box or a radio button says little). */
const WEIGHED_TYPES = new Set(['text', 'email', 'tel', 'number', 'search', 'url', 'password', 'select', 'textarea']);

const WEIGHT = { heading: 4, title: 2, action: 1, path: 1 } as const;
/** Below this a field-less screen is not recognised. */
const MIN_SCORE = 5;
/** The winner must beat the runner-up by this much, or we say we do not know. */
const MIN_LEAD = 1.5;

interface Page {
  headings: string[];
  title: string;
  actions: string[];
  path: string;
  raw: CollectedPage;
}

interface Shown {
  screen: ScreenDef;
  covered: Set<FieldId>;
  fit: number;
  named: boolean;
}

const ORDER = new Map(SCREENS.map((s, i) => [s.id, i]));
const byOrder = (a: Shown, b: Shown) => ORDER.get(a.screen.id)! - ORDER.get(b.screen.id)!;

function named(screen: ScreenDef, page: Page): string | undefined {
  const i = page.headings.findIndex((h) => screen.signals.heading.test(h));
  if (i >= 0) return `heading "${page.raw.headings[i]}"`;
  return screen.signals.heading.test(page.title) ? `page title "${page.raw.title}"` : undefined;
}

/** Screens with fields that the page's classified fields show. */
function shownByFields(page: Page, found: ReadonlySet<FieldId>): Shown[] {
  const shown: Shown[] = [];
  for (const screen of SCREENS) {
    if (!screen.fields.length) continue;
    const covered = new Set(screen.fields.filter((f) => found.has(f)));
    const needs = screen.signals.needs ?? [];
    if (!needs.every((f) => covered.has(f))) continue;
    if (covered.size < Math.max(1, Math.ceil(screen.fields.length / 3))) continue;
    shown.push({ screen, covered, fit: covered.size / screen.fields.length, named: Boolean(named(screen, page)) });
  }
  // A screen the heading names wins the fields it shares with others.
  const namedOnes = shown.filter((s) => s.named);
  const overlaps = (a: Shown, b: Shown) => [...a.covered].some((f) => b.covered.has(f));
  const kept = shown.filter((s) => s.named || !namedOnes.some((n) => overlaps(n, s)));
  // A screen whose fields another shown screen covers is that screen (logon inside credentials).
  const within = (a: Shown, b: Shown) => [...a.covered].every((f) => b.covered.has(f));
  return kept
    .filter((a) => !kept.some((b) => b !== a && within(a, b) && (b.covered.size > a.covered.size || b.fit > a.fit)))
    .sort(byOrder);
}

/** Screens without fields, by heading, buttons and address. */
function shownByWords(page: Page): Detection {
  const scored = SCREENS.filter((s) => !s.fields.length).map((screen) => {
    const evidence: string[] = [];
    const { action, path } = screen.signals;
    let score = 0;
    const h = page.headings.findIndex((x) => screen.signals.heading.test(x));
    if (h >= 0) {
      score += WEIGHT.heading;
      evidence.push(`heading "${page.raw.headings[h]}"`);
    } else if (screen.signals.heading.test(page.title)) {
      score += WEIGHT.title;
      evidence.push(`page title "${page.raw.title}"`);
    }
    const a = action ? page.actions.findIndex((x) => action.test(x)) : -1;
    if (a >= 0) {
      score += WEIGHT.action;
      evidence.push(`button "${page.raw.actions[a]}"`);
    }
    if (path?.test(page.path)) {
      score += WEIGHT.path;
      evidence.push(`address ${page.raw.path}`);
    }
    return { screen, score, evidence, max: WEIGHT.heading + (action ? 1 : 0) + (path ? 1 : 0) };
  });
  scored.sort((a, b) => b.score - a.score);
  const [best, next] = scored;
  if (!best || best.score < MIN_SCORE) {
    return {
      screen: null,
      screens: [],
      evidence: [`no screen scored ${MIN_SCORE} (best: ${best?.screen.id}, ${best?.score})`],
    };
  }
  if (next && best.score - next.score < MIN_LEAD) {
    return { screen: null, screens: [], evidence: [`${best.screen.id} and ${next.screen.id} look alike`] };
  }
  return {
    screen: best.screen.id,
    screens: [best.screen.id],
    confidence: Math.min(1, best.score / best.max),
    evidence: best.evidence,
  };
}

export function recogniseScreens(raw: CollectedPage, classified: readonly Classified[]): Detection {
  const page: Page = {
    headings: raw.headings.map(foldLabel),
    title: foldLabel(raw.title),
    actions: raw.actions.map(foldLabel),
    path: raw.path.toLowerCase(),
    raw,
  };
  const found = new Set(classified.flatMap((c) => (c.field ? [c.field] : [])));
  const shown = shownByFields(page, found);

  // What the form itself is headed with (the texts just before its boxes), and the page title; not
  // the banner or the footer, where "Contact us" and "Search" stand on every page.
  const formHeadings = [
    page.title,
    ...classified.flatMap((c, i) => (c.field ? (raw.controls[i]?.context ?? []).slice(0, 3).map(foldLabel) : [])),
  ];
  const otherTask = formHeadings.find((h) => OTHER_TASK.test(h));
  const otherBoxes = classified.filter((c) => c.kind && OTHER_TASK_KINDS.has(c.kind)).length;
  // The page's own heading about another task outweighs section headings that happen to name a screen.
  const otherPage = otherTask !== undefined && !shown.some((s) => s.screen.signals.heading.test(otherTask));
  if (otherPage || (otherBoxes > 0 && !shown.some((s) => s.named))) {
    return {
      screen: null,
      screens: [],
      evidence: [otherTask ? `heading "${otherTask}" is about another task` : `${otherBoxes} boxes of another task`],
    };
  }
  if (!shown.length) return shownByWords(page);

  const explained = classified.filter((c) => c.field && shown.some((s) => s.covered.has(c.field!))).length;
  const unexplained = classified.filter(
    (c, i) =>
      !c.field && c.unassigned !== 'taken' && c.kind !== 'search' && WEIGHED_TYPES.has(raw.controls[i]?.type ?? ''),
  ).length;
  // A few boxes of its own (a bar number for attorneys) are normal; a page that is mostly other boxes is another form.
  if (unexplained >= 3 && unexplained > 2 * explained) {
    return { screen: null, screens: [], evidence: [`${unexplained} boxes are not the procedure's, ${explained} are`] };
  }
  const primary = shown.find((s) => s.named) ?? shown[0]!;
  return {
    screen: primary.screen.id,
    screens: shown.map((s) => s.screen.id),
    confidence: shown.reduce((sum, s) => sum + s.fit, 0) / shown.length,
    evidence: shown.map(
      (s) => `${s.screen.id}: fields ${[...s.covered].join(', ')}${s.named ? `; ${named(s.screen, page)}` : ''}`,
    ),
  };
}

/** The whole recognition: classify the collected page's controls, then name its screens. */
export function detect(page: CollectedPage): Detection {
  return recogniseScreens(page, classifyControls(page.controls));
}
