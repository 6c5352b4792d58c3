/**
 * A script on the page must not press our buttons for the person (in the test
 * build the panel's shadow root is open; in the build we ship it is closed, and
 * this is the second wall). Only a real person's click or key press (a trusted
 * event) acts.
 */
export const byPerson =
  (action: () => void) =>
  (event: Event): void => {
    if (event.isTrusted) action();
  };
