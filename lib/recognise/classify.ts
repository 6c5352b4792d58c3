/**
 * Which control on the page is which field of the screen. Pure DOM reading:
 * no values, no layout (visibility is the filler's job, just before writing).
 *
 * Each control is judged by its signals in order of trust, stopping at the
 * first level where any of the screen's field rules matches:
 *   taught rule → autocomplete → label / aria → neighbouring cell or text →
 *   name/id tokens → placeholder/title.
 * Look-alike fields are then told apart: mailing from billing by section
 * headings and order, "again" boxes from the first box, security questions
 * and answers by order. Every match says why it was made.
 */
import { labelTexts, isFormField, normaliseText, type FormControl, type LabelSource } from '../page/labels';
import { FIELD_RULES, foldLabel, labelMatches, type FieldRule } from './rules';
import type { FieldId } from '../fields';
import { getScreen, type ScreenId } from '../procedure';
import type { TaughtRule } from '../taught-rules';

export interface FieldMatch {
  field: FieldId;
  element: FormControl;
  /** Why, for the report and for debugging: 'label "E-mail address"'. */
  reason: string;
  /** For an answer box labelled by its own question (fixed questions): that question. */
  question?: string;
}

const LEVELS: { name: string; sources: readonly LabelSource[] }[] = [
  { name: 'label', sources: ['label-for', 'label-wrap', 'aria-labelledby', 'aria-label'] },
  { name: 'nearby text', sources: ['table-cell', 'preceding-text', 'following-text'] },
];
const PLACEHOLDER: readonly LabelSource[] = ['placeholder', 'title'];

const AGAIN = /again|confirm|re ?enter|re ?type|verify|repeat|\b2\b/;

export function controlType(el: FormControl): string {
  return el.tagName === 'INPUT' ? (el.getAttribute('type') || 'text').toLowerCase() : el.tagName.toLowerCase();
}

/** "userForm.emailAddr" → "user form email addr"; "addr[1].street1" → "addr 1 street 1". */
export function nameTokens(el: Element): string {
  const raw = [el.getAttribute('name'), el.id].filter(Boolean).join(' ');
  return foldLabel(raw.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/([a-zA-Z])(\d)/g, '$1 $2'));
}

/** The signature a taught rule is keyed by: the control's best label, else its name. */
export function teachSignature(el: FormControl): string {
  const label = labelTexts(el)[0]?.text;
  return label ? foldLabel(label) : `name:${el.getAttribute('name') ?? ''}`;
}

interface Candidate {
  element: FormControl;
  fields: FieldId[];
  reason: string;
  /** The text that decided it, used to tell "again" boxes apart. */
  text: string;
}

function fits(rule: FieldRule, type: string) {
  return rule.types.includes(type);
}

