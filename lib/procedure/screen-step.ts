/**
 * Which step a recognised screen stands for. Every screen has one first step,
 * except the logon screen: step 15 while creating an account (the person must
 * not log on), step 17 when they come to log on for their group.
 */
import { CASENET_BRANCH, firstStepOfScreen, type ScreenId } from './procedure';
import { isSkipped, type Progress } from '../progress/progress';

export interface ArrivalFacts {
  /** The previous page was a courts.mo.gov page (not the e-mail, not typed in). */
  fromCourtPage: boolean;
  /** The address carries a query, as the group e-mail's link does. */
  hasQuery: boolean;
}

const LOGON_TO_JOIN = CASENET_BRANCH.resumesAt + 1; // 17

export function stepForScreen(screen: ScreenId, progress: Progress, arrival: ArrivalFacts): number {
  const first = firstStepOfScreen(screen);
  if (screen !== 'logon') return first;
  const pastCreation =
    isSkipped(progress, first) || progress.done.includes(first) || progress.done.some((n) => n > first);
  const viaGroupLink = arrival.hasQuery || !arrival.fromCourtPage;
  return pastCreation || viaGroupLink ? LOGON_TO_JOIN : first;
}
