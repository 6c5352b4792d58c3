import type { RefObject } from 'preact';
import { useState } from 'preact/hooks';
import type { GroupProfile } from '@/lib/profile/group-profile';
import { t } from '@/lib/i18n';
import { rosterCodes, rosterCsv, type RosterParse, type RosterRow } from '@/lib/sharing/roster';
import { errorText, quoted } from './Messages';
import type { Made } from './RosterResults';
import { count } from './ShareCodeBox';

/** What the administrator's section gives the roster: the group profile and passphrase, checked, or what is wrong. */
export type Prepared =
  | { ok: true; group: GroupProfile; passphrase?: string; locked: boolean }
  /** Sentences to show as they are. */
  | { ok: false; errors: string[] };

type Problem = string | readonly string[];

/** Why no codes can be made yet, in the order the person would fix it; null when the roster is ready. */
function rosterProblem(text: string, current: RosterParse | null, rows: readonly RosterRow[]): Problem | null {
  if (text.trim() && !current) return t('roster_still_reading');
  if (current && !current.ok) return current.error;
  if (rows.length === 0) return t('roster_paste_first');
  if (!rows.some((r) => r.problems.length === 0)) return t('roster_none_ready');
  return null;
}

interface CodesOptions {
  prepare: () => Prepared;
  /** The pasted text and what reading it gave (null while it is still being read). */
  text: string;
  current: RosterParse | null;
  /** Everyone on the roster: the file's lines, then the people added by hand. */
  rows: RosterRow[];
  /** What the codes are made from; codes made from anything else are out of date. */
  madeKey: string;
  fileStem: string;
  download: (filename: string, text: string) => void;
  /** The results' heading, focused once the codes are made. */
  resultsRef: RefObject<HTMLHeadingElement | null>;
}

/** Making the roster's share codes and the mail-merge file, with what to say while working and after. */
export function useRosterCodes({ prepare, text, current, rows, madeKey, fileStem, download, resultsRef }: CodesOptions) {
  const [working, setWorking] = useState<string | null>(null);
  const [error, setError] = useState<Problem | null>(null);
  const [made, setMade] = useState<Made | null>(null);
  const [status, setStatus] = useState('');
  const upToDate = made !== null && made.key === madeKey;

  const makeCodes = async () => {
    if (working) return;
    setError(null);
    setStatus('');
    const problem = rosterProblem(text, current, rows);
    if (problem !== null) {
      setError(problem);
      return;
    }
    const ready = rows.filter((r) => r.problems.length === 0);
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
      const { groupName, note, supervisor, phone, adminEmail } = prepared.group;
      setMade({
        codes,
        skipped: rows.length - codes.length,
        locked: prepared.locked,
        group: { groupName, note, supervisor, phone, adminEmail },
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

  return { working, error, setError, made, upToDate, status, setStatus, makeCodes, downloadCsv };
}
