import { useEffect, useRef, useState } from 'preact/hooks';
import type { GroupProfile } from '@/lib/group-profile';
import { t, type MessageKey } from '@/lib/i18n';
import {
  MAX_ROSTER_CHARS,
  parseRoster,
  rosterCodes,
  rosterCsv,
  type RosterCode,
  type RosterParse,
  type RosterRow,
} from '@/lib/roster';
import { ErrorAlert, Status, errorText, quoted } from './Messages';
import { ShareCodeBox, copyByHand, copyText, count, shortCode } from './ShareCodeBox';

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

const COLUMN_NAMES: Record<string, MessageKey> = {
  firstName: 'label_first_name_column',
  lastName: 'label_last_name_column',
  fullName: 'label_full_name_column',
  email: 'label_email_column',
  position: 'label_position',
  department: 'label_department',
  supervisor: 'label_supervisor',
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
      setFileError(t('roster_file_too_large', MAX_ROSTER_CHARS / 1024 / 1024));
      return;
    }
    let content: string;
    try {
      content = await file.text();
    } catch {
      setFileError(t('common_file_unreadable'));
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
      setError(text.trim() ? t('roster_still_reading') : t('roster_paste_first'));
      return;
    }
    if (!current.ok) {
      setError(current.error);
      return;
    }
    const ready = rows.filter((r) => r.problems.length === 0);
    if (ready.length === 0) {
      setError(t('roster_none_ready'));
      return;
    }
    const prepared = prepare();
    if (!prepared.ok) {
      setError(prepared.errors);
      return;
    }
    setWorking(t(ready.length === 1 ? 'roster_making_one' : 'roster_making_other', count(ready.length)));
    // Let the page show that it is working before the codes are made.
    await new Promise((resolve) => setTimeout(resolve, 0));
    try {
      const codes = await rosterCodes(prepared.group, rows, prepared.passphrase);
      setMade({ codes, skipped: rows.length - codes.length, locked: prepared.locked, key: madeKey });
      setStatus(t(codes.length === 1 ? 'roster_made_one' : 'roster_made_other', count(codes.length)));
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
    if (await copyText(code)) setStatus(t('roster_copied_for', name));
    else setCopyFallback({ name, code });
  };

  const downloadCsv = () => {
    if (!made || !upToDate) return;
    const filename = `${fileStem}.share-codes.csv`;
    download(filename, rosterCsv(made.codes));
    setStatus(t('roster_csv_saved', quoted(filename)));
  };

  return (
    <div class="roster">
      <h3 id="roster-heading">{t('roster_heading')}</h3>
      <p>{t('roster_intro')}</p>
      <div class="field">
        <label for="roster-text">{t('roster_paste_label')}</label>
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
          {t('roster_paste_hint')}
        </p>
      </div>
      <div class="field">
        <label for="roster-file">{t('roster_file_label')}</label>
        <input
          key={fileKey}
          id="roster-file"
          type="file"
          accept=".csv,text/csv,text/plain"
          onChange={(e) => void chooseFile(e.currentTarget)}
        />
        {fileName && <p class="hint">{t('roster_read_from', quoted(fileName))}</p>}
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
            {t('roster_clear')}
          </button>
        </div>
      )}

      {checking && <p class="busy">{t('roster_checking')}</p>}
      {current && !current.ok && <ErrorAlert message={current.error} />}
      {current?.ok && (
        <div class="roster-check">
          {(Object.keys(current.columns).length > 0 || current.notes.length > 0) && (
            <ul class="plain-list">
              {Object.keys(current.columns).length > 0 && (
                <li>
                  {t(
                    'roster_columns_read',
                    Object.entries(current.columns)
                      .map(([field, header]) =>
                        t('roster_column_from', COLUMN_NAMES[field] ? t(COLUMN_NAMES[field]) : field, quoted(header)),
                      )
                      .join(', '),
                  )}
                </li>
              )}
              {current.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          )}
          {rows.length === 0 ? (
            <p>{t('roster_no_people')}</p>
          ) : (
            <div class="table-scroll">
              <table class="roster-table">
                <caption>
                  {t(
                    'roster_caption',
                    t(rows.length === 1 ? 'roster_people_one' : 'roster_people_other', count(rows.length)),
                    problemRows.length === 0
                      ? t('roster_all_ready')
                      : t(
                          problemRows.length === 1 ? 'roster_needs_fix_one' : 'roster_needs_fix_other',
                          count(problemRows.length),
                        ),
                  )}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('roster_col_line')}</th>
                    <th scope="col">{t('label_first_name_column')}</th>
                    <th scope="col">{t('label_last_name_column')}</th>
                    <th scope="col">{t('label_email_column')}</th>
                    <th scope="col">{t('label_position')}</th>
                    <th scope="col">{t('label_department')}</th>
                    <th scope="col">{t('label_supervisor')}</th>
                    <th scope="col">{t('roster_col_check')}</th>
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
                          t('roster_ready')
                        ) : (
                          <>
                            <strong>{t('roster_needs_fix')}</strong>
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
            <p class="hint">{t('roster_shown', count(shown.length), count(rows.length))}</p>
          )}
          {problemRows.length > 0 && readyCount > 0 && (
            <p>
              {t(
                problemRows.length === 1 ? 'roster_problem_lines_one' : 'roster_problem_lines_other',
                count(problemRows.length),
              )}{' '}
              {t(readyCount === 1 ? 'roster_ready_lines_one' : 'roster_ready_lines_other', count(readyCount))}
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
          {t('roster_make_codes')}
        </button>
        {working && (
          <span class="busy" role="status">
            {working}
          </span>
        )}
      </div>
      <ErrorAlert message={error} />

      {made && !upToDate && <p class="notice">{t('roster_outdated')}</p>}
      {made && upToDate && (
        <div class="roster-results">
          <h4 id="roster-results-heading" ref={resultsRef} tabIndex={-1}>
            {t(made.codes.length === 1 ? 'roster_results_one' : 'roster_results_other', count(made.codes.length))}
          </h4>
          {made.locked && <p class="notice">{t('roster_locked_notice')}</p>}
          {made.skipped > 0 && (
            <p>{t(made.skipped === 1 ? 'roster_skipped_one' : 'roster_skipped_other', count(made.skipped))}</p>
          )}
          <div class="row">
            <button type="button" class="primary" onClick={downloadCsv}>
              {t('roster_download_csv')}
            </button>
          </div>
          {made.codes.length > 0 && (
            <div class="table-scroll">
              <table class="codes-table">
                <caption>{t('roster_codes_caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('roster_col_name')}</th>
                    <th scope="col">{t('label_email_column')}</th>
                    <th scope="col">{t('label_share_code')}</th>
                    <th scope="col">
                      <span class="sr-only">{t('roster_copy')}</span>
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
                          {t('roster_copy')}
                          <span class="sr-only"> {t('roster_copy_for', fullName(row))}</span>
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
          <p>{copyByHand()}</p>
          <ShareCodeBox
            id="roster-copy-fallback"
            label={t('roster_code_for', copyFallback.name)}
            code={copyFallback.code}
            selectOnShow
          />
        </div>
      )}
      <Status message={status} />
    </div>
  );
}
