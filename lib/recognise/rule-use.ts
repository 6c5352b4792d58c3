/**
 * May the filler use this taught rule? A rule from an import never picks the
 * box a secret goes into: only a rule the person taught here may. (Imports drop
 * such rules already; this is the second line, where rules are applied.) Kept
 * apart from lib/recognise/taught-rules.ts, whose zod schema the recogniser need not load.
 */
import { isSecret } from '../procedure/fields';
import type { TaughtRule } from './taught-rules';

export const mayFillWith = (r: TaughtRule): boolean => (r.origin ?? 'here') === 'here' || !isSecret(r.field);
