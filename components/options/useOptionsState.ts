import { useEffect, useState } from 'preact/hooks';
import type { KeptRule } from '@/lib/recognise/taught-rules';
import { errorText, type Ask, type OptionsState } from './Messages';

/** What the options page shows, read from the background when it opens and again after each change. */
export function useOptionsState(ask: Ask) {
  const [state, setState] = useState<OptionsState | null>(null);
  /** The taught fields (null until read): listed on their own, and the import preview says which it replaces. */
  const [rules, setRules] = useState<KeptRule[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  const reloadRules = async () => setRules(await ask('rules/list'));
  const reload = async () => {
    const [next] = await Promise.all([ask('profiles/state'), reloadRules()]);
    setState(next);
    setLoadError(null);
    return next;
  };

  const firstLoad = () => {
    reload().catch((err: unknown) => setLoadError(errorText(err)));
  };
  useEffect(firstLoad, []);

  return { state, rules, loadError, reload, reloadRules, firstLoad };
}
