import { FIELDS } from '@/lib/procedure/fields';
import { t, tParts } from '@/lib/i18n';
import type { ImportPreview } from '@/lib/sharing/import-preview';
import type { ProfileFile } from '@/lib/profile/profile-file';
import { Iso, QuotedIso } from './rule-text';

/** Who and what the file or code is for, its administrator's note, and any name that mixes alphabets. */
export function ImportSummary({ file, preview }: { file: ProfileFile; preview: ImportPreview }) {
  const person = file.kind === 'person' ? file.profile : file.person;
  const name = person ? [person.firstName, person.lastName].filter(Boolean).join(' ') : '';
  const groupName = file.kind === 'person' ? file.profile.group.name : file.group.groupName;
  const note = preview.merge.note;
  return (
    <>
      <dl>
        {file.kind === 'person' ? (
          <>
            <dt>{t('label_profile_name')}</dt>
            <dd>
              <Iso text={file.profile.label} />
            </dd>
          </>
        ) : (
          <>
            <dt>{t('import_kind')}</dt>
            <dd>{person ? t('import_kind_group_person') : t('import_kind_group')}</dd>
          </>
        )}
        {person && (
          <>
            <dt>{t('import_name')}</dt>
            <dd>{name ? <Iso text={name} /> : t('common_not_given')}</dd>
            <dt>{t(FIELDS.email.label)}</dt>
            <dd>{person.email ? <Iso text={person.email} /> : t('common_not_given')}</dd>
          </>
        )}
        <dt>{t(FIELDS['group.name'].label)}</dt>
        <dd>{groupName ? <Iso text={groupName} /> : t('common_not_given')}</dd>
      </dl>
      {preview.warnings.map((w) => (
        <p key={w.field} class="warning">
          {tParts('import_mixed_scripts', <>{w.field}</>, <QuotedIso text={w.text} />)}
        </p>
      ))}
      {note && (
        <div class="admin-note">
          <p>
            <strong>{t('import_note_lead')}</strong>
          </p>
          <p class="note-text">
            <Iso text={note} />
          </p>
        </div>
      )}
    </>
  );
}
