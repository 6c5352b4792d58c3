/**
 * The fill report as a person should read it: nothing listed as "type it
 * yourself" that is not theirs to type. An optional box (a second address
 * line) is no gap; a secret the locked passphrase holds back is "locked",
 * not "not in your profile"; a password just suggested is not missing; a box
 * the site filled itself is the site's. Pure: tested without a browser.
 */
import { isSecret, type FieldId } from '../procedure/fields';
import type { FillReport } from './insert';

/** Boxes a person may leave empty. */
export const OPTIONAL_FIELDS: ReadonlySet<FieldId> = new Set<FieldId>(['mailing.line2', 'billing.line2']);

export interface TidyFacts {
  /** The profile keeps secrets, but the passphrase is locked. */
  locked: boolean;
  /** Secrets were not asked for (the screen was filled as it appeared): they wait for the person's Fill. */
  secretsWaiting: boolean;
  /** Fields the panel just typed itself ("Suggest a strong password"). */
  suggested: readonly FieldId[];
  /** Fields whose box the site already filled and the person cannot change. */
  siteFilled: readonly FieldId[];
}

export function tidyReport(report: FillReport, facts: TidyFacts): FillReport {
  const site = new Set(facts.siteFilled);
  const suggested = new Set(facts.suggested);
  const bySite = [...report.filledBySite];
  const locked = [...report.locked];
  const missing: FieldId[] = [];
  for (const field of report.missing) {
    if (OPTIONAL_FIELDS.has(field) || suggested.has(field)) continue;
    if (site.has(field)) {
      if (!bySite.includes(field)) bySite.push(field);
    } else if (isSecret(field) && facts.secretsWaiting) continue;
    else if (isSecret(field) && facts.locked) {
      if (!locked.includes(field)) locked.push(field);
    } else missing.push(field);
  }
  return {
    ...report,
    filled: report.filled.filter((f) => !bySite.includes(f)),
    filledBySite: bySite,
    leftAlone: report.leftAlone.filter((l) => !bySite.includes(l.field)),
    missing,
    locked,
  };
}
