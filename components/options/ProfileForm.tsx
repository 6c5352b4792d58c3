import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { FIELDS, type FieldId } from '@/lib/procedure/fields';
import { t, tParts } from '@/lib/i18n';
import {
  ProfileInputSchema,
  describeIssues,
  profileWarnings,
  type ProfileData,
  type ProfileInput,
} from '@/lib/profile/profile';
import type { ProfileSummary } from '@/lib/storage/profile-store';
import { ADDRESS_PARTS, AddressFieldsets, CheckboxField, TextField, controlId } from './FormField';
import { ErrorAlert, Status, errorText, quoted, type Ask, type OptionsState } from './Messages';
import { UnlockForm } from './UnlockForm';
import { COURT_QUESTIONS_LIST, CourtQuestionList, useCourtQuestions } from './CourtQuestions';

const GROUP_TEXT = ['name', 'position', 'department', 'supervisor', 'notes'] as const;
const QUESTION_SLOTS = [0, 1, 2] as const;

/** Everything typed in the form: text boxes by the profile path they fill ("mailingAddress.zip"), and the two boxes. */
export interface FormValues {
  text: Record<string, string>;
  noMobarNumber: boolean;
  billingSame: boolean;
}

/** The form's starting values: a saved profile's, or a new profile's defaults. Secrets always start empty. */
export function formValuesFrom(data: ProfileData | null): FormValues {
  const d: ProfileData = data ?? (ProfileInputSchema.parse({ label: 'x' }) as ProfileData);
  const text: Record<string, string> = {
    label: data ? d.label : '',
    username: d.username,
    password: '',
    passwordAgain: '',
    firstName: d.firstName,
    lastName: d.lastName,
    email: d.email,
    phone: d.phone,
  };
  for (const part of ADDRESS_PARTS) {
    text[`mailingAddress.${part}`] = d.mailingAddress[part];
    text[`billingAddress.${part}`] = d.billingAddress ? d.billingAddress[part] : part === 'state' ? 'MO' : '';
  }
  for (const i of QUESTION_SLOTS) {
    text[`securityQuestions.${i}.question`] = d.securityQuestions[i]?.question ?? '';
    text[`securityQuestions.${i}.answer`] = '';
  }
  for (const key of GROUP_TEXT) text[`group.${key}`] = d.group[key];
  text['group.pin'] = '';
  return { text, noMobarNumber: d.noMobarNumber, billingSame: d.billingAddress === null };
}

/**
 * The ProfileInput-shaped value to check and save. Secrets are included only
 * when they may be kept (`withSecrets`) and were typed: a secret left out keeps
 * the saved one. Empty security questions at the end are left out; one in the
 * middle stays, so each saved answer stays with its question.
 */
export function profileFromForm(v: FormValues, withSecrets: boolean): Record<string, unknown> {
  const get = (key: string) => v.text[key] ?? '';
  const secret = (key: string) => (withSecrets && get(key) !== '' ? get(key) : undefined);
  const address = (prefix: string) => Object.fromEntries(ADDRESS_PARTS.map((part) => [part, get(`${prefix}.${part}`)]));
  const questions = QUESTION_SLOTS.map((i) => {
    const answer = secret(`securityQuestions.${i}.answer`);
    return { question: get(`securityQuestions.${i}.question`), ...(answer !== undefined ? { answer } : {}) };
  });
  while (questions.length) {
    const last = questions[questions.length - 1]!;
    if (last.question.trim() || 'answer' in last) break;
    questions.pop();
  }
  const pin = secret('group.pin');
  return {
    label: get('label'),
    username: get('username'),
    firstName: get('firstName'),
    lastName: get('lastName'),
    email: get('email'),
    phone: get('phone'),
    noMobarNumber: v.noMobarNumber,
    mailingAddress: address('mailingAddress'),
    billingAddress: v.billingSame ? null : address('billingAddress'),
    securityQuestions: questions,
    group: {
      name: get('group.name'),
      ...(pin !== undefined ? { pin } : {}),
      ...Object.fromEntries(GROUP_TEXT.filter((k) => k !== 'name').map((k) => [k, get(`group.${k}`)])),
    },
  };
}

/**
 * The form brought up to a newer save made elsewhere: each box the person
 * changed keeps what they typed; every other box takes the newer saved value.
 */
export function keepTyping(base: FormValues, typed: FormValues, newer: FormValues): FormValues {
  const text: Record<string, string> = {};
  for (const key of Object.keys(newer.text)) {
    text[key] = (typed.text[key] ?? '') !== (base.text[key] ?? '') ? (typed.text[key] ?? '') : (newer.text[key] ?? '');
  }
  const pick = <K extends 'noMobarNumber' | 'billingSame'>(k: K) => (typed[k] !== base[k] ? typed[k] : newer[k]);
  return { text, noMobarNumber: pick('noMobarNumber'), billingSame: pick('billingSame') };
}

