/**
 * The kinds of box the recogniser tells apart (ours, which the procedure asks
 * for, and others it knows so as not to mistake them for ours), the shape of
 * the rule that names each (the vocabulary itself is in rules.ts), and how a
 * rule is matched against folded text.
 */
import type { ControlType } from '../page/collect';

export type OurKind =
  | 'noMobar'
  | 'username'
  | 'password'
  | 'captcha'
  | 'firstName'
  | 'lastName'
  | 'email'
  | 'line1'
  | 'line2'
  | 'city'
  | 'state'
  | 'zip'
  | 'sameAsMailing'
  | 'phone'
  | 'question'
  | 'answer'
  | 'groupName'
  | 'pin'
  | 'userInformation'
  | 'acknowledge';

/** Kinds a registration screen does not ask for. */
export type OtherKind =
  | 'fullName'
  | 'middleName'
  | 'nameAffix'
  | 'currentPassword'
  | 'fax'
  | 'phoneExtension'
  | 'country'
  | 'county'
  | 'company'
  | 'search'
  | 'message'
  | 'birth'
  | 'oneTimeCode';

export type Kind = OurKind | OtherKind;

export interface KindRule {
  /** Label, caption or placeholder text that names this kind. */
  readonly label: RegExp;
  /** Text that, although it matches `label`, names something else. */
  readonly not?: RegExp;
  /** Tokens of the `name`/`id` attributes ("userForm.emailAddr" → "user form email addr"). */
  readonly name?: RegExp;
  /** The kinds of control that can be this. */
  readonly types: readonly ControlType[];
  /** HTML autocomplete tokens that name it (the most trusted signal). */
  readonly autocomplete?: readonly string[];
  /** A kind the procedure never asks for. */
  readonly other?: true;
}

/** Does one folded text name this kind? */
export function textNames(rule: KindRule, folded: string): boolean {
  return rule.label.test(folded) && !rule.not?.test(folded);
}

/** Do the folded name/id tokens name this kind? */
export function tokensName(rule: KindRule, tokens: string): boolean {
  if (!tokens) return false;
  return (rule.name?.test(tokens) || rule.label.test(tokens)) && !rule.not?.test(tokens);
}
