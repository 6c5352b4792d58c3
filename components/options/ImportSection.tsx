import { useRef, useState } from 'preact/hooks';
import { tParts, t } from '@/lib/i18n';
import type { KeptRule } from '@/lib/recognise/taught-rules';
import { GROUP_FILE_SUFFIX, PROFILE_FILE_SUFFIX } from './download';
import { ImportFileField } from './ImportFileField';
import { ImportPreviewCard, type Pending } from './ImportPreviewCard';
import { Status, type Ask, type OptionsState } from './Messages';
import { ShareCodeForm } from './ShareCodeForm';

export { defaultTarget } from './ImportPreviewCard';

interface Props {
  state: OptionsState;
  /** The person's taught fields now: the preview says which an import would replace. */
  rules: readonly KeptRule[];
  ask: Ask;
  reload: () => Promise<unknown>;
}

/** Read a profile file or a share code, show everything it would change, and import it only when the person says so. */
export function ImportSection({ state, rules, ask, reload }: Props) {
  const [pending, setPending] = useState<Pending | null>(null);
  const [status, setStatus] = useState('');
  const [notes, setNotes] = useState<string[]>([]);
  /** Changing them empties the file box, or the code box, after an import or a cancel. */
  const [fileKey, setFileKey] = useState(0);
  const [codeKey, setCodeKey] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const previewHeadingRef = useRef<HTMLHeadingElement>(null);

  const start = () => {
    setPending(null);
    setStatus('');
    setNotes([]);
  };
  const reset = () => {
    const wasCode = pending?.source === 'code';
    setPending(null);
    setFileKey((k) => k + 1);
    if (wasCode) setCodeKey((k) => k + 1);
    requestAnimationFrame(() => (wasCode ? document.getElementById('import-code') : inputRef.current)?.focus());
  };

  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading" tabIndex={-1}>
        {t('import_heading')}
      </h2>
      <p>{tParts('import_intro', <code>{PROFILE_FILE_SUFFIX}</code>, <code>{GROUP_FILE_SUFFIX}</code>)}</p>
      <ImportFileField
        key={fileKey}
        inputRef={inputRef}
        onStart={start}
        onRead={(file, text, fileName) => setPending({ source: 'file', file, text, fileName })}
      />
      <ShareCodeForm
        key={codeKey}
        onStart={() => {
          start();
          setFileKey((k) => k + 1);
        }}
        onRead={(file) => {
          setPending({ source: 'code', file });
          requestAnimationFrame(() => previewHeadingRef.current?.focus());
        }}
      />
      {pending && (
        <ImportPreviewCard
          pending={pending}
          state={state}
          rules={rules}
          ask={ask}
          reload={reload}
          headingRef={previewHeadingRef}
          onImported={(message, next) => {
            setStatus(message);
            setNotes(next);
            reset();
            void reload();
          }}
          onCancel={reset}
        />
      )}
      <Status message={status}>
        {notes.length > 0 && (
          <ul>
            {notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        )}
      </Status>
    </section>
  );
}
