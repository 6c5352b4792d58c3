import { t, type MessageKey } from '@/lib/i18n';
import { CASENET_BRANCH, PHASES, stepsInPhase, type StepDef } from '@/lib/procedure/procedure';
import { stepStatus, type Progress, type StepStatus } from '@/lib/progress/progress';

interface Props {
  progress: Progress;
  onMark: (step: number, done: boolean) => void;
}

const STATUS_WORDS: Record<StepStatus, MessageKey> = {
  done: 'steps_status_done',
  skipped: 'steps_status_skipped',
  current: 'steps_status_current',
  'to-do': 'steps_status_todo',
};

const ICONS: Record<StepStatus, string> = { done: '✓', skipped: '–', current: '➜', 'to-do': '' };

function StepAction({ step, status, progress, onMark }: { step: StepDef; status: StepStatus } & Props) {
  // Nothing to mark before step 1 is answered: the question card comes first.
  if (status === 'skipped' || progress.hasCaseNetAccount === null) return null;
  if (step.number === CASENET_BRANCH.atStep) {
    if (progress.hasCaseNetAccount === null) return null; // answered in the question card
    return (
      <button
        type="button"
        class="link"
        onClick={() => onMark(step.number, false)}
        aria-label={t('steps_change_answer_label')}
      >
        {t('steps_change_answer')}
      </button>
    );
  }
  return status === 'done' ? (
    <button
      type="button"
      class="link"
      onClick={() => onMark(step.number, false)}
      aria-label={t('steps_undo_label', step.number)}
    >
      {t('steps_undo')}
    </button>
  ) : (
    <button
      type="button"
      class="link"
      onClick={() => onMark(step.number, true)}
      aria-label={t('steps_mark_done_label', step.number)}
    >
      {t('steps_mark_done')}
    </button>
  );
}

function StepItem({ step, progress, onMark }: { step: StepDef } & Props) {
  const status = stepStatus(progress, step.number);
  return (
    <li
      value={step.number}
      class={`step ${status}`}
      aria-current={status === 'current' ? 'step' : undefined}
      data-step={step.number}
      data-status={status}
    >
      <span class="icon" aria-hidden="true">
        {ICONS[status]}
      </span>
      <span class="text">
        <span class="num">{t('steps_step_number', step.number)}</span> {t(step.instruction)}
        {step.number === CASENET_BRANCH.atStep && progress.hasCaseNetAccount !== null && (
          <span class="answer"> {t(progress.hasCaseNetAccount ? 'steps_answered_yes' : 'steps_answered_no')}</span>
        )}
        <span class="status-words">{status === 'skipped' ? t('steps_skipped_casenet') : t(STATUS_WORDS[status])}</span>
      </span>
      <StepAction step={step} status={status} progress={progress} onMark={onMark} />
    </li>
  );
}

/** A phase's steps, with each run of skipped steps folded into one line that opens to show them. */
function groupSkipped(steps: readonly StepDef[], progress: Progress): (StepDef | StepDef[])[] {
  const out: (StepDef | StepDef[])[] = [];
  for (const step of steps) {
    const last = out[out.length - 1];
    if (stepStatus(progress, step.number) !== 'skipped') out.push(step);
    else if (Array.isArray(last)) last.push(step);
    else out.push([step]);
  }
  return out;
}

/** All 26 steps, by phase, each with its status and a way to mark or undo it. */
export function StepList({ progress, onMark }: Props) {
  return (
    <div class="phases">
      {PHASES.map((phase) => (
        <section key={phase.id} aria-labelledby={`phase-${phase.id}`}>
          <h2 id={`phase-${phase.id}`} class="phase-title">
            {t(phase.title)}
          </h2>
          <ol class="steps">
            {groupSkipped(stepsInPhase(phase.id), progress).map((item) =>
              Array.isArray(item) ? (
                <li key={`skipped-${item[0]!.number}`} class="skipped-run">
                  <details>
                    <summary>{t('steps_skipped_run', item[0]!.number, item[item.length - 1]!.number)}</summary>
                    <ol class="steps">
                      {item.map((step) => (
                        <StepItem key={step.number} step={step} progress={progress} onMark={onMark} />
                      ))}
                    </ol>
                  </details>
                </li>
              ) : (
                <StepItem key={item.number} step={item} progress={progress} onMark={onMark} />
              ),
            )}
          </ol>
        </section>
      ))}
    </div>
  );
}
