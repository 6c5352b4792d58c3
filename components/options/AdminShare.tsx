import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { groupFromValues, groupFileStem, type AdminValues, type GroupCheck } from '@/lib/sharing/admin-form';
import { groupFileName } from './download';
import { groupHasPin } from '@/lib/profile/group-profile';
import { groupFile, groupFileText } from '@/lib/profile/profile-file';
import { encodeShareCode } from '@/lib/sharing/share-code';
import { AdminPassphrase, passphraseProblems, type SharePassphrase } from './AdminPassphrase';
import { ErrorAlert, Status, errorText, quoted } from './Messages';
import { RosterPanel, type Prepared } from './RosterPanel';
import { ShareCodeBox } from './ShareCodeBox';

interface Props {
  values: AdminValues;
  check: GroupCheck;
  /** Every box of the form shows its message (a share button was pressed with something wrong). */
  showAll: () => void;
  download: (filename: string, text: string) => void;
  /** The passphrase for share codes: kept by AdminTools, which saves it (sealed) and restores it. */
  passphrase: SharePassphrase;
  onPassphrase: (p: SharePassphrase) => void;
}

/** Sharing the group profile: as a file, one share code, or one code per person of a roster. */
export function AdminShare({ values, check, showAll, download, passphrase, onPassphrase: setPassphrase }: Props) {
  const [passphraseChecked, setPassphraseChecked] = useState(false);
  const [shareError, setShareError] = useState<string | readonly string[] | null>(null);
  const [shareStatus, setShareStatus] = useState('');

  const hasPin = (values.text.pin ?? '').trim() !== '';
  /** What a code is made from: when it changes, a code made before is out of date. */
  const sourceKey = `${JSON.stringify(groupFromValues(values))}\u0000${hasPin ? passphrase.first : ''}`;
  const groupName = check.ok ? check.group.groupName : (values.text.groupName ?? '').trim();
  const fixFirst = (messages: readonly string[]) => [t('admin_fix_first'), ...messages];

  /** The group profile and the passphrase rule, checked before anything is shared. */
  const prepare = (): Prepared => {
    if (!check.ok) {
      showAll();
      return { ok: false, errors: fixFirst(check.messages) };
    }
    const locked = groupHasPin(check.group);
    if (!locked) return { ok: true, group: check.group, locked: false };
    setPassphraseChecked(true);
    const problems = passphraseProblems(passphrase);
    const problem = problems.first ?? problems.again;
    if (problem) return { ok: false, errors: [problem] };
    return { ok: true, group: check.group, passphrase: passphrase.first, locked: true };
  };

  const downloadFile = () => {
    setShareError(null);
    setShareStatus('');
    if (!check.ok) {
      showAll();
      setShareError(fixFirst(check.messages));
      return;
    }
    // A file is not locked: the PIN never goes in it.
    const { pin: _pin, ...withoutPin } = check.group;
    const name = groupFileName(check.group.groupName);
    download(name, groupFileText(withoutPin));
    setShareStatus(hasPin ? t('admin_file_saved_no_pin', quoted(name)) : t('admin_file_saved', quoted(name)));
  };

  const { making, made, makeCode } = useMakeCode(prepare, sourceKey, setShareError, setShareStatus);

  return (
    <div class="admin-share" role="group" aria-labelledby="admin-share-heading">
      <h3 id="admin-share-heading">{t('admin_share_heading')}</h3>
      <p>{t('admin_share_intro')}</p>
      {hasPin ? (
        <AdminPassphrase value={passphrase} onValue={setPassphrase} checked={passphraseChecked} />
      ) : (
        <p class="hint">{t('admin_no_pin_hint')}</p>
      )}
      <div class="row">
        <button type="button" onClick={downloadFile}>
          {t('admin_download_file')}
        </button>
        <button
          type="button"
          class="primary"
          aria-disabled={making ? 'true' : undefined}
          onClick={() => void makeCode()}
        >
          {t('admin_make_code')}
        </button>
        {making && <span class="busy">{hasPin ? t('admin_locking') : t('admin_making')}</span>}
      </div>
      <ErrorAlert message={shareError} />
      <Status message={shareStatus} />
      {made && <MadeCode made={made} current={made.key === sourceKey} hasPin={hasPin} />}

      <RosterPanel prepare={prepare} sourceKey={sourceKey} fileStem={groupFileStem(groupName)} download={download} />
    </div>
  );
}

type Made = { code: string; locked: boolean; key: string };

/** One share code for the whole group: made from the checked form (locked when it holds the PIN). */
function useMakeCode(
  prepare: () => Prepared,
  sourceKey: string,
  setShareError: (error: string | readonly string[] | null) => void,
  setShareStatus: (status: string) => void,
) {
  const [making, setMaking] = useState(false);
  const [made, setMade] = useState<Made | null>(null);
  const makeCode = async () => {
    if (making) return;
    setShareError(null);
    setShareStatus('');
    const prepared = prepare();
    if (!prepared.ok) {
      setShareError(prepared.errors);
      return;
    }
    setMaking(true);
    const key = sourceKey;
    try {
      const code = await encodeShareCode(
        groupFile(prepared.group),
        prepared.passphrase ? { passphrase: prepared.passphrase } : {},
      );
      setMade({ code, locked: prepared.locked, key });
      setShareStatus(t('admin_code_made'));
    } catch (err) {
      setShareError(errorText(err));
    } finally {
      setMaking(false);
    }
  };
  return { making, made, makeCode };
}

/** The code made, or, once the form changed since, a word that it is out of date. */
function MadeCode({ made, current, hasPin }: { made: Made; current: boolean; hasPin: boolean }) {
  if (!current) return <p class="notice">{hasPin ? t('admin_code_outdated_pin') : t('admin_code_outdated')}</p>;
  return (
    <ShareCodeBox
      id="ga-share-code"
      label={t('admin_code_label')}
      code={made.code}
      hint={made.locked ? t('admin_code_hint_locked') : t('admin_code_hint_plain')}
    />
  );
}
