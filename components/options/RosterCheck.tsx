import { t, type MessageKey } from '@/lib/i18n';
import type { RosterParse, RosterRow } from '@/lib/sharing/roster';
import { count, fullName } from './ShareCodeBox';
import { quoted } from './Messages';

/** Rows shown in the check table; lines with a problem are always shown. */
const MAX_SHOWN = 300;

const COLUMN_NAMES: Record<string, MessageKey> = {
  firstName: 'label_first_name_column',
  lastName: 'label_last_name_column',
  fullName: 'label_full_name_column',
  email: 'label_email_column',
  position: 'label_position',
  department: 'label_department',
  supervisor: 'label_supervisor',
};

interface Props {
  /** What was read from the CSV (null: nothing pasted). */
  parsed: Extract<RosterParse, { ok: true }> | null;
  /** The CSV's people and those added by hand (line ≤ 0). */
  rows: readonly RosterRow[];
  onRemoveAdded: (row: RosterRow) => void;
}

/** How the roster was read: the columns used, then every person with what needs a fix. */
export function RosterCheck({ parsed, rows, onRemoveAdded }: Props) {
  const problemRows = rows.filter((r) => r.problems.length > 0);
  const readyCount = rows.length - problemRows.length;
  const shown =
    rows.length <= MAX_SHOWN
      ? rows
      : rows.filter((r, i) => r.problems.length > 0 || i < MAX_SHOWN - Math.min(problemRows.length, MAX_SHOWN));
  return (
    <div class="roster-check">
      {parsed && <ColumnsRead parsed={parsed} />}
      {rows.length === 0 ? (
        <p>{t('roster_no_people')}</p>
      ) : (
        <RosterTable rows={rows} shown={shown} problems={problemRows.length} onRemoveAdded={onRemoveAdded} />
      )}
      {shown.length < rows.length && <p class="hint">{t('roster_shown', count(shown.length), count(rows.length))}</p>}
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
  );
}

function RowCheck({ row, onRemoveAdded }: { row: RosterRow; onRemoveAdded: (row: RosterRow) => void }) {
  return (
    <>
      {row.problems.length === 0 ? (
        t('roster_ready')
      ) : (
        <>
          <strong>{t('roster_needs_fix')}</strong>
          <ul>
            {row.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </>
      )}
      {row.line <= 0 && (
        <button type="button" class="link" onClick={() => onRemoveAdded(row)}>
          {t('roster_remove_added', fullName(row))}
        </button>
      )}
    </>
  );
}

/** Which column each field was read from, and any note on the headers. */
function ColumnsRead({ parsed }: { parsed: Extract<RosterParse, { ok: true }> }) {
  const columns = Object.entries(parsed.columns);
  if (columns.length === 0 && parsed.notes.length === 0) return null;
  return (
    <ul class="plain-list">
      {columns.length > 0 && (
        <li>
          {t(
            'roster_columns_read',
            columns
              .map(([field, header]) =>
                t('roster_column_from', COLUMN_NAMES[field] ? t(COLUMN_NAMES[field]) : field, quoted(header)),
              )
              .join(', '),
          )}
        </li>
      )}
      {parsed.notes.map((n) => (
        <li key={n}>{n}</li>
      ))}
    </ul>
  );
}

/** Every person shown, with what needs a fix (people added by hand can be taken out again). */
function RosterTable({
  rows,
  shown,
  problems,
  onRemoveAdded,
}: {
  rows: readonly RosterRow[];
  shown: readonly RosterRow[];
  problems: number;
  onRemoveAdded: (row: RosterRow) => void;
}) {
  return (
    <div class="table-scroll">
      <table class="roster-table">
        <caption>
          {t(
            'roster_caption',
            t(rows.length === 1 ? 'roster_people_one' : 'roster_people_other', count(rows.length)),
            problems === 0
              ? t('roster_all_ready')
              : t(problems === 1 ? 'roster_needs_fix_one' : 'roster_needs_fix_other', count(problems)),
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
              <th scope="row">{r.line > 0 ? r.line : t('roster_added_line')}</th>
              <td>{r.firstName}</td>
              <td>{r.lastName}</td>
              <td>{r.email}</td>
              <td>{r.position}</td>
              <td>{r.department}</td>
              <td>{r.supervisor}</td>
              <td>
                <RowCheck row={r} onRemoveAdded={onRemoveAdded} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
