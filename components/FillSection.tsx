import { byPerson } from './by-person';
import type { FieldId } from '@/lib/procedure/fields';
import type { FillState } from '@/lib/panel/fill-state';
import { t } from '@/lib/i18n';
import { FillReport } from './panel/FillReport';
import { SuggestedPassword } from './panel/SuggestedPassword';

export { whyText } from './panel/FillReport';
/** Where the options page opens: its profile form, or its passphrase section. */
export type OptionsSection = 'profile' | 'passphrase';

/** What the fill part shows (lib/panel/fill-state.ts) and what its buttons do. */
export interface FillUi extends FillState {
  onFill(): void;
  onUndo(): void;
  onReplace(fields: FieldId[]): void;
  onSuggestPassword(): void;
  onOpenOptions(section?: OptionsSection): void;
  onShowPassword?(): void;
  onCopyPassword?(): void;
  onSavePassword?(): void;
  onSaveQuestions?(): void;
  onTeachStart(): void;
  onTeachSave(field: FieldId): void;
  onTeachCancel(): void;
}

/** The panel's part for filling the screen from the active profile. */
export function FillSection(ui: FillUi) {
  if (ui.profileLabel === null) {
    return (
      <div class="fill">
        <p>{t('fill_no_profile')}</p>
        <button type="button" class="primary" onClick={byPerson(() => ui.onOpenOptions('profile'))}>
          {t('fill_add_details')}
        </button>
        {ui.courtQuestions && <CourtQuestions {...ui.courtQuestions} onSave={() => ui.onSaveQuestions?.()} />}
      </div>
    );
  }
  if (ui.teaching === 'pick') {
    return (
      <div class="fill">
        <p role="status">{t('fill_teach_pick')}</p>
        <div class="row">
          <button type="button" onClick={byPerson(ui.onTeachCancel)}>
            {t('fill_teach_cancel')}
          </button>
        </div>
      </div>
    );
  }
  if (ui.teaching) {
    const teaching = ui.teaching;
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
            {teaching.fields.map((f) => (
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
              if (field && e.isTrusted) ui.onTeachSave(field as FieldId);
            }}
          >
            {t('fill_save')}
          </button>
          <button type="button" onClick={byPerson(ui.onTeachCancel)}>
            {t('fill_cancel')}
          </button>
        </div>
      </form>
    );
  }
  return (
    <div class="fill">
      <div class="row">
        <button type="button" class="primary" onClick={byPerson(ui.onFill)} disabled={ui.busy}>
          {t('fill_fill_page')}
        </button>
        {ui.canUndo && (
          <button type="button" onClick={byPerson(ui.onUndo)}>
            {t('fill_undo')}
          </button>
        )}
      </div>
      <p class="from">{t('fill_from_profile', ui.profileLabel)}</p>
      {ui.locked && !ui.report?.locked.length && (
        <p class="reminder">
          {t('fill_locked')}{' '}
          <button type="button" class="link" onClick={byPerson(() => ui.onOpenOptions('passphrase'))}>
            {t('fill_unlock_in_options')}
          </button>
        </p>
      )}
      {ui.offerPassword && (
        <div class="row">
          <button type="button" onClick={byPerson(ui.onSuggestPassword)}>
            {t('fill_suggest_password')}
          </button>
        </div>
      )}
      {ui.suggested && (
        <SuggestedPassword
          ui={ui.suggested}
          onShow={() => ui.onShowPassword?.()}
          onCopy={() => ui.onCopyPassword?.()}
          onSave={() => ui.onSavePassword?.()}
          onSetPassphrase={() => ui.onOpenOptions('passphrase')}
        />
      )}
      {ui.courtQuestions && <CourtQuestions {...ui.courtQuestions} onSave={() => ui.onSaveQuestions?.()} />}
      {ui.error && (
        <p class="error" role="alert">
          {ui.error}
        </p>
      )}
      {ui.note && <p class="note">{ui.note}</p>}
      {ui.report && (
        <FillReport report={ui.report} onReplace={ui.onReplace} onUnlock={() => ui.onOpenOptions('passphrase')} />
      )}
      <div class="row">
        <button type="button" class="link" onClick={byPerson(ui.onTeachStart)}>
          {t('fill_teach_start')}
        </button>
      </div>
    </div>
  );
}

/** The court's own list of security questions, kept so the profile form offers them as choices. */
function CourtQuestions({ count, saved, onSave }: { count: number; saved: boolean; onSave(): void }) {
  if (saved) {
    return (
      <p class="status" role="status">
        {count === 1 ? t('questions_saved_one') : t('questions_saved_other', count)}
      </p>
    );
  }
  return (
    <div class="questions">
      <p>{t('questions_offer')}</p>
      <button type="button" onClick={byPerson(onSave)}>
        {t('questions_save')}
      </button>
    </div>
  );
}
