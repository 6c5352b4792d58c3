import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { AdminTools } from './AdminTools';
import type { Ask } from './Messages';

export { adminValuesFrom, checkGroup, groupFromValues, groupFileStem } from '@/lib/sharing/admin-form';
export type { AdminValues, GroupCheck, SavedGroup } from '@/lib/sharing/admin-form';
export { groupFileName } from './download';

/** Whether this browser's person uses the administrators' tools: remembered so they stay open across reloads. */
export interface AdminMemory {
  get(): Promise<boolean>;
  set(on: boolean): Promise<void>;
}

const ADMIN_MODE_KEY = 'adminMode';

/** In storage.local (a setting, not a secret; "Delete all data" does not need to keep it). */
export const storedAdminMode: AdminMemory = {
  get: async () => (await browser.storage.local.get(ADMIN_MODE_KEY))[ADMIN_MODE_KEY] === true,
  set: (on) =>
    on ? browser.storage.local.set({ [ADMIN_MODE_KEY]: true }) : browser.storage.local.remove(ADMIN_MODE_KEY),
};

interface Props {
  ask: Ask;
  download: (filename: string, text: string) => void;
  memory?: AdminMemory;
}

/**
 * For group administrators only, behind a button so that clerks are not confused: the group
 * profile, shared as a file, a share code, or one code per person from a roster. Once opened it
 * opens by itself on the next visit, until closed again.
 */
export function AdminSection({ ask, download, memory = storedAdminMode }: Props) {
  const [open, setOpen] = useState(false);
  /** The tools stay on the page once opened, so what was typed survives closing them. */
  const [opened, setOpened] = useState(false);

  useEffect(() => {
    memory.get().then(
      (on) => {
        if (!on) return;
        setOpen(true);
        setOpened(true);
      },
      () => {}, // cannot tell: closed, as for a clerk
    );
  }, []);

  const toggle = () => {
    setOpen(!open);
    setOpened(true);
    memory.set(!open).catch(() => {});
  };

  return (
    <section aria-labelledby="admin-heading" class="admin">
      <h2 id="admin-heading">{t('admin_heading')}</h2>
      <p>{t('admin_intro')}</p>
      <div class="row">
        <button
          type="button"
          aria-expanded={open ? 'true' : 'false'}
          aria-controls={opened ? 'admin-body' : undefined}
          onClick={toggle}
        >
          {t('admin_open')}
        </button>
      </div>
      {opened && (
        <div id="admin-body" hidden={!open}>
          <p class="hint">{t('admin_remembered')}</p>
          <AdminTools ask={ask} download={download} />
        </div>
      )}
    </section>
  );
}
