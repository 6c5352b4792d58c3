import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { FIELDS } from '@/lib/procedure/fields';
import { t } from '@/lib/i18n';
import { adminValuesFrom, checkGroup, type AdminValues } from '@/lib/sharing/admin-form';
import { MAX_NOTE } from '@/lib/profile/group-profile';
import { NO_ADMIN_SECRETS as NO_SECRETS, isEmpty } from '@/lib/sharing/admin-secrets';
import { AdminKeptSecrets } from './AdminKeptSecrets';
import type { SharePassphrase } from './AdminPassphrase';
import { AdminShare } from './AdminShare';
import { AddressFieldsets, TextField, controlId } from './FormField';
import { ErrorAlert, Status, errorText, type Ask } from './Messages';

const PREFIX = 'ga';

interface Props {
  ask: Ask;
  download: (filename: string, text: string) => void;
}

type Load = { kind: 'loading' } | { kind: 'ready'; saved: boolean } | { kind: 'failed'; error: string };

/** The group profile's form (loaded, checked box by box, saved without its PIN), then the ways to share it. */
export function AdminTools({ ask, download }: Props) {
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [values, setValues] = useState<AdminValues>(() => adminValuesFrom(null));
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  /** Every box shows its message (after "Save" or a share button was pressed). */
  const [showAll, setShowAll] = useState(false);
  const [submitted, setSubmitted] = useState(0);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saveStatus, setSaveStatus] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  const [passphrase, setPassphrase] = useState<SharePassphrase>({ first: '', again: '' });
  /** Whether a PIN and code passphrase are kept (sealed under the administrator's own passphrase). */
  const [kept, setKept] = useState<'none' | 'locked' | 'open' | null>(null);

  /** The kept PIN and code passphrase back in their boxes (only when the passphrase is unlocked). */
  const loadSecrets = () =>
    ask('admin/secrets').then(
      ({ kept: now, secrets }) => {
        setKept(now);
        if (!secrets || isEmpty(secrets)) return;
        setValues((v) => ({ ...v, text: { ...v.text, pin: secrets.pin } }));
        setPassphrase({ first: secrets.codePassphrase, again: secrets.codePassphrase });
        setSaveStatus(t('admin_secrets_restored'));
      },
      () => setKept(null), // cannot tell: the boxes stay empty, as before anything was kept
    );

  const loadGroup = () => {
    setLoad({ kind: 'loading' });
    ask('admin/get').then(
      (group) => {
        setValues(adminValuesFrom(group));
        setLoad({ kind: 'ready', saved: group !== null });
        void loadSecrets();
      },
      (err: unknown) => setLoad({ kind: 'failed', error: errorText(err) }),
    );
  };
  useEffect(loadGroup, []);

  useLayoutEffect(() => {
    if (submitted) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [submitted]);

  const check = useMemo(() => checkGroup(values), [values]);
  const hasPin = (values.text.pin ?? '').trim() !== '';
  const errorFor = (key: string) => (!check.ok && (showAll || touched.has(key)) ? check.errors.get(key) : undefined);

  const setText = (key: string) => (value: string) => setValues((v) => ({ ...v, text: { ...v.text, [key]: value } }));
  const blur = (key: string) => () => setTouched((seen) => (seen.has(key) ? seen : new Set(seen).add(key)));
  const field = (key: string, label: string, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      id={controlId(PREFIX, key)}
      label={label}
      value={values.text[key] ?? ''}
      onValue={setText(key)}
      onBlur={blur(key)}
      error={errorFor(key)}
      {...extra}
    />
  );

  const save = async (e: Event) => {
    e.preventDefault();
    if (saving) return;
    setSaveError(null);
    setSaveStatus('');
    setShowAll(true);
    if (!check.ok) {
      setSubmitted((n) => n + 1);
      return;
    }
    // The PIN never goes with the group profile: it is kept apart, sealed, or not at all.
    const { pin: _pin, ...group } = check.group;
    // The code passphrase is asked for (and kept) only with a PIN: codes without one are not locked.
    const secrets = hasPin ? { pin: (values.text.pin ?? '').trim(), codePassphrase: passphrase.first } : NO_SECRETS;
    setSaving(true);
    try {
      await ask('admin/save', { group });
      // Locked and nothing typed: what is kept was not shown, so it is not "cleared" either.
      const skip = isEmpty(secrets) && kept === 'locked';
      const result = skip ? { kept: false } : await ask('admin/keep-secrets', { secrets });
      if (result.kept) setKept('open');
      else if (!skip && isEmpty(secrets)) setKept('none');
      setSaveStatus(t(isEmpty(secrets) ? 'admin_saved' : result.kept ? 'admin_saved_kept' : 'admin_saved_not_kept'));
      setLoad({ kind: 'ready', saved: true });
    } catch (err) {
      setSaveError(errorText(err));
    } finally {
      setSaving(false);
    }
  };

  if (load.kind === 'loading') return <p class="busy">{t('admin_loading')}</p>;
  if (load.kind === 'failed') {
    return (
      <ErrorAlert message={load.error}>
        <button type="button" onClick={loadGroup}>
          {t('common_try_again')}
        </button>
      </ErrorAlert>
    );
  }

  const noteLength = (values.text.note ?? '').length;
  const invalidCount = check.ok ? 0 : check.messages.length;

  return (
    <div class="admin-tools">
      <form ref={formRef} onSubmit={save} noValidate aria-labelledby="admin-group-heading">
        <h3 id="admin-group-heading">{t('admin_group_heading')}</h3>
        <p class="lead">{load.saved ? t('admin_lead_saved') : t('admin_lead_new')}</p>
        {kept === 'locked' && <AdminKeptSecrets ask={ask} reload={loadSecrets} />}
        <fieldset>
          <legend>{t('admin_the_group')}</legend>
          {field('groupName', t(FIELDS['group.name'].label), {
            required: true,
            hint: t('admin_group_name_hint'),
          })}
          {field('pin', t(FIELDS['group.pin'].label), {
            type: 'password',
            autoComplete: 'off',
            hint: t('admin_pin_hint'),
          })}
          {field('phone', t(FIELDS.phone.label), {
            type: 'tel',
            hint: t('admin_phone_hint'),
          })}
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

        {field('note', t('label_note_to_users'), {
          multiline: true,
          hint: t('admin_note_hint', noteLength, MAX_NOTE),
        })}

        {values.rules.length > 0 && <p>{t('admin_taught_fields', values.rules.length)}</p>}

        {submitted > 0 && !check.ok && (
          <ErrorAlert
            message={invalidCount === 1 ? t('common_invalid_one') : t('common_invalid_other', invalidCount)}
          />
        )}
        <ErrorAlert message={saveError} />
        <div class="row">
          <button type="submit" class="primary">
            {t('admin_save')}
          </button>
          {saving && <span class="busy">{t('common_saving')}</span>}
        </div>
        <Status message={saveStatus} />
      </form>

      <AdminShare
        values={values}
        check={check}
        showAll={() => setShowAll(true)}
        download={download}
        passphrase={passphrase}
        onPassphrase={setPassphrase}
      />
    </div>
  );
}
