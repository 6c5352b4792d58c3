/** Shows the person's place in the procedure on the toolbar button. */
import { browser } from 'wxt/browser';
import { TOTAL_STEPS } from './procedure';
import { badgeText, type Progress } from './progress';

const COLOR = '#1d4f91'; // court blue, readable behind white text

export async function showProgressOnBadge(progress: Progress): Promise<void> {
  const text = badgeText(progress);
  await browser.action.setBadgeBackgroundColor({ color: COLOR });
  await browser.action.setBadgeText({ text });
  await browser.action.setTitle({
    title: text === '' ? 'Missouri eFiling registration' : text === '✓' ? 'Registration complete' : `Missouri eFiling registration: step ${text} of ${TOTAL_STEPS}`,
  });
}
