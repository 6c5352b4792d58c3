/**
 * What to write where: the matcher's findings and the profile's values in,
 * a plain list out. No DOM writes here (fill-insert.ts does them), so the
 * decisions are tested without a browser.
 */
import type { FieldMatch } from '../recognise/classify';
import { foldLabel } from '../recognise/rules';
import { FIELDS, type FieldId } from '../fields';
import { getScreen, type ScreenId } from '../procedure';
import type { FieldValue, ScreenValues } from '../profile-values';

export interface PlannedFill {
  field: FieldId;
  element: FieldMatch['element'];
  value: FieldValue;
}

export interface FillPlan {
  fills: PlannedFill[];
  /** Found on the page, but only the person may fill them (captcha, "I acknowledge"). */
  leftForYou: FieldId[];
  /** On the page, but the profile has nothing for them (or the secret is locked). */
  missing: FieldId[];
  /** In the profile, but not found on the page. */
  notFound: FieldId[];
  /** Answer boxes whose fixed question is none of the profile's questions. */
  unknownQuestions: string[];
}

const empty = (v: FieldValue | undefined) => v === undefined || v === '';

export function planFill(screen: ScreenId, matches: readonly FieldMatch[], values: ScreenValues): FillPlan {
  const plan: FillPlan = { fills: [], leftForYou: [], missing: [], notFound: [], unknownQuestions: [] };
  const found = new Map(matches.map((m) => [m.field, m]));
  // "Same as mailing" ticked: the billing boxes are the page's business (it usually hides them).
  const billingSame = values.billingSameAsMailing === true && found.has('billingSameAsMailing');
  const savedQuestions = [1, 2, 3].map((n) => foldLabel(String(values[`security${n}.question` as FieldId] ?? '')));

  for (const field of getScreen(screen).fields) {
    const match = found.get(field);
    if ('personOnly' in FIELDS[field]) {
      if (match) plan.leftForYou.push(field);
      continue;
    }
    if (billingSame && field.startsWith('billing.')) continue;
    let value = values[field];
    if (match?.question !== undefined) {
      // A fixed question on the page: the answer saved for that same question, wherever it sits.
      const k = savedQuestions.indexOf(foldLabel(match.question));
      if (k < 0) {
        plan.unknownQuestions.push(match.question);
        continue;
      }
      value = values[`security${k + 1}.answer` as FieldId];
    }
    if (!match) {
      if (!empty(value) && value !== false) plan.notFound.push(field);
      continue;
    }
    if (empty(value)) plan.missing.push(field);
    else if (value !== false) plan.fills.push({ field, element: match.element, value: value! });
  }
  return plan;
}
