import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { MAX_ROSTER_CHARS, parseRoster, type RosterParse } from '@/lib/sharing/roster';
import { ErrorAlert, quoted } from './Messages';

/** Wait this long after the last key press before reading pasted text again. */
const READ_DELAY_MS = 300;

/** The roster's text and what reading it gave: null while it is still being read (or empty). */
export function useRosterText() {
  const [text, setText] = useState('');
  const [parsed, setParsed] = useState<{ text: string; result: RosterParse } | null>(null);

  // Pasted or typed text is read a moment after the last change, not at every key press.
  useEffect(() => {
    if (!text.trim()) {
      setParsed(null);
      return;
    }
    if (parsed?.text === text) return;
    const timer = setTimeout(() => setParsed({ text, result: parseRoster(text) }), READ_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const current = parsed && parsed.text === text ? parsed.result : null;
  return {
    text,
    current,
    checking: text.trim() !== '' && !current,
    /** A file's text is read at once. */
    onText: (next: string, fromFile?: string) => {
      setText(next);
      if (fromFile !== undefined) setParsed({ text: next, result: parseRoster(next) });
    },
    clear: () => {
      setText('');
      setParsed(null);
    },
  };
}

interface Props {
  text: string;
  /** Typed or pasted text (fromFile: the name of the file it was read from). */
  onText: (text: string, fromFile?: string) => void;
  onClear: () => void;
}

/** Where a roster comes from: pasted CSV text or a CSV file. */
export function RosterInput({ text, onText, onClear }: Props) {
  const [fileName, setFileName] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  /** Changing it empties the file box. */
  const [fileKey, setFileKey] = useState(0);

  const chooseFile = async (input: HTMLInputElement) => {
    setFileError(null);
    const file = input.files?.[0];
    if (!file) return;
    // Bytes, not characters: a file this large cannot be a roster within the limit.
    if (file.size > MAX_ROSTER_CHARS * 4) {
      setFileError(t('roster_file_too_large', MAX_ROSTER_CHARS / 1024 / 1024));
      return;
    }
    let content: string;
    try {
      content = await file.text();
    } catch {
      setFileError(t('common_file_unreadable'));
      return;
    }
    setFileName(file.name);
    onText(content, file.name);
  };

  return (
    <>
      <div class="field">
        <label for="roster-text">{t('roster_paste_label')}</label>
        <textarea
          id="roster-text"
          rows={6}
          spellcheck={false}
          value={text}
          aria-describedby="roster-text-hint"
          onInput={(e) => {
            onText(e.currentTarget.value);
            setFileName(null);
          }}
        />
        <p id="roster-text-hint" class="hint">
          {t('roster_paste_hint')}
        </p>
      </div>
      <div class="field">
        <label for="roster-file">{t('roster_file_label')}</label>
        <input
          key={fileKey}
          id="roster-file"
          type="file"
          accept=".csv,text/csv,text/plain"
          onChange={(e) => void chooseFile(e.currentTarget)}
        />
        {fileName && <p class="hint">{t('roster_read_from', quoted(fileName))}</p>}
      </div>
      <ErrorAlert message={fileError} />
      {(text || fileName) && (
        <div class="row">
          <button
            type="button"
            class="subtle"
            onClick={() => {
              setFileName(null);
              setFileKey((k) => k + 1);
              onClear();
            }}
          >
            {t('roster_clear')}
          </button>
        </div>
      )}
    </>
  );
}
