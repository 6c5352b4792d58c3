import { getStep, LINKS, TOTAL_STEPS, type LinkId } from '@/lib/procedure';
import { BookmarkControl, type BookmarkActions } from './BookmarkControl';

interface Props {
  /** The current step, or null when every step is finished. */
  step: number | null;
  onMarkDone: (step: number) => void;
  onOpen: (link: LinkId) => void;
  bookmarks: BookmarkActions;
}

/** "What to do now": the one card a person needs when they open the popup. */
export function CurrentStep({ step, onMarkDone, onOpen, bookmarks }: Props) {
  if (step === null) {
    return (
      <section class="card now done" aria-labelledby="now-heading">
        <h2 id="now-heading">You are registered and in your group</h2>
        <p>Every step is done. Use “Open eFiling” below whenever you need to file: {LINKS.efiling}</p>
      </section>
    );
  }
  const s = getStep(step);
  return (
    <section class="card now" aria-labelledby="now-heading">
      <p class="eyebrow">
        Step {s.number} of {TOTAL_STEPS} · do this now
      </p>
      <h2 id="now-heading">{s.instruction}</h2>
      {s.yourself && (
        <p class="yourself">
          <strong>You do this yourself:</strong> {s.yourself}
        </p>
      )}
      <div class="row">
        {s.link && (
          <button type="button" class="primary" onClick={() => onOpen(s.link!)}>
            {s.link === 'registration' ? 'Open the registration page' : 'Open eFiling now'}
          </button>
        )}
        <button type="button" onClick={() => onMarkDone(s.number)}>
          I did step {s.number}
        </button>
      </div>
      {s.link === 'efiling' && <BookmarkControl actions={bookmarks} />}
    </section>
  );
}
