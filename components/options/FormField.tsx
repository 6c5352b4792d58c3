import type { ComponentChildren } from 'preact';
import { t, type MessageKey } from '@/lib/i18n';

/** Each address box's own name; the fieldset's name goes before it for screen readers ("Mailing address, ZIP code"). */
export const ADDRESS_PART_LABELS: Record<'line1' | 'line2' | 'city' | 'state' | 'zip', MessageKey> = {
  line1: 'address_part_line1',
  line2: 'address_part_line2',
  city: 'address_part_city',
  state: 'address_part_state',
  zip: 'address_part_zip',
};

/** The id of a form control from its name ("mailingAddress.zip" → "pf-mailingAddress-zip"). */
export const controlId = (prefix: string, name: string) => `${prefix}-${name.replace(/[^\w-]/g, '-')}`;

/** Preact's input types are split by `type`; one text-like box may be any of these. */
const inputType = (type: 'text' | 'password' | 'email' | 'tel') => ({ type }) as { type: 'text' };

interface TextFieldProps {
  id: string;
  /** Visible label. */
  label: string;
  /** Words read before the label by screen readers only (the fieldset's name), so each name is unique. */
  srPrefix?: string;
  value: string;
  onValue: (value: string) => void;
  onBlur?: () => void;
  error?: string | undefined;
  hint?: ComponentChildren;
  type?: 'text' | 'password' | 'email' | 'tel';
  multiline?: boolean;
  placeholder?: string;
  autoComplete?: string;
  required?: boolean;
  maxLength?: number;
  /** A <datalist> of suggestions (the court's own security questions). */
  list?: string;
}

/** One labelled text box with its hint and its message; the message is tied to the box for screen readers. */
export function TextField({
  id,
  label,
  srPrefix,
  value,
  onValue,
  onBlur,
  error,
  hint,
  type = 'text',
  multiline,
  placeholder,
  autoComplete,
  required,
  maxLength,
  list,
}: TextFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    placeholder,
    maxLength,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': describedBy,
    'aria-required': required ? ('true' as const) : undefined,
    onBlur,
  };
  return (
    <div class={`field${error ? ' invalid' : ''}`}>
      <label for={id}>
        {srPrefix && <span class="sr-only">{srPrefix}, </span>}
        {srPrefix ? <span class="cap">{label}</span> : label}
      </label>
      {multiline ? (
        <textarea {...common} rows={3} onInput={(e) => onValue(e.currentTarget.value)} />
      ) : (
        <input
          {...common}
          {...inputType(type)}
          list={list}
          autoComplete={autoComplete ?? 'off'}
          spellcheck={type === 'password' ? false : undefined}
          onInput={(e) => onValue(e.currentTarget.value)}
        />
      )}
      {error && (
        <p id={errorId} class="field-error">
          {error}
        </p>
      )}
      {hint && (
        <p id={hintId} class="hint">
          {hint}
        </p>
      )}
    </div>
  );
}

interface CheckboxProps {
  id: string;
  label: ComponentChildren;
  checked: boolean;
  onChecked: (checked: boolean) => void;
  hint?: ComponentChildren;
  disabled?: boolean;
}

export function CheckboxField({ id, label, checked, onChecked, hint, disabled }: CheckboxProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div class="field checkbox">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        aria-describedby={hintId}
        onChange={(e) => onChecked(e.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
      {hint && (
        <p id={hintId} class="hint">
          {hint}
        </p>
      )}
    </div>
  );
}

export const ADDRESS_PARTS = ['line1', 'line2', 'city', 'state', 'zip'] as const;

interface AddressFieldsetsProps {
  /** The form's own text box: it knows the form's values, errors and ids. */
  field: (key: string, label: string, extra: Partial<TextFieldProps>) => ComponentChildren;
  /** Id of the "Same as mailing address" box. */
  billingSameId: string;
  billingSame: boolean;
  onBillingSame: (checked: boolean) => void;
  /** What the second street line is for, in this form's words. */
  line2Hint: MessageKey;
}

/** Mailing and billing address, billing hidden while it is "same as mailing": one layout for every form. */
export function AddressFieldsets({
  field,
  billingSameId,
  billingSame,
  onBillingSame,
  line2Hint,
}: AddressFieldsetsProps) {
  const address = (prefix: 'mailingAddress' | 'billingAddress') =>
    ADDRESS_PARTS.map((part) => (
      <div key={part} class={`addr-${part}`}>
        {field(`${prefix}.${part}`, t(ADDRESS_PART_LABELS[part]), {
          // "Mailing address, ZIP code": the fieldset's name for screen readers, the rest on screen.
          srPrefix: t(prefix === 'mailingAddress' ? 'label_mailing_address' : 'label_billing_address'),
          hint: part === 'line2' ? t(line2Hint) : part === 'state' ? t('address_hint_state') : undefined,
        })}
      </div>
    ));
  return (
    <>
      <fieldset class="address">
        <legend>{t('label_mailing_address')}</legend>
        {address('mailingAddress')}
      </fieldset>
      <fieldset class="address">
        <legend>{t('label_billing_address')}</legend>
        <CheckboxField
          id={billingSameId}
          label={t('address_same_as_mailing')}
          checked={billingSame}
          onChecked={onBillingSame}
        />
        {!billingSame && address('billingAddress')}
      </fieldset>
    </>
  );
}
