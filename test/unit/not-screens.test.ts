import { describe, expect, it } from 'vitest';
import { notScreens } from '@/lib/handlers/not-screens';

describe('the memory of pages that are no screen', () => {
  it('keeps a path with its boxes, never a page without boxes, and lets the oldest path go when full', () => {
    const known = notScreens(2);
    known.add('https://www.courts.mo.gov/a.do?t=1', 'input::x');
    known.add('https://www.courts.mo.gov/empty.do', '');
    expect(known.has('https://www.courts.mo.gov/a.do', 'input::x')).toBe(true);
    expect(known.has('https://www.courts.mo.gov/a.do', 'input::y')).toBe(false);
    expect(known.has('https://www.courts.mo.gov/empty.do', '')).toBe(false);
    expect(known.has(undefined, 'input::x')).toBe(false);
    known.add('https://www.courts.mo.gov/b.do', 'input::x');
    known.add('https://www.courts.mo.gov/c.do', 'input::x');
    expect(known.has('https://www.courts.mo.gov/a.do', 'input::x')).toBe(false);
    expect(known.has('https://www.courts.mo.gov/c.do', 'input::x')).toBe(true);
    known.forget('https://www.courts.mo.gov/c.do#top');
    expect(known.has('https://www.courts.mo.gov/c.do', 'input::x')).toBe(false);
    known.clear();
    expect(known.has('https://www.courts.mo.gov/b.do', 'input::x')).toBe(false);
  });
});
