import { FIELDS, type FieldId } from '@/lib/fields';
import type { FillReport, LeftAloneReason } from '@/lib/fill-insert';

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

const REASONS: Record<LeftAloneReason, string> = {
  hidden: 'not visible on the page',
  disabled: 'switched off on the page',
  'read-only': 'the page does not allow changes',
  'holds-other-value': 'already holds something else',
  'no-such-option': 'none of its choices matches your profile',
  'other-frame': 'inside another frame',
};

const label = (f: FieldId) => FIELDS[f].label;

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
          Filled {report.filled.length} {report.filled.length === 1 ? 'field' : 'fields'}.
        </strong>{' '}
        Check them, then continue yourself.
      </p>
      <List title="Filled" items={report.filled.map(label)} />
      <List title="Changed by the page after filling (check them)" items={report.changedByPage.map(label)} />
      <List title="Left for you to do" items={report.leftForYou.map((f) => FIELDS[f].label)} />
      <List title="Left alone" items={report.leftAlone.map((l) => `${label(l.field)}: ${REASONS[l.reason]}`)} />
      {replaceable.length > 0 && (
        <button type="button" onClick={byPerson(() => onReplace(replaceable))}>
          Replace what is there with my profile
        </button>
      )}
      <List title="Not in your profile (type it yourself)" items={report.missing.map(label)} />
      <List title="Questions your profile has no answer for" items={report.unknownQuestions} />
      <List title="In your profile, but not on this page" items={report.notFound.map(label)} />
    </div>
  );
}

/** The panel's part for filling the screen from the active profile. */
export function FillSection(ui: FillUi) {
  if (ui.profileLabel === null) {
    return (
      <div class="fill">
        <p>Save your details once, and the assistant can fill this page for you.</p>
        <button type="button" class="primary" onClick={ui.onOpenOptions}>
          Add your details
        </button>
      </div>
    );
  }
  if (ui.teaching === 'pick') {
    return (
      <div class="fill">
        <p role="status">Click the box on the page that the assistant missed.</p>
        <button type="button" onClick={ui.onTeachCancel}>
          Cancel teaching
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
          This box is my
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
            Save
          </button>
          <button type="button" onClick={ui.onTeachCancel}>
            Cancel
          </button>
        </div>
      </form>
    );
  }
  return (
    <div class="fill">
      <div class="row">
        <button type="button" class="primary" onClick={byPerson(ui.onFill)} disabled={ui.busy}>
          Fill this page
        </button>
        {ui.canUndo && (
          <button type="button" onClick={ui.onUndo}>
            Undo fill
          </button>
        )}
      </div>
      <p class="from">From your profile “{ui.profileLabel}”.</p>
      {ui.locked && (
        <p class="reminder">
          Your password, answers and PIN are locked.{' '}
          <button type="button" class="link" onClick={ui.onOpenOptions}>
            Unlock them in Options
          </button>
        </p>
      )}
      {ui.offerPassword && (
        <button type="button" onClick={byPerson(ui.onSuggestPassword)}>
          Suggest a strong password
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
        Teach a field the assistant missed
      </button>
    </div>
  );
}
