import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t, quoted } from '@/lib/i18n';
import type { ProfileSummary } from '@/lib/storage/profile-store';
import { AddressFieldsets, CheckboxField, controlId } from './FormField';
import { ErrorAlert, Status, type Ask, type OptionsState } from './Messages';
import { useCourtQuestions } from './CourtQuestions';
import { AboutYouFieldset, GroupFieldset, SecurityQuestionsFieldset } from './ProfileFieldsets';
import { useTextBoxes } from './useTextBoxes';
import { CheckSummary, SecretsNotice } from './ProfileFormNotices';
import { checkForm, formValuesFrom, type FormValues } from './profile-form-values';
import { useProfileSave } from './useProfileSave';

interface Props {
  /** The profile to edit; null to add a new one. */
  profile: ProfileSummary | null;
  state: OptionsState;
  ask: Ask;
  reload: () => Promise<OptionsState>;
  onSaved: (label: string) => void;
  onCancel: () => void;
}

/**
 * Where the keyboard goes: the heading when the form opens, the first box with
 * a problem after each try to save, the password box once the secrets are unlocked.
 */
function useFormFocus(submitted: number, unlocked: boolean) {
  const [focusPassword, setFocusPassword] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
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
  return { headingRef, formRef, focusPasswordSoon: () => setFocusPassword(true) };
}

/** Add or edit a profile: fieldsets in the person's words, checked as they go, nothing lost if saving fails. */
export function ProfileForm({ profile, state, ask, reload, onSaved, onCancel }: Props) {
  const [values, setValues] = useState<FormValues>(() => formValuesFrom(profile?.data ?? null));
  const unlocked = state.unlocked;
  const check = useMemo(() => checkForm(values, unlocked), [values, unlocked]);
  const save = useProfileSave({ profile, values, setValues, check, ask, reload, onSaved });
  const { submitted } = save;
  const { headingRef, formRef, focusPasswordSoon } = useFormFocus(submitted, unlocked);

  const { field, touchedAny } = useTextBoxes('pf', values, setValues, check, submitted > 0);
  const courtQuestions = useCourtQuestions(ask);
  const boxes = { field, unlocked, savedPlaceholder: profile?.hasSecrets ? t('form_saved_placeholder') : undefined };
  const title = profile ? t('form_edit_heading', quoted(profile.data.label)) : t('profiles_add');

  return (
    <section class="card form-card" aria-labelledby="profile-form-heading">
      <h2 id="profile-form-heading" ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
      <p class="lead">{t('form_lead')}</p>
      <SecretsNotice profile={profile} state={state} ask={ask} reload={reload} onUnlocked={focusPasswordSoon} />

      <form ref={formRef} onSubmit={save.submit} noValidate>
        <AboutYouFieldset {...boxes} />
        <AddressFieldsets
          field={field}
          billingSameId={controlId('pf', 'billingSame')}
          billingSame={values.billingSame}
          onBillingSame={(checked) => setValues((v) => ({ ...v, billingSame: checked }))}
          line2Hint="address_hint_line2"
        />
        <SecurityQuestionsFieldset {...boxes} courtQuestions={courtQuestions} />
        <GroupFieldset {...boxes} />
        <CheckboxField
          id={controlId('pf', 'noMobarNumber')}
          label={t('form_no_mobar')}
          checked={values.noMobarNumber}
          onChecked={(checked) => setValues((v) => ({ ...v, noMobarNumber: checked }))}
          hint={t('form_no_mobar_hint')}
        />

        <CheckSummary check={check} submitted={submitted > 0} begun={submitted > 0 || touchedAny} />
        <ErrorAlert message={save.error}>
          {save.stale && profile && (
            <button type="button" onClick={save.reloadKeepTyping}>
              {t('form_reload_keep')}
            </button>
          )}
        </ErrorAlert>
        <Status message={save.status} />

        <div class="row actions">
          <button type="submit" class="primary">
            {t('form_save')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('common_cancel')}
          </button>
          {save.saving && <span class="busy">{t('common_saving')}</span>}
        </div>
      </form>
    </section>
  );
}
