/**
 * Can the person see this box, and what is typed into it? The filler writes
 * only into boxes that pass: a page that hides a box from the person (to
 * collect what the extension types) must not get a value. One function
 * decides it. Needs real layout, so it is exercised in Chromium and Firefox
 * (happy-dom has none: there every size is zero and every box would count as
 * hidden). Never loosen it to make a layout-less test pass.
 */

/** Smaller than any box a person could see and click (a 5×5 px box is a trap, not a field). */
const MIN_SIZE = 8;
/** Less opaque than this, all ancestors and filters multiplied, and the box is not really there. */
const MIN_OPACITY = 0.1;
/** Boxes whose typed text a person reads; a tick box has none. */
const TEXT_TYPES = new Set(['', 'text', 'email', 'tel', 'number', 'password', 'url', 'search', 'date']);

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const intersect = (a: Rect, b: Rect): Rect => ({
  left: Math.max(a.left, b.left),
  top: Math.max(a.top, b.top),
  right: Math.min(a.right, b.right),
  bottom: Math.min(a.bottom, b.bottom),
});
const tooSmall = (r: Rect) => r.right - r.left < MIN_SIZE || r.bottom - r.top < MIN_SIZE;

/** The alpha of a computed colour ("rgba(0, 0, 0, 0)", "transparent", "color(srgb 0 0 0 / 0)"). */
function alpha(color: string): number {
  if (color === 'transparent') return 0;
  const slash = /\/\s*([\d.]+)(%?)\s*\)$/.exec(color);
  if (slash) return Number(slash[1]) / (slash[2] ? 100 : 1);
  const rgba = /^rgba\([^,]+,[^,]+,[^,]+,\s*([\d.]+)\s*\)$/.exec(color);
  return rgba ? Number(rgba[1]) : 1;
}

/** How much an element's own `filter` leaves of it (opacity(0), opacity(5%)…), 1 when none. */
function filterOpacity(filter: string): number {
  let out = 1;
  for (const m of filter.matchAll(/opacity\(\s*([\d.]+)(%?)\s*\)/g)) out *= Number(m[1]) / (m[2] ? 100 : 1);
  return out;
}

/** A `clip-path: inset(…)` that leaves nothing, or a circle/ellipse of no size. */
function clipsAway(clipPath: string): boolean {
  if (clipPath === 'none' || !clipPath) return false;
  if (/^(circle|ellipse)\(\s*0(px|%)?[\s)]/.test(clipPath)) return true;
  const inset = /^inset\(([^)]*)\)/.exec(clipPath);
  if (!inset) return false;
  const parts = inset[1]!
    .split(/\s+round\s+/)[0]!
    .trim()
    .split(/\s+/);
  const [top = '0', right = top, bottom = top, left = right] = parts;
  const pct = (v: string) => (v.endsWith('%') ? Number.parseFloat(v) : Number.NaN);
  // Percentages are enough: a box clipped away in pixels also fails the hit test when in view.
  return pct(top) + pct(bottom) >= 100 || pct(left) + pct(right) >= 100;
}

/**
 * @param own our own panel's host (compared by identity: a page can make an element of any name).
 */
export function isVisibleField(el: Element, own: Element | null = null): boolean {
  if (!el.isConnected || el.closest('[hidden], [inert]')) return false;
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  // display, visibility, content-visibility and opacity: 0 on the box or any ancestor.
  const check = (el as Element & { checkVisibility?(o: object): boolean }).checkVisibility;
  if (check && !check.call(el, { opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true })) {
    return false;
  }
  const box = el.getBoundingClientRect();
  let visible: Rect = { left: box.left, top: box.top, right: box.right, bottom: box.bottom };
  if (tooSmall(visible)) return false;

  const style = view.getComputedStyle(el);
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  const showsText =
    el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || (el.tagName === 'INPUT' && TEXT_TYPES.has(type));
  if (showsText) {
    // What is typed must be readable: not transparent, not pushed out of the box.
    const fill = style.getPropertyValue('-webkit-text-fill-color');
    if (alpha(style.color) < MIN_OPACITY || (fill && alpha(fill) < MIN_OPACITY)) return false;
    if (Math.abs(Number.parseFloat(style.textIndent) || 0) >= box.width) return false;
  }

  let opacity = 1;
  for (let node: Element | null = el; node; node = node.parentElement) {
    const s = node === el ? style : view.getComputedStyle(node);
    if (s.display === 'none' || s.visibility === 'hidden' || s.visibility === 'collapse') return false;
    opacity *= Number(s.opacity) * filterOpacity(s.filter);
    if (opacity < MIN_OPACITY || clipsAway(s.clipPath)) return false;
    // An ancestor that clips its overflow hides the part of the box outside it, on screen or not.
    if (node !== el && (s.overflowX !== 'visible' || s.overflowY !== 'visible')) {
      const r = node.getBoundingClientRect();
      const clip: Rect = {
        left: s.overflowX === 'visible' ? -Infinity : r.left,
        right: s.overflowX === 'visible' ? Infinity : r.right,
        top: s.overflowY === 'visible' ? -Infinity : r.top,
        bottom: s.overflowY === 'visible' ? Infinity : r.bottom,
      };
      visible = intersect(visible, clip);
      if (tooSmall(visible)) return false;
    }
  }

  // Off the page altogether (positioned far left or above the document).
  const docEl = el.ownerDocument.documentElement;
  if (visible.right + view.scrollX <= 0 || visible.bottom + view.scrollY <= 0) return false;
  if (visible.left + view.scrollX >= Math.max(docEl.scrollWidth, view.innerWidth)) return false;

  // Covered by something else, or clipped by a path: the point at the centre of the visible part
  // must be the box (or its label), or our own panel. Only a point in view can be asked.
  const x = (visible.left + visible.right) / 2;
  const y = (visible.top + visible.bottom) / 2;
  if (x >= 0 && y >= 0 && x < view.innerWidth && y < view.innerHeight) {
    const hit = el.ownerDocument.elementFromPoint(x, y);
    const ours = own !== null && hit === own;
    if (hit && !ours && hit !== el && !el.contains(hit) && hit.closest('label')?.control !== el) return false;
  }
  return true;
}
