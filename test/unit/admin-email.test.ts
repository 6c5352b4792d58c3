/**
 * The group administrator's e-mail (profile file version 3): saved from a share code or file,
 * carried over from databases made before it existed, and used by the help e-mail and the
 * invitation e-mail. Expected values are written out.
 */
import { describe, expect, it } from 'vitest';
import { appDbOpener, DB_NAME } from '@/lib/storage/db';
import { createProfileStore } from '@/lib/storage/profile-store';
import { storeHandler } from '../support/messaging';
import { GroupProfileSchema } from '@/lib/profile/group-profile';
import { groupFile, groupFileText } from '@/lib/profile/profile-file';
import { mergeImport } from '@/lib/sharing/import-merge';
import { helpMailto } from '@/lib/panel/help-mail';
import { splitSecrets } from '@/lib/profile/profile';
import { inviteMail } from '@/lib/sharing/roster-mail';
import { VERSION_2_PROFILE } from '../support/version-2-database';

const ANN = 'ann.smith@dss.mo.gov';
const group = (over: Record<string, unknown> = {}) =>
  GroupProfileSchema.parse({ groupName: 'Cole County DSS', supervisor: 'Ann Smith', phone: '573-555-0142', ...over });

/** A database as version 2 of the extension left it: one profile and a group profile, neither naming an administrator. */
function makeVersion2Database(): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 2);
    req.onupgradeneeded = () => {
      const db = req.result;
      db.createObjectStore('progress');
      const profiles = db.createObjectStore('profiles', { keyPath: 'id' });
      const settings = db.createObjectStore('settings');
      db.createObjectStore('rules', { keyPath: 'id' }).createIndex('screen', 'screen');
      profiles.put(VERSION_2_PROFILE);
      settings.put('p1', 'activeProfileId');
      const { adminEmail: _none, pin: _pin, ...old } = group();
      settings.put(old, 'adminGroup');
    };
    req.onsuccess = () => {
      req.result.close();
      resolve();
    };
    req.onerror = () => reject(req.error);
  });
}

describe('the administrator’s e-mail', () => {
  it('a database made before it existed is carried over, naming nobody, with everything else kept', async () => {
    await makeVersion2Database();
    const store = createProfileStore(appDbOpener());
    const [profile] = (await store.state()).profiles;
    expect(profile?.data.group).toEqual({
      name: 'DSS',
      position: 'Clerk',
      department: '',
      supervisor: '',
      notes: '',
      adminEmail: '',
    });
    expect(profile?.data.firstName).toBe('Jane');
    expect((await store.adminGroup())?.adminEmail).toBe('');
    expect((await store.adminGroup())?.groupName).toBe('Cole County DSS');
    expect(await storeHandler(store)({ type: 'report/admin-email' })).toEqual({ ok: true, data: '' });
  });

  it('comes with a group file into the active profile, and the help e-mail writes to it', async () => {
    const store = createProfileStore(appDbOpener());
    const ask = storeHandler(store);
    const id = await store.save({ label: 'Jane at DSS' }, null);
    expect(await ask({ type: 'report/admin-email' })).toEqual({ ok: true, data: '' });
    expect(await ask({ type: 'profiles/import', id, text: groupFileText(group({ adminEmail: ANN })) })).toEqual({
      ok: true,
      data: { id, notes: [] },
    });
    expect(await ask({ type: 'report/admin-email' })).toEqual({ ok: true, data: ANN });
  });

  it('is listed among the changes an import makes, as a group field the person does not have to confirm', () => {
    const merged = mergeImport(null, groupFile(group({ adminEmail: ANN })));
    expect(merged.changes.filter((c) => c.path === 'group.adminEmail')).toEqual([
      {
        path: 'group.adminEmail',
        field: 'Administrator’s e-mail',
        from: 'not given',
        to: ANN,
        personal: false,
        applied: true,
      },
    ]);
    expect(merged.merged.group.adminEmail).toBe(ANN);
  });

  it('a group file naming nobody leaves the address the person already has', () => {
    const { merged: first } = mergeImport(null, groupFile(group({ adminEmail: ANN })));
    const saved = splitSecrets(first).data;
    const again = mergeImport(saved, groupFile(group({ adminEmail: '' })));
    expect(again.merged.group.adminEmail).toBe(ANN);
    expect(again.changes.map((c) => c.path)).not.toContain('group.adminEmail');
  });

  it('the help e-mail is addressed to it, its “@” readable; with none, the mail program asks', () => {
    expect(helpMailto('{}', ANN)).toMatch(/^mailto:ann\.smith@dss\.mo\.gov\?subject=/);
    expect(helpMailto('{}')).toMatch(/^mailto:\?subject=/);
  });

  it('each invitation e-mail names it before the help desk', () => {
    const mail = inviteMail(group({ adminEmail: ANN }), { firstName: 'Li' }, 'MOEF3-abc.12345678', false);
    const paragraphs = mail.body.split('\n\n');
    expect(paragraphs.at(-2)).toBe(
      'To write to me: ann.smith@dss.mo.gov. The assistant’s “E-mail this to my administrator” writes there too.',
    );
    const none = inviteMail(group(), { firstName: 'Li' }, 'MOEF3-abc.12345678', false).body;
    expect(none).not.toContain('To write to me');
  });
});
