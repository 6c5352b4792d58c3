/**
 * Checks run inside a court page by both browsers' suites (Chromium through playwright-core, Firefox
 * through puppeteer-core): self-contained functions, passed to `page.evaluate` as they are.
 */

/** The names (or tags) of the visible boxes and buttons the assistant panel covers; none, when it keeps clear. */
export const fieldsUnderPanel = (): string[] => {
  const box = document
    .querySelector('mo-efiling-assistant')!
    .shadowRoot!.querySelector('.panel')!
    .getBoundingClientRect();
  return [...document.querySelectorAll('input:not([type=hidden]), select, textarea, button')]
    .map((el) => ({ el, r: el.getBoundingClientRect() }))
    .filter(({ r }) => r.width > 0 && r.height > 0)
    .filter(({ r }) => r.left < box.right && box.left < r.right && r.top < box.bottom && box.top < r.bottom)
    .map(({ el }) => (el as HTMLInputElement).name || el.tagName);
};