export type FormCheck =
  | { ok: true; profile: ProfileInput; password?: string; warnings: string[] }
  | { ok: false; errors: Map<string, string>; other: string[] };

/** Check the form with the profile schema; each message names its field as describeIssues words it. */
export function checkForm(v: FormValues, withSecrets: boolean): FormCheck {
  const parsed = ProfileInputSchema.safeParse(profileFromForm(v, withSecrets));
  const errors = new Map<string, string>();
  const other: string[] = [];
  if (!parsed.success) {
    const messages = describeIssues(parsed.error);
    parsed.error.issues.forEach((issue, i) => {
      const key = issue.path.map(String).join('.');
      const message = messages[i]!;
      if (key in v.text) {
        if (!errors.has(key)) errors.set(key, message);
      } else other.push(message);
    });
  }
  const password = withSecrets ? (v.text.password ?? '') : '';
  const again = withSecrets ? (v.text.passwordAgain ?? '') : '';
  if (password !== again) {
    errors.set(
      'passwordAgain',
      password
        ? t('form_password_again_mismatch', t(FIELDS.passwordConfirm.label))
        : t('form_password_again_empty', t(FIELDS.passwordConfirm.label)),
    );
  }
  if (!parsed.success || errors.size) return { ok: false, errors, other };
  return {
    ok: true,
    profile: parsed.data,
    ...(password ? { password } : {}),
    warnings: profileWarnings(parsed.data),
  };
}

interface Props {
  /** The profile to edit; null to add a new one. */
  profile: ProfileSummary | null;
  state: OptionsState;
  ask: Ask;
  reload: () => Promise<OptionsState>;
  onSaved: (label: string) => void;
  onCancel: () => void;
}

