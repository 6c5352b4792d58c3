import { useEffect, useRef, useState } from 'preact/hooks';
import type { GroupPerson, GroupProfile } from '@/lib/profile/group-profile';
import { t } from '@/lib/i18n';
import { parseRoster, rosterCodes, rosterCsv, type RosterParse, type RosterRow } from '@/lib/sharing/roster';
import { AddPerson } from './AddPerson';
import { ErrorAlert, Status, errorText, quoted } from './Messages';
import { RosterCheck } from './RosterCheck';
import { RosterInput } from './RosterInput';
import { RosterResults, type Made } from './RosterResults';
import { count, fullName } from './ShareCodeBox';

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

/** Wait this long after the last key press before reading pasted text again. */
const READ_DELAY_MS = 300;

/** A roster (CSV, and people added one by one) checked line by line, then one share code per person, for a mail merge. */
export function RosterPanel({ prepare, sourceKey, fileStem, download }: Props) {
  const [text, setText] = useState('');
  const [parsed, setParsed] = useState<{ text: string; result: RosterParse } | null>(null);
  /** People added by hand; their line is 0, -1, -2… (no line of the file). */
  const [added, setAdded] = useState<RosterRow[]>([]);
  const [working, setWorking] = useState<string | null>(null);
  const [error, setError] = useState<string | readonly string[] | null>(null);
  const [made, setMade] = useState<Made | null>(null);
  const [status, setStatus] = useState('');
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

  const current = parsed && parsed.text === text ? parsed.result : null;
  const checking = text.trim() !== '' && !current;
  const rows = [...(current?.ok ? current.rows : []), ...added];
  const madeKey = `${sourceKey}\u0000${text}\u0000${added.map((r) => r.email).join('\u0000')}`;
  const upToDate = made !== null && made.key === madeKey;

  const addPerson = (person: GroupPerson) => {
    setAdded((list) => [...list, { ...person, line: -list.length, problems: [] }]);
    setStatus(t('roster_added', fullName(person)));
  };
  const removeAdded = (row: RosterRow) => {
    // Renumbered so that each added person keeps a key of their own.
    setAdded((list) => list.filter((r) => r !== row).map((r, i) => ({ ...r, line: -i })));
    setStatus(t('roster_removed', fullName(row)));
  };

  const makeCodes = async () => {
    if (working) return;
    setError(null);
    setStatus('');
    if (text.trim() && !current) {
      setError(t('roster_still_reading'));
      return;
    }
    if (current && !current.ok) {
      setError(current.error);
      return;
    }
    if (rows.length === 0) {
      setError(t('roster_paste_first'));
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
      const { groupName, note, supervisor, phone } = prepared.group;
      setMade({
        codes,
        skipped: rows.length - codes.length,
        locked: prepared.locked,
        group: { groupName, note, supervisor, phone },
        key: madeKey,
      });
      setStatus(t(codes.length === 1 ? 'roster_made_one' : 'roster_made_other', count(codes.length)));
      requestAnimationFrame(() => resultsRef.current?.focus());
    } catch (err) {
      setError(errorText(err));
    } finally {
      setWorking(null);
    }
  };

  const downloadCsv = () => {
    if (!made || !upToDate) return;
    const filename = `${fileStem}.share-codes.csv`;
    download(filename, rosterCsv(made.codes, made.group, made.locked));
    setStatus(t('roster_csv_saved', quoted(filename)));
  };

  return (
    <div class="roster">
      <h3 id="roster-heading">{t('roster_heading')}</h3>
      <p>{t('roster_intro')}</p>
      <RosterInput
        text={text}
        onText={(next, fromFile) => {
          setText(next);
          if (fromFile !== undefined) setParsed({ text: next, result: parseRoster(next) });
        }}
        onClear={() => {
          setText('');
          setParsed(null);
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
