import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { ProgressType, Request } from '@/lib/messaging/protocol';
import { NOTES, TOTAL_STEPS, getStep, type LinkId } from '@/lib/procedure/procedure';
import { countFinished, currentStep, isComplete, type Progress } from '@/lib/progress/progress';
import type { BookmarkActions } from './BookmarkControl';
import { CaseNetQuestion } from './CaseNetQuestion';
import { QuickAccess } from './QuickAccess';
import { CurrentStep } from './CurrentStep';
import { HostAccessNotice, type HostAccess } from './HostAccessNotice';
import { PageActions, type DetailsState, type OptionsPlace } from './PageActions';
import { ResetControl } from './ResetControl';
import { StepList } from './StepList';

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
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [detailsState, setDetailsState] = useState<DetailsState | null>(null);

  const send = async (request: Request<ProgressType>, announce?: string) => {
    try {
      setProgress(await ask(request));
      setError(null);
      if (announce) setAnnouncement(announce);
    } catch (e) {
      // What was saved stays as it was; say so and keep showing it.
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  useEffect(() => {
    void send({ type: 'progress/get' });
    // Cannot tell: offer Fill as it is (its own answer then says what is missing).
    details?.().then(setDetailsState, () => setDetailsState(null));
  }, []);

  const open = openLink;
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
      onStart={start ? () => open('registration') : undefined}
      fillIsMain={now !== null && getStep(now).help === 'fills'}
    />
  );

  useEffect(() => {
    document.title = quickAccess ? t('popup_heading_daily') : t('popup_heading');
  }, [quickAccess]);

  return (
    <main class="popup">
      <header>
        <h1>{quickAccess ? t('popup_heading_daily') : t('popup_heading')}</h1>
        {progress && !quickAccess && (
          <p class="summary">
            <progress max={TOTAL_STEPS} value={countFinished(progress)} aria-label={t('popup_steps_finished_label')} />{' '}
            {t('popup_steps_finished', countFinished(progress), TOTAL_STEPS)}
          </p>
        )}
      </header>
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
        <QuickAccess onOpen={open} bookmarks={bookmarks} onShowProcedure={() => setShowProcedure(true)} />
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
            <CurrentStep step={now} onMarkDone={(n) => mark(n, true)} onOpen={open} bookmarks={bookmarks}>
              {pageActions(false)}
            </CurrentStep>
          )}
          <StepList progress={progress} onMark={mark} />
          <section class="notes" aria-labelledby="notes-heading">
            <h2 id="notes-heading" class="phase-title">
              {t('popup_good_to_know')}
            </h2>
            <ul>
              {NOTES.map((n) => (
                <li key={n.id}>{t(n.text)}</li>
              ))}
            </ul>
          </section>
          {/* Behind the step list, out of the way of daily use (the quick-access view has none). */}
          <div class="row reset">
            <ResetControl onReset={() => send({ type: 'progress/reset' }, t('popup_announce_reset'))} />
          </div>
        </>
      )}
      <footer class="row">
        {/* The quick-access view has its own eFiling button. */}
        {!quickAccess && (
          <button type="button" class="link" onClick={() => open('efiling')}>
            {t('popup_open_efiling')}
          </button>
        )}
        {showAssistant && (
          <button
            type="button"
            class="link"
            // Not a court page is an ordinary answer, not an error.
            onClick={() => void showAssistant().then(setAnnouncement, (e: Error) => setAnnouncement(e.message))}
          >
            {t('popup_show_assistant')}
          </button>
        )}
        {onImportCode && (
          <button type="button" class="link" onClick={onImportCode}>
            {t('popup_have_share_code')}
          </button>
        )}
        {openOptions && (
          <button type="button" class="link" onClick={() => openOptions('top')}>
            {t('popup_options')}
          </button>
        )}
      </footer>
    </main>
  );
}
