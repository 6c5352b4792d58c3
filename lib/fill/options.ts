/**
 * Which option of a drop-down a person would pick for a value. States by
 * code, abbreviation or name, whatever the option values are ("MO",
 * "Missouri", "MO - Missouri", a FIPS "29"); anything else by its text, folded
 * and tolerant of word order, punctuation and filler words, and only with a
 * clear winner: two options that fit equally are left for the person. Pure.
 */
import { closestText, foldLabel } from '../page/text';
import type { FieldId } from '../procedure/fields';
import { stateAliases } from './us-states';

export interface OptionLike {
  text: string;
  value: string;
}

export type OptionChoice = { index: number } | { none: 'no-such-option' | 'ambiguous-option' };

function stateIndex(options: readonly OptionLike[], value: string): number | 'ambiguous' {
  const [code, name] = stateAliases(value).map(foldLabel);
  if (!code) return -1;
  const fits = (o: OptionLike) => {
    const text = foldLabel(o.text);
    const forms = [code, name, `${code} ${name}`, `${name} ${code}`].filter(Boolean);
    return forms.includes(text) || (o.value !== '' && [code, name].includes(foldLabel(o.value)));
  };
  const hits = options.map((o, i) => (fits(o) ? i : -1)).filter((i) => i >= 0);
  return hits.length === 1 ? hits[0]! : hits.length ? 'ambiguous' : -1;
}

export function chooseOption(options: readonly OptionLike[], field: FieldId, value: string): OptionChoice {
  const picked = field.endsWith('.state')
    ? stateIndex(options, value)
    : closestText(
        value,
        options.map((o) => o.text),
      );
  if (picked === 'ambiguous') return { none: 'ambiguous-option' };
  if (picked >= 0) return { index: picked };
  // Some lists show a label but submit the value the profile holds ("DSS").
  const byValue = options.findIndex((o) => o.value !== '' && foldLabel(o.value) === foldLabel(value));
  return byValue >= 0 ? { index: byValue } : { none: 'no-such-option' };
}
