/**
 * The suggested password after "Suggest a strong password": kept, encrypted,
 * in the active profile (the background says why not, if not), and copied.
 */
import type { FillAction, PasswordKept, SuggestedPasswordUi } from '@/lib/panel/fill-state';
import { send } from '@/lib/messaging/send';

export async function keepPassword(suggested: SuggestedPasswordUi | null | undefined, dispatch: (a: FillAction) => void) {
  if (!suggested) return;
  const { password } = suggested;
  dispatch({ type: 'password-kept', password, kept: 'saving' });
  let kept: PasswordKept;
  try {
    kept = await send('profiles/password', { password });
  } catch {
    kept = 'failed';
  }
  dispatch({ type: 'password-kept', password, kept });
}

export async function copyPassword(suggested: SuggestedPasswordUi | null | undefined, dispatch: (a: FillAction) => void) {
  if (!suggested) return;
  const { password } = suggested;
  const ok = await navigator.clipboard.writeText(password).then(
    () => true,
    () => false,
  );
  dispatch({ type: 'password-copied', password, copied: ok ? 'copied' : 'not-copied' });
}
