/**
 * Teaching a field the assistant missed: first the person clicks the box on
 * the page (TeachPick), then says which field it is (TeachForm).
 */
import { byPerson } from '../by-person';
import type { FieldId } from '@/lib/procedure/fields';
import { t } from '@/lib/i18n';

/** Waiting for the person to click the box on the page. */
export function TeachPick({ onCancel }: { onCancel(): void }) {
  return (
    <div class="fill">
      <p role="status">{t('fill_teach_pick')}</p>
      <div class="row">
        <button type="button" onClick={byPerson(onCancel)}>
          {t('fill_teach_cancel')}
        </button>
      </div>
    </div>
  );
}

/** Which field the clicked box is: a choice of the fields it may be, and Save. */
export function TeachForm({
  fields,
  onSave,
  onCancel,
}: {
  fields: readonly { id: FieldId; label: string }[];
  onSave(field: FieldId): void;
  onCancel(): void;
}) {
  return (
    <form
      class="fill"
      // A page can submit a form it reaches (requestSubmit is a trusted submit): only a real press
      // of Save counts, below.
      onSubmit={(e) => e.preventDefault()}
    >
      <label>
        {t('fill_teach_this_box')}
        <select name="field" required>
          {fields.map((f) => (
            <option key={f.id} value={f.id}>
              {f.label}
            </option>
          ))}
        </select>
      </label>
      <div class="row">
        <button
          type="button"
          class="primary"
          onClick={(e) => {
            const field = e.currentTarget.form?.querySelector('select')?.value;
            if (field && e.isTrusted) onSave(field as FieldId);
          }}
        >
          {t('fill_save')}
        </button>
        <button type="button" onClick={byPerson(onCancel)}>
          {t('fill_cancel')}
        </button>
      </div>
    </form>
  );
}
