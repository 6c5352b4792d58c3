import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { wrapShareCode } from '@/lib/sharing/share-code';
import { Status } from './Messages';

/** Put text on the clipboard; false when the browser does not let the page do it. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (typeof navigator === 'undefined' || !navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** What to say when copying by itself failed and the text was selected instead. */
export const copyByHand = () => t('share_copy_by_hand');

/** "MOEF2E-AbCdEfGhIj…1a2b3c4d": enough to tell codes apart in a table. */
export function shortCode(code: string): string {
  return code.length > 30 ? `${code.slice(0, 18)}…${code.slice(-8)}` : code;
}

/** "Jane Doe": a roster person's name as the tables show it. */
export const fullName = (r: { firstName: string; lastName: string }) =>
  [r.firstName, r.lastName].filter(Boolean).join(' ');

/** Thousands with a comma, as in "1,000 codes". */
export const count = (n: number) => n.toLocaleString('en-US');

interface Props {
  id: string;
  label: string;
  /** The share code, on one line (shown wrapped for an e-mail; reading ignores the line breaks). */
  code: string;
  hint?: ComponentChildren;
  copyLabel?: string;
  /** Select the text as soon as the box appears (used when copying by itself failed). */
  selectOnShow?: boolean;
}

/** A share code in a read-only box, with its length and a button that copies it. */
export function ShareCodeBox({ id, label, code, hint, copyLabel = t('share_copy'), selectOnShow }: Props) {
  const [message, setMessage] = useState('');
  const boxRef = useRef<HTMLTextAreaElement>(null);
  const wrapped = wrapShareCode(code);
  const lines = wrapped.split('\n').length;

  useEffect(() => setMessage(''), [code]);
  useLayoutEffect(() => {
    if (selectOnShow) {
      boxRef.current?.focus();
      boxRef.current?.select();
    }
  }, [selectOnShow, code]);

  const copy = async () => {
    setMessage('');
    if (await copyText(wrapped)) {
      setMessage(t('share_copied'));
      return;
    }
    boxRef.current?.focus();
    boxRef.current?.select();
    setMessage(copyByHand());
  };

  const hintId = `${id}-hint`;
  const lengthId = `${id}-length`;
  return (
    <div class="share-code-box">
      <div class="field">
        <label for={id}>{label}</label>
        <textarea
          ref={boxRef}
          id={id}
          class="code"
          readOnly
          rows={Math.min(Math.max(lines, 2), 10)}
          value={wrapped}
          spellcheck={false}
          aria-describedby={[lengthId, hint ? hintId : ''].filter(Boolean).join(' ')}
        />
        <p id={lengthId} class="hint">
          {t('share_length', count(code.length))}
        </p>
        {hint && (
          <p id={hintId} class="hint">
            {hint}
          </p>
        )}
      </div>
      <div class="row">
        <button type="button" onClick={() => void copy()}>
          {copyLabel}
        </button>
      </div>
      <Status message={message} />
    </div>
  );
}
