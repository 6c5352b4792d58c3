/**
 * The text boxes of a checked form (the profile form, the administrator's group form): each keyed by
 * the path it fills ("mailingAddress.zip"), and showing its message once the person has left it, or
 * every message once `showAll` (after Save was pressed).
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { TextField, controlId } from './FormField';

/** One labelled box of the form, by its key: what the fieldsets call to draw a box. */
export type FieldBox = (key: string, label: string, extra?: Partial<Parameters<typeof TextField>[0]>) => JSX.Element;

interface Checked {
  ok: boolean;
  errors?: ReadonlyMap<string, string>;
}

export function useTextBoxes<V extends { text: Record<string, string> }>(
  prefix: string,
  values: V,
  setValues: (update: (v: V) => V) => void,
  check: Checked,
  showAll: boolean,
): { field: FieldBox; touchedAny: boolean } {
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const errorFor = (key: string) => (!check.ok && (showAll || touched.has(key)) ? check.errors?.get(key) : undefined);
  const setText = (key: string) => (value: string) => setValues((v) => ({ ...v, text: { ...v.text, [key]: value } }));
  const blur = (key: string) => () => setTouched((seen) => (seen.has(key) ? seen : new Set(seen).add(key)));
  const field: FieldBox = (key, label, extra = {}) => (
    <TextField
      id={controlId(prefix, key)}
      label={label}
      value={values.text[key] ?? ''}
      onValue={setText(key)}
      onBlur={blur(key)}
      error={errorFor(key)}
      {...extra}
    />
  );
  return { field, touchedAny: touched.size > 0 };
}
