import { useLayoutEffect, useRef, useState } from 'preact/hooks';

interface Props {
  onReset: () => void;
}

/** "Start over", behind a confirmation that says exactly what is erased. */
export function ResetControl({ onReset }: Props) {
  const [asking, setAsking] = useState(false);
  const keepRef = useRef<HTMLButtonElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  // Move focus into the question when it appears, and back when it goes.
  useLayoutEffect(() => {
    if (asking) keepRef.current?.focus();
    else if (wasAsking.current) openerRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button type="button" ref={openerRef} class="subtle" onClick={() => setAsking(true)}>
        Start over…
      </button>
    );
  }
  return (
    <div
      class="confirm"
      role="group"
      aria-labelledby="reset-q"
      onKeyDown={(e) => {
        if (e.key === 'Escape') setAsking(false);
      }}
    >
      <p id="reset-q">
        Erase the steps you marked in this extension and start again from step 1? Your account on the court site is not
        affected.
      </p>
      <div class="row">
        <button type="button" ref={keepRef} onClick={() => setAsking(false)}>
          Keep my progress
        </button>
        <button
          type="button"
          class="danger"
          onClick={() => {
            setAsking(false);
            onReset();
          }}
        >
          Yes, start over
        </button>
      </div>
    </div>
  );
}
