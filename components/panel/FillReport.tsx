/**
 * The fill report: what was filled and why each box was chosen, and what is
 * left and why, in the person's words (README testing contract: role status).
 */
import { byPerson } from '../by-person';
import { FIELDS, type FieldId } from '@/lib/procedure/fields';
import type { FillReport as FillReportData, LeftAloneReason } from '@/lib/fill/insert';
import type { Unsure } from '@/lib/fill/plan';
import { t, type MessageKey } from '@/lib/i18n';
import type { Reason } from '@/lib/recognise/classify';
import { isOurKind, type Kind, type OurKind } from '@/lib/recognise/rules';

const REASONS: Record<LeftAloneReason, MessageKey> = {
  hidden: 'fill_reason_hidden',
  disabled: 'fill_reason_disabled',
  'read-only': 'fill_reason_read_only',
  'holds-other-value': 'fill_reason_holds_other_value',
  'no-such-option': 'fill_reason_no_such_option',
  'ambiguous-option': 'fill_reason_ambiguous_option',
  'other-frame': 'fill_reason_other_frame',
};

const label = (f: FieldId) => t(FIELDS[f].label);

/** The reason itself, one message per signal (each with the text that decided it). */
function signalText({ signal, text }: Reason): string {
  switch (signal) {
    case 'taught':
      return t('why_taught', text);
    case 'autocomplete':
      return t('why_autocomplete', text);
    case 'label':
      return t('why_label', text);
    case 'nearby-text':
      return t('why_nearby_text', text);
    case 'name':
      return t('why_name', text);
    case 'placeholder':
      return t('why_placeholder', text);
    case 'options':
      return t('why_options', text);
  }
}

/** Why a box was chosen, in the person's words: "labelled “ZIP”, in the “Mailing address” part of the page". */
export function whyText(reason: Reason, boxes = 1): string {
  let text = signalText(reason);
  if (reason.section) text = t('why_in_section', text, reason.section);
  return boxes > 1 ? t('why_in_parts', text, boxes) : text;
}

/** A kind of box, named as its first field is: "E-mail address", "Mailing address, ZIP code". */
const KIND_FIELD: Record<OurKind, FieldId> = {
  noMobar: 'noMobarNumber',
  username: 'username',
  password: 'password',
  captcha: 'captcha',
  firstName: 'firstName',
  lastName: 'lastName',
  email: 'email',
  line1: 'mailing.line1',
  line2: 'mailing.line2',
  city: 'mailing.city',
  state: 'mailing.state',
  zip: 'mailing.zip',
  sameAsMailing: 'billingSameAsMailing',
  phone: 'phone',
  question: 'security1.question',
  answer: 'security1.answer',
  groupName: 'group.name',
  pin: 'group.pin',
  userInformation: 'group.userInformation',
  acknowledge: 'acknowledge',
};
const kindLabel = (k: Kind) => (isOurKind(k) ? label(KIND_FIELD[k]) : t('kind_other'));
const lower = (text: string) => text.toLocaleLowerCase(t('html_lang'));

function unsureText(u: Unsure): string {
  if (u.why === 'too-long') return t('fill_unsure_too_long', lower(label(u.field!)), u.text);
  if (u.why === 'taken') return t('fill_unsure_taken', u.text, lower(kindLabel(u.kinds![0]!)));
  const secret = u.field ? lower(label(u.field)) : '';
  if (u.why === 'not-a-password-box') return t('fill_unsure_not_password_box', secret, u.text);
  if (u.why === 'not-a-pin-box') return t('fill_unsure_not_pin_box', secret, u.text);
  if (u.why === 'not-an-answer-box') return t('fill_unsure_not_answer_box', secret, u.text);
  return t('fill_unsure_ambiguous', u.text, [...new Set((u.kinds ?? []).map(kindLabel))].join(', '));
}

function List({ title, items }: { title: string; items: string[] }) {
  if (!items.length) return null;
  return (
    <div class="report-group">
      <p class="report-title">{title}</p>
      <ul>
        {items.map((i) => (
          <li key={i}>{i}</li>
        ))}
      </ul>
    </div>
  );
}

/** The fill report (role status): what was filled and why, and what is left, in the person's words. */
export function FillReport({
  report,
  onReplace,
  onUnlock,
}: {
  report: FillReportData;
  onReplace: (f: FieldId[]) => void;
  /** Opens the place to unlock the passphrase (shown beside locked secrets). */
  onUnlock: () => void;
}) {
  const replaceable = report.leftAlone.filter((l) => l.reason === 'holds-other-value').map((l) => l.field);
  return (
    <div class="report" role="status">
      <p>
        <strong>
          {t(report.filled.length === 1 ? 'fill_report_filled_one' : 'fill_report_filled_other', report.filled.length)}
        </strong>
        {report.filled.length > 0 && (
          <> {t(report.filled.length === 1 ? 'fill_report_check_one' : 'fill_report_check_other')}</>
        )}
      </p>
      <List
        title={t('fill_list_filled')}
        items={report.filled.map((f) => {
          const reason = report.reasons[f];
          return reason ? t('fill_filled_item', label(f), whyText(reason, report.boxes[f] ?? 1)) : label(f);
        })}
      />
      <List title={t('fill_list_filled_by_site')} items={report.filledBySite.map(label)} />
      <List title={t('fill_list_changed_by_page')} items={report.changedByPage.map(label)} />
      <List title={t('fill_list_left_for_you')} items={report.leftForYou.map(label)} />
      <List
        title={t('fill_list_left_alone')}
        items={report.leftAlone.map((l) => t('fill_left_alone_item', label(l.field), t(REASONS[l.reason])))}
      />
      {replaceable.length > 0 && (
        <button type="button" onClick={byPerson(() => onReplace(replaceable))}>
          {t('fill_replace')}
        </button>
      )}
      <List title={t('fill_list_unsure')} items={report.unsure.map(unsureText)} />
      {report.locked.length > 0 && (
        <div class="report-group locked">
          <List title={t('fill_list_locked')} items={report.locked.map(label)} />
          <button type="button" class="primary" onClick={byPerson(onUnlock)}>
            {t('fill_unlock')}
          </button>
        </div>
      )}
      <List title={t('fill_list_missing')} items={report.missing.map(label)} />
      <List title={t('fill_list_unknown_questions')} items={report.unknownQuestions} />
      <List title={t('fill_list_not_found')} items={report.notFound.map(label)} />
    </div>
  );
}