/** The fields a control could be, from its most trusted signal that says anything. */
function candidateFields(el: FormControl, fields: readonly FieldId[], taught: readonly TaughtRule[]): Candidate | null {
  const type = controlType(el);
  const usable = fields.filter((f) => fits(FIELD_RULES[f], type));
  if (!usable.length) return null;

  const signature = teachSignature(el);
  const rule = taught.find((r) => r.signature === signature && fields.includes(r.field));
  if (rule) return { element: el, fields: [rule.field], reason: `taught by you ("${signature}")`, text: signature };

  const ac = (el.getAttribute('autocomplete') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const byAc = usable.filter((f) => FIELD_RULES[f].autocomplete?.some((t) => ac.includes(t)));
  if (byAc.length) return { element: el, fields: byAc, reason: `autocomplete "${ac.join(' ')}"`, text: ac.join(' ') };

  const labels = labelTexts(el);
  for (const level of LEVELS) {
    for (const l of labels.filter((x) => level.sources.includes(x.source))) {
      const hit = usable.filter((f) => labelMatches(FIELD_RULES[f], l.text));
      if (hit.length) return { element: el, fields: hit, reason: `${level.name} "${l.text}"`, text: l.text };
    }
  }
  const tokens = nameTokens(el);
  if (tokens) {
    const hit = usable.filter((f) => {
      const r = FIELD_RULES[f];
      return (r.name?.test(tokens) || r.label.test(tokens)) && !r.not?.test(tokens);
    });
    if (hit.length)
      return { element: el, fields: hit, reason: `name "${el.getAttribute('name') ?? el.id}"`, text: tokens };
  }
  for (const l of labels.filter((x) => PLACEHOLDER.includes(x.source))) {
    const hit = usable.filter((f) => labelMatches(FIELD_RULES[f], l.text));
    if (hit.length) return { element: el, fields: hit, reason: `${l.source} "${l.text}"`, text: l.text };
  }
  return null;
}

/** Text of the nearest section heading before a control: a fieldset legend, or a heading-like block. */
export function sectionText(el: Element): string {
  const legend = el.closest('fieldset')?.querySelector(':scope > legend')?.textContent;
  if (legend) return foldLabel(legend);
  let steps = 0;
  for (let node: Element | null = el; node && steps < 300; node = node.parentElement) {
    for (let sib = node.previousElementSibling; sib && steps < 300; sib = sib.previousElementSibling, steps++) {
      if (sib.querySelector('input, select, textarea') && !/^(TR|DIV|P)$/.test(sib.tagName)) continue;
      const text = normaliseText(sib.textContent ?? '');
      if (!sib.querySelector('input, select, textarea') && text && text.length <= 60 && /mailing|billing/i.test(text)) {
        return foldLabel(text);
      }
    }
  }
  return '';
}

type Group = 'mailing' | 'billing';
function addressPart(f: FieldId): string | null {
  const [group, part] = f.split('.');
  return (group === 'mailing' || group === 'billing') && part ? part : null;
}

/**
 * @param visible decides which controls may take a field at all: the content
 *   script passes the real visibility check, so an invisible look-alike placed
 *   before the real field (a trap, or a stale copy) can never take its place.
 */
export function matchFields(
  doc: Document,
  screen: ScreenId,
  taught: readonly TaughtRule[] = [],
  visible: (el: Element) => boolean = () => true,
): FieldMatch[] {
  const fields = getScreen(screen).fields;
  const matches: FieldMatch[] = [];
  const taken = new Set<FieldId>();
  const seenParts = new Map<string, number>(); // address part → how many seen (order decides when no heading does)
  let questions = 0;
  let answers = 0;
  const take = (field: FieldId, c: Candidate, extra: Partial<FieldMatch> = {}) => {
    if (taken.has(field)) return;
    taken.add(field);
    matches.push({ field, element: c.element, reason: c.reason, ...extra });
  };

  for (const el of doc.querySelectorAll('input, select, textarea')) {
    if (!isFormField(el) || !visible(el)) continue;
    const c = candidateFields(el, fields, taught);
    if (!c) continue;
    const first = c.fields[0]!;
    // A taught rule, or a field without look-alikes, is decided already.
    if (
      c.reason.startsWith('taught') ||
      (c.fields.length === 1 && !/^security\d\./.test(first) && !addressPart(first))
    ) {
      take(first, c);
      continue;
    }
    // "Again" boxes: the second of two look-alikes, or one that says "again".
    const pair = (main: FieldId, again: FieldId) => {
      if (!c.fields.includes(main) && !c.fields.includes(again)) return false;
      const isAgain = taken.has(main) || (AGAIN.test(foldLabel(c.text)) && c.fields.includes(again));
      take(isAgain ? again : main, c);
      return true;
    };
    if (pair('password', 'passwordConfirm') || pair('email', 'emailConfirm')) continue;

    const part = c.fields.map(addressPart).find(Boolean);
    if (part) {
      const section = sectionText(el);
      const count = seenParts.get(part) ?? 0;
      seenParts.set(part, count + 1);
      const ac = el.getAttribute('autocomplete') ?? '';
      const group: Group =
        /billing/.test(section) || /\bbilling\b/.test(ac)
          ? 'billing'
          : /mailing/.test(section) || /\bshipping\b/.test(ac)
            ? 'mailing'
            : count === 0
              ? 'mailing'
              : 'billing';
      const field = `${group}.${part}` as FieldId;
      if (fields.includes(field))
        take(field, c, { reason: `${c.reason}, in ${section ? `section "${section}"` : 'order'}` });
      continue;
    }
    if (c.fields.some((f) => f.endsWith('.question'))) {
      questions += 1;
      take(`security${questions}.question` as FieldId, c);
      continue;
    }
    if (c.fields.some((f) => f.endsWith('.answer'))) {
      answers += 1;
      const labelled = labelTexts(el)[0]?.text ?? '';
      // An answer box labelled by its own (fixed) question carries it, so the right answer goes in.
      const fixed =
        !/answer/i.test(labelled) && /\?\s*$/.test(labelled) ? labelled.replace(/^\d+[.)]\s*/, '') : undefined;
      take(`security${answers}.answer` as FieldId, c, fixed ? { question: fixed } : {});
      continue;
    }
    take(first, c);
  }
  return matches;
}
