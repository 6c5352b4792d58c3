/**
 * Rules the person taught when the matcher missed a field: on this screen, the
 * control labelled like this is that field. Keyed by the label's folded text
 * (or the control's name when it has no label), never by a CSS selector or id,
 * which the site may generate afresh on every visit.
 *
 * A kept rule also says where it came from (taught here, or imported from a
 * file or a share code) and when. Files, codes and the content script's
 * "teach" request carry only the rule itself (TaughtRuleSchema): where it came
 * from is decided by the background, never by the sender.
 */
// zod/mini: the protocol (lib/messaging/protocol.ts) carries this schema into the popup and content scripts.
import * as z from 'zod/mini';
import { FIELDS, type FieldId } from '../procedure/fields';
import { SCREEN_IDS } from '../procedure/procedure';

const fieldIds = Object.keys(FIELDS) as [FieldId, ...FieldId[]];

export const TaughtRuleSchema = z.strictObject({
  screen: z.enum(SCREEN_IDS),
  /** Folded label text ("e mail address") or `name:<name attribute>`. */
  signature: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  field: z.enum(fieldIds),
});

/** Where a kept rule came from. */
export type RuleOrigin = 'here' | 'file' | 'code';

export interface RuleProvenance {
  origin: RuleOrigin;
  /** The file's name, or the name the share code gives its group or profile; '' for a rule taught here. */
  from: string;
  /** When it was taught or imported (ms since 1970); null when not known (kept before this was recorded). */
  at: number | null;
}

/** A rule as files and requests carry it; kept rules also have their provenance. */
export type TaughtRule = z.infer<typeof TaughtRuleSchema> & Partial<RuleProvenance>;
/** A rule as the store keeps it, provenance filled in. */
export type KeptRule = z.infer<typeof TaughtRuleSchema> & RuleProvenance;

export const MAX_RULES = 200;
/** The longest origin name kept (a file name, a group name). */
const MAX_FROM = 200;

/** One rule per screen and label: a new rule for the same pair replaces the old one. */
export const ruleKey = (r: Pick<TaughtRule, 'screen' | 'signature'>) => `${r.screen}|${r.signature}`;

export { mayFillWith } from './rule-use';

// Bidi controls and zero-width characters: a file name may carry them to look like another.
const HIDDEN = /[\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\u061C\uFEFF]/g;

/** The rule with where it came from, as the store keeps it. */
export function withProvenance(rule: TaughtRule, origin: RuleOrigin, from: string, at: number | null): KeptRule {
  const { screen, signature, field } = rule;
  return { screen, signature, field, origin, from: origin === 'here' ? '' : cleanFrom(from), at };
}

function cleanFrom(from: string): string {
  return from.replace(HIDDEN, '').trim().slice(0, MAX_FROM);
}

/**
 * A rule as read from the store: rules kept before provenance was recorded are
 * the person's own ("taught here", date unknown).
 */
export function keptRule(stored: TaughtRule & { id?: string }): KeptRule {
  const origin: RuleOrigin = stored.origin === 'file' || stored.origin === 'code' ? stored.origin : 'here';
  const at = typeof stored.at === 'number' && Number.isFinite(stored.at) ? stored.at : null;
  return withProvenance(stored, origin, typeof stored.from === 'string' ? stored.from : '', at);
}

/** The rule alone, as a file or a share code carries it. */
export const bareRule = ({ screen, signature, field }: TaughtRule) => ({ screen, signature, field });
