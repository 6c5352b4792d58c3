import { useEffect, useState } from 'preact/hooks';
import type { Request } from '@/lib/messages';
import { NOTES, TOTAL_STEPS, type LinkId } from '@/lib/procedure';
import { countFinished, currentStep, isComplete, type Progress } from '@/lib/progress';
import type { BookmarkActions } from './BookmarkControl';
import { CaseNetQuestion } from './CaseNetQuestion';
import { QuickAccess } from './QuickAccess';
import { CurrentStep } from './CurrentStep';
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
  /** Opens the options page at its import section, for a share code from the group administrator. */
  onImportCode?: () => void;
}

/** The popup: where the person is, what to do now, and all 26 steps. */
export function PopupApp({ ask, openLink, fillPage, bookmarks, onImportCode }: Props) {
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
  const mark = (step: number, done: boolean) =>
    send(
      { type: 'progress/mark', step, done },
      done ? `Step ${step} marked done.` : `Step ${step} is no longer marked done.`,
    );

  return (
    <main class="popup">
      <header>
        <h1>Missouri eFiling registration</h1>
        {progress && (
          <p class="summary">
            <progress max={TOTAL_STEPS} value={countFinished(progress)} aria-label="Steps finished" />{' '}
            {countFinished(progress)} of {TOTAL_STEPS} steps finished
          </p>
        )}
      </header>
      {error && (
        <div class="card error" role="alert">
          <strong>Something went wrong.</strong> {error}
        </div>
      )}
      <p class="announcement" role="status" aria-live="polite">
        {announcement}
      </p>
      {!progress && !error && <p>Loading your progress…</p>}
      {progress && isComplete(progress) && !showProcedure && (
        <QuickAccess onOpen={open} bookmarks={bookmarks} onShowProcedure={() => setShowProcedure(true)} />
      )}
      {progress && (!isComplete(progress) || showProcedure) && (
        <>
          {progress.hasCaseNetAccount === null ? (
            <CaseNetQuestion
              onAnswer={(yes) =>
                send(
                  { type: 'progress/answer-casenet', hasCaseNetAccount: yes },
                  yes ? 'Steps 2 to 15 skipped. Next: step 16.' : 'Next: step 2.',
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
              Good to know
            </h2>
            <ul>
              {NOTES.map((n) => (
                <li key={n.id}>{n.text}</li>
              ))}
            </ul>
          </section>
        </>
      )}
      <footer class="row">
        <button
          type="button"
          class="primary"
          onClick={() => void fillPage().then(setAnnouncement, (e: Error) => setError(e.message))}
        >
          Fill this page
        </button>
        <button type="button" onClick={() => open('registration')}>
          Start registration
        </button>
        <button type="button" onClick={() => open('efiling')}>
          Open eFiling
        </button>
        {progress && (
          <ResetControl onReset={() => send({ type: 'progress/reset' }, 'Progress erased. Back to step 1.')} />
        )}
        {onImportCode && (
          <button type="button" class="link" onClick={onImportCode}>
            Have a share code from your administrator?
          </button>
        )}
      </footer>
    </main>
  );
}
