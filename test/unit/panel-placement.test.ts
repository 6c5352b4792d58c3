import { describe, expect, it } from 'vitest';
import { CORNERS, MARGIN, boxAt, chooseCorner, overlaps, type Box } from '@/lib/panel/panel-placement';

const viewport = { width: 1000, height: 800 };
const size = { width: 300, height: 200 };

describe('boxAt', () => {
  it('keeps a 12 px margin from the viewport edges', () => {
    expect(MARGIN).toBe(12);
  });

  it.each([
    ['bottom-right', { left: 688, top: 588, width: 300, height: 200 }],
    ['bottom-left', { left: 12, top: 588, width: 300, height: 200 }],
    ['top-right', { left: 688, top: 12, width: 300, height: 200 }],
    ['top-left', { left: 12, top: 12, width: 300, height: 200 }],
  ] as const)('places the panel in the %s corner', (corner, expected) => {
    expect(boxAt(corner, size, viewport)).toEqual(expected);
  });

  it('follows the viewport size', () => {
    expect(boxAt('bottom-right', { width: 100, height: 50 }, { width: 400, height: 300 })).toEqual({
      left: 288,
      top: 238,
      width: 100,
      height: 50,
    });
  });
});

describe('overlaps', () => {
  const a: Box = { left: 100, top: 100, width: 100, height: 100 };

  it('is true for boxes sharing some area, either way round', () => {
    const b: Box = { left: 150, top: 150, width: 100, height: 100 };
    expect(overlaps(a, b)).toBe(true);
    expect(overlaps(b, a)).toBe(true);
  });

  it('is true when one box lies inside the other', () => {
    const inner: Box = { left: 120, top: 130, width: 10, height: 10 };
    expect(overlaps(a, inner)).toBe(true);
    expect(overlaps(inner, a)).toBe(true);
  });

  it('is true for a one-pixel overlap', () => {
    expect(overlaps(a, { left: 199, top: 199, width: 50, height: 50 })).toBe(true);
  });

  it.each([
    ['right edge', { left: 200, top: 100, width: 50, height: 100 }],
    ['left edge', { left: 50, top: 100, width: 50, height: 100 }],
    ['bottom edge', { left: 100, top: 200, width: 100, height: 50 }],
    ['top edge', { left: 100, top: 50, width: 100, height: 50 }],
    ['corner only', { left: 200, top: 200, width: 10, height: 10 }],
  ])('is false when the boxes only touch at the %s', (_, b) => {
    expect(overlaps(a, b)).toBe(false);
    expect(overlaps(b, a)).toBe(false);
  });

  it('is false for boxes apart horizontally or vertically', () => {
    expect(overlaps(a, { left: 300, top: 100, width: 50, height: 50 })).toBe(false);
    expect(overlaps(a, { left: 100, top: 300, width: 50, height: 50 })).toBe(false);
    // Overlapping columns but separate rows.
    expect(overlaps(a, { left: 150, top: 201, width: 10, height: 10 })).toBe(false);
  });
});

describe('chooseCorner', () => {
  /** A field sitting in the middle of the given corner's panel box. */
  const fieldIn = (corner: (typeof CORNERS)[number]): Box => {
    const b = boxAt(corner, size, viewport);
    return { left: b.left + 50, top: b.top + 50, width: 40, height: 20 };
  };

  it('tries corners in the order bottom-right, bottom-left, top-right, top-left', () => {
    expect(CORNERS).toEqual(['bottom-right', 'bottom-left', 'top-right', 'top-left']);
  });

  it('takes bottom-right by default when nothing is in the way', () => {
    expect(chooseCorner(size, viewport, [])).toBe('bottom-right');
  });

  it.each(CORNERS)('takes the preferred corner %s when it is free', (corner) => {
    expect(chooseCorner(size, viewport, [], corner)).toBe(corner);
  });

  it('skips the preferred corner when it would cover a field', () => {
    expect(chooseCorner(size, viewport, [fieldIn('bottom-right')])).toBe('bottom-left');
    expect(chooseCorner(size, viewport, [fieldIn('top-left')], 'top-left')).toBe('bottom-right');
  });

  it('after the preferred corner, keeps the usual order of the others', () => {
    expect(chooseCorner(size, viewport, [fieldIn('top-right'), fieldIn('bottom-right')], 'top-right')).toBe(
      'bottom-left',
    );
    expect(
      chooseCorner(size, viewport, [fieldIn('bottom-right'), fieldIn('bottom-left'), fieldIn('top-left')], 'top-left'),
    ).toBe('top-right');
  });

  it('skips several covered corners', () => {
    expect(chooseCorner(size, viewport, [fieldIn('bottom-right'), fieldIn('bottom-left'), fieldIn('top-right')])).toBe(
      'top-left',
    );
  });

  it('a field only touching the panel box does not count as covered', () => {
    const b = boxAt('bottom-right', size, viewport);
    const touching: Box = { left: b.left - 100, top: b.top, width: 100, height: 30 };
    expect(chooseCorner(size, viewport, [touching])).toBe('bottom-right');
    // One pixel further, and it is covered.
    expect(chooseCorner(size, viewport, [{ ...touching, width: 101 }])).toBe('bottom-left');
  });

  it('ignores fields away from every corner', () => {
    const middle: Box = { left: 400, top: 300, width: 200, height: 200 };
    expect(chooseCorner(size, viewport, [middle])).toBe('bottom-right');
  });

  it('returns null when every corner would cover a field', () => {
    expect(chooseCorner(size, viewport, CORNERS.map(fieldIn))).toBeNull();
    // A single wide form covering the whole viewport.
    expect(chooseCorner(size, viewport, [{ left: 0, top: 0, width: 1000, height: 800 }], 'top-left')).toBeNull();
  });
});
