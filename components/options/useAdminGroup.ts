/**
 * The administrator's group profile as the form holds it: loaded from the background (with the
 * kept PIN and code passphrase when unlocked), checked box by box, and saved without its PIN.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { adminValuesFrom, checkGroup, type AdminValues } from '@/lib/sharing/admin-form';
import { NO_ADMIN_SECRETS as NO_SECRETS, isEmpty, type AdminSecrets } from '@/lib/sharing/admin-secrets';
import type { GroupProfile } from '@/lib/profile/group-profile';
import type { SharePassphrase } from './AdminPassphrase';
import { errorText, type Ask } from './Messages';

export type AdminLoad = { kind: 'loading' } | { kind: 'ready'; saved: boolean } | { kind: 'failed'; error: string };
/** Whether a PIN and code passphrase are kept (sealed under the administrator's own passphrase). */
export type AdminKept = 'none' | 'locked' | 'open' | null;

export function useAdminGroup(ask: Ask) {
  const [load, setLoad] = useState<AdminLoad>({ kind: 'loading' });
  const [values, setValues] = useState<AdminValues>(() => adminValuesFrom(null));
  const [passphrase, setPassphrase] = useState<SharePassphrase>({ first: '', again: '' });
  const [kept, setKept] = useState<AdminKept>(null);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saveStatus, setSaveStatus] = useState('');
  const check = useMemo(() => checkGroup(values), [values]);
  const hasPin = (values.text.pin ?? '').trim() !== '';

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

  /** Save a checked form: the group profile, then the PIN and code passphrase kept apart (or cleared). */
  const save = async () => {
    if (saving || !check.ok) return;
    setSaveError(null);
    setSaveStatus('');
    // The code passphrase is asked for (and kept) only with a PIN: codes without one are not locked.
    const secrets = hasPin ? { pin: (values.text.pin ?? '').trim(), codePassphrase: passphrase.first } : NO_SECRETS;
    setSaving(true);
    try {
      const saved = await saveGroup(ask, check.group, secrets, kept);
      if (saved.kept) setKept(saved.kept);
      setSaveStatus(saved.status);
      setLoad({ kind: 'ready', saved: true });
    } catch (err) {
      setSaveError(errorText(err));
    } finally {
      setSaving(false);
    }
  };

  return {
    load,
    loadGroup,
    loadSecrets,
    values,
    setValues,
    check,
    passphrase,
    setPassphrase,
    kept,
    save,
    saving,
    saveError,
    saveStatus,
    clearMessages: () => {
      setSaveError(null);
      setSaveStatus('');
    },
  };
}

/** The group profile saved without its PIN, then its secrets kept apart: what is kept now, and what to say. */
async function saveGroup(
  ask: Ask,
  checked: GroupProfile,
  secrets: AdminSecrets,
  kept: AdminKept,
): Promise<{ kept: AdminKept | undefined; status: string }> {
  // The PIN never goes with the group profile: it is kept apart, sealed, or not at all.
  const { pin: _pin, ...group } = checked;
  await ask('admin/save', { group });
  // Locked and nothing typed: what is kept was not shown, so it is not "cleared" either.
  const skip = isEmpty(secrets) && kept === 'locked';
  const result = skip ? { kept: false } : await ask('admin/keep-secrets', { secrets });
  const now = result.kept ? 'open' : !skip && isEmpty(secrets) ? 'none' : undefined;
  return {
    kept: now,
    status: t(isEmpty(secrets) ? 'admin_saved' : result.kept ? 'admin_saved_kept' : 'admin_saved_not_kept'),
  };
}
