import { t } from '@/lib/i18n';
import type { LinkId } from '@/lib/procedure/procedure';
import type { OptionsPlace } from './PageActions';

interface Props {
  /** The quick-access view has its own eFiling button. */
  quickAccess: boolean;
  openLink: (link: LinkId) => void;
  showAssistant?: (() => Promise<string>) | undefined;
  onImportCode?: (() => void) | undefined;
  openOptions?: ((place: OptionsPlace) => void) | undefined;
  announce: (message: string) => void;
}

/** The popup's links at the bottom: eFiling, the assistant's panel, a share code, the options page. */
export function PopupFooter({ quickAccess, openLink, showAssistant, onImportCode, openOptions, announce }: Props) {
  return (
    <footer class="row">
      {/* The quick-access view has its own eFiling button. */}
      {!quickAccess && (
        <button type="button" class="link" onClick={() => openLink('efiling')}>
          {t('popup_open_efiling')}
        </button>
      )}
      {showAssistant && (
        <button
          type="button"
          class="link"
          // Not a court page is an ordinary answer, not an error.
          onClick={() => void showAssistant().then(announce, (e: Error) => announce(e.message))}
        >
          {t('popup_show_assistant')}
        </button>
      )}
      {onImportCode && (
        <button type="button" class="link" onClick={onImportCode}>
          {t('popup_have_share_code')}
        </button>
      )}
      {openOptions && (
        <button type="button" class="link" onClick={() => openOptions('top')}>
          {t('popup_options')}
        </button>
      )}
    </footer>
  );
}
