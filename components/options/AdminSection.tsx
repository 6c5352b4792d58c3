import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { FIELDS } from '@/lib/fields';
import { t } from '@/lib/i18n';
import {
  GroupProfileSchema,
  MAX_NOTE,
  describeGroupPath,
  describeIssuesWith,
  groupHasPin,
  type GroupProfile,
} from '@/lib/group-profile';
import { groupFile, groupFileText } from '@/lib/profile-file';
import { encodeShareCode } from '@/lib/share-code';
import type { TaughtRule } from '@/lib/taught-rules';
import { GROUP_FILE_SUFFIX } from './download';
import { AdminPassphrase, passphraseProblems, type SharePassphrase } from './AdminPassphrase';
import { ADDRESS_PARTS, AddressFieldsets, TextField, controlId } from './FormField';
import { ErrorAlert, Status, errorText, quoted, type Ask } from './Messages';
import { RosterPanel, type Prepared } from './RosterPanel';
import { ShareCodeBox } from './ShareCodeBox';

const PREFIX = 'ga';

/** The group profile as saved (never with its PIN). */
export type SavedGroup = Omit<GroupProfile, 'pin'>;

/** Everything typed in the administrator's form, and what it keeps without showing (position, taught fields). */
export interface AdminValues {
  text: Record<string, string>;
  billingSame: boolean;
  /** Kept as loaded: each user's position is their own, so the form does not ask for it. */
  position: string;
  rules: TaughtRule[];
}

export function adminValuesFrom(group: SavedGroup | null): AdminValues {
  const text: Record<string, string> = {
    groupName: group?.groupName ?? '',
    pin: '',
    phone: group?.phone ?? '',
    department: group?.department ?? '',
    supervisor: group?.supervisor ?? '',
    note: group?.note ?? '',
  };
  for (const part of ADDRESS_PARTS) {
    text[`mailingAddress.${part}`] = group?.mailingAddress[part] ?? (part === 'state' ? 'MO' : '');
    text[`billingAddress.${part}`] = group?.billingAddress?.[part] ?? (part === 'state' ? 'MO' : '');
  }
  return {
    text,
    billingSame: !group || group.billingAddress === null,
    position: group?.position ?? '',
    rules: group?.rules ?? [],
  };
}

/** The GroupProfile-shaped value to check; the PIN only when one was typed. */
export function groupFromValues(v: AdminValues): Record<string, unknown> {
  const get = (key: string) => v.text[key] ?? '';
  const address = (prefix: string) => Object.fromEntries(ADDRESS_PARTS.map((part) => [part, get(`${prefix}.${part}`)]));
  return {
    groupName: get('groupName'),
    ...(get('pin') ? { pin: get('pin') } : {}),
    mailingAddress: address('mailingAddress'),
    billingAddress: v.billingSame ? null : address('billingAddress'),
    phone: get('phone'),
    department: get('department'),
    supervisor: get('supervisor'),
    position: v.position,
    note: get('note'),
    rules: v.rules,
  };
}

export type GroupCheck =
  { ok: true; group: GroupProfile } | { ok: false; errors: Map<string, string>; messages: string[] };

/** Check the form with GroupProfileSchema; each message names its box in the administrator's words. */
export function checkGroup(v: AdminValues): GroupCheck {
  const parsed = GroupProfileSchema.safeParse(groupFromValues(v));
  if (parsed.success) return { ok: true, group: parsed.data };
  const messages = describeIssuesWith(parsed.error, describeGroupPath);
  const errors = new Map<string, string>();
  parsed.error.issues.forEach((issue, i) => {
    const key = issue.path.map(String).join('.');
    if (key in v.text && !errors.has(key)) errors.set(key, messages[i]!);
  });
  return { ok: false, errors, messages };
}

const UNSAFE_IN_FILE_NAMES = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;

/** The group's name as the start of a file name ("Cole County DSS"), or "group". */
export function groupFileStem(groupName: string): string {
  const safe = groupName
    .replace(UNSAFE_IN_FILE_NAMES, '-')
    .replace(/^[\s.-]+|[\s.-]+$/g, '')
    .slice(0, 80)
    .trim();
  return safe || 'group';
}

/** `<group name>.mo-efiling-group.json`. */
export const groupFileName = (groupName: string) => `${groupFileStem(groupName)}${GROUP_FILE_SUFFIX}`;

interface Props {
  ask: Ask;
  download: (filename: string, text: string) => void;
}

/**
 * For group administrators only, behind a button so that clerks are not
 * confused: the group profile, shared as a file, a share code, or one code
 * per person from a roster.
 */
export function AdminSection({ ask, download }: Props) {
  const [open, setOpen] = useState(false);
  /** The tools stay on the page once opened, so what was typed survives closing them. */
  const [opened, setOpened] = useState(false);

  return (
    <section aria-labelledby="admin-heading" class="admin">
      <h2 id="admin-heading">{t('admin_heading')}</h2>
      <p>{t('admin_intro')}</p>
      <div class="row">
        <button
          type="button"
          aria-expanded={open ? 'true' : 'false'}
          aria-controls={opened ? 'admin-body' : undefined}
          onClick={() => {
            setOpen(!open);
            setOpened(true);
          }}
        >
          {t('admin_open')}
        </button>
      </div>
      {opened && (
        <div id="admin-body" hidden={!open}>
          <AdminTools ask={ask} download={download} />
        </div>
      )}
    </section>
  );
}

type Load = { kind: 'loading' } | { kind: 'ready'; saved: boolean } | { kind: 'failed'; error: string };

