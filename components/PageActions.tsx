import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';

/** Where the person's details stand, for the popup (never the details themselves). */
export interface DetailsState {
  /** How many profiles are saved. */
  profiles: number;
  /** A passphrase is set but not unlocked, and the profile in use keeps secrets: Fill cannot type them. */
  locked: boolean;
}

/** The options page's parts the popup opens: the top, the profile form, the passphrase. */
export type OptionsPlace = 'top' | 'profile' | 'passphrase';

/**
 * A fill that could not happen for an ordinary reason (no court screen in front, no profile yet):
 * guidance, shown beside the button, never as an error. `next` names what helps.
 */
export class FillAdvice extends Error {
  constructor(
    message: string,
    readonly next?: 'profile',
  ) {
    super(message);
    this.name = 'FillAdvice';
  }
}

interface Props {
  fillPage: () => Promise<string>;
  /** Null while unknown (or when the popup cannot tell): Fill is then offered as it is. */
  details: DetailsState | null;
  openOptions?: (place: OptionsPlace) => void;
  /** "Start registration", offered before the person has begun (the question card). */
  onStart?: () => void;
  /** Fill is the step's main action (a screen the extension fills). */
  fillIsMain: boolean;
}

type Result = { kind: 'filled' | 'advice'; text: string; next?: 'profile' };

/**
 * What the popup does for the page in front, inside the current step's card: Start, Fill, Unlock,
 * and a first run's "Add your details". The result appears right under the button that was pressed.
 */
export function PageActions({ fillPage, details, openOptions, onStart, fillIsMain }: Props) {
  const [result, setResult] = useState<Result | null>(null);
  const [busy, setBusy] = useState(false);
  const noProfile = details !== null && details.profiles === 0;

  const fill = () => {
    if (busy) return;
    setBusy(true);
    setResult(null);
    fillPage()
      .then(
        (text) => setResult({ kind: 'filled', text }),
        (e: unknown) =>
          setResult({
            kind: 'advice',
            text: e instanceof Error ? e.message : String(e),
            next: e instanceof FillAdvice ? e.next : undefined,
          }),
      )
      .finally(() => setBusy(false));
  };
  const addDetails = openOptions && (
    <button type="button" class="primary" onClick={() => openOptions('profile')}>
      {t('popup_add_details')}
    </button>
  );

  return (
    <div class="page-actions">
      {noProfile && addDetails && <p class="first-run">{t('popup_first_run_text')}</p>}
      <div class="row">
        {noProfile && addDetails}
        {onStart && (
          <button type="button" onClick={onStart}>
            {t('popup_start_registration')}
          </button>
        )}
        {/* Still offered without a profile (details may be added in another tab meanwhile); it then says what is missing. */}
        <button
          type="button"
          class={fillIsMain && !(noProfile && addDetails) ? 'primary' : undefined}
          onClick={fill}
          aria-busy={busy}
        >
          {t('popup_fill_page')}
        </button>
        {details?.locked && openOptions && (
          <button type="button" onClick={() => openOptions('passphrase')}>
            {t('popup_unlock')}
          </button>
        )}
      </div>
      {details?.locked && openOptions && <p class="hint">{t('popup_fill_locked')}</p>}
      <div class="result" role="status" aria-live="polite">
        {result && (
          <p class={result.kind === 'filled' ? 'ok' : 'advice'}>
            {result.kind === 'filled' && <span aria-hidden="true">✓ </span>}
            {result.text}
          </p>
        )}
      </div>
      {result?.next === 'profile' && !noProfile && addDetails && <div class="row">{addDetails}</div>}
    </div>
  );
}
