import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { FIELDS } from '@/lib/fields';
import {
  ProfileInputSchema,
  describeIssues,
  profileWarnings,
  type ProfileData,
  type ProfileInput,
} from '@/lib/profile';
import type { ProfileSummary } from '@/lib/profile-store';
import { CheckboxField, TextField, controlId } from './FormField';
import { ErrorAlert, errorText, quoted, type Ask, type OptionsState } from './Messages';
import { UnlockForm } from './UnlockForm';

const ADDRESS_PARTS = ['line1', 'line2', 'city', 'state', 'zip'] as const;
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
  const t = v.text;
  const get = (key: string) => t[key] ?? '';
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
        ? `${FIELDS.passwordConfirm.label} does not match the password: type the same password twice.`
        : `${FIELDS.passwordConfirm.label}: type the password in the box above too.`,
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
  reload: () => Promise<unknown>;
  onSaved: (label: string) => void;
  onCancel: () => void;
}

/** Add or edit a profile: fieldsets in the person's words, checked as they go, nothing lost if saving fails. */
export function ProfileForm({ profile, state, ask, reload, onSaved, onCancel }: Props) {
  const [values, setValues] = useState<FormValues>(() => formValuesFrom(profile?.data ?? null));
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
  const blur = (key: string) => () => setTouched((t) => (t.has(key) ? t : new Set(t).add(key)));

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
  const savedPlaceholder = profile?.hasSecrets ? 'saved — leave empty to keep' : undefined;
  const secretField = (key: string, label: string, hint?: string) =>
    field(key, label, { type: 'password', placeholder: savedPlaceholder, hint, autoComplete: 'off' });

  const address = (prefix: 'mailingAddress' | 'billingAddress') =>
    ADDRESS_PARTS.map((part) => {
      // "Mailing address, ZIP code": the fieldset's name for screen readers, the rest on screen.
      const [group, name] = FIELDS[`${prefix === 'mailingAddress' ? 'mailing' : 'billing'}.${part}`].label.split(', ');
      return (
        <div key={part} class={`addr-${part}`}>
          {field(`${prefix}.${part}`, name!, {
            srPrefix: group,
            hint:
              part === 'line2'
                ? 'Apartment, suite or floor, only if there is one.'
                : part === 'state'
                  ? 'Two letters, like MO.'
                  : undefined,
          })}
        </div>
      );
    });

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
    let newId: string;
    try {
      newId = await ask<string>({
        type: 'profiles/save',
        profile: check.profile,
        ...(check.password !== undefined ? { password: check.password } : {}),
        ...(id ? { id } : {}),
      });
    } catch (err) {
      // Everything typed stays in the form; nothing was saved.
      setSaving(false);
      setError(errorText(err));
      return;
    }
    setSavedId(newId);
    try {
      await reload();
    } catch (err) {
      setSaving(false);
      setError(`The profile was saved, but the page could not show it: ${errorText(err)}`);
      return;
    }
    setSaving(false);
    onSaved(check.profile.label);
  };

  const invalidCount = check.ok ? 0 : check.errors.size + check.other.length;
  const title = profile ? `Edit ${quoted(profile.data.label)}` : 'Add a profile';

  return (
    <section class="card form-card" aria-labelledby="profile-form-heading">
      <h2 id="profile-form-heading" ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
      <p class="lead">
        Fill in what you know; you can change it later. The assistant types these on the court's screens for you.
      </p>

      {!state.hasPassphrase && (
        <div class="notice">
          <p>
            Without a passphrase, your password, security answers and PIN are not saved: you type them on the court site
            yourself.
          </p>
          <p>
            To save them here, encrypted, first <a href="#passphrase-heading">set a passphrase</a>.
          </p>
        </div>
      )}
      {state.hasPassphrase && !unlocked && (
        <div class="notice">
          <p>
            Your passphrase is locked, so the boxes for your password, security answers and PIN are hidden.
            {profile?.hasSecrets ? ' What is already saved stays as it is.' : ''} Unlock to type them.
          </p>
          <UnlockForm ask={ask} reload={reload} idPrefix="pf" onUnlocked={() => setFocusPassword(true)} />
        </div>
      )}
      {unlocked && profile?.hasSecrets && (
        <p class="notice">
          This profile has a saved password, answers or PIN (encrypted). Leave those boxes empty to keep what is saved,
          or type a new one to replace it.
        </p>
      )}

      <form ref={formRef} onSubmit={submit} noValidate>
        <fieldset>
          <legend>About you</legend>
          {field('label', 'Profile name', {
            required: true,
            hint: 'Required. Only for you, to tell profiles apart, for example “Jane at DSS”.',
          })}
          {field('username', FIELDS.username.label, {
            hint: 'The user name you choose for your Missouri Judiciary account.',
          })}
          {unlocked && (
            <>
              {field('password', FIELDS.password.label, {
                type: 'password',
                autoComplete: 'new-password',
                placeholder: savedPlaceholder,
                hint: 'The password for your court account. Leave it empty to type it on the site yourself.',
              })}
              {field('passwordAgain', FIELDS.passwordConfirm.label, {
                type: 'password',
                autoComplete: 'new-password',
              })}
            </>
          )}
          {field('firstName', FIELDS.firstName.label)}
          {field('lastName', FIELDS.lastName.label)}
          {field('email', FIELDS.email.label, { type: 'email', hint: 'Your work e-mail, like name@agency.mo.gov.' })}
          {field('phone', FIELDS.phone.label, { type: 'tel', hint: 'Ten digits, like 573-555-0100.' })}
        </fieldset>

        <fieldset class="address">
          <legend>Mailing address</legend>
          {address('mailingAddress')}
        </fieldset>

        <fieldset class="address">
          <legend>Billing address</legend>
          <CheckboxField
            id={controlId('pf', 'billingSame')}
            label="Same as mailing address"
            checked={values.billingSame}
            onChecked={(checked) => setValues((v) => ({ ...v, billingSame: checked }))}
          />
          {!values.billingSame && address('billingAddress')}
        </fieldset>

        <fieldset>
          <legend>Security questions</legend>
          <p class="hint">Type each question as the court's site shows it. The site asks for three.</p>
          {QUESTION_SLOTS.map((i) => (
            <div class="question-pair" key={i}>
              {field(`securityQuestions.${i}.question`, `Security question ${i + 1}`)}
              {unlocked && secretField(`securityQuestions.${i}.answer`, `Answer to security question ${i + 1}`)}
            </div>
          ))}
        </fieldset>

        <fieldset>
          <legend>Your group</legend>
          {field('group.name', FIELDS['group.name'].label, {
            hint: 'Your agency’s group on the eFiling site, as your group administrator wrote it.',
          })}
          {unlocked &&
            secretField(
              'group.pin',
              FIELDS['group.pin'].label,
              'The PIN your group administrator gave you. If the site refuses it, ask them for the current one.',
            )}
          {field('group.position', 'Position')}
          {field('group.department', 'Department')}
          {field('group.supervisor', 'Supervisor')}
          {field('group.notes', 'Notes for your administrator', {
            multiline: true,
            hint: 'Goes with your position, department and supervisor into the site’s “User information” box.',
          })}
        </fieldset>

        <CheckboxField
          id={controlId('pf', 'noMobarNumber')}
          label="I do not have a MOBAR number"
          checked={values.noMobarNumber}
          onChecked={(checked) => setValues((v) => ({ ...v, noMobarNumber: checked }))}
          hint="Group users are not attorneys: leave this ticked unless you are a Missouri attorney."
        />

        {check.ok && check.warnings.length > 0 && (submitted > 0 || touched.size > 0) && (
          <div class="warnings">
            <p>Good to check (you can still save):</p>
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
              `Nothing was saved yet: ${invalidCount === 1 ? 'one box needs' : `${invalidCount} boxes need`} a change (marked above).`,
              ...check.other,
            ]}
          />
        )}
        <ErrorAlert message={error} />

        <div class="row actions">
          <button type="submit" class="primary">
            Save profile
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          {saving && <span class="busy">Saving…</span>}
        </div>
      </form>
    </section>
  );
}
