import { describe, expect, it } from 'vitest';
import {
  EMPTY_PROGRESS,
  answerCaseNet,
  badgeText,
  countFinished,
  currentStep,
  markStep,
  resetProgress,
  stepStatus,
  type Progress,
} from '@/lib/progress/progress';

const markAll = (p: Progress, steps: number[]) => steps.reduce((acc, n) => markStep(acc, n, true, 1), p);

describe('progress', () => {
  it('starts at step 1 with an empty badge', () => {
    expect(currentStep(EMPTY_PROGRESS)).toBe(1);
    expect(stepStatus(EMPTY_PROGRESS, 1)).toBe('current');
    expect(badgeText(EMPTY_PROGRESS)).toBe('');
    expect(countFinished(EMPTY_PROGRESS)).toBe(0);
  });

  it('goes to step 2 for a person without a Case.net account', () => {
    const p = answerCaseNet(EMPTY_PROGRESS, false, 5);
    expect(currentStep(p)).toBe(2);
    expect(badgeText(p)).toBe('2');
    expect(stepStatus(p, 1)).toBe('done');
    expect(stepStatus(p, 3)).toBe('to-do');
    expect(p.updatedAt).toBe(5);
  });

  it('skips steps 2-15 for a person with a Case.net account', () => {
    const p = answerCaseNet(EMPTY_PROGRESS, true);
    expect(currentStep(p)).toBe(16);
    expect(badgeText(p)).toBe('16');
    for (let n = 2; n <= 15; n++) expect(stepStatus(p, n)).toBe('skipped');
    expect(countFinished(p)).toBe(15);
    // A skipped step cannot be marked.
    expect(markStep(p, 4, true)).toBe(p);
  });

  it('marks and undoes steps; the current step is the first one not done', () => {
    let p = markAll(answerCaseNet(EMPTY_PROGRESS, false), [2, 3, 5]);
    expect(currentStep(p)).toBe(4);
    expect(p.done).toEqual([2, 3, 5]);
    p = markStep(p, 4, true);
    expect(badgeText(p)).toBe('6');
    p = markStep(p, 3, false);
    expect(badgeText(p)).toBe('3');
    expect(p.done).toEqual([2, 4, 5]);
  });

  it('keeps the done list sorted and free of repeats', () => {
    const p = markAll(answerCaseNet(EMPTY_PROGRESS, false), [9, 2, 9, 4]);
    expect(p.done).toEqual([2, 4, 9]);
  });

  it('undoing step 1 withdraws the answer and the skip', () => {
    const p = markStep(answerCaseNet(EMPTY_PROGRESS, true), 1, false);
    expect(p.hasCaseNetAccount).toBeNull();
    expect(stepStatus(p, 5)).toBe('to-do');
    expect(badgeText(p)).toBe('');
  });

  it('shows a tick when every step is done or skipped', () => {
    const p = markAll(
      answerCaseNet(EMPTY_PROGRESS, true),
      Array.from({ length: 11 }, (_, i) => 16 + i),
    );
    expect(currentStep(p)).toBeNull();
    expect(badgeText(p)).toBe('✓');
    expect(countFinished(p)).toBe(26);
  });

  it('refuses a step outside 1-26', () => {
    expect(() => markStep(EMPTY_PROGRESS, 27, true)).toThrow();
    expect(() => markStep(EMPTY_PROGRESS, 0, true)).toThrow();
  });

  it('reset goes back to the beginning', () => {
    const p = resetProgress(9);
    expect(p).toEqual({ hasCaseNetAccount: null, done: [], updatedAt: 9 });
  });
});
