/**
 * The panel on a court page that is not a registration screen: what that
 * means, and help with it (an e-mail to the administrator describing the
 * page, a copy of that description, and the court's help desk).
 */
import { byPerson } from '../by-person';
import { t } from '@/lib/i18n';
import { EmailAdminLink } from './EmailAdminLink';
import { HelpDeskLine } from './HelpDeskLine';

export interface UnrecognisedProps {
  /** The scrubbed page description (lib/page/report.ts). */
  report: string;
  /** Whom the e-mail goes to: the administrator the active profile names ('' or absent: the mail program asks). */
  adminEmail?: string | undefined;
  /** Copies the page description; resolves false when the browser refused. */
  onCopyReport?: (() => Promise<boolean>) | undefined;
  copyStatus?: string | undefined;
}

/** Help with an address: an e-mail to the administrator the profile names (else their mail program asks whom) and the help desk. */
export function Unrecognised({ report, adminEmail = '', onCopyReport, copyStatus }: UnrecognisedProps) {
  return (
    <>
      <p>{t('panel_unrecognised_text')}</p>
      <p>{t('panel_report_explanation')}</p>
      <div class="row">
        <EmailAdminLink report={report} to={adminEmail} />
        <button type="button" onClick={byPerson(() => void onCopyReport?.())}>
          {t('panel_copy_report')}
        </button>
      </div>
      <p class="hint">{adminEmail ? t('panel_email_admin_to', adminEmail) : t('panel_email_admin_unknown')}</p>
      {copyStatus && (
        <p role="status" class="status">
          {copyStatus}
        </p>
      )}
      <HelpDeskLine />
    </>
  );
}
