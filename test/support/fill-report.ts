/** A fill report with nothing in it, for tests to add what their case needs. */
import type { FillReport } from '@/lib/fill/insert';

export const emptyReport = (over: Partial<FillReport> = {}): FillReport => ({
  filled: [],
  reasons: {},
  boxes: {},
  changedByPage: [],
  filledBySite: [],
  leftAlone: [],
  leftForYou: [],
  missing: [],
  locked: [],
  notFound: [],
  unknownQuestions: [],
  unsure: [],
  ...over,
});
