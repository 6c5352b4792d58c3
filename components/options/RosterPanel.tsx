import { useEffect, useRef, useState } from 'preact/hooks';
import type { GroupProfile } from '@/lib/group-profile';
import {
  MAX_ROSTER_CHARS,
  parseRoster,
  rosterCodes,
  rosterCsv,
  type RosterCode,
  type RosterParse,
  type RosterRow,
} from '@/lib/roster';
import { ErrorAlert, Status, errorText } from './Messages';
import { COPY_BY_HAND, ShareCodeBox, copyText, count, shortCode } from './ShareCodeBox';

/** What the administrator's section gives the roster: the group profile and passphrase, checked, or what is wrong. */
export type Prepared =
  | { ok: true; group: GroupProfile; passphrase?: string; locked: boolean }
  /** Sentences to show as they are. */
  | { ok: false; errors: string[] };

interface Props {
  /** Check the group profile and the passphrase rule (the messages are also shown next to the boxes). */
  prepare: () => Prepared;
  /** Changes whenever the group profile or the passphrase changes: codes made before are then out of date. */
  sourceKey: string;
  /** For the mail-merge file's name. */
  fileStem: string;
  download: (filename: string, text: string) => void;
}

/** Rows shown in the check table; lines with a problem are always shown. */
const MAX_SHOWN = 300;
/** Wait this long after the last key press before reading pasted text again. */
const READ_DELAY_MS = 300;

const fullName = (r: Pick<RosterRow, 'firstName' | 'lastName'>) => [r.firstName, r.lastName].filter(Boolean).join(' ');

const COLUMN_NAMES: Record<string, string> = {
  firstName: 'First name',
  lastName: 'Last name',
  fullName: 'Full name',
  email: 'E-mail',
  position: 'Position',
  department: 'Department',
  supervisor: 'Supervisor',
};

interface Made {
  codes: RosterCode[];
  /** Lines left out because they have a problem. */
  skipped: number;
  locked: boolean;
  /** What the codes were made from; when it changes they are out of date. */
  key: string;
}

