/**
 * What the filler's parts share for one screen: the screens, the fields they
 * ask for, what Undo needs, and the one way to change what the panel shows.
 */
import { collectPage } from '@/lib/page/collect';
import { classifyControls } from '@/lib/recognise/classify';
import { FIELDS, type FieldId } from '@/lib/procedure/fields';
import { insertFill, type FillReport, type UndoRecord } from '@/lib/fill/insert';
import type { FillPlan } from '@/lib/fill/plan';
import type { FillValues } from '@/lib/messaging/protocol';
import { send } from '@/lib/messaging/send';
import { getScreen, type ScreenId } from '@/lib/procedure/procedure';
import type { FillAction, FillState } from '@/lib/panel/fill-state';

export interface FillContext {
  readonly screens: readonly ScreenId[];
  readonly fieldsHere: ReadonlySet<FieldId>;
  readonly isVisible: (el: Element) => boolean;
  readonly host: () => Element | null;
  readonly state: () => FillState;
  /** Changes what the panel shows; does nothing once the filler is destroyed. */
  readonly dispatch: (action: FillAction) => void;
  /** False once the page moved on: late answers are dropped. */
  live: boolean;
  loaded: FillValues | null;
  undo: UndoRecord[];
  stopTeaching?: () => void;
  /** Run on destroy: timers cleared, the page put back as it was. */
  readonly cleanups: Set<() => void>;
}

export function createContext(
  screens: readonly ScreenId[],
  isVisible: (el: Element) => boolean,
  host: () => Element | null,
  store: Pick<FillContext, 'state' | 'dispatch'>,
): FillContext {
  const fieldsHere = new Set(screens.flatMap((s) => getScreen(s).fields));
  return { screens, fieldsHere, isVisible, host, ...store, live: true, loaded: null, undo: [], cleanups: new Set() };
}

const HIGHLIGHT_MS = 2000;

function highlight(ctx: FillContext, fields: readonly FieldId[], plan: FillPlan) {
  const elements = plan.fills.filter((f) => fields.includes(f.field)).map((f) => f.element);
  const saved = elements.map((el) => [el, el.style.outline, el.style.outlineOffset] as const);
  for (const el of elements) {
    el.style.outline = '3px solid #2e7d32';
    el.style.outlineOffset = '1px';
  }
  const restore = () => {
    clearTimeout(timer);
    ctx.cleanups.delete(restore);
    for (const [el, outline, offset] of saved) {
      el.style.outline = outline;
      el.style.outlineOffset = offset;
    }
  };
  const timer = setTimeout(restore, HIGHLIGHT_MS);
  ctx.cleanups.add(restore);
}

/** Fills what the plan says, keeps what Undo needs, and marks the filled boxes for a moment. */
export function run(ctx: FillContext, plan: FillPlan, overwrite?: ReadonlySet<FieldId>): FillReport {
  const { report, undo: records } = insertFill(plan, { document, isVisible: ctx.isVisible, overwrite });
  ctx.undo = overwrite ? [...ctx.undo, ...records] : records;
  ctx.dispatch({ type: 'can-undo', canUndo: ctx.undo.length > 0 });
  highlight(ctx, report.filled, plan);
  return report;
}

export function fillableFields(screens: readonly ScreenId[]): FieldId[] {
  return [...new Set(screens.flatMap((s) => getScreen(s).fields))].filter((f) => !('personOnly' in FIELDS[f]));
}

/** The values and taught fields of every screen on the page, asked for screen by screen. */
export async function loadValues(screens: readonly ScreenId[], secrets: boolean): Promise<FillValues | null> {
  const answers = await Promise.all(screens.map((screen) => send('fill/values', { screen, secrets })));
  const found = answers.filter((a): a is FillValues => a !== null);
  if (!answers.length || found.length < answers.length) return null;
  return found.reduce((all, a) => ({
    ...all,
    values: { ...all.values, ...a.values },
    locked: all.locked || a.locked,
    rules: [...all.rules, ...a.rules],
  }));
}

/** The page's visible boxes through the pipeline's first stages, with the person's taught fields. */
export function classifyPage(rules: FillValues['rules'], isVisible: (el: Element) => boolean) {
  const { page, elements } = collectPage(document, new URL(location.href), isVisible);
  return { classified: classifyControls(page.controls, rules), elements };
}