function AdminTools({ ask, download }: Props) {
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [values, setValues] = useState<AdminValues>(() => adminValuesFrom(null));
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  /** Every box shows its message (after "Save" or a share button was pressed). */
  const [showAll, setShowAll] = useState(false);
  const [submitted, setSubmitted] = useState(0);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saveStatus, setSaveStatus] = useState('');
  const [passphrase, setPassphrase] = useState<SharePassphrase>({ first: '', again: '' });
  const [passphraseChecked, setPassphraseChecked] = useState(false);
  const [shareError, setShareError] = useState<string | readonly string[] | null>(null);
  const [shareStatus, setShareStatus] = useState('');
  const [making, setMaking] = useState(false);
  const [made, setMade] = useState<{ code: string; locked: boolean; key: string } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const loadGroup = () => {
    setLoad({ kind: 'loading' });
    ask<SavedGroup | null>({ type: 'admin/get' }).then(
      (group) => {
        setValues(adminValuesFrom(group));
        setLoad({ kind: 'ready', saved: group !== null });
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
  /** What a code is made from: when it changes, a code made before is out of date. */
  const sourceKey = `${JSON.stringify(groupFromValues(values))}\u0000${hasPin ? passphrase.first : ''}`;
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

  const fixFirst = (messages: readonly string[]) => [t('admin_fix_first'), ...messages];

  /** The group profile and the passphrase rule, checked before anything is shared. */
  const prepare = (): Prepared => {
    if (!check.ok) {
      setShowAll(true);
      return { ok: false, errors: fixFirst(check.messages) };
    }
    const locked = groupHasPin(check.group);
    if (!locked) return { ok: true, group: check.group, locked: false };
    setPassphraseChecked(true);
    const problems = passphraseProblems(passphrase);
    const problem = problems.first ?? problems.again;
    if (problem) return { ok: false, errors: [problem] };
    return { ok: true, group: check.group, passphrase: passphrase.first, locked: true };
  };

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
    // The PIN is never saved: it is typed again when sharing.
    const { pin: _pin, ...group } = check.group;
    setSaving(true);
    try {
      await ask({ type: 'admin/save', group });
      setSaveStatus(hasPin ? t('admin_saved_no_pin') : t('admin_saved'));
      setLoad({ kind: 'ready', saved: true });
    } catch (err) {
      setSaveError(errorText(err));
    } finally {
      setSaving(false);
    }
  };

  const downloadFile = () => {
    setShareError(null);
    setShareStatus('');
    if (!check.ok) {
      setShowAll(true);
      setShareError(fixFirst(check.messages));
      return;
    }
    // A file is not locked: the PIN never goes in it.
    const { pin: _pin, ...withoutPin } = check.group;
    const name = groupFileName(check.group.groupName);
    download(name, groupFileText(withoutPin));
    setShareStatus(hasPin ? t('admin_file_saved_no_pin', quoted(name)) : t('admin_file_saved', quoted(name)));
  };

  const makeCode = async () => {
    if (making) return;
    setShareError(null);
    setShareStatus('');
    const prepared = prepare();
    if (!prepared.ok) {
      setShareError(prepared.errors);
      return;
    }
    setMaking(true);
    const key = sourceKey;
    try {
      const code = await encodeShareCode(
        groupFile(prepared.group),
        prepared.passphrase ? { passphrase: prepared.passphrase } : {},
      );
      setMade({ code, locked: prepared.locked, key });
      setShareStatus(t('admin_code_made'));
    } catch (err) {
      setShareError(errorText(err));
    } finally {
      setMaking(false);
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
  const groupName = check.ok ? check.group.groupName : (values.text.groupName ?? '').trim();

  return (
    <div class="admin-tools">
      <form ref={formRef} onSubmit={save} noValidate aria-labelledby="admin-group-heading">
        <h3 id="admin-group-heading">{t('admin_group_heading')}</h3>
        <p class="lead">{load.saved ? t('admin_lead_saved') : t('admin_lead_new')}</p>
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

      <div class="admin-share" role="group" aria-labelledby="admin-share-heading">
        <h3 id="admin-share-heading">{t('admin_share_heading')}</h3>
        <p>{t('admin_share_intro')}</p>
        {hasPin ? (
          <AdminPassphrase value={passphrase} onValue={setPassphrase} checked={passphraseChecked} />
        ) : (
          <p class="hint">{t('admin_no_pin_hint')}</p>
        )}
        <div class="row">
          <button type="button" onClick={downloadFile}>
            {t('admin_download_file')}
          </button>
          <button
            type="button"
            class="primary"
            aria-disabled={making ? 'true' : undefined}
            onClick={() => void makeCode()}
          >
            {t('admin_make_code')}
          </button>
          {making && <span class="busy">{hasPin ? t('admin_locking') : t('admin_making')}</span>}
        </div>
        <ErrorAlert message={shareError} />
        <Status message={shareStatus} />
        {made &&
          (made.key === sourceKey ? (
            <ShareCodeBox
              id="ga-share-code"
              label={t('admin_code_label')}
              code={made.code}
              hint={made.locked ? t('admin_code_hint_locked') : t('admin_code_hint_plain')}
            />
          ) : (
            <p class="notice">{hasPin ? t('admin_code_outdated_pin') : t('admin_code_outdated')}</p>
          ))}

        <RosterPanel prepare={prepare} sourceKey={sourceKey} fileStem={groupFileStem(groupName)} download={download} />
      </div>
    </div>
  );
}
