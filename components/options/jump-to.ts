/**
 * options.html#profile and #passphrase (from the popup's "Add your details" and "Unlock"): the part
 * of the page they name scrolled into view and focused, so the person can start typing at once.
 * (#import is OptionsApp's own.)
 */
export type JumpPlace = 'profile' | 'passphrase';

export function jumpPlace(hash: string): JumpPlace | null {
  return hash === '#profile' ? 'profile' : hash === '#passphrase' ? 'passphrase' : null;
}

/** Scroll to `element` and focus it, or the first element in it that `focusFirst` selects. */
export function bringIntoView(element: HTMLElement | null, focusFirst?: string): boolean {
  if (!element) return false;
  element.scrollIntoView?.({ block: 'start' });
  const box = focusFirst ? element.querySelector<HTMLElement>(focusFirst) : null;
  (box ?? element).focus();
  return true;
}
