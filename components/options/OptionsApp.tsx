import { useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { AdminSection } from './AdminSection';
import { DeleteAllSection } from './DeleteAllSection';
import { FillingSection } from './FillingSection';
import { ImportSection } from './ImportSection';
import { ErrorAlert, quoted, type Ask, type OptionsState } from './Messages';
import { PassphraseSection } from './PassphraseSection';
import { ProfileForm } from './ProfileForm';
import { ProfileList } from './ProfileList';
import { TaughtFields } from './TaughtFields';
import { useImportJump } from './jump-to';
import { useOptionsState } from './useOptionsState';

export type { Ask, OptionsState } from './Messages';

interface Props {
  /** Sends a profile request to the background; rejects with an Error whose message is a plain sentence. */
  ask: Ask;
  /** Offers text as a file in the person's downloads. */
  download: (filename: string, text: string) => void;
}

/** Which form is open: none, a new profile (id null), or a saved one. */
type Editing = { id: string | null; key: number } | null;

/** The options page: profiles, the passphrase, importing, filling, group administrators' tools and deleting everything. */
export function OptionsApp({ ask, download }: Props) {
  const { state, rules, loadError, reload, reloadRules, firstLoad } = useOptionsState(ask);
  const { editing, setEditing, listStatus, setListStatus, listHeading, open, close, editedProfile, formShown } =
    useProfileEditing(state);
  /** Changed after "Delete all data": the administrator's section starts again, empty. */
  const [adminKey, setAdminKey] = useState(0);

  useImportJump(state);

  return (
    <main class="options">
      <header>
        <h1>{t('options_heading')}</h1>
        <p class="lead">{t('options_lead')}</p>
      </header>

      {loadError && (
        <ErrorAlert message={loadError}>
          <button type="button" onClick={firstLoad}>
            {t('common_try_again')}
          </button>
        </ErrorAlert>
      )}
      {!state && !loadError && <p role="status">{t('options_loading')}</p>}

      {state && (
        <>
          <ProfileList
            state={state}
            ask={ask}
            reload={reload}
            download={download}
            onAdd={() => open(null)}
            onEdit={(id) => open(id)}
            onDeleted={(id) => {
              if (editing?.id === id) setEditing(null);
            }}
            status={listStatus}
            setStatus={setListStatus}
            headingRef={listHeading}
            formOpen={formShown}
          />
          {formShown && editing && (
            <ProfileForm
              key={editing.key}
              profile={editedProfile}
              state={state}
              ask={ask}
              reload={reload}
              onSaved={(label) => close(t('options_profile_saved', quoted(label)))}
              onCancel={() => close()}
            />
          )}
          <PassphraseSection state={state} ask={ask} reload={reload} />
          <ImportSection state={state} rules={rules ?? []} ask={ask} reload={reload} />
          <FillingSection state={state} ask={ask} reload={reload} />
          <TaughtFields rules={rules} ask={ask} reload={reloadRules} />
          <AdminSection key={adminKey} ask={ask} download={download} />
          <DeleteAllSection
            ask={ask}
            reload={reload}
            onDeleted={() => {
              setEditing(null);
              setListStatus('');
              setAdminKey((k) => k + 1);
            }}
          />
        </>
      )}
    </main>
  );
}

/** Which profile form is open (none, a new one, a saved one), and the list's status and place when it closes. */
function useProfileEditing(state: OptionsState | null) {
  const [editing, setEditing] = useState<Editing>(null);
  const [listStatus, setListStatus] = useState('');
  const listHeading = useRef<HTMLHeadingElement>(null);
  const formKey = useRef(0);

  const open = (id: string | null) => {
    setListStatus('');
    setEditing({ id, key: ++formKey.current });
  };
  const close = (message = '') => {
    setEditing(null);
    setListStatus(message);
    requestAnimationFrame(() => listHeading.current?.focus());
  };

  const editedProfile = editing?.id ? (state?.profiles.find((p) => p.id === editing.id) ?? null) : null;
  // A saved profile that has gone (deleted here or in another window) can no longer be edited.
  const formShown = editing !== null && state !== null && (editing.id === null || editedProfile !== null);
  return { editing, setEditing, listStatus, setListStatus, listHeading, open, close, editedProfile, formShown };
}
