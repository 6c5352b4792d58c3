import { byPerson } from './by-person';
import type { ComponentChildren } from 'preact';
import { t } from '@/lib/i18n';
import { TOTAL_STEPS, getScreen, type ScreenId } from '@/lib/procedure';
import { guideFor } from '@/lib/screen-guide';
import { FillSection, type FillUi } from './FillSection';

/** The court's help desk, for a person who is stuck. */
export const helpDesk = () => t('panel_help_desk');

export type PanelView =
  | { kind: 'screen'; screen: ScreenId; screens: readonly ScreenId[]; step: number }
  | { kind: 'unrecognised'; report: string };

interface Props {
  view: PanelView;
  collapsed: boolean;
  onToggle: () => void;
  /** Copies the page-shape report; resolves false when the browser refused. */
  onCopyReport?: () => Promise<boolean>;
  copyStatus?: string;
  /** On a screen with fields the extension may fill. */
  fill?: FillUi;
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

/** The small assistant panel shown on court pages. */
export function AssistantPanel({ view, collapsed, onToggle, onCopyReport, copyStatus, fill }: Props) {
  if (view.kind === 'unrecognised') {
    return (
      <Frame heading={t('panel_unrecognised_heading')} collapsed={collapsed} onToggle={onToggle}>
        <p>{t('panel_unrecognised_text')}</p>
        <p>{t('panel_report_explanation')}</p>
        <button type="button" class="primary" onClick={byPerson(() => void onCopyReport?.())}>
          {t('panel_copy_report')}
        </button>
        {copyStatus && (
          <p role="status" class="status">
            {copyStatus}
          </p>
        )}
        <details>
          <summary>{t('panel_report_contains')}</summary>
          <textarea readOnly rows={8} aria-label={t('panel_report_label')} value={view.report} />
        </details>
        <p class="help">{t('panel_stuck', helpDesk())}</p>
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
      <p class="lead">{t('panel_what_to_do')}</p>
      <ol class="steps">
        {guide.steps.map((s) => (
          <li key={s.number} value={s.number}>
            {t(s.instruction)}
            {s.yourself && <span class="yourself"> {t('panel_yourself', t(s.yourself))}</span>}
          </li>
        ))}
      </ol>
      {guide.reminders.map((r) => (
        <p key={r} class="reminder">
          <span aria-hidden="true">⚠ </span>
          {t(r)}
        </p>
      ))}
      {fill && <FillSection {...fill} />}
    </Frame>
  );
}
