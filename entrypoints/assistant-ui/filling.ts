/**
 * Filling the screens a page shows from the active profile: ask the
 * background for the values, then the pipeline (collect the visible boxes,
 * classify, plan, insert), show the report, keep what Undo needs.
 * The decisions are in lib/ (page/, recognise/, fill/); this is the glue.
 */
import type { FillUi, OptionsSection } from '@/components/FillSection';
import { tidyReport } from '@/lib/fill/report-tidy';
import { inCourtWords } from '@/lib/fill/question-words';
import { courtQuestionsOn, siteFilledFields } from './page-facts';
import { copyPassword, keepPassword } from './suggested-password';
import { collectPage } from '@/lib/page/collect';
import { labelTexts } from '@/lib/page/labels';
import { classifyControls, teachSignature } from '@/lib/recognise/classify';
import { FIELDS, isSecret, type FieldId } from '@/lib/procedure/fields';
import { insertFill, undoFill, type FillReport, type UndoRecord } from '@/lib/fill/insert';
import { planFill, type FillPlan } from '@/lib/fill/plan';
import { t } from '@/lib/i18n';
import { generatePassword } from '@/lib/profile/password';
import type { FillValues } from '@/lib/messaging/protocol';
import { send } from '@/lib/messaging/send';
import { getScreen, type ScreenId } from '@/lib/procedure/procedure';
import { isVisibleField } from '@/lib/page/visibility';
import type { FormControl } from '@/lib/page/labels';

const HIGHLIGHT_MS = 2000;

export function fillableFields(screens: readonly ScreenId[]): FieldId[] {
  return [...new Set(screens.flatMap((s) => getScreen(s).fields))].filter((f) => !('personOnly' in FIELDS[f]));
}

