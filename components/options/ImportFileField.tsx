import { useState } from 'preact/hooks';
import type { Ref } from 'preact';
import { t } from '@/lib/i18n';
import { MAX_FILE_BYTES, parseProfileFile, type ProfileFile } from '@/lib/profile/profile-file';
import { ErrorAlert } from './Messages';

interface Props {
  inputRef: Ref<HTMLInputElement>;
  /** A new file was chosen (or the choice emptied): the page drops what it showed. */
  onStart: () => void;
  onRead: (file: ProfileFile, text: string, fileName: string) => void;
}

type Phase = { kind: 'idle' } | { kind: 'reading' } | { kind: 'refused'; errors: string[] };

/** The "Profile file" box: reads and checks the chosen file; a refused file's reasons are shown beside it. */
export function ImportFileField({ inputRef, onStart, onRead }: Props) {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });

  const choose = async (input: HTMLInputElement) => {
    onStart();
    const file = input.files?.[0];
    if (!file) return setPhase({ kind: 'idle' });
    if (file.size > MAX_FILE_BYTES) {
      return setPhase({ kind: 'refused', errors: [t('file_too_large', MAX_FILE_BYTES / 1024)] });
    }
    setPhase({ kind: 'reading' });
    let text: string;
    try {
      text = await file.text();
    } catch {
      return setPhase({ kind: 'refused', errors: [t('common_file_unreadable')] });
    }
    const parsed = parseProfileFile(text);
    if (!parsed.ok) return setPhase({ kind: 'refused', errors: parsed.errors });
    setPhase({ kind: 'idle' });
    onRead(parsed.value, text, file.name);
  };

  return (
    <>
      <div class="field">
        <label for="import-file">{t('import_file_label')}</label>
        <input
          ref={inputRef}
          id="import-file"
          type="file"
          accept=".json,application/json"
          aria-describedby={phase.kind === 'refused' ? 'import-errors' : undefined}
          onChange={(e) => void choose(e.currentTarget)}
        />
      </div>
      {phase.kind === 'reading' && <p class="busy">{t('import_reading_file')}</p>}
      {phase.kind === 'refused' && (
        <div id="import-errors">
          <ErrorAlert message={[t('import_refused'), ...phase.errors]} />
        </div>
      )}
    </>
  );
}
