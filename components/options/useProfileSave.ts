import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { ProfileSummary } from '@/lib/storage/profile-store';
import { errorText, type Ask, type OptionsState } from './Messages';
import { formValuesFrom, keepTyping, type FormCheck, type FormValues } from './profile-form-values';

interface SaveOptions {
  /** The profile being edited; null for a new one. */
  profile: ProfileSummary | null;
  values: FormValues;
  setValues: (values: FormValues) => void;
  check: FormCheck;
  ask: Ask;
  reload: () => Promise<OptionsState>;
  onSaved: (label: string) => void;
}

/**
 * Saving the profile form: each try counted (so every message shows), a refused
 * save keeps everything typed, and a newer save made in another window can be
 * brought in without losing what was typed.
 */
export function useProfileSave({ profile, values, setValues, check, ask, reload, onSaved }: SaveOptions) {
  /** What the form was loaded from (or last saved as): the revision a save names, and what "keep my typing" compares with. */
  const [base, setBase] = useState(() => ({ values, revision: profile?.revision }));
  /** Another window saved this profile after the form was loaded: offer to bring that in, keeping what was typed. */
  const [stale, setStale] = useState(false);
  const [status, setStatus] = useState('');
  const [submitted, setSubmitted] = useState(0);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** Set once a new profile was saved, so that trying again after a failed reload does not add it twice. */
  const [savedId, setSavedId] = useState<string | null>(null);
  const id = profile?.id ?? savedId ?? undefined;

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

  return { submit, submitted, saving, error, status, stale, reloadKeepTyping };
}
