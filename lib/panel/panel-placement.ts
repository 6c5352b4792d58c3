/**
 * Where the assistant panel may sit without covering a form field: the first
 * viewport corner whose box touches no field. Pure geometry, tested without a
 * browser; the content script feeds it real rectangles.
 */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}
export type Corner = 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left';

export const CORNERS: readonly Corner[] = ['bottom-right', 'bottom-left', 'top-right', 'top-left'];
export const MARGIN = 12;

export function boxAt(
  corner: Corner,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): Box {
  const left = corner.endsWith('right') ? viewport.width - size.width - MARGIN : MARGIN;
  const top = corner.startsWith('bottom') ? viewport.height - size.height - MARGIN : MARGIN;
  return { left, top, width: size.width, height: size.height };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

/** The first free corner, or null when every corner would cover a field. */
export function chooseCorner(
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  fields: readonly Box[],
  preferred: Corner = 'bottom-right',
): Corner | null {
  const order = [preferred, ...CORNERS.filter((c) => c !== preferred)];
  return order.find((c) => !fields.some((f) => overlaps(boxAt(c, size, viewport), f))) ?? null;
}

/** Boxes of the page's visible form controls and buttons, in viewport coordinates. */
export function controlBoxes(doc: Document): Box[] {
  const out: Box[] = [];
  for (const el of doc.querySelectorAll('input:not([type="hidden"]), select, textarea, button')) {
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.height > 0) out.push({ left: r.left, top: r.top, width: r.width, height: r.height });
  }
  return out;
}

export type Placement = { kind: 'corner'; corner: Corner } | { kind: 'auto-collapse' } | { kind: 'expand' };

/**
 * What one measurement decides: a corner; or, with no corner free, the small bar (`auto-collapse`);
 * or, once shrunk that way, the full panel again as soon as its full size fits (`expand`).
 * `expanded` is the panel's size when last seen open.
 */
export function placement(p: {
  size: { width: number; height: number };
  expanded: { width: number; height: number };
  viewport: { width: number; height: number };
  fields: readonly Box[];
  collapsed: boolean;
  autoCollapsed: boolean;
}): Placement {
  if (p.autoCollapsed && chooseCorner(p.expanded, p.viewport, p.fields)) return { kind: 'expand' };
  const corner = chooseCorner(p.size, p.viewport, p.fields);
  if (!corner && !p.collapsed && !p.autoCollapsed) return { kind: 'auto-collapse' };
  return { kind: 'corner', corner: corner ?? 'bottom-right' };
}
