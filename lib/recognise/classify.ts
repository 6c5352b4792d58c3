/**
 * Stage 2 of the pipeline: what each control on the page is. Each control is
 * judged alone first, by its signals in order of trust, stopping at the first
 * level that names any kind (taught rule → autocomplete → label / aria →
 * nearby text → name/id tokens → placeholder/title → its options). The
 * neighbour passes (passes.ts) then fix what one control alone cannot tell:
 * split boxes, "again" boxes, mailing or billing, question numbers. Every
 * decision carries its reason; pure data in, data out (no DOM).
 */
import type { ControlFacts } from '../page/collect';
import type { LabelSource } from '../page/labels';
import { foldLabel } from '../page/text';
import type { FieldId } from '../procedure/fields';
import type { TaughtRule } from './taught-rules';
import { mayFillWith } from './rule-use';
import { assignFields } from './passes';
import { AGAIN, AGAIN_NAME, KINDS, KIND_RULES, textNames, tokensName, type Kind } from './rules';
import { US_STATES } from '../fill/us-states';

/** Where the deciding text came from, in the words the panel uses. */
export type Signal = 'taught' | 'autocomplete' | 'label' | 'nearby-text' | 'name' | 'placeholder' | 'options';

export interface Reason {
  signal: Signal;
  /** The text that decided it ("ZIP", "postal-code", "userForm.zip"). */
  text: string;
  /** The section heading that decided mailing or billing, when one did. */
  section?: string;
}

/** One control judged alone. */
export interface Guess {
  kinds: Kind[];
  reason: Reason;
  /** Its text says it is the second of a pair ("Confirm e-mail", "pwd2"). */
  again: boolean;
  /** Taught by the person: decided, whatever the neighbours say. */
  field?: FieldId;
  /** An autocomplete token naming one part of a split phone number. */
  part?: { n: number; of: number };
}

export type Unassigned = 'ambiguous' | 'taken' | 'not-ours';

export interface Classified {
  field: FieldId | null;
  kind: Kind | null;
  reason: Reason | null;
  /** A value split over several boxes: this box is part n of `of`. */
  part?: { n: number; of: number };
  /** An answer box labelled by its own fixed question carries that question. */
  question?: string;
  /** Why a control that looked like something got no field of ours. */
  unassigned?: Unassigned;
  /** With `ambiguous`: the kinds it could be. */
  rivals?: Kind[];
}

/**
 * Levels of trust, most trusted first. Within a level the text closest to the box comes first: a
 * cell shared by a phone box and its extension box says less about either than "Ext:" right before one.
 */
const LEVELS: { signal: Signal; sources: readonly LabelSource[] }[] = [
  { signal: 'label', sources: ['label-for', 'label-wrap', 'aria-labelledby', 'aria-label'] },
  {
    signal: 'nearby-text',
    sources: ['preceding-text', 'following-text', 'caption', 'table-cell', 'column-header'],
  },
];
const HINTS: readonly LabelSource[] = ['placeholder', 'title'];

/** A label that reads as a question ("In what city were you born?") is an answer box, never a city. */
const QUESTION_TEXT = /^(\d+ )?(what|where|who|which|when|why|how|in what|name of)\b/;

/** Split-phone autocomplete tokens: which part of how many. */
const PHONE_PART_TOKENS: Readonly<Record<string, { n: number; of: number }>> = {
  'tel-area-code': { n: 1, of: 3 },
  'tel-local-prefix': { n: 2, of: 3 },
  'tel-local-suffix': { n: 3, of: 3 },
  'tel-local': { n: 2, of: 2 },
};

/** A part of a name written alone under (or in) its box: "First", "Last", "M.I.". */
const NAME_CAPTION: Readonly<Record<string, Kind>> = {
  first: 'firstName',
  given: 'firstName',
  last: 'lastName',
  family: 'lastName',
  surname: 'lastName',
  middle: 'middleName',
  mi: 'middleName',
  'm i': 'middleName',
};
const NAME_GROUP = /\bname\b/;
const SIGNAL_OF: Partial<Record<LabelSource, Signal>> = {
  'label-for': 'label',
  placeholder: 'placeholder',
  title: 'placeholder',
};

/** "First" and "Last" alone name the parts of a name only inside a group about a name ("Full name"). */
function nameCaption(c: ControlFacts): Guess | null {
  if (c.type !== 'text') return null;
  const label = c.labels.find((l) => NAME_CAPTION[foldLabel(l.text)]);
  if (!label) return null;
  const group = [
    ...c.labels.filter((l) => l.source === 'group-text').map((l) => l.text),
    ...c.context.slice(0, 2),
  ].find((t) => NAME_GROUP.test(foldLabel(t)));
  if (!group) return null;
  return {
    kinds: [NAME_CAPTION[foldLabel(label.text)]!],
    reason: { signal: SIGNAL_OF[label.source] ?? 'nearby-text', text: label.text, section: group },
    again: false,
  };
}

/** The signature a taught rule is keyed by: the control's best label, else its name. */
export function teachSignature(c: Pick<ControlFacts, 'labels' | 'name'>): string {
  const label = c.labels[0]?.text;
  return label ? foldLabel(label) : `name:${c.name}`;
}

