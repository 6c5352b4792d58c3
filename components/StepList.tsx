import { CASENET_BRANCH, PHASES, stepsInPhase, type StepDef } from '@/lib/procedure';
import { stepStatus, type Progress, type StepStatus } from '@/lib/progress';

interface Props {
  progress: Progress;
  onMark: (step: number, done: boolean) => void;
}

const STATUS_WORDS: Record<StepStatus, string> = {
  done: 'Done',
  skipped: 'Skipped',
  current: 'Do this now',
  'to-do': 'Not done yet',
};

const ICONS: Record<StepStatus, string> = { done: '✓', skipped: '–', current: '➜', 'to-do': '' };

function StepAction({ step, status, progress, onMark }: { step: StepDef; status: StepStatus } & Props) {
  if (status === 'skipped') return null;
  if (step.number === CASENET_BRANCH.atStep) {
    if (progress.hasCaseNetAccount === null) return null; // answered in the question card
    return (
      <button
        type="button"
        class="link"
        onClick={() => onMark(step.number, false)}
        aria-label="Change my answer to step 1"
      >
        Change answer
      </button>
    );
  }
  return status === 'done' ? (
    <button
      type="button"
      class="link"
      onClick={() => onMark(step.number, false)}
      aria-label={`Undo step ${step.number}`}
    >
      Undo
    </button>
  ) : (
    <button
      type="button"
      class="link"
      onClick={() => onMark(step.number, true)}
      aria-label={`Mark step ${step.number} done`}
    >
      Mark done
    </button>
  );
}

/** All 26 steps, by phase, each with its status and a way to mark or undo it. */
export function StepList({ progress, onMark }: Props) {
  return (
    <div class="phases">
      {PHASES.map((phase) => (
        <section key={phase.id} aria-labelledby={`phase-${phase.id}`}>
          <h2 id={`phase-${phase.id}`} class="phase-title">
            {phase.title}
          </h2>
          <ol class="steps">
            {stepsInPhase(phase.id).map((step) => {
              const status = stepStatus(progress, step.number);
              return (
                <li
                  key={step.number}
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
                    <span class="num">Step {step.number}.</span> {step.instruction}
                    {step.number === CASENET_BRANCH.atStep && progress.hasCaseNetAccount !== null && (
                      <span class="answer"> You answered: {progress.hasCaseNetAccount ? 'yes' : 'no'}.</span>
                    )}
                    <span class="status-words">
                      {status === 'skipped' ? 'Skipped: you already have a Case.net account.' : STATUS_WORDS[status]}
                    </span>
                  </span>
                  <StepAction step={step} status={status} progress={progress} onMark={onMark} />
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}
