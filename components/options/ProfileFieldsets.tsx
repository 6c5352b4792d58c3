import { FIELDS, type FieldId } from '@/lib/procedure/fields';
import { t } from '@/lib/i18n';
import type { FieldBox } from './useTextBoxes';
import { COURT_QUESTIONS_LIST, CourtQuestionList } from './CourtQuestions';
import { QUESTION_SLOTS } from './profile-form-values';

export type { FieldBox } from './useTextBoxes';

interface BoxProps {
  field: FieldBox;
  /** The secret boxes are shown only while the saved secrets are unlocked. */
  unlocked: boolean;
  /** Said in an empty secret box when one is already saved. */
  savedPlaceholder: string | undefined;
}

const secretBox = ({ field, savedPlaceholder }: BoxProps, key: string, label: string, hint?: string) =>
  field(key, label, { type: 'password', placeholder: savedPlaceholder, hint, autoComplete: 'off' });

/** Who the person is: the profile's name, the eFiling user name and password, name, e-mail and phone. */
export function AboutYouFieldset({ field, unlocked, savedPlaceholder }: BoxProps) {
  return (
    <fieldset>
      <legend>{t('form_about_you')}</legend>
      {field('label', t('label_profile_name'), {
        required: true,
        hint: t('form_profile_name_hint'),
      })}
      {field('username', t(FIELDS.username.label), {
        hint: t('form_username_hint'),
      })}
      {unlocked && (
        <>
          {field('password', t(FIELDS.password.label), {
            type: 'password',
            autoComplete: 'new-password',
            placeholder: savedPlaceholder,
            hint: t('form_password_hint'),
          })}
          {field('passwordAgain', t(FIELDS.passwordConfirm.label), {
            type: 'password',
            autoComplete: 'new-password',
          })}
        </>
      )}
      {field('firstName', t(FIELDS.firstName.label))}
      {field('lastName', t(FIELDS.lastName.label))}
      {field('email', t(FIELDS.email.label), { type: 'email', hint: t('form_email_hint') })}
      {field('phone', t(FIELDS.phone.label), { type: 'tel', hint: t('form_phone_hint') })}
    </fieldset>
  );
}

/** The three security questions, the court's own offered as choices, each answer beside its question. */
export function SecurityQuestionsFieldset(props: BoxProps & { courtQuestions: readonly string[] }) {
  const { field, unlocked, courtQuestions } = props;
  return (
    <fieldset>
      <legend>{t('label_security_questions')}</legend>
      <p class="hint">{t('form_security_hint')}</p>
      {courtQuestions.length > 0 && <p class="hint">{t('profile_court_questions_hint')}</p>}
      <CourtQuestionList questions={courtQuestions} />
      {QUESTION_SLOTS.map((i) => (
        <div class="question-pair" key={i}>
          {field(
            `securityQuestions.${i}.question`,
            t(FIELDS[`security${i + 1}.question` as FieldId].label),
            courtQuestions.length ? { list: COURT_QUESTIONS_LIST } : {},
          )}
          {unlocked &&
            secretBox(props, `securityQuestions.${i}.answer`, t(FIELDS[`security${i + 1}.answer` as FieldId].label))}
        </div>
      ))}
    </fieldset>
  );
}

/** The person's group: its name and PIN, and what the group administrator may want to know. */
export function GroupFieldset(props: BoxProps) {
  const { field, unlocked } = props;
  return (
    <fieldset>
      <legend>{t('form_your_group')}</legend>
      {field('group.name', t(FIELDS['group.name'].label), {
        hint: t('form_group_name_hint'),
      })}
      {unlocked && secretBox(props, 'group.pin', t(FIELDS['group.pin'].label), t('form_pin_hint'))}
      {field('group.position', t('label_position'))}
      {field('group.department', t('label_department'))}
      {field('group.supervisor', t('label_supervisor'))}
      {field('group.notes', t('label_notes_for_admin'), {
        multiline: true,
        hint: t('form_notes_hint'),
      })}
      {field('group.adminEmail', t('label_admin_email'), {
        type: 'email',
        hint: t('form_admin_email_hint'),
      })}
    </fieldset>
  );
}
