/**
 * A profile value shaped to the box it goes into, as a person would type it
 * there: the three parts of a phone number into three boxes, the five and
 * the four digits of a ZIP+4 into two, only digits into a masked box, and
 * never more than a box takes. Pure.
 */
import type { FieldId } from '../procedure/fields';

export interface BoxShape {
  /** This box's part of a value split over boxes. */
  part?: { n: number; of: number };
  maxLength: number | null;
  /** The box shows a mask such as "(___) ___-____": type digits, the page adds the rest. */
  masked: boolean;
}

export type Shaped = { text: string } | { skip: 'too-long' | 'nothing-for-this-box' };

const MASK = /[_#•]|\b[x9]{3}\b|\(\s*\)/i;
export const looksMasked = (placeholder: string): boolean => MASK.test(placeholder);

/** US phone digits without the country code. */
function phoneDigits(value: string): string {
  const digits = value.replace(/\D/g, '');
  return digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
}

const PHONE_PARTS: Readonly<Record<number, readonly [number, number][]>> = {
  3: [
    [0, 3],
    [3, 6],
    [6, 10],
  ],
  2: [
    [0, 3],
    [3, 10],
  ],
};

function phoneText(value: string, box: BoxShape): string {
  const digits = phoneDigits(value);
  if (box.part) {
    const [start, end] = PHONE_PARTS[box.part.of]?.[box.part.n - 1] ?? [0, digits.length];
    // Only the local number (7 digits) in the second of two boxes: keep the dash a person would type.
    const local = digits.slice(start, end);
    return box.part.of === 2 && box.part.n === 2 && box.maxLength === 8
      ? `${local.slice(0, 3)}-${local.slice(3)}`
      : local;
  }
  if (box.masked) return digits;
  return box.maxLength !== null && value.length > box.maxLength ? digits : value;
}

function zipText(value: string, box: BoxShape): string {
  const [five = '', four = ''] = value.replace(/[^\d-]/g, '').split('-');
  if (box.part) return box.part.n === 1 ? five : four;
  return box.maxLength !== null && box.maxLength < value.length ? five : value;
}

export function shapeValue(field: FieldId, value: string, box: BoxShape): Shaped {
  let text = value;
  if (field === 'phone') text = phoneText(value, box);
  else if (field.endsWith('.zip')) text = zipText(value, box);
  if (!text) return { skip: 'nothing-for-this-box' };
  if (box.maxLength !== null && text.length > box.maxLength) return { skip: 'too-long' };
  return { text };
}

/** Did the box end up with what was meant, allowing for a page that reformats (masks, dashes)? */
export function sameAsTyped(field: FieldId, typed: string, now: string): boolean {
  if (typed === now) return true;
  if (field === 'phone' || field.endsWith('.zip')) return typed.replace(/\D/g, '') === now.replace(/\D/g, '');
  return false;
}
