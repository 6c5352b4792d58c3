/**
 * The suggested password after "Suggest a strong password": kept, encrypted,
 * in the active profile (the background says why not, if not), and copied.
 */
import type { PasswordKept, SuggestedPasswordUi } from '@/components/panel/SuggestedPassword';
import { send } from '@/lib/messaging/send';

export async function keepPassword(suggested: SuggestedPasswordUi | null | undefined, redraw: () => void) {
  if (!suggested) return;
  suggested.kept = 'saving';
  redraw();
  let kept: PasswordKept;
  try {
    kept = await send('profiles/password', { password: suggested.password });
  } catch {
    kept = 'failed';
  }
  suggested.kept = kept;
  redraw();
}

export async function copyPassword(suggested: SuggestedPasswordUi | null | undefined, redraw: () => void) {
  if (!suggested) return;
  const ok = await navigator.clipboard.writeText(suggested.password).then(
    () => true,
    () => false,
  );
  suggested.copied = ok ? 'copied' : 'not-copied';
  redraw();
}
