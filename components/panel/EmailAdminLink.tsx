/**
 * "E-mail this to my administrator": a mailto: link whose text describes the
 * page (lib/panel/help-mail.ts), opened only by the person's own click.
 */
import { t } from '@/lib/i18n';
import { helpMailto } from '@/lib/panel/help-mail';

export function EmailAdminLink({
  report,
  to,
}: {
  /** The scrubbed page description (lib/page/report.ts) the e-mail is written from. */
  report: string;
  /** The administrator's address ('': the person's mail program asks). */
  to: string;
}) {
  return (
    <a
      class="button primary"
      href={helpMailto(report, to)}
      // Only the person's own click opens their mail program, never a page script's.
      onClick={(e) => {
        if (!e.isTrusted) e.preventDefault();
      }}
    >
      {t('panel_email_admin')}
    </a>
  );
}
