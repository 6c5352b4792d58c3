/**
 * Never cover the form: pick a free corner; with none free, shrink to the small
 * bar (lib/panel/panel-placement.ts decides). The boxes are measured once per
 * change of the page (in page coordinates) and only shifted while scrolling;
 * scrolling places at most once an animation frame.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { AssistantBus } from '@/lib/panel/assistant-bus';
import { controlBoxes, placement, type Box } from '@/lib/panel/panel-placement';
import type { PanelAction, PanelState } from '@/lib/panel/panel-state';

const viewport = () => ({ width: document.documentElement.clientWidth, height: window.innerHeight });

export function usePlacement(
  container: HTMLElement,
  bus: AssistantBus,
  now: { current: PanelState },
  dispatch: (action: PanelAction) => void,
) {
  const m = useRef({ expanded: { width: 0, height: 0 }, pageBoxes: null as Box[] | null, frame: 0 }).current;
  const fieldBoxes = (): Box[] => {
    m.pageBoxes ??= controlBoxes(document).map((b) => ({ ...b, left: b.left + scrollX, top: b.top + scrollY }));
    return m.pageBoxes.map((b) => ({ ...b, left: b.left - scrollX, top: b.top - scrollY }));
  };
  const place = () => {
    const panel = container.querySelector<HTMLElement>('.panel');
    if (!panel) return;
    const { collapsed, autoCollapsed } = now.current;
    const size = panel.getBoundingClientRect();
    if (!collapsed && !autoCollapsed) m.expanded = { width: size.width, height: size.height };
    const next = placement({ size, expanded: m.expanded, viewport: viewport(), fields: fieldBoxes(), collapsed, autoCollapsed });
    if (next.kind === 'corner') panel.dataset.corner = next.corner;
    else dispatch({ type: 'auto-collapsed', on: next.kind === 'auto-collapse' });
  };
  const placeNow = useRef(place);
  placeNow.current = place;

  // After every render, as the panel may have changed size.
  useLayoutEffect(() => placeNow.current());

  useLayoutEffect(() => {
    const placeSoon = () => {
      if (!m.frame) m.frame = requestAnimationFrame(() => ((m.frame = 0), placeNow.current()));
    };
    const onResize = () => ((m.pageBoxes = null), placeSoon());
    const onSeen = () => (m.pageBoxes = null); // the page changed
    bus.listeners.add(onSeen);
    addEventListener('scroll', placeSoon, { passive: true });
    addEventListener('resize', onResize, { passive: true });
    return () => {
      bus.listeners.delete(onSeen);
      removeEventListener('scroll', placeSoon);
      removeEventListener('resize', onResize);
      cancelAnimationFrame(m.frame);
      m.frame = 0;
    };
  }, []);
}
