/**
 * options.html#profile and #passphrase (from the popup's "Add your details" and "Unlock"): the part
 * of the page they name scrolled into view and focused, so the person can start typing at once;
 * #import (the popup's "Have a share code?") likewise.
 */
import type { Ref } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { OptionsState } from './Messages';

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

/**
 * For the profile list. options.html#profile: a first run opens the form for the person's details, and
 * the page goes there (its first box focused: the profile name). #passphrase: the passphrase section, to
 * unlock. Each jump is made once, as soon as what it names is on the page.
 */
export function useProfileJump(
  profileCount: number,
  formOpen: boolean,
  openForm: () => void,
  listHeading: Ref<HTMLHeadingElement>,
): void {
  const jump = useRef(jumpPlace(location.hash));
  useEffect(() => {
    if (jump.current === 'profile' && profileCount === 0 && !formOpen) openForm();
  }, []);
  useEffect(() => {
    const place = jump.current;
    if (place === 'passphrase' && bringIntoView(document.getElementById('passphrase-heading'))) jump.current = null;
    if (place !== 'profile') return;
    const form = document.getElementById('profile-form-heading')?.closest('section') ?? null;
    if (formOpen ? bringIntoView(form, 'form:not(.unlock) input') : profileCount > 0) {
      if (!formOpen && listHeading && typeof listHeading === 'object') bringIntoView(listHeading.current);
      jump.current = null;
    }
  });
}

/**
 * options.html#import (the popup's "Have a share code?"): bring the import section into view, its
 * heading focused, once the page's state is loaded (tried again at each load until it is made), and on
 * each later #import.
 */
export function useImportJump(state: OptionsState | null): void {
  const jumpedToImport = useRef(false);
  const goToImport = () => {
    if (location.hash !== '#import') return;
    const heading = document.getElementById('import-heading');
    if (!heading) return;
    jumpedToImport.current = true;
    heading.scrollIntoView?.({ block: 'start' });
    heading.focus();
  };
  useEffect(() => {
    if (state && !jumpedToImport.current) goToImport();
  }, [state]);
  useEffect(() => {
    addEventListener('hashchange', goToImport);
    return () => removeEventListener('hashchange', goToImport);
  }, []);
}
