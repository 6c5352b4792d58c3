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

/** One non-blank record of the file: the line it starts on and its values. */
interface RosterRecord {
  line: number;
  values: string[];
  quoteProblem: boolean;
}

type Column = PersonField | 'fullName';

/** Which column each field is read from: its index, its header text, and the headers no field uses. */
interface HeaderMap {
  index: Partial<Record<Column, number>>;
  columns: Partial<Record<Column, string>>;
  unused: string[];
}

/** A counter of the line each offset of the text is on, asked with offsets that only grow. */
function lineCounter(text: string): (offset: number) => number {
  // Counted from the text, not from the records: quoted fields may hold line breaks.
  const newline = text.includes('\n') ? '\n' : '\r';
  let counted = 0;
  let line = 1;
  return (offset: number) => {
    for (let i = text.indexOf(newline, counted); i >= 0 && i < offset; i = text.indexOf(newline, i + 1)) line++;
    counted = Math.max(counted, offset);
    return line;
  };
}

/** Every non-blank record, the header first, each with the line it starts on; `tooMany` once past the limit. */
function readRecords(text: string): { records: RosterRecord[]; tooMany: boolean } {
  const lineAt = lineCounter(text);
  const records: RosterRecord[] = [];
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
  return { records, tooMany };
}

/** Each field's column: the first header that names it; every other header with text is unused. */
function mapHeaders(headerRow: readonly string[]): HeaderMap {
  const map: HeaderMap = { index: {}, columns: {}, unused: [] };
  headerRow.forEach((name, i) => {
    const field = headerField(name);
    if (field && map.index[field] === undefined) {
      map.index[field] = i;
      map.columns[field] = name.trim();
    } else if (name.trim()) map.unused.push(name.trim());
  });
  return map;
}

/** Why the header row will not do (no names or no email column), or null when it will. */
function headerProblem(headerRow: readonly string[], headerLine: number, { index }: HeaderMap): string | null {
  const hasNames = (index.firstName !== undefined && index.lastName !== undefined) || index.fullName !== undefined;
  if (hasNames && index.email !== undefined) return null;
  const found = headerRow.map((h) => h.trim()).filter(Boolean);
  return t(
    'roster_no_header',
    headerLine,
    found.length
      ? t('roster_header_has', `${found.slice(0, 12).join(', ')}${found.length > 12 ? '…' : ''}`)
      : t('roster_header_empty'),
  );
}

/** With first and last name columns both, a full name column is not read. */
function dropFullName(map: HeaderMap): void {
  const { index, columns } = map;
  if (index.fullName !== undefined && index.firstName !== undefined && index.lastName !== undefined) {
    map.unused.push(columns.fullName!);
    delete index.fullName;
    delete columns.fullName;
  }
}

/** The person on one record, a full name split where there are no first and last name columns. */
function personOf(values: readonly string[], { index }: HeaderMap): GroupPerson {
  const value = (field: Column) => {
    const i = index[field];
    return i === undefined ? '' : (values[i] ?? '').trim();
  };
  const split = index.fullName !== undefined ? splitName(value('fullName')) : null;
  return {
    firstName: split && index.firstName === undefined ? split.firstName : value('firstName'),
    lastName: split && index.lastName === undefined ? split.lastName : value('lastName'),
    email: value('email'),
    position: value('position'),
    department: value('department'),
    supervisor: value('supervisor'),
  };
}

/** One record as a roster row, with the person's problems and the record's own (bad quotes, too many values). */
function checkRecord({ line, values, quoteProblem }: RosterRecord, map: HeaderMap, headerLength: number): RosterRow {
  const person = personOf(values, map);
  const problems = rowProblems(person);
  if (quoteProblem) problems.unshift(t('roster_quote_problem'));
  else if (values.length > headerLength) {
    problems.push(t('roster_too_many_values', values.length, headerLength));
  }
  return { line, ...person, problems };
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
  const { records, tooMany } = readRecords(csvText.replace(/^\uFEFF/, ''));
  if (tooMany) return { ok: false, error: t('roster_too_many', MAX_ROSTER_ROWS.toLocaleString('en-US')) };
  const first = records.shift();
  if (!first) return { ok: false, error: t('roster_empty') };

  const map = mapHeaders(first.values);
  const problem = headerProblem(first.values, first.line, map);
  if (problem) return { ok: false, error: problem };
  dropFullName(map);

  const rows = records.map((record) => checkRecord(record, map, first.values.length));
  markSharedEmails(rows);
  const { columns, unused } = map;
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
