import { byPerson } from './by-person';
import type { ComponentChildren } from 'preact';
import { t } from '@/lib/i18n';
import { helpMailto } from '@/lib/panel/help-mail';
import { TOTAL_STEPS, getScreen } from '@/lib/procedure/procedure';
import { guideFor } from '@/lib/procedure/screen-guide';
import type { PanelView } from '@/lib/panel/panel-state';
import type { BookmarkActions } from './BookmarkControl';
import { FillSection, type FillUi } from './FillSection';
import { BookmarkControl } from './BookmarkControl';

/** The court's help desk, for a person who is stuck. */
export const helpDesk = () => t('panel_help_desk');
/** The OSCA Help Desk's number as a tel: address. */
export const HELP_DESK_TEL = 'tel:+18885414894';

export type { PanelView } from '@/lib/panel/panel-state';

interface Props {
  view: PanelView;
  collapsed: boolean;
  onToggle: () => void;
  /** Copies the page description; resolves false when the browser refused. */
  onCopyReport?: () => Promise<boolean>;
  copyStatus?: string;
  /** On a screen with fields the extension may fill. */
  fill?: FillUi;
  /** Step 26's "Bookmark eFiling". */
  bookmark?: BookmarkActions;
  /** The finished note: close it for good. */
  onDismiss?: () => void;
}

function Frame({
  heading,
  collapsed,
  onToggle,
  children,
}: {
  heading: ComponentChildren;
  collapsed: boolean;
  onToggle: () => void;
  children: ComponentChildren;
}) {
  return (
    <section class={`panel ${collapsed ? 'collapsed' : ''}`} aria-labelledby="mo-efa-heading" lang={t('html_lang')}>
      <header>
        <h2 id="mo-efa-heading">{heading}</h2>
        <button
          type="button"
          class="toggle"
          aria-expanded={!collapsed}
          aria-controls="mo-efa-body"
          aria-label={collapsed ? t('panel_show') : t('panel_hide')}
          onClick={byPerson(onToggle)}
        >
          {collapsed ? '+' : '–'}
        </button>
      </header>
      {!collapsed && (
        <div id="mo-efa-body" class="body">
          {children}
        </div>
      )}
    </section>
  );
}

/** Help with an address: an e-mail to the administrator the profile names (else their mail program asks whom) and the help desk. */
function Unrecognised({
  report,
  adminEmail = '',
  onCopyReport,
  copyStatus,
}: { report: string; adminEmail?: string | undefined } & Pick<Props, 'onCopyReport' | 'copyStatus'>) {
  return (
    <>
      <p>{t('panel_unrecognised_text')}</p>
      <p>{t('panel_report_explanation')}</p>
      <div class="row">
        <a
          class="button primary"
          href={helpMailto(report, adminEmail)}
          // Only the person's own click opens their mail program, never a page script's.
          onClick={(e) => {
            if (!e.isTrusted) e.preventDefault();
          }}
        >
          {t('panel_email_admin')}
        </a>
        <button type="button" onClick={byPerson(() => void onCopyReport?.())}>
          {t('panel_copy_report')}
        </button>
      </div>
      <p class="hint">{adminEmail ? t('panel_email_admin_to', adminEmail) : t('panel_email_admin_unknown')}</p>
      {copyStatus && (
        <p role="status" class="status">
          {copyStatus}
        </p>
      )}
      <p class="help">
        {t('panel_call_help_desk')}{' '}
        <a href={HELP_DESK_TEL} class="tel">
          {t('panel_help_desk_number')}
        </a>{' '}
        {t('panel_help_desk_hours')}
      </p>
    </>
  );
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
  if (view.kind === 'unrecognised') {
    return (
      <Frame heading={t('panel_unrecognised_heading')} collapsed={collapsed} onToggle={onToggle}>
        <Unrecognised report={view.report} adminEmail={view.adminEmail} onCopyReport={onCopyReport} copyStatus={copyStatus} />
      </Frame>
    );
  }
  if (view.kind === 'finished') {
    return (
      <Frame heading={t('panel_finished_heading')} collapsed={collapsed} onToggle={onToggle}>
        <p class="done-note">{t('panel_finished_text')}</p>
        <div class="row">
          <button type="button" onClick={byPerson(() => onDismiss?.())}>
            {t('panel_finished_dismiss')}
          </button>
        </div>
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
      {guide.warnings.map((w) => (
        <p key={w} class="reminder warning" role="note">
          <span aria-hidden="true">⚠ </span>
          {t(w)}
        </p>
      ))}
      {view.screens.length > 1 && (
        <div class="parts">
          <p>{t('panel_parts')}</p>
          <ul>
            {view.screens.map((s) => (
              <li key={s}>{t(getScreen(s).title)}</li>
            ))}
          </ul>
        </div>
      )}
      {guide.steps.length > 0 && (
        <>
          <p class="lead">{t('panel_what_to_do')}</p>
          <ol class="steps">
            {guide.steps.map((s) => (
              <li key={s.number} value={s.number}>
                {t(s.instruction)}
                {s.yourself && <span class="yourself"> {t('panel_yourself', t(s.yourself))}</span>}
              </li>
            ))}
          </ol>
        </>
      )}
      {guide.notes.map((n) => (
        <p key={n} class="note">
          {t(n)}
        </p>
      ))}
      {guide.reminders.map((r) => (
        <p key={r} class="reminder">
          <span aria-hidden="true">⚠ </span>
          {t(r)}
        </p>
      ))}
      {guide.offersBookmark && bookmark && <BookmarkControl actions={bookmark} place="panel" />}
      {fill && guide.mayFill && <FillSection {...fill} />}
    </Frame>
  );
}
