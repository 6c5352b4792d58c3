import { CASENET_BRANCH } from '@/lib/procedure';

interface Props {
  onAnswer: (hasAccount: boolean) => void;
}

/** Step 1: the only question the procedure asks before anything else. */
export function CaseNetQuestion({ onAnswer }: Props) {
  return (
    <section class="card now" aria-labelledby="casenet-q">
      <p class="eyebrow">Step 1 of 26 · do this now</p>
      <h2 id="casenet-q">{CASENET_BRANCH.question}</h2>
      <p>
        A secure Case.net account is one you log on to at courts.mo.gov. If you have one, you can skip making a new
        account (steps {CASENET_BRANCH.skipsFrom}–{CASENET_BRANCH.skipsTo}) and go straight to joining your group.
      </p>
      <div class="row">
        <button type="button" class="primary" onClick={() => onAnswer(true)}>
          Yes, I have one
        </button>
        <button type="button" class="primary" onClick={() => onAnswer(false)}>
          No, I need a new account
        </button>
      </div>
    </section>
  );
}
