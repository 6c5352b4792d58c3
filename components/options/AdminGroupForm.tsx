import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { FIELDS } from '@/lib/procedure/fields';
import { t } from '@/lib/i18n';
import { MAX_NOTE } from '@/lib/profile/group-profile';
import { AdminKeptSecrets } from './AdminKeptSecrets';
import { AddressFieldsets, controlId } from './FormField';
import { useTextBoxes, type FieldBox } from './useTextBoxes';
import { ErrorAlert, Status, type Ask } from './Messages';
import type { useAdminGroup } from './useAdminGroup';

const PREFIX = 'ga';

interface Props {
  ask: Ask;
  admin: ReturnType<typeof useAdminGroup>;
  /** Every box shows its message (after "Save" or a share button was pressed). */
  showAll: boolean;
  onShowAll: () => void;
}

/** The group profile's boxes, each checked as it is left, and its Save button. */
export function AdminGroupForm({ ask, admin, showAll, onShowAll }: Props) {
  const { values, setValues, check, load, kept } = admin;
  const [submitted, setSubmitted] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  useLayoutEffect(() => {
    if (submitted) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [submitted]);

  const { field } = useTextBoxes(PREFIX, values, setValues, check, showAll);

  const submit = (e: Event) => {
    e.preventDefault();
    if (admin.saving) return;
    admin.clearMessages();
    onShowAll();
    if (!check.ok) {
      setSubmitted((n) => n + 1);
      return;
    }
    void admin.save();
  };

  const invalidCount = check.ok ? 0 : check.messages.length;
  const saved = load.kind === 'ready' && load.saved;

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-labelledby="admin-group-heading">
      <h3 id="admin-group-heading">{t('admin_group_heading')}</h3>
      <p class="lead">{saved ? t('admin_lead_saved') : t('admin_lead_new')}</p>
      {kept === 'locked' && <AdminKeptSecrets ask={ask} reload={admin.loadSecrets} />}
      <AdminGroupBoxes field={field} values={values} setValues={setValues} />

      {values.rules.length > 0 && <p>{t('admin_taught_fields', values.rules.length)}</p>}

      {submitted > 0 && !check.ok && (
        <ErrorAlert message={invalidCount === 1 ? t('common_invalid_one') : t('common_invalid_other', invalidCount)} />
      )}
      <ErrorAlert message={admin.saveError} />
      <div class="row">
        <button type="submit" class="primary">
          {t('admin_save')}
        </button>
        {admin.saving && <span class="busy">{t('common_saving')}</span>}
      </div>
      <Status message={admin.saveStatus} />
    </form>
  );
}

/** The group profile's boxes, in the order the court's screens ask for them. */
function AdminGroupBoxes({
  field,
  values,
  setValues,
}: { field: FieldBox } & Pick<ReturnType<typeof useAdminGroup>, 'values' | 'setValues'>) {
  const noteLength = (values.text.note ?? '').length;
  return (
    <>
      <fieldset>
        <legend>{t('admin_the_group')}</legend>
        {field('groupName', t(FIELDS['group.name'].label), { required: true, hint: t('admin_group_name_hint') })}
        {field('pin', t(FIELDS['group.pin'].label), {
          type: 'password',
          autoComplete: 'off',
          hint: t('admin_pin_hint'),
        })}
        {field('phone', t(FIELDS.phone.label), { type: 'tel', hint: t('admin_phone_hint') })}
      </fieldset>

      <AddressFieldsets
        field={field}
        billingSameId={controlId(PREFIX, 'billingSame')}
        billingSame={values.billingSame}
        onBillingSame={(checked) => setValues((v) => ({ ...v, billingSame: checked }))}
        line2Hint="address_hint_line2_agency"
      />

      <fieldset>
        <legend>{t('admin_user_information')}</legend>
        <p class="hint">{t('admin_user_information_hint')}</p>
        {field('department', t('label_department'))}
        {field('supervisor', t('label_supervisor'))}
      </fieldset>

      {field('adminEmail', t('admin_your_email'), {
        type: 'email',
        autoComplete: 'email',
        hint: t('admin_email_hint'),
      })}
      {field('note', t('label_note_to_users'), { multiline: true, hint: t('admin_note_hint', noteLength, MAX_NOTE) })}
    </>
  );
}
