/**
 * A roster: the administrator's list of users (a CSV file from a spreadsheet),
 * one share code per user for a mail merge. Each code is the group profile
 * plus that user's personal part; when locked, every code of the roster uses
 * one key derived once (a new IV per code), so 1,000 users cost one PBKDF2.
 */
import Papa from 'papaparse';
import { FIELDS } from './fields';
import { t, type MessageKey } from './i18n';
import {
  GroupPersonSchema,
  describeIssuesWith,
  parseGroupProfile,
  type GroupPerson,
  type GroupProfile,
} from './group-profile';
import { groupFile } from './profile-file';
import { newKeyParams, type KeyParams } from './secret-box';
import { SHARE_CODE_MESSAGES, ShareCodeError, encodeShareCode, shareKey, type ShareKey } from './share-code';

export const MAX_ROSTER_ROWS = 5000;
export const MAX_ROSTER_CHARS = 5 * 1024 * 1024;

type PersonField = keyof GroupPerson;

export interface RosterRow extends GroupPerson {
  /** The line of the file the person's entry starts on (the header is line 1). */
  line: number;
  /** Plain sentences; a row with any is left out of the codes. */
  problems: string[];
}

export type RosterParse =
  | {
      ok: true;
      rows: RosterRow[];
      /** Which column of the file was read for each field (the file's own header text). */
      columns: Partial<Record<PersonField | 'fullName', string>>;
      /** Things worth knowing that do not stop anything (columns not used). */
      notes: string[];
    }
  | { ok: false; error: string };

export interface RosterCode {
  row: RosterRow;
  code: string;
}

const FIELD_LABELS: Record<PersonField, MessageKey> = {
  firstName: FIELDS.firstName.label,
  lastName: FIELDS.lastName.label,
  email: FIELDS.email.label,
  position: 'label_position',
  department: 'label_department',
  supervisor: 'label_supervisor',
};

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
function splitName(full: string): { firstName: string; lastName: string } {
  const comma = full.indexOf(',');
  if (comma >= 0) return { firstName: full.slice(comma + 1).trim(), lastName: full.slice(0, comma).trim() };
  const at = full.lastIndexOf(' ');
  return at < 0
    ? { firstName: full, lastName: '' }
    : { firstName: full.slice(0, at).trim(), lastName: full.slice(at + 1) };
}

const describePersonField = (path: readonly PropertyKey[]) => {
  const key = Object.hasOwn(FIELD_LABELS, String(path[0])) ? FIELD_LABELS[String(path[0]) as PersonField] : undefined;
  return key ? t(key) : String(path[0]);
};

function rowProblems(person: GroupPerson): string[] {
  const problems: string[] = [];
  if (!person.firstName) problems.push(t('issue_missing', t(FIELD_LABELS.firstName)));
  if (!person.lastName) problems.push(t('issue_missing', t(FIELD_LABELS.lastName)));
  if (!person.email) problems.push(t('issue_missing', t(FIELD_LABELS.email)));
  const checked = GroupPersonSchema.safeParse(person);
  if (!checked.success) problems.push(...describeIssuesWith(checked.error, describePersonField));
  return problems;
}

/**
 * Read a roster (CSV with a header row). Headers are matched loosely;
 * quoted fields, commas and line breaks inside quotes, accents, a BOM and
 * CRLF line ends are all read as a spreadsheet writes them.
 */