/** A roster (CSV) checked line by line, then one share code per person, for a mail merge. */
export function RosterPanel({ prepare, sourceKey, fileStem, download }: Props) {
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [parsed, setParsed] = useState<{ text: string; result: RosterParse } | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [working, setWorking] = useState<string | null>(null);
  const [error, setError] = useState<string | readonly string[] | null>(null);
  const [made, setMade] = useState<Made | null>(null);
  const [status, setStatus] = useState('');
  const [copyFallback, setCopyFallback] = useState<{ name: string; code: string } | null>(null);
  /** Changing it empties the file box. */
  const [fileKey, setFileKey] = useState(0);
  const resultsRef = useRef<HTMLHeadingElement>(null);

  // Pasted or typed text is read a moment after the last change, not at every key press.
  useEffect(() => {
    if (!text.trim()) {
      setParsed(null);
      return;
    }
    if (parsed?.text === text) return;
    const timer = setTimeout(() => setParsed({ text, result: parseRoster(text) }), READ_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const chooseFile = async (input: HTMLInputElement) => {
    setFileError(null);
    const file = input.files?.[0];
    if (!file) return;
    // Bytes, not characters: a file this large cannot be a roster within the limit.
    if (file.size > MAX_ROSTER_CHARS * 4) {
      setFileError(`This file is too large to be a roster (over ${MAX_ROSTER_CHARS / 1024 / 1024} MB of text).`);
      return;
    }
    let content: string;
    try {
      content = await file.text();
    } catch {
      setFileError('The file could not be read. Check it is still there and try again.');
      return;
    }
    setFileName(file.name);
    setText(content);
    setParsed({ text: content, result: parseRoster(content) });
  };

  const current = parsed && parsed.text === text ? parsed.result : null;
  const checking = text.trim() !== '' && !current;
  const rows = current?.ok ? current.rows : [];
  const problemRows = rows.filter((r) => r.problems.length > 0);
  const readyCount = rows.length - problemRows.length;
  const shown =
    rows.length <= MAX_SHOWN
      ? rows
      : rows.filter((r, i) => r.problems.length > 0 || i < MAX_SHOWN - Math.min(problemRows.length, MAX_SHOWN));
  const madeKey = `${sourceKey}\u0000${text}`;
  const upToDate = made !== null && made.key === madeKey;

  const makeCodes = async () => {
    if (working) return;
    setError(null);
    setStatus('');
    setCopyFallback(null);
    if (!current) {
      setError(
        text.trim()
          ? 'The roster is still being read: try again in a moment.'
          : 'Paste the roster first, or choose the roster file.',
      );
      return;
    }
    if (!current.ok) {
      setError(current.error);
      return;
    }
    const ready = rows.filter((r) => r.problems.length === 0);
    if (ready.length === 0) {
      setError('No line of the roster is ready for a code: fix the problems marked in the table above.');
      return;
    }
    const prepared = prepare();
    if (!prepared.ok) {
      setError(prepared.errors);
      return;
    }
    setWorking(`Making ${count(ready.length)} ${ready.length === 1 ? 'code' : 'codes'}…`);
    // Let the page show that it is working before the codes are made.
    await new Promise((resolve) => setTimeout(resolve, 0));
    try {
      const codes = await rosterCodes(prepared.group, rows, prepared.passphrase);
      setMade({ codes, skipped: rows.length - codes.length, locked: prepared.locked, key: madeKey });
      setStatus(`Made ${count(codes.length)} share ${codes.length === 1 ? 'code' : 'codes'}.`);
      requestAnimationFrame(() => resultsRef.current?.focus());
    } catch (err) {
      setError(errorText(err));
    } finally {
      setWorking(null);
    }
  };

  const copyOne = async (row: RosterRow, code: string) => {
    setCopyFallback(null);
    setStatus('');
    const name = fullName(row);
    if (await copyText(code)) setStatus(`Copied the share code for ${name}.`);
    else setCopyFallback({ name, code });
  };

  const downloadCsv = () => {
    if (!made || !upToDate) return;
    const filename = `${fileStem}.share-codes.csv`;
    download(filename, rosterCsv(made.codes));
    setStatus(
      `“${filename}” was saved in your downloads: one line per person (first name, last name, e-mail, share code), for a mail merge.`,
    );
  };

  return (
    <div class="roster">
      <h3 id="roster-heading">One code for each person (roster)</h3>
      <p>
        With a roster — a spreadsheet saved as CSV, with a first line naming the columns First name, Last name and
        E-mail (Position, Department and Supervisor are optional) — each person gets their own share code with their
        name and e-mail already in it.
      </p>
      <div class="field">
        <label for="roster-text">Paste the roster (CSV)</label>
        <textarea
          id="roster-text"
          rows={6}
          spellcheck={false}
          value={text}
          aria-describedby="roster-text-hint"
          onInput={(e) => {
            setText(e.currentTarget.value);
            setFileName(null);
          }}
        />
        <p id="roster-text-hint" class="hint">
          Copy the cells from the spreadsheet, or open the CSV file in a text editor and copy all of it.
        </p>
      </div>
      <div class="field">
        <label for="roster-file">Roster file (CSV)</label>
        <input
          key={fileKey}
          id="roster-file"
          type="file"
          accept=".csv,text/csv,text/plain"
          onChange={(e) => void chooseFile(e.currentTarget)}
        />
        {fileName && <p class="hint">Read from {`“${fileName}”`}; its text is in the box above.</p>}
      </div>
      <ErrorAlert message={fileError} />
      {(text || fileName) && (
        <div class="row">
          <button
            type="button"
            class="subtle"
            onClick={() => {
              setText('');
              setFileName(null);
              setFileKey((k) => k + 1);
              setParsed(null);
              setError(null);
            }}
          >
            Clear the roster
          </button>
        </div>
      )}

      {checking && <p class="busy">Checking the roster…</p>}
      {current && !current.ok && <ErrorAlert message={current.error} />}
      {current?.ok && (
        <div class="roster-check">
          {(Object.keys(current.columns).length > 0 || current.notes.length > 0) && (
            <ul class="plain-list">
              {Object.keys(current.columns).length > 0 && (
                <li>
                  Columns read:{' '}
                  {Object.entries(current.columns)
                    .map(([field, header]) => `${COLUMN_NAMES[field] ?? field} from “${header}”`)
                    .join(', ')}
                  .
                </li>
              )}
              {current.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          )}
          {rows.length === 0 ? (
            <p>The roster has its column names but no people yet.</p>
          ) : (
            <div class="table-scroll">
              <table class="roster-table">
                <caption>
                  The roster: {count(rows.length)} {rows.length === 1 ? 'person' : 'people'},{' '}
                  {problemRows.length === 0
                    ? 'all ready'
                    : `${count(problemRows.length)} ${problemRows.length === 1 ? 'needs' : 'need'} a fix`}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Line</th>
                    <th scope="col">First name</th>
                    <th scope="col">Last name</th>
                    <th scope="col">E-mail</th>
                    <th scope="col">Position</th>
                    <th scope="col">Department</th>
                    <th scope="col">Supervisor</th>
                    <th scope="col">Check</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((r) => (
                    <tr key={r.line} class={r.problems.length ? 'roster-problem' : undefined}>
                      <th scope="row">{r.line}</th>
                      <td>{r.firstName}</td>
                      <td>{r.lastName}</td>
                      <td>{r.email}</td>
                      <td>{r.position}</td>
                      <td>{r.department}</td>
                      <td>{r.supervisor}</td>
                      <td>
                        {r.problems.length === 0 ? (
                          'Ready'
                        ) : (
                          <>
                            <strong>Needs a fix:</strong>
                            <ul>
                              {r.problems.map((p) => (
                                <li key={p}>{p}</li>
                              ))}
                            </ul>
                          </>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {shown.length < rows.length && (
            <p class="hint">
              Shown: every line with a problem and the first ready ones ({count(shown.length)} of {count(rows.length)}).
              Every ready line gets a code.
            </p>
          )}
          {problemRows.length > 0 && readyCount > 0 && (
            <p>
              {count(problemRows.length)} {problemRows.length === 1 ? 'line has' : 'lines have'} a problem and will get
              no code until fixed in the roster. The {count(readyCount)} ready{' '}
              {readyCount === 1 ? 'line gets its code' : 'lines get their codes'}.
            </p>
          )}
        </div>
      )}

      <div class="row">
        <button
          type="button"
          class="primary"
          aria-disabled={working ? 'true' : undefined}
          onClick={() => void makeCodes()}
        >
          Make a code for each person
        </button>
        {working && (
          <span class="busy" role="status">
            {working}
          </span>
        )}
      </div>
      <ErrorAlert message={error} />

      {made && !upToDate && (
        <p class="notice">
          The roster, the group profile or the passphrase changed after the codes were made: make them again.
        </p>
      )}
      {made && upToDate && (
        <div class="roster-results">
          <h4 id="roster-results-heading" ref={resultsRef} tabIndex={-1}>
            Share codes for {count(made.codes.length)} {made.codes.length === 1 ? 'person' : 'people'}
          </h4>
          {made.locked && (
            <p class="notice">
              These codes are locked with your passphrase. Give your users the passphrase another way — by phone or in
              person — never in the same e-mail as their code.
            </p>
          )}
          {made.skipped > 0 && (
            <p>
              {count(made.skipped)} {made.skipped === 1 ? 'line' : 'lines'} of the roster got no code because of a
              problem (marked above).
            </p>
          )}
          <div class="row">
            <button type="button" class="primary" onClick={downloadCsv}>
              Download for a mail merge (CSV)
            </button>
          </div>
          {made.codes.length > 0 && (
            <div class="table-scroll">
              <table class="codes-table">
                <caption>Each person’s share code</caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">E-mail</th>
                    <th scope="col">Share code</th>
                    <th scope="col">
                      <span class="sr-only">Copy</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {made.codes.map(({ row, code }) => (
                    <tr key={row.line}>
                      <th scope="row">{fullName(row)}</th>
                      <td>{row.email}</td>
                      <td>
                        <code class="short-code">{shortCode(code)}</code>
                      </td>
                      <td>
                        <button type="button" class="subtle" onClick={() => void copyOne(row, code)}>
                          Copy<span class="sr-only"> the code for {fullName(row)}</span>
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      )}
      {copyFallback && (
        <div class="copy-fallback">
          <p>{COPY_BY_HAND}</p>
          <ShareCodeBox
            id="roster-copy-fallback"
            label={`Share code for ${copyFallback.name}`}
            code={copyFallback.code}
            selectOnShow
          />
        </div>
      )}
      <Status message={status} />
    </div>
  );
}
