import type { Ref } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { ProfileSummary } from '@/lib/storage/profile-store';
import { ConfirmAction } from '../ConfirmAction';
import { profileFileName } from './download';
import { bringIntoView, jumpPlace } from './jump-to';
import { ErrorAlert, Status, errorText, quoted, type Ask, type OptionsState } from './Messages';

interface Props {
  state: OptionsState;
  ask: Ask;
  reload: () => Promise<unknown>;
  download: (filename: string, text: string) => void;
  onAdd: () => void;
  onEdit: (id: string) => void;
  /** A profile was deleted (the form may be showing it). */
  onDeleted: (id: string) => void;
  status: string;
  setStatus: (message: string) => void;
  headingRef: Ref<HTMLHeadingElement>;
  /** True while the profile form is open (the add button then says so). */
  formOpen: boolean;
}

function whoLine(p: ProfileSummary): string {
  const name = [p.data.firstName, p.data.lastName].filter(Boolean).join(' ');
  return [name, p.data.email].filter(Boolean).join(' · ');
}

/** The saved profiles: which one fills the forms, and what can be done with each. */
export function ProfileList({
  state,
  ask,
  reload,
  download,
  onAdd,
  onEdit,
  onDeleted,
  status,
  setStatus,
  headingRef,
  formOpen,
}: Props) {
  /** An error shown inside the profile it concerns. */
  const [itemError, setItemError] = useState<{ id: string; message: string } | null>(null);

  // options.html#profile: a first run opens the form for the person's details, and the page goes there
  // (its first box focused: the profile name). #passphrase: the passphrase section, to unlock.
  const jump = useRef(jumpPlace(location.hash));
  useEffect(() => {
    if (jump.current === 'profile' && state.profiles.length === 0 && !formOpen) onAdd();
  }, []);
  useEffect(() => {
    const place = jump.current;
    if (place === 'passphrase' && bringIntoView(document.getElementById('passphrase-heading'))) jump.current = null;
    if (place !== 'profile') return;
    const form = document.getElementById('profile-form-heading')?.closest('section') ?? null;
    if (formOpen ? bringIntoView(form, 'form:not(.unlock) input') : state.profiles.length > 0) {
      if (!formOpen && headingRef && typeof headingRef === 'object') bringIntoView(headingRef.current);
      jump.current = null;
    }
  });

  const act = async (id: string, work: () => Promise<string>) => {
    setItemError(null);
    setStatus('');
    try {
      setStatus(await work());
    } catch (err) {
      setItemError({ id, message: errorText(err) });
    }
  };

  const activate = (p: ProfileSummary) =>
    act(p.id, async () => {
      await ask('profiles/activate', { id: p.id });
      await reload();
      return t('profiles_activated', quoted(p.data.label));
    });

  const exportProfile = (p: ProfileSummary) =>
    act(p.id, async () => {
      const text = await ask('profiles/export', { id: p.id });
      const name = profileFileName(p.data.label);
      download(name, text);
      return t('profiles_exported', quoted(p.data.label), quoted(name));
    });

  const remove = (p: ProfileSummary) =>
    act(p.id, async () => {
      await ask('profiles/delete', { id: p.id });
      onDeleted(p.id);
      await reload();
      if (headingRef && typeof headingRef === 'object') headingRef.current?.focus();
      return t('profiles_deleted', quoted(p.data.label));
    });

  return (
    <section aria-labelledby="profiles-heading">
      <h2 id="profiles-heading" ref={headingRef} tabIndex={-1}>
        {t('profiles_heading')}
      </h2>
      {state.profiles.length === 0 ? (
        <p class="empty">{t('profiles_empty')}</p>
      ) : (
        <ul class="profiles">
          {state.profiles.map((p) => {
            const active = p.id === state.activeProfileId;
            const labelId = `profile-${p.id}-label`;
            return (
              <li key={p.id} class={`profile${active ? ' active' : ''}`} aria-current={active ? 'true' : undefined}>
                <div class="profile-head">
                  <strong id={labelId} class="profile-label">
                    {p.data.label}
                  </strong>
                  {active && <span class="tag">{t('profiles_in_use')}</span>}
                </div>
                {whoLine(p) && <p class="profile-who">{whoLine(p)}</p>}
                {p.data.group.name && <p class="profile-group">{t('profiles_group', p.data.group.name)}</p>}
                <p class="profile-secrets">{p.hasSecrets ? t('profiles_secrets_saved') : t('profiles_no_secrets')}</p>
                <div class="row" role="group" aria-labelledby={labelId}>
                  {!active && (
                    <button type="button" class="primary" onClick={() => void activate(p)}>
                      {t('profiles_use')}
                    </button>
                  )}
                  <button type="button" onClick={() => onEdit(p.id)}>
                    {t('profiles_edit')}
                  </button>
                  <button type="button" onClick={() => void exportProfile(p)}>
                    {t('profiles_export')}
                  </button>
                  <ConfirmAction
                    opener={t('profiles_delete')}
                    question={<p>{t('profiles_delete_question', quoted(p.data.label))}</p>}
                    keep={t('profiles_delete_keep')}
                    yes={t('profiles_delete_yes')}
                    onConfirm={() => remove(p)}
                  />
                </div>
                {itemError?.id === p.id && <ErrorAlert message={itemError.message} />}
              </li>
            );
          })}
        </ul>
      )}
      {itemError && !state.profiles.some((p) => p.id === itemError.id) && <ErrorAlert message={itemError.message} />}
      {!formOpen && (
        <div class="row">
          <button type="button" class={state.profiles.length ? '' : 'primary'} onClick={onAdd}>
            {t('profiles_add')}
          </button>
        </div>
      )}
      <Status message={status} />
    </section>
  );
}
