/**
 * The fill part with a profile to fill from: Fill (and Undo), where the values
 * come from, what holds secrets back, a suggested password, the court's
 * questions, what the last fill did, and the way to teach a missed field.
 */
import { byPerson } from '../by-person';
import { t } from '@/lib/i18n';
import type { FillUi } from './fill-ui';
import { CourtQuestions } from './CourtQuestions';
import { FillReport } from './FillReport';
import { SuggestedPassword } from './SuggestedPassword';

/** Fill this page, and Undo once there is something to undo. */
function FillButtons({ ui }: { ui: FillUi }) {
  return (
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
  );
}

/** The passphrase is locked: secrets wait until it is unlocked in the options page. */
function LockedReminder({ onUnlock }: { onUnlock(): void }) {
  return (
    <p class="reminder">
      {t('fill_locked')}{' '}
      <button type="button" class="link" onClick={byPerson(onUnlock)}>
        {t('fill_unlock_in_options')}
      </button>
    </p>
  );
}

/** The fill part once there is a profile (FillSection shows it when nothing is being taught). */
export function FillReady({ ui, profileLabel }: { ui: FillUi; profileLabel: string }) {
  const openPassphrase = () => ui.onOpenOptions('passphrase');
  return (
    <div class="fill">
      <FillButtons ui={ui} />
      <p class="from">{t('fill_from_profile', profileLabel)}</p>
      {ui.locked && !ui.report?.locked.length && <LockedReminder onUnlock={openPassphrase} />}
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
          onSetPassphrase={openPassphrase}
        />
      )}
      {ui.courtQuestions && <CourtQuestions {...ui.courtQuestions} onSave={() => ui.onSaveQuestions?.()} />}
      {ui.error && (
        <p class="error" role="alert">
          {ui.error}
        </p>
      )}
      {ui.note && <p class="note">{ui.note}</p>}
      {ui.report && <FillReport report={ui.report} onReplace={ui.onReplace} onUnlock={openPassphrase} />}
      <div class="row">
        <button type="button" class="link" onClick={byPerson(ui.onTeachStart)}>
          {t('fill_teach_start')}
        </button>
      </div>
    </div>
  );
}
