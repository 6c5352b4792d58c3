/**
 * The filler's three helpers beside Fill itself: a suggested strong password,
 * saving the court's own security questions, and teaching a box the person picks.
 */
import { labelTexts, type FormControl } from '@/lib/page/labels';
import { teachSignature } from '@/lib/recognise/classify';
import { FIELDS, type FieldId } from '@/lib/procedure/fields';
import { planFill } from '@/lib/fill/plan';
import { t } from '@/lib/i18n';
import { generatePassword } from '@/lib/profile/password';
import { send } from '@/lib/messaging/send';
import { getScreen } from '@/lib/procedure/procedure';
import { courtQuestionsOn } from './page-facts';
import { keepPassword } from './suggested-password';
import { classifyPage, fillableFields, run, type FillContext } from './fill-context';

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function suggestPassword(ctx: FillContext) {
  const { loaded } = ctx;
  const username = String(loaded?.values.username ?? '');
  const names = [loaded?.label ?? '', String(loaded?.values.firstName ?? ''), String(loaded?.values.lastName ?? '')];
  const password = generatePassword(username, names);
  const plan = planFill({
    screens: ctx.screens,
    ...classifyPage(loaded?.rules ?? [], ctx.isVisible),
    values: { password, passwordConfirm: password },
  });
  plan.fills = plan.fills.filter((f) => f.field === 'password' || f.field === 'passwordConfirm');
  const report = run(ctx, plan, new Set<FieldId>(['password', 'passwordConfirm']));
  if (report.filled.length !== 2) return ctx.dispatch({ type: 'note', note: t('fill_password_not_filled') });
  ctx.dispatch({ type: 'password-suggested', password });
  void keepPassword(ctx.state().suggested, ctx.dispatch);
}

/** The questions the court's own lists offer, saved so the profile form offers the same words. */
export async function saveQuestions(ctx: FillContext) {
  const questions = courtQuestionsOn(document, ctx.isVisible);
  if (!questions.length) return;
  try {
    await send('profiles/questions', { questions });
    ctx.dispatch({ type: 'questions', courtQuestions: { count: questions.length, saved: true } });
  } catch (error) {
    ctx.dispatch({ type: 'error', error: message(error) });
  }
}

export function startTeaching(ctx: FillContext) {
  ctx.dispatch({ type: 'teaching', teaching: 'pick' });
  const onClick = (event: MouseEvent) => {
    if (!event.isTrusted) return; // the person's own pick, not a page script's click
    const target = event.target as Element | null;
    if (!target || ctx.host()?.contains(target)) return;
    const el = target.closest<FormControl>('input, select, textarea');
    if (!el) return;
    ctx.stopTeaching?.();
    const teaching = {
      signature: teachSignature({ labels: labelTexts(el), name: el.getAttribute('name') ?? '' }),
      fields: fillableFields(ctx.screens).map((id) => ({ id, label: t(FIELDS[id].label) })),
    };
    ctx.dispatch({ type: 'teaching', teaching });
  };
  document.addEventListener('click', onClick, true);
  ctx.stopTeaching = () => {
    document.removeEventListener('click', onClick, true);
    ctx.stopTeaching = undefined;
  };
}

export async function saveTaught(ctx: FillContext, field: FieldId) {
  const { teaching } = ctx.state();
  if (!teaching || teaching === 'pick') return;
  try {
    // Kept for the screen the field belongs to.
    const screen = ctx.screens.find((s) => getScreen(s).fields.includes(field)) ?? ctx.screens[0]!;
    await send('rules/teach', { rule: { screen, signature: teaching.signature, field } });
    ctx.dispatch({ type: 'note', note: t('fill_taught_saved', t(FIELDS[field].label).toLocaleLowerCase(t('html_lang'))) });
  } catch (error) {
    ctx.dispatch({ type: 'error', error: message(error) });
  }
  ctx.dispatch({ type: 'teaching', teaching: null });
}
