/**
 * Where a secret may go. The account password, the group PIN and the
 * security answers are written only into a box of their own kind, whatever a
 * taught rule or a page's wording claims: a share code once taught the
 * extension to type an answer into the court's search box. Pure, so the
 * rule is tested without a browser; the planner asks it for every secret.
 */
import { FIELDS, isSecret, type FieldId } from '../procedure/fields';

/** Why a secret was kept out of a box, in words the fill report shows. */
export type NotItsKind = 'not-a-password-box' | 'not-a-pin-box' | 'not-an-answer-box';

/** Boxes that show what is typed but may still hold a PIN or an answer. */
const PLAIN_TYPES = new Set(['text', 'password', 'number', 'tel', '']);
/** What a box that wants a user name, an e-mail or a search says of itself. */
const NOT_SECRET_AUTOCOMPLETE = /\b(username|email|name|tel|search|one-time-code)\b/;

const typeOf = (el: Element) => (el.tagName === 'INPUT' ? (el.getAttribute('type') ?? '').toLowerCase() : el.tagName);

/**
 * Null when `field`'s value may go into `element`; else why not. It holds whatever chose the box:
 * the page's words, or a rule the person taught here (a rule from an import never chooses a
 * secret's box at all: lib/recognise/taught-rules.ts mayFillWith).
 */
export function secretRefusal(field: FieldId, element: Element): NotItsKind | null {
  if (!isSecret(field)) return null;
  const type = typeOf(element);
  if (FIELDS[field].control === 'password' && field !== 'group.pin') {
    return type === 'password' ? null : 'not-a-password-box';
  }
  const autocomplete = (element.getAttribute('autocomplete') ?? '').toLowerCase();
  const plain = element.tagName === 'INPUT' ? PLAIN_TYPES.has(type) : element.tagName === 'TEXTAREA';
  if (field === 'group.pin') {
    return element.tagName === 'INPUT' && plain && !NOT_SECRET_AUTOCOMPLETE.test(autocomplete) ? null : 'not-a-pin-box';
  }
  // A security answer: a plain box, paired with its question (a fixed question beside it, or the
  // question list of the same number on the page).
  return plain && !NOT_SECRET_AUTOCOMPLETE.test(autocomplete) ? null : 'not-an-answer-box';
}
