/**
 * The panel's box on a court page: its heading, the button that hides and
 * shows it, and its body (left out while it is collapsed).
 */
import type { ComponentChildren } from 'preact';
import { byPerson } from '../by-person';
import { t } from '@/lib/i18n';

export function Frame({
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
