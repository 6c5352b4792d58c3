import type { ComponentChildren } from 'preact';
import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';

interface Props {
  /** Text of the button that asks the question ("Delete…"). */
  opener: string;
  openerClass?: string;
  /** The question, saying exactly what happens. */
  question: ComponentChildren;
  keep: string;
  yes: string;
  onConfirm: () => void | Promise<unknown>;
}

/**
 * A destructive action behind an inline question. Focus moves to the first
 * (safe) button when the question appears; Escape or the safe button cancels
 * and puts focus back on the opener.
 */
export function ConfirmAction({ opener, openerClass = 'subtle', question, keep, yes, onConfirm }: Props) {
  const [asking, setAsking] = useState(false);
  const keepRef = useRef<HTMLButtonElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  const questionId = useId();

  useLayoutEffect(() => {
    if (asking) keepRef.current?.focus();
    else if (wasAsking.current) openerRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button type="button" ref={openerRef} class={openerClass} onClick={() => setAsking(true)}>
        {opener}
      </button>
    );
  }
  return (
    <div
      class="confirm"
      role="group"
      aria-labelledby={questionId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          setAsking(false);
        }
      }}
    >
      <div id={questionId} class="question">
        {question}
      </div>
      <div class="row">
        <button type="button" ref={keepRef} onClick={() => setAsking(false)}>
          {keep}
        </button>
        <button
          type="button"
          class="danger"
          onClick={() => {
            setAsking(false);
            void onConfirm();
          }}
        >
          {yes}
        </button>
      </div>
    </div>
  );
}
