/**
 * The profile form's values without the form: what it starts from, what it
 * saves, how it is checked, and how it takes a newer save made elsewhere.
 */
import { FIELDS } from '@/lib/procedure/fields';
import { t } from '@/lib/i18n';
import {
  ProfileInputSchema,
  describeIssues,
  profileWarnings,
  type ProfileData,
  type ProfileInput,
} from '@/lib/profile/profile';
import { ADDRESS_PARTS } from './FormField';

const GROUP_TEXT = ['name', 'position', 'department', 'supervisor', 'notes', 'adminEmail'] as const;
export const QUESTION_SLOTS = [0, 1, 2] as const;

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
