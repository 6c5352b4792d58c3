/**
 * One person of a roster: what is wrong with their line, and the same e-mail address on two lines.
 */
import { FIELDS } from '../procedure/fields';
import { GroupPersonSchema, describeIssuesWith, type GroupPerson } from '../profile/group-profile';
import { t, type MessageKey } from '../i18n';
import type { PersonField } from './roster-headers';

/** A person with the line of the roster they came from. */
interface Lined extends GroupPerson {
  line: number;
  problems: string[];
}

const FIELD_LABELS: Record<PersonField, MessageKey> = {
  firstName: FIELDS.firstName.label,
  lastName: FIELDS.lastName.label,
  email: FIELDS.email.label,
  position: 'label_position',
  department: 'label_department',
  supervisor: 'label_supervisor',
};

const describePersonField = (path: readonly PropertyKey[]) => {
  const key = Object.hasOwn(FIELD_LABELS, String(path[0])) ? FIELD_LABELS[String(path[0]) as PersonField] : undefined;
  return key ? t(key) : String(path[0]);
};

/** What is wrong with one person's line, in plain sentences (none: ready for a code). */
export function rowProblems(person: GroupPerson): string[] {
  const problems: string[] = [];
  if (!person.firstName) problems.push(t('issue_missing', t(FIELD_LABELS.firstName)));
  if (!person.lastName) problems.push(t('issue_missing', t(FIELD_LABELS.lastName)));
  if (!person.email) problems.push(t('issue_missing', t(FIELD_LABELS.email)));
  const checked = GroupPersonSchema.safeParse(person);
  if (!checked.success) problems.push(...describeIssuesWith(checked.error, describePersonField));
  return problems;
}

/** The same e-mail address on several lines (whatever its capitals): each person needs their own, and their own code. */
export function markSharedEmails(rows: readonly Lined[]): void {
  const byEmail = new Map<string, Lined[]>();
  for (const row of rows) {
    if (!row.email) continue;
    const key = row.email.toLowerCase();
    byEmail.set(key, [...(byEmail.get(key) ?? []), row]);
  }
  for (const same of byEmail.values()) {
    if (same.length < 2) continue;
    for (const row of same) {
      const others = same.filter((r) => r !== row).map((r) => r.line);
      row.problems.push(
        t(
          others.length > 1 ? 'roster_email_twice_other' : 'roster_email_twice_one',
          t(FIELD_LABELS.email),
          row.email,
          others.join(', '),
        ),
      );
    }
  }
}

/**
 * A person the administrator adds by hand ("Add one person"): their own problems, and an e-mail
 * address the roster already has (naming its line, or "added" for someone added before).
 */
export function addedPersonProblems(person: GroupPerson, roster: readonly Lined[]): string[] {
  const problems = rowProblems(person);
  const email = person.email.trim().toLowerCase();
  const same = email ? roster.find((r) => r.email.toLowerCase() === email) : undefined;
  if (same) {
    problems.push(
      same.line > 0
        ? t('roster_add_email_on_line', t(FIELD_LABELS.email), person.email, same.line)
        : t('roster_add_email_added', t(FIELD_LABELS.email), person.email),
    );
  }
  return problems;
}
