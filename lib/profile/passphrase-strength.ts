/**
 * How easy a passphrase is to guess, by zxcvbn-ts (common passwords, words,
 * names, keyboard patterns, dates, l33t speak). Loaded only by the options
 * page, and only when a passphrase form is shown: its word lists are large.
 * The warning and suggestions are the estimator's own (English) feedback.
 */
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';

/** zxcvbn's scale is 0-4; 3 means about 10^8 guesses or more ("safely unguessable" for an offline attack with a slow hash, which PBKDF2 at 600,000 rounds is). */
export const STRONG_ENOUGH = 3;

export type Strength = { ok: true } | { ok: false; warning: string | null; suggestions: string[] };

let estimator: ZxcvbnFactory | null = null;

export function judgePassphrase(passphrase: string, userInputs: readonly string[] = []): Strength {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  });
  const result = estimator.check(passphrase, [...userInputs]);
  if (result.score >= STRONG_ENOUGH) return { ok: true };
  return { ok: false, warning: result.feedback.warning || null, suggestions: result.feedback.suggestions };
}
