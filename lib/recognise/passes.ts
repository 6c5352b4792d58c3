/**
 * The neighbour passes: what one control alone cannot tell, its neighbours
 * can (as Firefox's FieldScanner and Chromium's grammars do). In order:
 *   split boxes    a phone in 3 boxes (3/3/4), a ZIP in 5 + 4;
 *   fields         kinds become fields of the procedure: the second e-mail or
 *                  password box is its confirmation, address boxes go to the
 *                  mailing or billing address by their section (else by
 *                  order), questions and answers are numbered.
 * A pass never overrides a taught rule or an autocomplete token.
 */
import type { ControlFacts } from '../page/collect';
import { foldLabel } from '../page/text';
import type { FieldId } from '../procedure/fields';
import type { Classified, Guess, Reason } from './classify';
import { KIND_RULES, OTHER_EMAILS, SECTION, isOurKind, type Kind } from './rules';

const SPLIT_SHAPES: readonly { kind: Kind; lengths: readonly number[] }[] = [
  { kind: 'phone', lengths: [3, 3, 4] },
  { kind: 'phone', lengths: [3, 7] },
  { kind: 'zip', lengths: [5, 4] },
];
/** The boxes after the first of a split value: unlabelled, a separator, or the same kind. */
const PART_LABEL = /^(|area( code)?|prefix|exchange|suffix|line( number)?|number|last 4|4|plus 4|zip 4|ext(ension)?)$/;

function fitsPart(c: ControlFacts | undefined, g: Guess | null | undefined, kind: Kind, length: number): boolean {
  if (!c || !KIND_RULES[kind].types.includes(c.type) || c.readOnly) return false;
  if (c.maxLength === null || c.maxLength > length + (length >= 7 ? 1 : 0) || c.maxLength < length) return false;
  if (!g) return true;
  if (g.field || g.part) return false;
  if (g.kinds.length === 1 && g.kinds[0] === kind) return true;
  return g.kinds.length === 0 || g.reason.signal === 'name' || PART_LABEL.test(foldLabel(g.reason.text));
}

/** A value typed over several boxes: mark each box with its part. */
function splitBoxes(
  controls: readonly ControlFacts[],
  guesses: (Guess | null)[],
  parts: Map<number, { n: number; of: number }>,
) {
  for (let i = 0; i < controls.length; i++) {
    const g = guesses[i];
    if (!g || g.kinds.length !== 1 || g.field || parts.has(i)) continue;
    if (g.part) {
      parts.set(i, g.part);
      continue;
    }
    for (const shape of SPLIT_SHAPES) {
      if (g.kinds[0] !== shape.kind || controls[i]!.maxLength !== shape.lengths[0]) continue;
      const rest = shape.lengths.slice(1);
      if (!rest.every((len, k) => fitsPart(controls[i + 1 + k], guesses[i + 1 + k], shape.kind, len))) continue;
      shape.lengths.forEach((_, k) => {
        parts.set(i + k, { n: k + 1, of: shape.lengths.length });
        if (k > 0) guesses[i + k] = { kinds: [shape.kind], reason: g.reason, again: false };
      });
      i += shape.lengths.length - 1;
      break;
    }
  }
}

type AddressPart = 'line1' | 'line2' | 'city' | 'state' | 'zip';
const ADDRESS_PARTS = new Set<Kind>(['line1', 'line2', 'city', 'state', 'zip']);

/** Which address a box belongs to, and the heading that said so. */
function addressGroup(c: ControlFacts): { group: 'mailing' | 'billing'; section: string } | null {
  if (c.autocomplete.includes('billing')) return { group: 'billing', section: 'billing' };
  if (c.autocomplete.includes('shipping')) return { group: 'mailing', section: 'shipping' };
  for (const text of [...c.labels.map((l) => l.text), ...c.context]) {
    const folded = foldLabel(text);
    if (KIND_RULES.sameAsMailing.label.test(folded)) continue; // "Same as mailing" names both
    if (SECTION.billing.test(folded)) return { group: 'billing', section: text };
    if (SECTION.mailing.test(folded)) return { group: 'mailing', section: text };
  }
  return null;
}

const SINGLE_FIELD: Partial<Record<Kind, FieldId>> = {
  noMobar: 'noMobarNumber',
  username: 'username',
  captcha: 'captcha',
  firstName: 'firstName',
  lastName: 'lastName',
  sameAsMailing: 'billingSameAsMailing',
  phone: 'phone',
  groupName: 'group.name',
  pin: 'group.pin',
  userInformation: 'group.userInformation',
  acknowledge: 'acknowledge',
};

/** An answer box labelled by its own question ("1. What is your mother's maiden name?") carries it. */
function fixedQuestion(c: ControlFacts): string | undefined {
  const label = c.labels[0]?.text ?? '';
  return !/answer|response/i.test(label) && /\?\s*$/.test(label) ? label.replace(/^\d+[.)]\s*/, '') : undefined;
}

export function assignFields(controls: readonly ControlFacts[], guesses: (Guess | null)[]): Classified[] {
  const parts = new Map<number, { n: number; of: number }>();
  splitBoxes(controls, guesses, parts);

  const taken = new Set<FieldId>();
  const seenParts = new Map<AddressPart, number>();
  let questions = 0;
  let answers = 0;

  return controls.map((c, i): Classified => {
    const g = guesses[i];
    if (!g) return { field: null, kind: null, reason: null };
    const part = parts.get(i);
    const kind = !g.field && g.kinds.length === 1 ? g.kinds[0]! : null;
    const claim = (field: FieldId, reason: Reason = g.reason, extra: Partial<Classified> = {}): Classified => {
      // Later boxes of a split value share the field of the first.
      if (taken.has(field) && !(part && part.n > 1)) return { field: null, kind, reason, unassigned: 'taken' };
      taken.add(field);
      return { field, kind, reason, ...(part ? { part } : {}), ...extra };
    };
    if (g.field) return claim(g.field);
    if (!kind) return { field: null, kind: null, reason: g.reason, unassigned: 'ambiguous', rivals: g.kinds };
    if (!isOurKind(kind)) return { field: null, kind, reason: g.reason, unassigned: 'not-ours' };

    if (kind === 'email' && c.context.slice(0, 2).some((t) => OTHER_EMAILS.test(foldLabel(t)))) {
      return { field: null, kind, reason: g.reason, unassigned: 'not-ours' };
    }
    if (kind === 'email' || kind === 'password') {
      const again: FieldId = kind === 'email' ? 'emailConfirm' : 'passwordConfirm';
      return claim(g.again || taken.has(kind) ? again : kind);
    }
    if (ADDRESS_PARTS.has(kind)) {
      const p = kind as AddressPart;
      const count = part && part.n > 1 ? (seenParts.get(p) ?? 1) - 1 : (seenParts.get(p) ?? 0);
      if (!part || part.n === 1) seenParts.set(p, count + 1);
      const bySection = addressGroup(c);
      const group = bySection?.group ?? (count === 0 ? 'mailing' : 'billing');
      return claim(`${group}.${p}`, bySection ? { ...g.reason, section: bySection.section } : g.reason);
    }
    if (kind === 'question') return claim(`security${Math.min(3, ++questions)}.question` as FieldId);
    if (kind === 'answer') {
      const question = fixedQuestion(c);
      return claim(`security${Math.min(3, ++answers)}.answer` as FieldId, g.reason, question ? { question } : {});
    }
    return claim(SINGLE_FIELD[kind]!);
  });
}
