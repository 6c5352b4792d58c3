import { emptyReport } from '../support/fill-report';
import { describe, expect, it } from 'vitest';
import { fillReducer, initialFillState, type FillState } from '@/lib/panel/fill-state';

const start = (over: Partial<FillState> = {}): FillState => ({ ...initialFillState(true), ...over });

describe('the fill part: what each action shows', () => {
  it('starts with no report, nothing to undo, and the password offer as the screen says', () => {
    expect(initialFillState(true, { count: 3, saved: false })).toEqual({
      profileLabel: '',
      locked: false,
      busy: false,
      error: '',
      report: null,
      canUndo: false,
      note: '',
      offerPassword: true,
      teaching: null,
      suggested: null,
      courtQuestions: { count: 3, saved: false },
    });
    expect(initialFillState(false).courtQuestions).toBeNull();
  });

  it('a fill starting clears the error and the note and is busy; ending is not busy', () => {
    const busy = fillReducer(start({ error: 'No answer', note: 'Undone' }), { type: 'fill-started' });
    expect([busy.busy, busy.error, busy.note]).toEqual([true, '', '']);
    expect(fillReducer(busy, { type: 'fill-ended' }).busy).toBe(false);
  });

  it('the profile read gives its label and lock; none gives null; a failure an empty label', () => {
    expect(fillReducer(start(), { type: 'loaded', label: 'Jane at DSS', locked: true })).toMatchObject({
      profileLabel: 'Jane at DSS',
      locked: true,
    });
    expect(fillReducer(start(), { type: 'loaded', label: null, locked: false }).profileLabel).toBeNull();
    expect(fillReducer(start({ profileLabel: 'Jane' }), { type: 'load-failed' }).profileLabel).toBe('');
  });

  it('after "Replace", the replaced fields move from "left alone" to "filled"', () => {
    const before = emptyReport({
      filled: ['firstName'],
      leftAlone: [
        { field: 'lastName', reason: 'holds-other-value' },
        { field: 'email', reason: 'holds-other-value' },
      ],
    });
    const after = fillReducer(start({ report: before }), {
      type: 'filled',
      report: emptyReport({ filled: ['lastName'] }),
      merge: true,
    });
    expect(after.report?.filled).toEqual(['firstName', 'lastName']);
    expect(after.report?.leftAlone).toEqual([{ field: 'email', reason: 'holds-other-value' }]);
  });

  it('a plain fill replaces the report before', () => {
    const next = fillReducer(start({ report: emptyReport({ filled: ['firstName'] }) }), {
      type: 'filled',
      report: emptyReport({ filled: ['email'] }),
      merge: false,
    });
    expect(next.report?.filled).toEqual(['email']);
  });

  it('Undo takes the report away and says so', () => {
    const next = fillReducer(start({ report: emptyReport(), canUndo: true }), { type: 'undone', note: 'Put back.' });
    expect([next.report, next.canUndo, next.note]).toEqual([null, false, 'Put back.']);
  });

  it('a suggested password is kept in the active profile, and no longer listed as missing', () => {
    const before = start({
      profileLabel: 'Jane',
      note: 'x',
      report: emptyReport({ missing: ['password', 'passwordConfirm', 'email'] }),
    });
    const next = fillReducer(before, { type: 'password-suggested', password: 'Kq7!mZ2p' });
    expect(next.suggested).toEqual({
      password: 'Kq7!mZ2p',
      shown: false,
      kept: 'saving',
      profileLabel: 'Jane',
      copied: '',
    });
    expect(next.report?.missing).toEqual(['email']);
    expect(next.note).toBe('');
  });

  it('a late answer about an earlier suggested password changes nothing about the newer one', () => {
    const first = fillReducer(start(), { type: 'password-suggested', password: 'first-one' });
    const second = fillReducer(first, { type: 'password-suggested', password: 'second-one' });
    expect(fillReducer(second, { type: 'password-kept', password: 'first-one', kept: 'failed' }).suggested?.kept).toBe(
      'saving',
    );
    expect(fillReducer(second, { type: 'password-kept', password: 'second-one', kept: 'saved' }).suggested?.kept).toBe(
      'saved',
    );
    expect(
      fillReducer(second, { type: 'password-copied', password: 'first-one', copied: 'copied' }).suggested?.copied,
    ).toBe('');
  });

  it('Show toggles the suggested password; without one nothing changes', () => {
    const withOne = fillReducer(start(), { type: 'password-suggested', password: 'abc' });
    expect(fillReducer(withOne, { type: 'password-shown-toggled' }).suggested?.shown).toBe(true);
    const none = start();
    expect(fillReducer(none, { type: 'password-shown-toggled' })).toBe(none);
  });

  it('read again elsewhere: the suggested password names the profile now active (not an empty one)', () => {
    const withOne = fillReducer(start({ profileLabel: 'Old' }), { type: 'password-suggested', password: 'abc' });
    const renamed = fillReducer({ ...withOne, profileLabel: 'New' }, { type: 'refreshed' });
    expect(renamed.suggested?.profileLabel).toBe('New');
    const failed = fillReducer({ ...withOne, profileLabel: '' }, { type: 'refreshed' });
    expect(failed.suggested?.profileLabel).toBe('Old');
  });

  it('picking a box to teach clears the note; cancelling keeps it', () => {
    const picking = fillReducer(start({ note: 'Saved.' }), { type: 'teaching', teaching: 'pick' });
    expect([picking.teaching, picking.note]).toEqual(['pick', '']);
    const cancelled = fillReducer({ ...picking, note: 'Taught.' }, { type: 'teaching', teaching: null });
    expect([cancelled.teaching, cancelled.note]).toEqual([null, 'Taught.']);
  });
});
