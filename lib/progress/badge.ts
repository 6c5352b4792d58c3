/** Shows the person's place in the procedure on the toolbar button. */
import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { TOTAL_STEPS } from '../procedure/procedure';
import { badgeText, type Progress } from './progress';

const COLOR = '#1d4f91'; // court blue, readable behind white text

export async function showProgressOnBadge(progress: Progress): Promise<void> {
  const text = badgeText(progress);
  await browser.action.setBadgeBackgroundColor({ color: COLOR });
  await browser.action.setBadgeText({ text });
  await browser.action.setTitle({
    title:
      text === ''
        ? t('actionTitle')
        : text === '✓'
          ? t('badge_title_complete')
          : t('badge_title_step', text, TOTAL_STEPS),
  });
}

/** On a tab showing a screen of the procedure, the badge shows that screen's step; elsewhere, the overall progress. */
export async function showStepOnTab(tabId: number, step: number | null): Promise<void> {
  // null clears the tab's own text so the overall badge shows (Chrome and Firefox); the types omit it.
  await browser.action.setBadgeText({ tabId, text: (step === null ? null : String(step)) as string });
}
