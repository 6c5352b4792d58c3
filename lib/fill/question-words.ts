/**
 * A saved security question in the court's own words. A person types
 * "mothers maiden name" where the court writes "mother's maiden name": the
 * general word match (lib/page/text.ts) then sees "mothers" and "mother s" as
 * different words, and the father's question as just as close. Compared
 * without apostrophes, the one question on the page that is the same is
 * taken, word for word, before the plan chooses options and answers.
 */
import type { FieldId } from '../procedure/fields';
import { foldLabel } from '../page/text';
import type { ScreenValues } from '../profile/profile-values';

const APOSTROPHES = /['’‘`´]/g;
const compact = (text: string) => foldLabel(text.replace(APOSTROPHES, ''));

/** The values with each saved question replaced by the page's wording of it, when exactly one matches. */
export function inCourtWords(values: ScreenValues, pageQuestions: readonly string[]): ScreenValues {
  const out: ScreenValues = { ...values };
  for (const n of [1, 2, 3]) {
    const key = `security${n}.question` as FieldId;
    const saved = values[key];
    if (typeof saved !== 'string' || !saved.trim()) continue;
    const matches = [...new Set(pageQuestions.filter((q) => compact(q) === compact(saved)))];
    if (matches.length === 1) out[key] = matches[0]!;
  }
  return out;
}
