/**
 * The court's own security questions, saved from the panel on the security
 * questions screen, offered as choices in the profile form (a datalist: the
 * person may still type their own). Choosing one means the saved question has
 * the court's exact words; matching on the site stays tolerant regardless.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Ask } from './Messages';

export const COURT_QUESTIONS_LIST = 'pf-court-questions';

export function useCourtQuestions(ask: Ask): string[] {
  const [questions, setQuestions] = useState<string[]>([]);
  useEffect(() => {
    ask('profiles/questions').then(
      (q) => setQuestions(Array.isArray(q) ? q : []),
      () => setQuestions([]),
    );
  }, []);
  return questions;
}

export function CourtQuestionList({ questions }: { questions: readonly string[] }) {
  if (!questions.length) return null;
  return (
    <datalist id={COURT_QUESTIONS_LIST}>
      {questions.map((q) => (
        <option key={q} value={q} />
      ))}
    </datalist>
  );
}
