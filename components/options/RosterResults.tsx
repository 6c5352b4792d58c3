import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { RosterCode, RosterRow } from '@/lib/sharing/roster';
import { inviteMail, inviteMailText, type MailGroup } from '@/lib/sharing/roster-mail';
import { ShareCodeBox, copyByHand, copyText, count, fullName, shortCode } from './ShareCodeBox';

export interface Made {
  codes: RosterCode[];
  /** Lines left out because they have a problem. */
  skipped: number;
  locked: boolean;
  /** What the e-mails say about the group. */
  group: MailGroup;
  /** What the codes were made from; when it changes they are out of date. */
  key: string;
}

interface Props {
  made: Made;
  headingRef: Ref<HTMLHeadingElement>;
  onDownload: () => void;
  setStatus: (message: string) => void;
}

/** The codes made: the mail-merge file, and per person "Copy" (the code) and "Copy e-mail" (ready to send). */
export function RosterResults({ made, headingRef, onDownload, setStatus }: Props) {
  /** Copying by itself failed: the text in a box, selected, to copy by hand (a code wrapped, an e-mail as it is). */
  const [fallback, setFallback] = useState<Fallback | null>(null);

  const copy = async (text: string, done: string, label: string, mail = false) => {
    setFallback(null);
    setStatus('');
    if (await copyText(text)) setStatus(done);
    else setFallback({ label, text, mail });
  };
  const copyCode = (row: RosterRow, code: string) =>
    copy(code, t('roster_copied_for', fullName(row)), t('roster_code_for', fullName(row)));
  const copyMail = (row: RosterRow, code: string) =>
    copy(
      inviteMailText(inviteMail(made.group, row, code, made.locked)),
      t('roster_email_copied_for', fullName(row), row.email),
      t('roster_email_for', fullName(row)),
      true,
    );

  return (
    <div class="roster-results">
      <h4 id="roster-results-heading" ref={headingRef} tabIndex={-1}>
        {t(made.codes.length === 1 ? 'roster_results_one' : 'roster_results_other', count(made.codes.length))}
      </h4>
      {made.locked && <p class="notice">{t('roster_locked_notice')}</p>}
      {made.skipped > 0 && (
        <p>{t(made.skipped === 1 ? 'roster_skipped_one' : 'roster_skipped_other', count(made.skipped))}</p>
      )}
      <div class="row">
        <button type="button" class="primary" onClick={onDownload} aria-describedby="roster-merge-hint">
          {t('roster_download_csv')}
        </button>
      </div>
      <p id="roster-merge-hint" class="hint">
        {t('roster_mail_merge_hint')}
      </p>
      {made.codes.length > 0 && (
        <CodesTable
          codes={made.codes}
          onCopyCode={(row, code) => void copyCode(row, code)}
          onCopyMail={(row, code) => void copyMail(row, code)}
        />
      )}
      {fallback && <CopyFallback fallback={fallback} />}
    </div>
  );
}

type Fallback = { label: string; text: string; mail: boolean };

/** Each person's name, address and code, with "Copy" (the code) and "Copy e-mail" (ready to send). */
function CodesTable({
  codes,
  onCopyCode,
  onCopyMail,
}: {
  codes: readonly RosterCode[];
  onCopyCode: (row: RosterRow, code: string) => void;
  onCopyMail: (row: RosterRow, code: string) => void;
}) {
  return (
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
          {codes.map(({ row, code }) => (
            <tr key={row.line}>
              <th scope="row">{fullName(row)}</th>
              <td>{row.email}</td>
              <td>
                <code class="short-code">{shortCode(code)}</code>
              </td>
              <td class="copy-buttons">
                <button type="button" class="subtle" onClick={() => onCopyCode(row, code)}>
                  {t('roster_copy')}
                  <span class="sr-only"> {t('roster_copy_for', fullName(row))}</span>
                </button>
                <button type="button" onClick={() => onCopyMail(row, code)}>
                  {t('roster_copy_email')}
                  <span class="sr-only"> {t('roster_copy_email_for', fullName(row))}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Copying by itself failed: the text in a box, selected, to copy by hand (a code wrapped, an e-mail as it is). */
function CopyFallback({ fallback }: { fallback: Fallback }) {
  return (
    <div class="copy-fallback">
      <p>{copyByHand()}</p>
      {fallback.mail ? (
        <div class="field">
          <label for="roster-copy-fallback">{fallback.label}</label>
          <textarea
            id="roster-copy-fallback"
            readOnly
            rows={12}
            value={fallback.text}
            ref={(el) => {
              el?.focus();
              el?.select();
            }}
          />
        </div>
      ) : (
        <ShareCodeBox id="roster-copy-fallback" label={fallback.label} code={fallback.text} selectOnShow />
      )}
    </div>
  );
}
