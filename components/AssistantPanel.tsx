/**
 * The small assistant panel shown on court pages: on a registration screen,
 * its steps (and Fill, and the bookmark); on another court page, help; once
 * registration is finished, a short note. Its parts are in components/panel/.
 */
import { t } from '@/lib/i18n';
import { TOTAL_STEPS } from '@/lib/procedure/procedure';
import { guideFor } from '@/lib/procedure/screen-guide';
import type { PanelView } from '@/lib/panel/panel-state';
import type { BookmarkActions } from './BookmarkControl';
import { FillSection, type FillUi } from './FillSection';
import { BookmarkControl } from './BookmarkControl';
import { FinishedNote } from './panel/FinishedNote';
import { Frame } from './panel/Frame';
import { ScreenGuidance } from './panel/ScreenGuidance';
import { Unrecognised, type UnrecognisedProps } from './panel/Unrecognised';

/** The court's help desk, for a person who is stuck. */
export const helpDesk = () => t('panel_help_desk');
export { HELP_DESK_TEL } from './panel/HelpDeskLine';

export type { PanelView } from '@/lib/panel/panel-state';

interface Props {
  view: PanelView;
  collapsed: boolean;
  onToggle: () => void;
  /** Copies the page description; resolves false when the browser refused. */
  onCopyReport?: UnrecognisedProps['onCopyReport'];
  copyStatus?: string;
  /** On a screen with fields the extension may fill. */
  fill?: FillUi;
  /** Step 26's "Bookmark eFiling". */
  bookmark?: BookmarkActions;
  /** The finished note: close it for good. */
  onDismiss?: () => void;
}

/** The small assistant panel shown on court pages. */
export function AssistantPanel({
  view,
  collapsed,
  onToggle,
  onCopyReport,
  copyStatus,
  fill,
  bookmark,
  onDismiss,
}: Props) {
  // Every view is one Frame, so the panel's box stays the same element from one view to the next.
  if (view.kind === 'unrecognised') {
    return (
      <Frame heading={t('panel_unrecognised_heading')} collapsed={collapsed} onToggle={onToggle}>
        <Unrecognised
          report={view.report}
          adminEmail={view.adminEmail}
          onCopyReport={onCopyReport}
          copyStatus={copyStatus}
        />
      </Frame>
    );
  }
  if (view.kind === 'finished') {
    return (
      <Frame heading={t('panel_finished_heading')} collapsed={collapsed} onToggle={onToggle}>
        <FinishedNote onDismiss={() => onDismiss?.()} />
      </Frame>
    );
  }
  const guide = guideFor(view.screen, view.step);
  return (
    <Frame
      heading={
        <>
          {t('panel_step_of', view.step, TOTAL_STEPS)} <span class="sub">{t(guide.title)}</span>
        </>
      }
      collapsed={collapsed}
      onToggle={onToggle}
    >
      <ScreenGuidance guide={guide} screens={view.screens} />
      {guide.offersBookmark && bookmark && <BookmarkControl actions={bookmark} place="panel" />}
      {fill && guide.mayFill && <FillSection {...fill} />}
    </Frame>
  );
}
