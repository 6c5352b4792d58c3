/**
 * The e-mail each person of a roster gets with their share code (subject and body, in plain
 * words), and the mail-merge file that carries it: one row per person.
 */
import Papa from 'papaparse';
import type { GroupProfile } from '../profile/group-profile';
import { t } from '../i18n';
import type { RosterCode } from './roster';
import { wrapShareCode } from './share-code';

export interface InviteMail {
  subject: string;
  body: string;
}

/** What the e-mail says about the group (never its PIN). */
export type MailGroup = Pick<GroupProfile, 'groupName' | 'note' | 'supervisor' | 'phone' | 'adminEmail'>;

/** Who to call about the code: the administrator's note to users, else the supervisor and phone. */
function contactLine(group: MailGroup): string {
  if (group.note.trim()) return group.note.trim();
  if (group.supervisor && group.phone) return t('invite_contact_named', group.supervisor, group.phone);
  if (group.phone) return t('invite_contact_phone', group.phone);
  return t('invite_contact_reply');
}

/**
 * One person's e-mail: hello, what the code is, the code (wrapped so mail programs keep it), the
 * first steps (with the passphrase step when the code is locked), who to call, where to write, the court's help desk.
 */
export function inviteMail(group: MailGroup, person: { firstName: string }, code: string, locked: boolean): InviteMail {
  const body = [
    t('invite_hello', person.firstName),
    t('invite_what', group.groupName),
    wrapShareCode(code),
    t('invite_steps_heading'),
    t('invite_step_install'),
    locked ? t('invite_step_paste_locked') : t('invite_step_paste'),
    t('invite_step_popup'),
    contactLine(group),
    ...(group.adminEmail ? [t('invite_admin_email', group.adminEmail)] : []),
    t('invite_help_desk'),
  ].join('\n\n');
  return { subject: t('invite_subject', group.groupName), body };
}

/** The e-mail as one text to paste into a new message: the subject line, then the body. */
export const inviteMailText = (mail: InviteMail) => `${t('invite_subject_line', mail.subject)}\n\n${mail.body}`;

export const ROSTER_CSV_COLUMNS = ['First name', 'Last name', 'E-mail', 'Share code', 'Subject', 'Body'] as const;

/**
 * The mail-merge file: First name, Last name, E-mail, Share code, and each person's e-mail Subject
 * and Body. It starts with a BOM so spreadsheets read accents right; a value that a spreadsheet
 * would run as a formula (=, +, -, @) is written with a leading apostrophe.
 */
export function rosterCsv(results: readonly RosterCode[], group: MailGroup, locked: boolean): string {
  const csv = Papa.unparse(
    {
      fields: [...ROSTER_CSV_COLUMNS],
      data: results.map(({ row, code }) => {
        const mail = inviteMail(group, row, code, locked);
        return [row.firstName, row.lastName, row.email, code, mail.subject, mail.body];
      }),
    },
    { escapeFormulae: true, newline: '\r\n', quotes: false },
  );
  return `\uFEFF${csv}\r\n`;
}
