import type { ComponentChildren } from 'preact';
import { t } from '@/lib/i18n';

/** Sends one request to the background (lib/messaging/send.ts); rejects with an Error whose message is a plain sentence. */
export type { Send as Ask } from '@/lib/messaging/send';
/** What `profiles/state` answers: the protocol says. */
export type { OptionsState } from '@/lib/messaging/protocol';

/** The sentence to show for anything thrown. */
export function errorText(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return typeof error === 'string' && error ? error : t('common_something_wrong');
}

/** An error next to what the person did; rendered only when there is one, so it is announced as it appears. */
export function ErrorAlert({
  message,
  children,
}: {
  message?: string | readonly string[] | null;
  children?: ComponentChildren;
}) {
  if (!message || (Array.isArray(message) && message.length === 0)) return null;
  const lines = typeof message === 'string' ? [message] : message;
  return (
    <div class="alert" role="alert">
      {lines.length === 1 ? (
        <p>{lines[0]}</p>
      ) : (
        <ul>
          {lines.map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ul>
      )}
      {children}
    </div>
  );
}

/** A polite live region, always present so that what is put in it is read out. */
export function Status({ message, children }: { message?: string | null; children?: ComponentChildren }) {
  return (
    <div class="status" role="status" aria-live="polite">
      {message ? <p>{message}</p> : null}
      {children}
    </div>
  );
}

/** Quotation marks around a profile's name, as the person typed it (in the language's own marks). */
export { quoted } from '@/lib/i18n';
