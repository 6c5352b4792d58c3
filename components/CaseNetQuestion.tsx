import type { ComponentChildren } from 'preact';
import { t } from '@/lib/i18n';
import { CASENET_BRANCH, TOTAL_STEPS } from '@/lib/procedure/procedure';

interface Props {
  onAnswer: (hasAccount: boolean) => void;
  /** What the popup does for the page in front, under the question. */
  children?: ComponentChildren;
}

/** Step 1: the only question the procedure asks before anything else. */
export function CaseNetQuestion({ onAnswer, children }: Props) {
  return (
    <section class="card now" aria-labelledby="casenet-q">
      <p class="eyebrow">{t('current_eyebrow', CASENET_BRANCH.atStep, TOTAL_STEPS)}</p>
      <h2 id="casenet-q">{t(CASENET_BRANCH.question)}</h2>
      <p>{t('casenet_explanation', CASENET_BRANCH.skipsFrom, CASENET_BRANCH.skipsTo)}</p>
      <div class="row">
        <button type="button" class="primary" onClick={() => onAnswer(true)}>
          {t('casenet_yes')}
        </button>
        <button type="button" class="primary" onClick={() => onAnswer(false)}>
          {t('casenet_no')}
        </button>
      </div>
      {children}
    </section>
  );
}
