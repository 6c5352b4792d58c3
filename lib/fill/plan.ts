/**
 * Stage 4 of the pipeline: what to write where. The classified boxes of the
 * page and the profile's values in, a plain list out, covering every screen
 * the page shows (a page may show two at once). No DOM writes here
 * (insert.ts does them), so the decisions are tested without a browser.
 */
import type { FormControl } from '../page/labels';
import { closestText } from '../page/text';
import { FIELDS, type FieldId } from '../procedure/fields';
import { getScreen, type ScreenId } from '../procedure/procedure';
import type { FieldValue, ScreenValues } from '../profile/profile-values';
import type { Classified, Reason } from '../recognise/classify';
import type { Kind } from '../recognise/rules';
import { secretRefusal, type NotItsKind } from './secret-boxes';
import { looksMasked, shapeValue } from './shape-value';

export interface PlannedFill {
  field: FieldId;
  element: FormControl;
  /** What goes into this box (already shaped to it: a phone part, five ZIP digits). */
  value: FieldValue;
  reason: Reason;
  part?: { n: number; of: number };
}

/** A box that looked like one of ours but was left alone, and why. */
export interface Unsure {
  why: 'ambiguous' | 'taken' | 'too-long' | NotItsKind;
  /** The field it looked like (for `taken` and `too-long`), or the kinds it could be. */
  field?: FieldId;
  kinds?: Kind[];
  text: string;
}

export interface FillPlan {
  fills: PlannedFill[];
  /** Found on the page, but only the person may fill them (captcha, "I acknowledge"). */
  leftForYou: FieldId[];
  /** On the page, but the profile has nothing for them. */
  missing: FieldId[];
  /** In the profile, but not found on the page. */
  notFound: FieldId[];
  /** Answer boxes whose fixed question is none of the profile's questions. */
  unknownQuestions: string[];
  unsure: Unsure[];
}

const empty = (v: FieldValue | undefined) => v === undefined || v === '';
/** Fields a person may leave empty: not asking for them is no gap in the profile. */
const OPTIONAL = new Set<FieldId>(['mailing.line2', 'billing.line2']);

export interface PlanInput {
  screens: readonly ScreenId[];
  classified: readonly Classified[];
  elements: readonly FormControl[];
  values: ScreenValues;
}

export function planFill({ screens, classified, elements, values }: PlanInput): FillPlan {
  const plan: FillPlan = { fills: [], leftForYou: [], missing: [], notFound: [], unknownQuestions: [], unsure: [] };
  const wanted = new Set(screens.flatMap((s) => getScreen(s).fields));
  const found = new Set<FieldId>();
  // "Same as mailing" ticked: the billing boxes are the page's business (it usually hides them).
  const billingSame =
    values.billingSameAsMailing === true && classified.some((c) => c.field === 'billingSameAsMailing');
  const savedQuestions = [1, 2, 3].map((n) => String(values[`security${n}.question` as FieldId] ?? ''));
  const onPage = new Set(classified.map((c) => c.field));

  classified.forEach((c, i) => {
    const element = elements[i]!;
    if (c.unassigned === 'ambiguous' && c.reason) {
      plan.unsure.push({ why: 'ambiguous', kinds: c.rivals ?? [], text: c.reason.text });
      return;
    }
    if (!c.field || !c.reason || !wanted.has(c.field)) return;
    const field = c.field;
    const firstPart = !c.part || c.part.n === 1;
    if (firstPart) found.add(field);
    if ('personOnly' in FIELDS[field]) {
      if (firstPart) plan.leftForYou.push(field);
      return;
    }
    if (billingSame && field.startsWith('billing.')) return;
    let value = values[field];
    if (c.question !== undefined) {
      // A fixed question on the page: the answer saved for that same question, however it is worded.
      const k = closestText(c.question, savedQuestions);
      if (typeof k !== 'number' || k < 0) {
        plan.unknownQuestions.push(c.question);
        return;
      }
      value = values[`security${k + 1}.answer` as FieldId];
    }
    if (empty(value)) {
      if (firstPart && !OPTIONAL.has(field)) plan.missing.push(field);
      return;
    }
    // A secret only into a box of its kind; an answer only beside its own question.
    const question = /^security(\d)\.answer$/.exec(field);
    const unpaired = question && c.question === undefined && !onPage.has(`security${question[1]}.question` as FieldId);
    const refused = unpaired ? 'not-an-answer-box' : secretRefusal(field, element);
    if (refused) {
      plan.unsure.push({ why: refused, field, text: c.reason.text });
      return;
    }
    if (value === false) return;
    if (typeof value === 'string' && element.tagName !== 'SELECT') {
      const shaped = shapeValue(field, value, {
        part: c.part,
        maxLength: Number(element.getAttribute('maxlength')) > 0 ? Number(element.getAttribute('maxlength')) : null,
        masked: looksMasked(element.getAttribute('placeholder') ?? ''),
      });
      if ('skip' in shaped) {
        if (shaped.skip === 'too-long') plan.unsure.push({ why: 'too-long', field, text: c.reason.text });
        return;
      }
      value = shaped.text;
    }
    plan.fills.push({ field, element, value: value!, reason: c.reason, ...(c.part ? { part: c.part } : {}) });
  });

  for (const field of wanted) {
    if (found.has(field) || 'personOnly' in FIELDS[field]) continue;
    if (billingSame && field.startsWith('billing.')) continue;
    const value = values[field];
    if (!empty(value) && value !== false && !OPTIONAL.has(field)) plan.notFound.push(field);
  }
  for (const c of classified) {
    if (c.unassigned === 'taken' && c.field === null && c.kind && c.reason) {
      // Two boxes claim one field: the first has it, the second is the person's to check.
      plan.unsure.push({ why: 'taken', kinds: [c.kind], text: c.reason.text });
    }
  }
  return plan;
}
