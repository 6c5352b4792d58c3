/**
 * "E-mail this to my administrator" on a court page the assistant does not
 * recognise: a mailto: address whose text says, in plain words, which page it
 * was and what it shows (from the scrubbed page description, so nothing the
 * person typed), to the administrator the profile names (`group.adminEmail`,
 * usually from the group's share code). When it names nobody, the person's
 * mail program asks for the address.
 */
import { t } from '../i18n';

/** Mail programs cut long mailto: addresses; the body stays well under their limits. */
export const MAX_BODY = 1500;

interface Described {
  path?: unknown;
  title?: unknown;
  headings?: unknown;
  actions?: unknown;
  fields?: unknown;
}

const texts = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : [];

/** The plain-words description of a page, from its page description (lib/page/report.ts). */
export function describePage(reportJson: string): string {
  let d: Described = {};
  try {
    d = JSON.parse(reportJson) as Described;
  } catch {
    // Not a description: the lines below stay empty.
  }
  const fields = Array.isArray(d.fields)
    ? d.fields.map((f) => texts((f as { labels?: unknown })?.labels)[0] ?? '').filter(Boolean)
    : [];
  const none = t('help_mail_none');
  const list = (items: string[]) => (items.length ? items.join('; ') : none);
  return t(
    'help_mail_body',
    typeof d.path === 'string' ? d.path : none,
    typeof d.title === 'string' && d.title ? d.title : none,
    list(texts(d.headings)),
    list(texts(d.actions)),
    list(fields),
  );
}

export function helpMailto(reportJson: string, to = ''): string {
  let body = describePage(reportJson);
  if (body.length > MAX_BODY) body = `${body.slice(0, MAX_BODY - 1)}…`;
  // The address is checked as an e-mail address where it is saved; its "@" stays readable for every mail program.
  return `mailto:${encodeURIComponent(to).replace(/%40/g, '@')}?subject=${encodeURIComponent(t('help_mail_subject'))}&body=${encodeURIComponent(body)}`;
}