/** Add or edit a profile: fieldsets in the person's words, checked as they go, nothing lost if saving fails. */
export function ProfileForm({ profile, state, ask, reload, onSaved, onCancel }: Props) {
  const [values, setValues] = useState<FormValues>(() => formValuesFrom(profile?.data ?? null));
  /** What the form was loaded from (or last saved as): the revision a save names, and what "keep my typing" compares with. */
  const [base, setBase] = useState(() => ({ values, revision: profile?.revision }));
  /** Another window saved this profile after the form was loaded: offer to bring that in, keeping what was typed. */
  const [stale, setStale] = useState(false);
  const [status, setStatus] = useState('');
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(0);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** Set once a new profile was saved, so that trying again after a failed reload does not add it twice. */
  const [savedId, setSavedId] = useState<string | null>(null);
  const [focusPassword, setFocusPassword] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const unlocked = state.unlocked;
  const id = profile?.id ?? savedId ?? undefined;
  const check = useMemo(() => checkForm(values, unlocked), [values, unlocked]);
  const show = (key: string) => submitted > 0 || touched.has(key);
  const errorFor = (key: string) => (!check.ok && show(key) ? check.errors.get(key) : undefined);

  useLayoutEffect(() => headingRef.current?.focus(), []);
  useLayoutEffect(() => {
    if (submitted) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [submitted]);
  useLayoutEffect(() => {
    if (focusPassword && unlocked) {
      document.getElementById(controlId('pf', 'password'))?.focus();
      setFocusPassword(false);
    }
  }, [focusPassword, unlocked]);

  const setText = (key: string) => (value: string) => setValues((v) => ({ ...v, text: { ...v.text, [key]: value } }));
  const blur = (key: string) => () => setTouched((seen) => (seen.has(key) ? seen : new Set(seen).add(key)));

  const courtQuestions = useCourtQuestions(ask);
  const field = (key: string, label: string, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      id={controlId('pf', key)}
      label={label}
      value={values.text[key] ?? ''}
      onValue={setText(key)}
      onBlur={blur(key)}
      error={errorFor(key)}
      {...extra}
    />
  );
  const savedPlaceholder = profile?.hasSecrets ? t('form_saved_placeholder') : undefined;
  const secretField = (key: string, label: string, hint?: string) =>
    field(key, label, { type: 'password', placeholder: savedPlaceholder, hint, autoComplete: 'off' });

  const submit = async (e: Event) => {
    e.preventDefault();
    if (saving) return;
    setSubmitted((n) => n + 1);
    if (!check.ok) {
      setError(null);
      return;
    }
    setSaving(true);
    setError(null);
    setStatus('');
    let saved: { id: string; revision: number };
    try {
      saved = await ask('profiles/save', {
        profile: check.profile,
        ...(check.password !== undefined ? { password: check.password } : {}),
        ...(id ? { id } : {}),
        ...(id && base.revision !== undefined ? { revision: base.revision } : {}),
      });
    } catch (err) {
      // Everything typed stays in the form; nothing was saved.
      setSaving(false);
      setError(errorText(err));
      if (id) await noticeNewerSave(id);
      return;
    }
    setSavedId(saved.id);
    setBase({ values, revision: saved.revision });
    try {
      await reload();
    } catch (err) {
      setSaving(false);
      setError(t('form_saved_not_shown', errorText(err)));
      return;
    }
    setSaving(false);
    onSaved(check.profile.label);
  };

  /** After a refused save: was the profile saved elsewhere since this form was loaded? */
  const noticeNewerSave = async (savedId: string) => {
    try {
      const now = (await reload()).profiles.find((p) => p.id === savedId);
      setStale(now !== undefined && now.revision !== base.revision);
    } catch {
      // The refusal already says what happened; the state is read again on the next try.
    }
  };

  const reloadKeepTyping = () => {
    if (!profile) return;
    const newer = formValuesFrom(profile.data);
    setValues(keepTyping(base.values, values, newer));
    setBase({ values: newer, revision: profile.revision });
    setStale(false);
    setError(null);
    setStatus(t('form_reloaded_kept'));
  };

  const invalidCount = check.ok ? 0 : check.errors.size + check.other.length;
  const title = profile ? t('form_edit_heading', quoted(profile.data.label)) : t('profiles_add');

  return (
    <section class="card form-card" aria-labelledby="profile-form-heading">
      <h2 id="profile-form-heading" ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
      <p class="lead">{t('form_lead')}</p>

      {!state.hasPassphrase && (
        <div class="notice">
          <p>{t('form_no_passphrase')}</p>
          <p>
            {tParts('form_set_passphrase_first', <a href="#passphrase-heading">{t('form_set_passphrase_link')}</a>)}
          </p>
        </div>
      )}
      {state.hasPassphrase && !unlocked && (
        <div class="notice">
          <p>{profile?.hasSecrets ? t('form_locked_notice_saved') : t('form_locked_notice')}</p>
          <UnlockForm ask={ask} reload={reload} idPrefix="pf" onUnlocked={() => setFocusPassword(true)} />
        </div>
      )}
      {unlocked && profile?.hasSecrets && <p class="notice">{t('form_has_secrets')}</p>}

      <form ref={formRef} onSubmit={submit} noValidate>
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

        <AddressFieldsets
          field={field}
          billingSameId={controlId('pf', 'billingSame')}
          billingSame={values.billingSame}
          onBillingSame={(checked) => setValues((v) => ({ ...v, billingSame: checked }))}
          line2Hint="address_hint_line2"
        />

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
                secretField(`securityQuestions.${i}.answer`, t(FIELDS[`security${i + 1}.answer` as FieldId].label))}
            </div>
          ))}
        </fieldset>

        <fieldset>
          <legend>{t('form_your_group')}</legend>
          {field('group.name', t(FIELDS['group.name'].label), {
            hint: t('form_group_name_hint'),
          })}
          {unlocked && secretField('group.pin', t(FIELDS['group.pin'].label), t('form_pin_hint'))}
          {field('group.position', t('label_position'))}
          {field('group.department', t('label_department'))}
          {field('group.supervisor', t('label_supervisor'))}
          {field('group.notes', t('label_notes_for_admin'), {
            multiline: true,
            hint: t('form_notes_hint'),
          })}
        </fieldset>

        <CheckboxField
          id={controlId('pf', 'noMobarNumber')}
          label={t('form_no_mobar')}
          checked={values.noMobarNumber}
          onChecked={(checked) => setValues((v) => ({ ...v, noMobarNumber: checked }))}
          hint={t('form_no_mobar_hint')}
        />

        {check.ok && check.warnings.length > 0 && (submitted > 0 || touched.size > 0) && (
          <div class="warnings">
            <p>{t('form_warnings_lead')}</p>
            <ul>
              {check.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          </div>
        )}

        {submitted > 0 && !check.ok && (
          <ErrorAlert
            message={[
              invalidCount === 1 ? t('common_invalid_one') : t('common_invalid_other', invalidCount),
              ...check.other,
            ]}
          />
        )}
        <ErrorAlert message={error}>
          {stale && profile && (
            <button type="button" onClick={reloadKeepTyping}>
              {t('form_reload_keep')}
            </button>
          )}
        </ErrorAlert>
        <Status message={status} />

        <div class="row actions">
          <button type="submit" class="primary">
            {t('form_save')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('common_cancel')}
          </button>
          {saving && <span class="busy">{t('common_saving')}</span>}
        </div>
      </form>
    </section>
  );
}
