/**
 * Filling the screens a page shows from the active profile: ask the
 * background for the values, then the pipeline (collect the visible boxes,
 * classify, plan, insert), show the report, keep what Undo needs.
 * The decisions are in lib/ (page/, recognise/, fill/); what the panel shows of
 * it is lib/panel/fill-state.ts; this is the glue.
 */
import type { FillUi, OptionsSection } from '@/components/FillSection';
import { tidyReport } from '@/lib/fill/report-tidy';
import { inCourtWords } from '@/lib/fill/question-words';
import { courtQuestionsOn, siteFilledFields } from './page-facts';
import { copyPassword, keepPassword } from './suggested-password';
import { isSecret, type FieldId } from '@/lib/procedure/fields';
import { undoFill, type FillReport } from '@/lib/fill/insert';
import { planFill } from '@/lib/fill/plan';
import { t } from '@/lib/i18n';
import { send } from '@/lib/messaging/send';
import type { ScreenId } from '@/lib/procedure/procedure';
import { isVisibleField } from '@/lib/page/visibility';
import { fillReducer, initialFillState, type FillAction, type FillState } from '@/lib/panel/fill-state';
import { classifyPage, createContext, loadValues, run, type FillContext } from './fill-context';
import { saveQuestions, saveTaught, startTeaching, suggestPassword } from './fill-extras';

export { fillableFields } from './fill-context';

async function load(ctx: FillContext, secrets: boolean) {
  const loaded = await loadValues(ctx.screens, secrets);
  if (!ctx.live) return null; // the page moved on while the background answered
  ctx.loaded = loaded;
  ctx.dispatch({ type: 'loaded', label: loaded?.label ?? null, locked: loaded?.locked ?? false });
  return loaded;
}

/**
 * `byPerson`: the person pressed Fill (here or in the popup), so secrets may be asked for. Filling
 * as soon as a screen appears never types a secret: a page can make itself look like any screen.
 */
async function fill(ctx: FillContext, overwrite?: ReadonlySet<FieldId>, byPerson = false): Promise<FillReport | null> {
  ctx.dispatch({ type: 'fill-started' });
  try {
    const values = await load(ctx, byPerson);
    if (!values) return null;
    const page = classifyPage(values.rules, ctx.isVisible);
    // Saved questions in the court's words first (a missing apostrophe must not cost an answer).
    const questions = ctx.fieldsHere.has('security1.question')
      ? [...courtQuestionsOn(document, ctx.isVisible), ...page.classified.flatMap((c) => c.question ?? [])]
      : [];
    const plan = planFill({ screens: ctx.screens, ...page, values: inCourtWords(values.values, questions) });
    if (overwrite) plan.fills = plan.fills.filter((f) => overwrite.has(f.field));
    // The secrets were not asked for: they are not missing from the profile, they wait for Fill.
    if (!byPerson && plan.missing.some(isSecret)) ctx.dispatch({ type: 'note', note: t('fill_secrets_wait_for_click') });
    const report = tidyReport(run(ctx, plan, overwrite), {
      locked: values.locked,
      secretsWaiting: !byPerson,
      suggested: ctx.state().suggested ? ['password', 'passwordConfirm'] : [],
      siteFilled: siteFilledFields(page.classified, page.elements),
    });
    ctx.dispatch({ type: 'filled', report, merge: overwrite !== undefined });
    return report;
  } catch (error) {
    ctx.dispatch({ type: 'error', error: error instanceof Error ? error.message : String(error) });
    return null;
  } finally {
    ctx.dispatch({ type: 'fill-ended' });
  }
}

/** What the panel's buttons do; each reads the filler's state when pressed. */
function actions(ctx: FillContext): Omit<FillUi, keyof FillState> {
  return {
    onFill: () => void fill(ctx, undefined, true),
    onUndo: () => {
      undoFill(ctx.undo);
      ctx.undo = [];
      ctx.dispatch({ type: 'undone', note: t('fill_undone') });
    },
    onReplace: (fields) => void fill(ctx, new Set(fields), true),
    onSuggestPassword: () => suggestPassword(ctx),
    onOpenOptions: (section?: OptionsSection) => void send('options/open', section ? { section } : {}).catch(() => {}),
    onShowPassword: () => ctx.dispatch({ type: 'password-shown-toggled' }),
    onCopyPassword: () => void copyPassword(ctx.state().suggested, ctx.dispatch),
    onSavePassword: () => void keepPassword(ctx.state().suggested, ctx.dispatch),
    onSaveQuestions: () => void saveQuestions(ctx),
    onTeachStart: () => startTeaching(ctx),
    onTeachSave: (field) => void saveTaught(ctx, field),
    onTeachCancel: () => {
      ctx.stopTeaching?.();
      ctx.dispatch({ type: 'teaching', teaching: null });
    },
  };
}

/**
 * The filler of one screen (or the screens one page shows). Its state is a value
 * (lib/panel/fill-state.ts) the panel renders; `onChange` hears every new one. After
 * `destroy` it changes nothing: a late answer for a page gone is dropped.
 */
export function createFilling(screens: readonly ScreenId[], host: () => Element | null) {
  // Our own panel over a box does not hide it; anything else of any name does.
  const isVisible = (el: Element) => isVisibleField(el, host());
  const listeners = new Set<(state: FillState) => void>();
  let state: FillState = initialFillState(false);
  const ctx = createContext(screens, isVisible, host, {
    state: () => state,
    dispatch: (action: FillAction) => {
      if (!ctx.live) return;
      state = fillReducer(state, action);
      for (const listener of listeners) listener(state);
    },
  });
  const count = ctx.fieldsHere.has('security1.question') ? courtQuestionsOn(document, isVisible).length : 0;
  state = initialFillState(ctx.fieldsHere.has('password') && ctx.fieldsHere.has('passwordConfirm'), count ? { count, saved: false } : null);

  return {
    state: () => state,
    /** Hears every new state; returns the way to stop. */
    subscribe(listener: (state: FillState) => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    actions: actions(ctx),
    fill: (overwrite?: ReadonlySet<FieldId>, byPerson = false) => fill(ctx, overwrite, byPerson),
    /** The profile or the lock changed somewhere else (the options page, another tab): read it again. */
    async refresh() {
      try {
        await load(ctx, false);
      } catch {
        ctx.dispatch({ type: 'load-failed' });
      }
      ctx.dispatch({ type: 'refreshed' });
    },
    /** Fill at once when the person chose "fill each screen as soon as it appears". */
    async loadAndMaybeFill() {
      try {
        const values = await load(ctx, false);
        if (values?.fillOnAppear) await fill(ctx, undefined, false);
      } catch {
        ctx.dispatch({ type: 'load-failed' });
      }
    },
    /** The page moved on: stop listening for a pick, put the highlighted boxes back, drop late answers. */
    destroy() {
      ctx.live = false;
      ctx.stopTeaching?.();
      for (const cleanup of [...ctx.cleanups]) cleanup();
      listeners.clear();
    },
  };
}

export type Filling = ReturnType<typeof createFilling>;
