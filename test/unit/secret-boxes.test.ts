import { describe, expect, it } from 'vitest';
import { secretRefusal } from '@/lib/fill/secret-boxes';
import type { FieldId } from '@/lib/procedure/fields';

const box = (html: string) => {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div.firstElementChild!;
};

describe('a secret goes only into a box of its kind', () => {
  it.each<[FieldId, string, string | null]>([
    ['password', '<input type="password">', null],
    ['password', '<input type="text">', 'not-a-password-box'],
    ['passwordConfirm', '<input type="search">', 'not-a-password-box'],
    ['group.pin', '<input type="password">', null],
    ['group.pin', '<input type="text" name="pin">', null],
    ['group.pin', '<input type="search">', 'not-a-pin-box'],
    ['group.pin', '<input type="text" autocomplete="username">', 'not-a-pin-box'],
    ['group.pin', '<textarea></textarea>', 'not-a-pin-box'],
    ['security1.answer', '<input type="text">', null],
    ['security2.answer', '<input type="password">', null],
    ['security3.answer', '<input type="search" name="q">', 'not-an-answer-box'],
    ['security1.answer', '<input type="email">', 'not-an-answer-box'],
    ['security1.answer', '<input type="text" autocomplete="email">', 'not-an-answer-box'],
    ['firstName', '<input type="search">', null],
  ])('%s into %s: %s', (field, html, why) => {
    expect(secretRefusal(field, box(html))).toBe(why);
  });
});
