/**
 * Can the person see this field? The filler writes only into fields that
 * pass. Needs real layout, so it is exercised in Chromium (happy-dom has
 * none: there every size is zero and every field would count as hidden).
 * Never loosen it to make a layout-less test pass.
 */
const MIN_SIZE = 4;

export function isVisibleField(el: Element): boolean {
  if (!el.isConnected || el.closest('[hidden], [inert]')) return false;
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  const rect = el.getBoundingClientRect();
  if (rect.width < MIN_SIZE || rect.height < MIN_SIZE) return false;
  // Off the page altogether (positioned far left or above the document).
  const scrollX = view.scrollX;
  const scrollY = view.scrollY;
  if (rect.right + scrollX <= 0 || rect.bottom + scrollY <= 0) return false;
  const docEl = el.ownerDocument.documentElement;
  if (rect.left + scrollX >= Math.max(docEl.scrollWidth, view.innerWidth)) return false;
  for (let node: Element | null = el; node; node = node.parentElement) {
    const style = view.getComputedStyle(node);
    if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse') return false;
    if (Number(style.opacity) < 0.1) return false;
  }
  // Clipped away inside a zero-size or overflow-hidden box: the point at its centre is not the field.
  const x = rect.left + rect.width / 2;
  const y = rect.top + rect.height / 2;
  if (x >= 0 && y >= 0 && x < view.innerWidth && y < view.innerHeight) {
    const hit = el.ownerDocument.elementFromPoint(x, y);
    const ours = hit?.tagName === 'MO-EFILING-ASSISTANT'; // our own panel is not the page hiding the field
    if (hit && !ours && hit !== el && !el.contains(hit) && hit.closest('label')?.control !== el) return false;
  }
  return true;
}
