import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { ProfileSummary } from '@/lib/storage/profile-store';
import { profileFileName } from './download';
import { ProfileItem } from './ProfileItem';
import { useProfileJump } from './jump-to';
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

/** The saved profiles: which one fills the forms, and what can be done with each. */
export function ProfileList(props: Props) {
  const { state, onAdd, onEdit, status, headingRef, formOpen } = props;
  useProfileJump(state.profiles.length, formOpen, onAdd, headingRef);
  // The actions take their part of the props themselves.
  const { itemError, activate, exportProfile, remove } = useProfileActions(props);

  return (
    <section aria-labelledby="profiles-heading">
      <h2 id="profiles-heading" ref={headingRef} tabIndex={-1}>
        {t('profiles_heading')}
      </h2>
      {state.profiles.length === 0 ? (
        <p class="empty">{t('profiles_empty')}</p>
      ) : (
        <ul class="profiles">
          {state.profiles.map((p) => (
            <ProfileItem
              key={p.id}
              profile={p}
              active={p.id === state.activeProfileId}
              error={itemError?.id === p.id ? itemError.message : null}
              onActivate={() => void activate(p)}
              onEdit={() => onEdit(p.id)}
              onExport={() => void exportProfile(p)}
              onRemove={() => remove(p)}
            />
          ))}
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

/** Using, exporting and deleting one profile: each says what it did, or shows its error inside that profile. */
function useProfileActions({
  ask,
  reload,
  download,
  onDeleted,
  setStatus,
  headingRef,
}: Pick<Props, 'ask' | 'reload' | 'download' | 'onDeleted' | 'setStatus' | 'headingRef'>) {
  /** An error shown inside the profile it concerns. */
  const [itemError, setItemError] = useState<{ id: string; message: string } | null>(null);

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

  return { itemError, activate, exportProfile, remove };
}
