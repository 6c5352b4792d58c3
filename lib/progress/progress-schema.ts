/**
 * The saved progress record's schema: what the store accepts and what the
 * background answers with. Kept apart from progress.ts so that pages which
 * only read progress (the popup) carry no validator.
 */
import * as z from 'zod/mini';
import { TOTAL_STEPS } from '../procedure/procedure';
import type { Progress } from './progress';

const StepNumber = z.int().check(z.minimum(1), z.maximum(TOTAL_STEPS));

export const ProgressSchema = z.strictObject({
  hasCaseNetAccount: z.nullable(z.boolean()),
  done: z.array(StepNumber.check(z.minimum(2))),
  updatedAt: z.int().check(z.nonnegative()),
});

// The schema and the Progress type must describe the same record.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _same: Same<z.infer<typeof ProgressSchema>, Progress> = true;
void _same;
