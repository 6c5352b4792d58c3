/**
 * The filler of the screen the panel is on: a new one when the screen (its step,
 * the screens the page shows) changes, the old one destroyed; its state is
 * rendered from Preact state. None at step 15 (do not log on) or without fields.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { FillUi } from '@/components/FillSection';
import type { FillState } from '@/lib/panel/fill-state';
import { fillKey, type PanelView } from '@/lib/panel/panel-state';
import { guideFor } from '@/lib/procedure/screen-guide';
import { createFilling, fillableFields, type Filling } from './filling';

function fillingFor(view: PanelView | null, host: () => Element | null): Filling | null {
  if (view?.kind !== 'screen' || !guideFor(view.screen, view.step).mayFill) return null;
  return fillableFields(view.screens).length ? createFilling(view.screens, host) : null;
}

export function useFilling(view: PanelView | null, host: () => Element | null) {
  const key = fillKey(view);
  const made = useRef<{ key: string | null; filling: Filling | null }>({ key: null, filling: null });
  if (made.current.key !== key) made.current = { key, filling: fillingFor(view, host) };
  const { filling } = made.current;
  const [seen, setSeen] = useState<{ filling: Filling; state: FillState } | null>(null);

  useLayoutEffect(() => {
    if (!filling) return;
    const stop = filling.subscribe((state) => setSeen({ filling, state }));
    void filling.loadAndMaybeFill();
    return () => {
      stop();
      filling.destroy();
    };
  }, [filling]);

  const state = filling && (seen?.filling === filling ? seen.state : filling.state());
  const ui: FillUi | undefined = filling && state ? { ...state, ...filling.actions } : undefined;
  return { filling, ui };
}
