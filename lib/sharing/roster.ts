/**
 * A roster: the administrator's list of users (a CSV file from a spreadsheet),
 * one share code per user for a mail merge. Each code is the group profile
 * plus that user's personal part; when locked, every code of the roster uses
 * one key derived once (a new IV per code), so 1,000 users cost one PBKDF2.
 */
import Papa from 'papaparse';
import { t } from '../i18n';
import { parseGroupProfile, type GroupPerson, type GroupProfile } from '../profile/group-profile';
import { groupFile } from '../profile/profile-file';
import { newKeyParams, type KeyParams } from '../storage/secret-box';
import { SHARE_CODE_MESSAGES, ShareCodeError, encodeShareCode, shareKey, type ShareKey } from './share-code';
import { headerField, splitName, type PersonField } from './roster-headers';
import { markSharedEmails, rowProblems } from './roster-person';

export { headerField } from './roster-headers';
export { addedPersonProblems, rowProblems } from './roster-person';
export { ROSTER_CSV_COLUMNS, rosterCsv } from './roster-mail';

export const MAX_ROSTER_ROWS = 5000;
export const MAX_ROSTER_CHARS = 5 * 1024 * 1024;

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

  markSharedEmails(rows);

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
