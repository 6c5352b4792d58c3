import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { Request } from '@/lib/messages';
import { NOTES, TOTAL_STEPS, type LinkId } from '@/lib/procedure';
import { countFinished, currentStep, isComplete, type Progress } from '@/lib/progress';
import type { BookmarkActions } from './BookmarkControl';
import { CaseNetQuestion } from './CaseNetQuestion';
import { QuickAccess } from './QuickAccess';
import { CurrentStep } from './CurrentStep';
import { HostAccessNotice, type HostAccess } from './HostAccessNotice';
import { ResetControl } from './ResetControl';
import { StepList } from './StepList';

interface Props {
  /** Sends a request to the background and resolves with the saved progress. */
  ask: (request: Request) => Promise<Progress>;
  /** Opens a court page (eFiling: brings an open eFiling tab to the front). */
  openLink: (link: LinkId) => void;
  bookmarks: BookmarkActions;
  /** Asks the page in the current tab to fill itself; resolves with a sentence for the person. */
  fillPage: () => Promise<string>;
  /** Show the assistant's panel on the court page in front, screen or not; resolves with what to announce. */
  showAssistant?: () => Promise<string>;
  /** Opens the options page at its import section, for a share code from the group administrator. */
  onImportCode?: () => void;
  /** The extension's access to courts.mo.gov; when given, the popup says so if it is missing. */
  hostAccess?: HostAccess;
}

/** The popup: where the person is, what to do now, and all 26 steps. */
export function PopupApp({ ask, openLink, fillPage, showAssistant, bookmarks, onImportCode, hostAccess }: Props) {
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const send = async (request: Request, announce?: string) => {
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
  }, []);

  const open = openLink;
  const [showProcedure, setShowProcedure] = useState(false);
  const quickAccess = progress !== null && isComplete(progress) && !showProcedure;
  const mark = (step: number, done: boolean) =>
    send(
      { type: 'progress/mark', step, done },
      done ? t('popup_announce_step_done', step) : t('popup_announce_step_undone', step),
    );

  return (
    <main class="popup">
      <header>
        <h1>{t('popup_heading')}</h1>
        {progress && (
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
            />
          ) : (
            <CurrentStep
              step={currentStep(progress)}
              onMarkDone={(n) => mark(n, true)}
              onOpen={open}
              bookmarks={bookmarks}
            />
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
        </>
      )}
      <footer class="row">
        {/* The quick-access view has its own eFiling button; registering and filling are behind it. */}
        {!quickAccess && (
          <>
            <button
              type="button"
              class="primary"
              onClick={() => void fillPage().then(setAnnouncement, (e: Error) => setError(e.message))}
            >
              {t('popup_fill_page')}
            </button>
            <button type="button" onClick={() => open('registration')}>
              {t('popup_start_registration')}
            </button>
            <button type="button" onClick={() => open('efiling')}>
              {t('popup_open_efiling')}
            </button>
          </>
        )}
        {showAssistant && (
          <button
            type="button"
            class="link"
            onClick={() => void showAssistant().then(setAnnouncement, (e: Error) => setError(e.message))}
          >
            {t('popup_show_assistant')}
          </button>
        )}
        {progress && <ResetControl onReset={() => send({ type: 'progress/reset' }, t('popup_announce_reset'))} />}
        {onImportCode && (
          <button type="button" class="link" onClick={onImportCode}>
            {t('popup_have_share_code')}
          </button>
        )}
      </footer>
    </main>
  );
}