/** The values and taught fields of every screen on the page, asked for screen by screen. */
async function loadValues(screens: readonly ScreenId[], secrets: boolean): Promise<FillValues | null> {
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
function classifyPage(rules: FillValues['rules'], isVisible: (el: Element) => boolean) {
  const { page, elements } = collectPage(document, new URL(location.href), isVisible);
  return { classified: classifyControls(page.controls, rules), elements };
}

export function createFilling(screens: readonly ScreenId[], redraw: () => void, host: () => Element | null) {
  const fieldsHere = new Set(screens.flatMap((s) => getScreen(s).fields));
  let loaded: FillValues | null = null;
  let undo: UndoRecord[] = [];
  // Our own panel over a box does not hide it; anything else of any name does.
  const isVisible = (el: Element) => isVisibleField(el, host());

  const ui: FillUi = {
    profileLabel: '',
    locked: false,
    busy: false,
    error: '',
    report: null,
    canUndo: false,
    note: '',
    offerPassword: fieldsHere.has('password') && fieldsHere.has('passwordConfirm'),
    teaching: null,
    onFill: () => void fill(undefined, true),
    onUndo: () => {
      undoFill(undo);
      undo = [];
      Object.assign(ui, { canUndo: false, report: null, note: t('fill_undone') });
      redraw();
    },
    onReplace: (fields) => void fill(new Set(fields), true),
    onSuggestPassword: () => suggestPassword(),
    onOpenOptions: (section?: OptionsSection) => void send('options/open', section ? { section } : {}).catch(() => {}),
    suggested: null,
    onShowPassword: () => {
      if (ui.suggested) ui.suggested.shown = !ui.suggested.shown;
      redraw();
    },
    onCopyPassword: () => void copyPassword(ui.suggested, redraw),
    onSavePassword: () => void keepPassword(ui.suggested, redraw),
    courtQuestions: null,
    onSaveQuestions: () => void saveQuestions(),
    onTeachStart: () => startTeaching(),
    onTeachSave: (field) => void saveTaught(field),
    onTeachCancel: () => {
      stopTeaching?.();
      ui.teaching = null;
      redraw();
    },
  };

  async function load(secrets: boolean): Promise<FillValues | null> {
    loaded = await loadValues(screens, secrets);
    ui.profileLabel = loaded?.label ?? null;
    ui.locked = loaded?.locked ?? false;
    return loaded;
  }

  function highlight(fields: readonly FieldId[], plan: FillPlan) {
    const elements = plan.fills.filter((f) => fields.includes(f.field)).map((f) => f.element);
    const saved = elements.map((el) => [el, el.style.outline, el.style.outlineOffset] as const);
    for (const el of elements) {
      el.style.outline = '3px solid #2e7d32';
      el.style.outlineOffset = '1px';
    }
    setTimeout(() => {
      for (const [el, outline, offset] of saved) {
        el.style.outline = outline;
        el.style.outlineOffset = offset;
      }
    }, HIGHLIGHT_MS);
  }

  function run(plan: FillPlan, overwrite?: ReadonlySet<FieldId>): FillReport {
    const { report, undo: records } = insertFill(plan, { document, isVisible, overwrite });
    undo = overwrite ? [...undo, ...records] : records;
    ui.canUndo = undo.length > 0;
    highlight(report.filled, plan);
    return report;
  }

  /**
   * `byPerson`: the person pressed Fill (here or in the popup), so secrets may be asked for. Filling
   * as soon as a screen appears never types a secret: a page can make itself look like any screen.
   */
  async function fill(overwrite?: ReadonlySet<FieldId>, byPerson = false): Promise<FillReport | null> {
    ui.busy = true;
    ui.error = '';
    ui.note = '';
    redraw();
    try {
      const values = await load(byPerson);
      if (!values) return null;
      const page = classifyPage(values.rules, isVisible);
      // Saved questions in the court's words first (a missing apostrophe must not cost an answer).
      const questions = fieldsHere.has('security1.question')
        ? [...courtQuestionsOn(document, isVisible), ...page.classified.flatMap((c) => c.question ?? [])]
        : [];
      const plan = planFill({ screens, ...page, values: inCourtWords(values.values, questions) });
      if (overwrite) plan.fills = plan.fills.filter((f) => overwrite.has(f.field));
      // The secrets were not asked for: they are not missing from the profile, they wait for Fill.
      if (!byPerson && plan.missing.some(isSecret)) ui.note = t('fill_secrets_wait_for_click');
      const report = tidyReport(run(plan, overwrite), {
        locked: values.locked,
        secretsWaiting: !byPerson,
        suggested: ui.suggested ? ['password', 'passwordConfirm'] : [],
        siteFilled: siteFilledFields(page.classified, page.elements),
      });
      ui.report = overwrite && ui.report ? mergeReplaced(ui.report, report) : report;
      return report;
    } catch (error) {
      ui.error = error instanceof Error ? error.message : String(error);
      return null;
    } finally {
      ui.busy = false;
      redraw();
    }
  }

  /** After "Replace": the replaced fields move from "left alone" to "filled". */
  function mergeReplaced(before: FillReport, after: FillReport): FillReport {
    return {
      ...before,
      filled: [...before.filled, ...after.filled],
      leftAlone: before.leftAlone.filter((l) => !after.filled.includes(l.field)),
    };
  }

  function suggestPassword() {
    const username = String(loaded?.values.username ?? '');
    const names = [loaded?.label ?? '', String(loaded?.values.firstName ?? ''), String(loaded?.values.lastName ?? '')];
    const password = generatePassword(username, names);
    const plan = planFill({
      screens,
      ...classifyPage(loaded?.rules ?? [], isVisible),
      values: { password, passwordConfirm: password },
    });
    plan.fills = plan.fills.filter((f) => f.field === 'password' || f.field === 'passwordConfirm');
    const report = run(plan, new Set<FieldId>(['password', 'passwordConfirm']));
    if (report.filled.length !== 2) {
      ui.note = t('fill_password_not_filled');
      return redraw();
    }
    ui.note = '';
    // A report from before lists the password as missing: it is not any more.
    if (ui.report)
      ui.report = { ...ui.report, missing: ui.report.missing.filter((f) => !isSecret(f) || !/^password/.test(f)) };
    ui.suggested = { password, shown: false, kept: 'saving', profileLabel: ui.profileLabel ?? '', copied: '' };
    void keepPassword(ui.suggested, redraw);
  }

  /** The questions the court's own lists offer, saved so the profile form offers the same words. */
  async function saveQuestions() {
    const questions = courtQuestionsOn(document, isVisible);
    if (!questions.length) return;
    try {
      await send('profiles/questions', { questions });
      ui.courtQuestions = { count: questions.length, saved: true };
    } catch (error) {
      ui.error = error instanceof Error ? error.message : String(error);
    }
    redraw();
  }

  let stopTeaching: (() => void) | undefined;
  function startTeaching() {
    ui.teaching = 'pick';
    ui.note = '';
    redraw();
    const onClick = (event: MouseEvent) => {
      if (!event.isTrusted) return; // the person's own pick, not a page script's click
      const target = event.target as Element | null;
      if (!target || host()?.contains(target)) return;
      const el = target.closest<FormControl>('input, select, textarea');
      if (!el) return;
      stopTeaching?.();
      ui.teaching = {
        signature: teachSignature({ labels: labelTexts(el), name: el.getAttribute('name') ?? '' }),
        fields: fillableFields(screens).map((id) => ({ id, label: t(FIELDS[id].label) })),
      };
      redraw();
    };
    document.addEventListener('click', onClick, true);
    stopTeaching = () => {
      document.removeEventListener('click', onClick, true);
      stopTeaching = undefined;
    };
  }

  async function saveTaught(field: FieldId) {
    if (!ui.teaching || ui.teaching === 'pick') return;
    try {
      // Kept for the screen the field belongs to.
      const screen = screens.find((s) => getScreen(s).fields.includes(field)) ?? screens[0]!;
      await send('rules/teach', { rule: { screen, signature: ui.teaching.signature, field } });
      ui.note = t('fill_taught_saved', t(FIELDS[field].label).toLocaleLowerCase(t('html_lang')));
    } catch (error) {
      ui.error = error instanceof Error ? error.message : String(error);
    }
    ui.teaching = null;
    redraw();
  }

  if (fieldsHere.has('security1.question')) {
    const count = courtQuestionsOn(document, isVisible).length;
    ui.courtQuestions = count ? { count, saved: false } : null;
  }

  return {
    ui,
    fill,
    /** The profile or the lock changed somewhere else (the options page, another tab): read it again. */
    async refresh() {
      try {
        await load(false);
      } catch {
        ui.profileLabel = '';
      }
      if (ui.suggested && ui.profileLabel) ui.suggested.profileLabel = ui.profileLabel;
      redraw();
    },
    /** Fill at once when the person chose "fill each screen as soon as it appears". */
    async loadAndMaybeFill() {
      try {
        const values = await load(false);
        if (values?.fillOnAppear) await fill(undefined, false);
      } catch {
        ui.profileLabel = '';
      }
      redraw();
    },
    destroy: () => stopTeaching?.(),
  };
}

export type Filling = ReturnType<typeof createFilling>;
