/** The court's help desk for a person who is stuck: its number, as a link that calls it, and its hours. */
import { t } from '@/lib/i18n';

/** The OSCA Help Desk's number as a tel: address. */
export const HELP_DESK_TEL = 'tel:+18885414894';

export function HelpDeskLine() {
  return (
    <p class="help">
      {t('panel_call_help_desk')}{' '}
      <a href={HELP_DESK_TEL} class="tel">
        {t('panel_help_desk_number')}
      </a>{' '}
      {t('panel_help_desk_hours')}
    </p>
  );
}
