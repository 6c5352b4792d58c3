import { useRef, useState } from 'preact/hooks';
import type { GroupPerson } from '@/lib/profile/group-profile';
import { t } from '@/lib/i18n';
import type { RosterRow } from '@/lib/sharing/roster';
import { AddPerson } from './AddPerson';
import { ErrorAlert, Status } from './Messages';
import { RosterCheck } from './RosterCheck';
import { RosterInput, useRosterText } from './RosterInput';
import { RosterResults } from './RosterResults';
import { fullName } from './ShareCodeBox';
import { useRosterCodes, type Prepared } from './useRosterCodes';

export type { Prepared } from './useRosterCodes';

interface Props {
  /** Check the group profile and the passphrase rule (the messages are also shown next to the boxes). */
  prepare: () => Prepared;
  /** Changes whenever the group profile or the passphrase changes: codes made before are then out of date. */
  sourceKey: string;
  /** For the mail-merge file's name. */
  fileStem: string;
  download: (filename: string, text: string) => void;
}

/** A roster (CSV, and people added one by one) checked line by line, then one share code per person, for a mail merge. */
export function RosterPanel({ prepare, sourceKey, fileStem, download }: Props) {
  const { text, current, checking, onText, clear } = useRosterText();
  /** People added by hand; their line is 0, -1, -2… (no line of the file). */
  const [added, setAdded] = useState<RosterRow[]>([]);
  const resultsRef = useRef<HTMLHeadingElement>(null);

  const rows = [...(current?.ok ? current.rows : []), ...added];
  const madeKey = `${sourceKey}\u0000${text}\u0000${added.map((r) => r.email).join('\u0000')}`;
  const { working, error, setError, made, upToDate, status, setStatus, makeCodes, downloadCsv } = useRosterCodes({
    prepare,
    text,
    current,
    rows,
    madeKey,
    fileStem,
    download,
    resultsRef,
  });

  const addPerson = (person: GroupPerson) => {
    setAdded((list) => [...list, { ...person, line: -list.length, problems: [] }]);
    setStatus(t('roster_added', fullName(person)));
  };
  const removeAdded = (row: RosterRow) => {
    // Renumbered so that each added person keeps a key of their own.
    setAdded((list) => list.filter((r) => r !== row).map((r, i) => ({ ...r, line: -i })));
    setStatus(t('roster_removed', fullName(row)));
  };

  return (
    <div class="roster">
      <h3 id="roster-heading">{t('roster_heading')}</h3>
      <p>{t('roster_intro')}</p>
      <RosterInput
        text={text}
        onText={onText}
        onClear={() => {
          clear();
          setError(null);
        }}
      />
      <AddPerson roster={rows} onAdd={addPerson} />

      {checking && <p class="busy">{t('roster_checking')}</p>}
      {current && !current.ok && <ErrorAlert message={current.error} />}
      {(current?.ok || added.length > 0) && (
        <RosterCheck parsed={current?.ok ? current : null} rows={rows} onRemoveAdded={removeAdded} />
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
        <RosterResults made={made} headingRef={resultsRef} onDownload={downloadCsv} setStatus={setStatus} />
      )}
      <Status message={status} />
    </div>
  );
}