/** The kinds a text names, whatever the box: worked out once per text (mailing and billing share "City"). */
const KINDS_OF_TEXT = new Map<string, readonly Kind[]>();
function kindsOfText(folded: string): readonly Kind[] {
  let kinds = KINDS_OF_TEXT.get(folded);
  if (!kinds) {
    const hits = KINDS.filter((k) => textNames(KIND_RULES[k], folded));
    kinds = QUESTION_TEXT.test(folded) ? hits.filter((k) => k === 'answer' || k === 'question') : hits;
    if (KINDS_OF_TEXT.size > 2000) KINDS_OF_TEXT.clear(); // bounded: a page cannot grow it without end
    KINDS_OF_TEXT.set(folded, kinds);
  }
  return kinds;
}

function byText(usable: readonly Kind[], text: string): Kind[] {
  const folded = foldLabel(text);
  return folded ? kindsOfText(folded).filter((k) => usable.includes(k)) : [];
}

const USABLE = new Map<string, readonly Kind[]>();
/** The kinds a type of box can be ("select" can be a state, never a password). */
function usableKinds(type: ControlFacts['type']): readonly Kind[] {
  let kinds = USABLE.get(type);
  if (!kinds) USABLE.set(type, (kinds = KINDS.filter((k) => KIND_RULES[k].types.includes(type))));
  return kinds;
}

const STATE_NAMES = new Set(Object.values(US_STATES).map(foldLabel));

/** A drop-down that lists the states, or lists questions, says what it is by its options. */
function byOptions(c: ControlFacts): Kind | null {
  if (c.type !== 'select' || c.options.length < 3) return null;
  // "Missouri", or "MO - Missouri": the name, with or without its code before it.
  const states = c.options.filter((o) => {
    const folded = foldLabel(o);
    return STATE_NAMES.has(folded) || STATE_NAMES.has(folded.replace(/^[a-z]{2} /, ''));
  });
  if (states.length >= 10) return 'state';
  if (c.options.filter((o) => o.trim().endsWith('?')).length >= 3) return 'question';
  return null;
}

/**
 * What each level of signals says about one control, most trusted first; a level that says
 * nothing is left out. Lazy: the first level that names something is usually the answer.
 */
function* readings(c: ControlFacts, usable: readonly Kind[]): Generator<Guess> {
  const ac = c.autocomplete.filter((t) => t !== 'on' && t !== 'off');
  const part = ac.map((t) => PHONE_PART_TOKENS[t]).find(Boolean);
  if (part && usable.includes('phone')) {
    yield { kinds: ['phone'], reason: { signal: 'autocomplete', text: ac.join(' ') }, again: false, part };
  }
  const byAc = ac.length ? usable.filter((k) => KIND_RULES[k].autocomplete?.some((t) => ac.includes(t))) : [];
  if (byAc.length) yield { kinds: byAc, reason: { signal: 'autocomplete', text: ac.join(' ') }, again: false };

  const fromLabels = (signal: Signal, sources: readonly LabelSource[]): Guess | null => {
    for (const source of sources) {
      for (const l of c.labels) {
        if (l.source !== source) continue;
        const kinds = byText(usable, l.text);
        if (kinds.length) return { kinds, reason: { signal, text: l.text }, again: AGAIN.test(foldLabel(l.text)) };
      }
    }
    return null;
  };
  for (const level of LEVELS) {
    const guess = fromLabels(level.signal, level.sources);
    if (guess) yield guess;
  }
  if (c.tokens) {
    const kinds = usable.filter((k) => tokensName(KIND_RULES[k], c.tokens));
    if (kinds.length)
      yield { kinds, reason: { signal: 'name', text: c.name || c.tokens }, again: AGAIN_NAME.test(c.tokens) };
  }
  const hint = fromLabels('placeholder', HINTS);
  if (hint) yield hint;
  const caption = nameCaption(c);
  if (caption) yield caption;
  const group = fromLabels('nearby-text', ['group-text']);
  if (group) yield group;
  const fromOptions = byOptions(c);
  if (fromOptions && usable.includes(fromOptions)) {
    yield { kinds: [fromOptions], reason: { signal: 'options', text: c.options.slice(1, 3).join(', ') }, again: false };
  }
}

/**
 * One control alone: its most trusted signal that names any kind. When that
 * signal names two kinds ("street2" is a street and a second line), a less
 * trusted signal that names exactly one of them settles it; else it stays
 * ambiguous.
 */
export function guessKind(c: ControlFacts, taught: readonly TaughtRule[] = []): Guess | null {
  const signature = teachSignature(c);
  const rule = taught.find((r) => r.signature === signature && mayFillWith(r));
  if (rule) return { kinds: [], reason: { signal: 'taught', text: signature }, again: false, field: rule.field };

  const usable = usableKinds(c.type);
  if (!usable.length) return null;
  const all = readings(c, usable);
  const best = all.next().value as Guess | undefined;
  if (!best || best.kinds.length === 1) return best ?? null;
  for (const later of all) {
    const agreed = later.kinds.filter((k) => best.kinds.includes(k));
    if (agreed.length === 1) return { ...best, kinds: agreed, again: best.again || later.again };
  }
  return best;
}

/** Every control of the page, classified: the same list, in the same order. */
export function classifyControls(controls: readonly ControlFacts[], taught: readonly TaughtRule[] = []): Classified[] {
  return assignFields(
    controls,
    controls.map((c) => guessKind(c, taught)),
  );
}
