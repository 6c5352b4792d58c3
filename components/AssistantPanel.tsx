import type { ComponentChildren } from 'preact';
import { TOTAL_STEPS, type ScreenId } from '@/lib/procedure';
import { guideFor } from '@/lib/screen-guide';
import { FillSection, type FillUi } from './FillSection';

export const HELP_DESK = 'OSCA Help Desk: (888) 541-4894, 7:30 a.m. to 5:00 p.m., Monday to Friday.';

export type PanelView = { kind: 'screen'; screen: ScreenId; step: number } | { kind: 'unrecognised'; report: string };

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
    <section class={`panel ${collapsed ? 'collapsed' : ''}`} aria-labelledby="mo-efa-heading">
      <header>
        <h2 id="mo-efa-heading">{heading}</h2>
        <button
          type="button"
          class="toggle"
          aria-expanded={!collapsed}
          aria-controls="mo-efa-body"
          aria-label={collapsed ? 'Show the eFiling assistant' : 'Hide the eFiling assistant'}
          onClick={onToggle}
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
      <Frame heading="eFiling assistant: not a registration screen" collapsed={collapsed} onToggle={onToggle}>
        <p>This court page is not one of the registration steps, so there is nothing to do here for registration.</p>
        <p>
          If you expected a registration screen, the court may have changed it. Copy a page-shape report and send it to
          whoever supports this extension. It lists the page’s headings, labels and buttons, never what you typed.
        </p>
        <button type="button" class="primary" onClick={onCopyReport}>
          Copy page-shape report
        </button>
        {copyStatus && (
          <p role="status" class="status">
            {copyStatus}
          </p>
        )}
        <details>
          <summary>What the report contains</summary>
          <textarea readOnly rows={8} aria-label="Page-shape report" value={view.report} />
        </details>
        <p class="help">Stuck? {HELP_DESK}</p>
      </Frame>
    );
  }
  const guide = guideFor(view.screen, view.step);
  return (
    <Frame
      heading={
        <>
          Step {view.step} of {TOTAL_STEPS} <span class="sub">{guide.title}</span>
        </>
      }
      collapsed={collapsed}
      onToggle={onToggle}
    >
      <p class="lead">What to do on this page:</p>
      <ol class="steps">
        {guide.steps.map((s) => (
          <li key={s.number} value={s.number}>
            {s.instruction}
            {s.yourself && <span class="yourself"> You do this yourself: {s.yourself}</span>}
          </li>
        ))}
      </ol>
      {guide.reminders.map((r) => (
        <p key={r} class="reminder">
          <span aria-hidden="true">⚠ </span>
          {r}
        </p>
      ))}
      {fill && <FillSection {...fill} />}
    </Frame>
  );
}
