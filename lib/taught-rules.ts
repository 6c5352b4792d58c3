/**
 * Rules the person taught when the matcher missed a field: on this screen, the
 * control labelled like this is that field. Keyed by the label's folded text
 * (or the control's name when it has no label), never by a CSS selector or id,
 * which the site may generate afresh on every visit.
 */
import { z } from 'zod';
import { FIELDS, type FieldId } from './fields';
import { SCREENS, type ScreenId } from './procedure';

const fieldIds = Object.keys(FIELDS) as [FieldId, ...FieldId[]];
const screenIds = SCREENS.map((s) => s.id) as [ScreenId, ...ScreenId[]];

export const TaughtRuleSchema = z.strictObject({
  screen: z.enum(screenIds),
  /** Folded label text ("e mail address") or `name:<name attribute>`. */
  signature: z.string().trim().min(1).max(200),
  field: z.enum(fieldIds),
});
export type TaughtRule = z.infer<typeof TaughtRuleSchema>;

export const MAX_RULES = 200;
