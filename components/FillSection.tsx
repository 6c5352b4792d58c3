import { FIELDS, type FieldId } from '@/lib/fields';
import type { FillReport, LeftAloneReason } from '@/lib/fill/insert';
import { t, type MessageKey } from '@/lib/i18n';

export interface FillUi {
  /** Label of the active profile; null when there is none yet. */
  profileLabel: string | null;
  /** The profile has a password, answers or PIN, but the passphrase is locked. */
  locked: boolean;
  busy: boolean;
  error: string;
  report: FillReport | null;
  canUndo: boolean;
  note: string;
  /** The credentials screen: offer a strong password. */
  offerPassword: boolean;
  teaching: null | 'pick' | { signature: string; fields: { id: FieldId; label: string }[] };
  onFill(): void;
  onUndo(): void;
  onReplace(fields: FieldId[]): void;
  onSuggestPassword(): void;
  onOpenOptions(): void;
  onTeachStart(): void;
  onTeachSave(field: FieldId): void;
  onTeachCancel(): void;
}

const REASONS: Record<LeftAloneReason, MessageKey> = {
  hidden: 'fill_reason_hidden',
  disabled: 'fill_reason_disabled',
  'read-only': 'fill_reason_read_only',
  'holds-other-value': 'fill_reason_holds_other_value',
  'no-such-option': 'fill_reason_no_such_option',
  'other-frame': 'fill_reason_other_frame',
};

const label = (f: FieldId) => t(FIELDS[f].label);

/**
 * The panel's shadow root is open, so a script on the page could press our
 * buttons itself and read back what the fill wrote. Only a real person's
 * click or key press (a trusted event) may fill.
 */
const byPerson =
  (action: () => void) =>
  (event: Event): void => {
    if (event.isTrusted) action();
  };

function List({ title, items }: { title: string; items: string[] }) {
  if (!items.length) return null;
  return (
    <div class="report-group">
      <p class="report-title">{title}</p>
      <ul>
        {items.map((i) => (
          <li key={i}>{i}</li>
        ))}
      </ul>
    </div>
  );
}

function Report({ report, onReplace }: { report: FillReport; onReplace: (f: FieldId[]) => void }) {
  const replaceable = report.leftAlone.filter((l) => l.reason === 'holds-other-value').map((l) => l.field);
  return (
    <div class="report" role="status">
      <p>
        <strong>
          {t(report.filled.length === 1 ? 'fill_report_filled_one' : 'fill_report_filled_other', report.filled.length)}
        </strong>{' '}
        {t('fill_report_check')}
      </p>
      <List title={t('fill_list_filled')} items={report.filled.map(label)} />
      <List title={t('fill_list_changed_by_page')} items={report.changedByPage.map(label)} />
      <List title={t('fill_list_left_for_you')} items={report.leftForYou.map(label)} />
      <List
        title={t('fill_list_left_alone')}
        items={report.leftAlone.map((l) => t('fill_left_alone_item', label(l.field), t(REASONS[l.reason])))}
      />
      {replaceable.length > 0 && (
        <button type="button" onClick={byPerson(() => onReplace(replaceable))}>
          {t('fill_replace')}
        </button>
      )}
      <List title={t('fill_list_missing')} items={report.missing.map(label)} />
      <List title={t('fill_list_unknown_questions')} items={report.unknownQuestions} />
      <List title={t('fill_list_not_found')} items={report.notFound.map(label)} />
    </div>
  );
}

/** The panel's part for filling the screen from the active profile. */
export function FillSection(ui: FillUi) {
  if (ui.profileLabel === null) {
    return (
      <div class="fill">
        <p>{t('fill_no_profile')}</p>
        <button type="button" class="primary" onClick={ui.onOpenOptions}>
          {t('fill_add_details')}
        </button>
      </div>
    );
  }
  if (ui.teaching === 'pick') {
    return (
      <div class="fill">
        <p role="status">{t('fill_teach_pick')}</p>
        <button type="button" onClick={ui.onTeachCancel}>
          {t('fill_teach_cancel')}
        </button>
      </div>
    );
  }
  if (ui.teaching) {
    const teaching = ui.teaching;
    return (
      <form
        class="fill"
        onSubmit={(e) => {
          e.preventDefault();
          const field = new FormData(e.currentTarget).get('field');
          if (field && e.isTrusted) ui.onTeachSave(field as FieldId);
        }}
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
          <button type="submit" class="primary">
            {t('fill_save')}
          </button>
          <button type="button" onClick={ui.onTeachCancel}>
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
          <button type="button" onClick={ui.onUndo}>
            {t('fill_undo')}
          </button>
        )}
      </div>
      <p class="from">{t('fill_from_profile', ui.profileLabel)}</p>
      {ui.locked && (
        <p class="reminder">
          {t('fill_locked')}{' '}
          <button type="button" class="link" onClick={ui.onOpenOptions}>
            {t('fill_unlock_in_options')}
          </button>
        </p>
      )}
      {ui.offerPassword && (
        <button type="button" onClick={byPerson(ui.onSuggestPassword)}>
          {t('fill_suggest_password')}
        </button>
      )}
      {ui.error && (
        <p class="error" role="alert">
          {ui.error}
        </p>
      )}
      {ui.note && <p class="note">{ui.note}</p>}
      {ui.report && <Report report={ui.report} onReplace={ui.onReplace} />}
      <button type="button" class="link" onClick={ui.onTeachStart}>
        {t('fill_teach_start')}
      </button>
    </div>
  );
}
