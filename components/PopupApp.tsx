import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { ProgressType, Request } from '@/lib/messaging/protocol';
import { getStep, type LinkId } from '@/lib/procedure/procedure';
import { currentStep, isComplete, type Progress } from '@/lib/progress/progress';
import type { BookmarkActions } from './BookmarkControl';
import { CaseNetQuestion } from './CaseNetQuestion';
import { QuickAccess } from './QuickAccess';
import { CurrentStep } from './CurrentStep';
import { GoodToKnow } from './GoodToKnow';
import { HostAccessNotice, type HostAccess } from './HostAccessNotice';
import { PageActions, type DetailsState, type OptionsPlace } from './PageActions';
import { ResetControl } from './ResetControl';
import { StepList } from './StepList';
import { PopupFooter } from './PopupFooter';
import { PopupHeader } from './PopupHeader';
import { usePopupProgress } from './usePopupProgress';

interface Props {
  /** Sends a request to the background and resolves with the saved progress. */
  ask: (request: Request<ProgressType>) => Promise<Progress>;
  /** Opens a court page (eFiling: brings an open eFiling tab to the front). */
  openLink: (link: LinkId) => void;
  bookmarks: BookmarkActions;
  /** Asks the page in the current tab to fill itself; resolves with a sentence for the person (rejects with a FillAdvice). */
  fillPage: () => Promise<string>;
  /** Show the assistant's panel on the court page in front, screen or not; resolves with what to announce. */
  showAssistant?: () => Promise<string>;
  /** Opens the options page at its import section, for a share code from the group administrator. */
  onImportCode?: () => void;
  /** The extension's access to courts.mo.gov; when given, the popup says so if it is missing. */
  hostAccess?: HostAccess;
  /** Whether the person has saved their details (a first run begins with "Add your details"). */
  details?: () => Promise<DetailsState>;
  /** Opens the options page (at the profile form, the passphrase, or its top). */
  openOptions?: (place: OptionsPlace) => void;
}

/** The popup: where the person is, what to do now (and Fill for the page in front), and all 26 steps. */
export function PopupApp(props: Props) {
  const { ask, openLink, fillPage, showAssistant, bookmarks, onImportCode, hostAccess, details, openOptions } = props;
  const { progress, error, announcement, setAnnouncement, detailsState, send } = usePopupProgress(ask, details);

  const [showProcedure, setShowProcedure] = useState(false);
  const quickAccess = progress !== null && isComplete(progress) && !showProcedure;
  const mark = (step: number, done: boolean) =>
    send(
      { type: 'progress/mark', step, done },
      done ? t('popup_announce_step_done', step) : t('popup_announce_step_undone', step),
    );
  const now = progress ? currentStep(progress) : null;
  const pageActions = (start: boolean) => (
    <PageActions
      fillPage={fillPage}
      details={detailsState}
      openOptions={openOptions}
      onStart={start ? () => openLink('registration') : undefined}
      fillIsMain={now !== null && getStep(now).help === 'fills'}
    />
  );

  const heading = quickAccess ? t('popup_heading_daily') : t('popup_heading');
  useEffect(() => {
    document.title = heading;
  }, [quickAccess]);

  return (
    <main class="popup">
      <PopupHeader heading={heading} progress={quickAccess ? null : progress} />
      {hostAccess && <HostAccessNotice access={hostAccess} />}
      {error && (
        <div class="card error" role="alert">
          <strong>{t('popup_error_lead')}</strong> {error}
        </div>
      )}
      <p class="announcement" role="status" aria-live="polite">
        {announcement}
      </p>
      {!progress && !error && <p>{t('popup_loading')}</p>}
      {quickAccess && (
        <QuickAccess onOpen={openLink} bookmarks={bookmarks} onShowProcedure={() => setShowProcedure(true)} />
      )}
      {progress && !quickAccess && (
        <>
          {progress.hasCaseNetAccount === null ? (
            <CaseNetQuestion
              onAnswer={(yes) =>
                send(
                  { type: 'progress/answer-casenet', hasCaseNetAccount: yes },
                  yes ? t('popup_announce_skipped') : t('popup_announce_next_step_2'),
                )
              }
            >
              {pageActions(true)}
            </CaseNetQuestion>
          ) : (
            <CurrentStep step={now} onMarkDone={(n) => mark(n, true)} onOpen={openLink} bookmarks={bookmarks}>
              {pageActions(false)}
            </CurrentStep>
          )}
          <StepList progress={progress} onMark={mark} />
          <GoodToKnow />
          {/* Behind the step list, out of the way of daily use (the quick-access view has none). */}
          <div class="row reset">
            <ResetControl onReset={() => send({ type: 'progress/reset' }, t('popup_announce_reset'))} />
          </div>
        </>
      )}
      <PopupFooter
        quickAccess={quickAccess}
        openLink={openLink}
        showAssistant={showAssistant}
        onImportCode={onImportCode}
        openOptions={openOptions}
        announce={setAnnouncement}
      />
    </main>
  );
}