export function parseRoster(csvText: string): RosterParse {
  if (csvText.length > MAX_ROSTER_CHARS) {
    return {
      ok: false,
      error: t('roster_too_large', MAX_ROSTER_CHARS / 1024 / 1024, MAX_ROSTER_ROWS.toLocaleString('en-US')),
    };
  }
  const text = csvText.replace(/^\uFEFF/, '');
  // Line numbers: where each record starts, counted from the text (quoted fields may hold line breaks).
  const newline = text.includes('\n') ? '\n' : '\r';
  let counted = 0;
  let line = 1;
  const lineAt = (offset: number) => {
    for (let i = text.indexOf(newline, counted); i >= 0 && i < offset; i = text.indexOf(newline, i + 1)) line++;
    counted = Math.max(counted, offset);
    return line;
  };

  // Every non-blank record, the header first.
  const records: { line: number; values: string[]; quoteProblem: boolean }[] = [];
  let tooMany = false;
  let start = 0;
  Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    step(result, parser) {
      const at = lineAt(start);
      start = result.meta.cursor;
      const values = result.data.map((v) => (typeof v === 'string' ? v : ''));
      if (values.every((v) => v.trim() === '')) return;
      if (records.length > MAX_ROSTER_ROWS) {
        tooMany = true;
        parser.abort();
        return;
      }
      records.push({ line: at, values, quoteProblem: result.errors.some((e) => e.type === 'Quotes') });
    },
  });

  if (tooMany) {
    return {
      ok: false,
      error: t('roster_too_many', MAX_ROSTER_ROWS.toLocaleString('en-US')),
    };
  }
  const first = records.shift();
  if (!first) {
    return {
      ok: false,
      error: t('roster_empty'),
    };
  }
  const headerRow = first.values;
  const headerLine = first.line;

  const columns: Partial<Record<PersonField | 'fullName', string>> = {};
  const index: Partial<Record<PersonField | 'fullName', number>> = {};
  const unused: string[] = [];
  headerRow.forEach((name, i) => {
    const field = headerField(name);
    if (field && index[field] === undefined) {
      index[field] = i;
      columns[field] = name.trim();
    } else if (name.trim()) unused.push(name.trim());
  });
  const hasNames = (index.firstName !== undefined && index.lastName !== undefined) || index.fullName !== undefined;
  if (!hasNames || index.email === undefined) {
    const found = headerRow.map((h) => h.trim()).filter(Boolean);
    return {
      ok: false,
      error: t(
        'roster_no_header',
        headerLine,
        found.length
          ? t('roster_header_has', `${found.slice(0, 12).join(', ')}${found.length > 12 ? '…' : ''}`)
          : t('roster_header_empty'),
      ),
    };
  }
  if (index.fullName !== undefined && index.firstName !== undefined && index.lastName !== undefined) {
    unused.push(columns.fullName!);
    delete index.fullName;
    delete columns.fullName;
  }

  const rows: RosterRow[] = records.map(({ line, values, quoteProblem }) => {
    const value = (field: PersonField | 'fullName') => {
      const i = index[field];
      return i === undefined ? '' : (values[i] ?? '').trim();
    };
    const split = index.fullName !== undefined ? splitName(value('fullName')) : null;
    const person: GroupPerson = {
      firstName: split && index.firstName === undefined ? split.firstName : value('firstName'),
      lastName: split && index.lastName === undefined ? split.lastName : value('lastName'),
      email: value('email'),
      position: value('position'),
      department: value('department'),
      supervisor: value('supervisor'),
    };
    const problems = rowProblems(person);
    if (quoteProblem) problems.unshift(t('roster_quote_problem'));
    else if (values.length > headerRow.length) {
      problems.push(t('roster_too_many_values', values.length, headerRow.length));
    }
    return { line, ...person, problems };
  });

  // The same e-mail address twice: each person needs their own (and their own code).
  const byEmail = new Map<string, RosterRow[]>();
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

  return { ok: true, rows, columns, notes: unused.length ? [t('roster_columns_unused', unused.join(', '))] : [] };
}

/**
 * One share code per roster line without problems: the group profile with
 * that user's personal part. With a passphrase, ONE key is derived for the
 * whole roster. A group profile holding a PIN needs a passphrase.
 */
export async function rosterCodes(
  group: GroupProfile,
  rows: readonly RosterRow[],
  passphrase?: string,
  params: KeyParams = newKeyParams(),
): Promise<RosterCode[]> {
  const checked = parseGroupProfile(group);
  if (!checked.ok) throw new ShareCodeError(SHARE_CODE_MESSAGES.cannotShare(checked.errors));
  if (checked.value.pin && !passphrase) throw new ShareCodeError(SHARE_CODE_MESSAGES.pinNeedsPassphrase);
  const key: ShareKey | undefined = passphrase ? await shareKey(passphrase, params) : undefined;
  const out: RosterCode[] = [];
  for (const row of rows) {
    if (row.problems.length) continue;
    const { firstName, lastName, email, position, department, supervisor } = row;
    const file = groupFile(checked.value, { firstName, lastName, email, position, department, supervisor });
    out.push({ row, code: await encodeShareCode(file, key ? { key } : {}) });
  }
  return out;
}

export const ROSTER_CSV_COLUMNS = ['First name', 'Last name', 'E-mail', 'Share code'] as const;

/**
 * The mail-merge file: First name, Last name, E-mail, Share code. It starts
 * with a BOM so spreadsheets read accents right; a value that a spreadsheet
 * would run as a formula (=, +, -, @) is written with a leading apostrophe.
 */
export function rosterCsv(results: readonly RosterCode[]): string {
  const csv = Papa.unparse(
    {
      fields: [...ROSTER_CSV_COLUMNS],
      data: results.map(({ row, code }) => [row.firstName, row.lastName, row.email, code]),
    },
    { escapeFormulae: true, newline: '\r\n', quotes: false },
  );
  return `\uFEFF${csv}\r\n`;
}
