/**
 * A roster's column headers, matched loosely to a person's fields ("E-Mail Address", "Surname",
 * "Prénom"), and a single name column split in two.
 */
import type { GroupPerson } from '../profile/group-profile';

export type PersonField = keyof GroupPerson;

/** Header text folded: "E-Mail Address " → "e mail address", "Prénom" → "prenom". */
function fold(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\(.*?\)/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A Map, so that a header like "constructor" finds nothing. */
const EXACT = new Map<string, PersonField | 'fullName'>();
const add = (field: PersonField | 'fullName', ...names: string[]) => names.forEach((n) => EXACT.set(n, field));
add(
  'firstName',
  'first name',
  'first',
  'firstname',
  'given name',
  'given names',
  'given',
  'forename',
  'fname',
  'first names',
);
add('lastName', 'last name', 'last', 'lastname', 'surname', 'family name', 'family', 'lname', 'last names');
add('fullName', 'name', 'full name', 'fullname', 'employee name', 'employee', 'staff name', 'person', 'user');
add('email', 'email', 'e mail', 'email address', 'e mail address', 'mail', 'work email', 'work e mail', 'email addr');
add('position', 'position', 'title', 'job title', 'role', 'job', 'position title');
add('department', 'department', 'dept', 'division', 'unit', 'office', 'section', 'department name', 'dept name');
add('supervisor', 'supervisor', 'supervisor name', 'manager', 'manager name', 'supervised by', 'reports to', 'boss');

/** Which field a header names, if any: exact names first, then the telling word in it. */
export function headerField(header: string): PersonField | 'fullName' | null {
  const h = fold(header);
  const exact = EXACT.get(h);
  if (exact) return exact;
  const has = (...words: string[]) => words.some((w) => h.includes(w));
  if (has('supervisor', 'manager', 'reports to')) return has('mail', 'phone', 'tel') ? null : 'supervisor';
  if (has('user name', 'username', 'login')) return null; // the court account's user name, not a person's name
  if (has('first', 'given', 'prenom')) return 'firstName';
  if (has('last', 'surname', 'family')) return 'lastName';
  if (has('mail')) return 'email';
  if (has('dept', 'department', 'division')) return 'department';
  if (has('position', 'title')) return 'position';
  return null;
}

/** "Doe, Jane" or "Jane Q. Doe" → first and last name. */
export function splitName(full: string): { firstName: string; lastName: string } {
  const comma = full.indexOf(',');
  if (comma >= 0) return { firstName: full.slice(comma + 1).trim(), lastName: full.slice(0, comma).trim() };
  const at = full.lastIndexOf(' ');
  return at < 0
    ? { firstName: full, lastName: '' }
    : { firstName: full.slice(0, at).trim(), lastName: full.slice(at + 1) };
}
