/**
 * A click as the browser reports a real person's: trusted. happy-dom (like a page script) can only
 * make untrusted events, and the panel acts on trusted ones only (components/by-person.ts).
 */
export function clickAsPerson(el: Element): void {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  el.dispatchEvent(event);
}
