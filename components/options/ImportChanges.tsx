import { t } from '@/lib/i18n';
import type { ImportPreview, PreviewChange } from '@/lib/sharing/import-preview';
import { Iso } from './rule-text';

interface Props {
  preview: ImportPreview;
  /** There is a profile to change (else: what a new profile gets). */
  toProfile: boolean;
  byCode: boolean;
}

/** Every detail the import changes, old → new; the person's own marked, the e-mail address and user name highlighted. */
export function ImportChanges({ preview, toProfile, byCode }: Props) {
  const rows: PreviewChange[] = [...preview.personal, ...preview.other];
  if (!rows.length) return null;
  return (
    <div class="table-scroll">
      <table class="changes">
        <caption>{toProfile ? t('import_before_after') : t('import_new_gets')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import_col_detail')}</th>
            {toProfile && <th scope="col">{t('import_col_now')}</th>}
            <th scope="col">
              {toProfile ? t(byCode ? 'import_col_from_code' : 'import_col_from_file') : t('import_col_value')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.path} class={[c.applied ? '' : 'kept', c.highlight ? 'highlight' : ''].join(' ').trim()}>
              <th scope="row">
                {c.field}
                {c.personal && toProfile && !c.leftOut && (
                  <span class="personal-mark"> {t(c.applied ? 'import_own_replaced' : 'import_own_kept')}</span>
                )}
                {c.highlight && <strong class="check-mark"> {t('import_highlight')}</strong>}
              </th>
              {toProfile && (
                <td>
                  <Iso text={c.from} />
                </td>
              )}
              <td>
                {c.highlight ? (
                  <mark>
                    <Iso text={c.to} />
                  </mark>
                ) : (
                  <Iso text={c.to} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
