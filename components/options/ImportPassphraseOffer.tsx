import { t } from '@/lib/i18n';
import type { Ask } from './Messages';
import { NewPassphraseForm } from './NewPassphraseForm';
import { UnlockForm } from './UnlockForm';

interface Props {
  /** A passphrase is set (but locked): offer to unlock it; else to set one. */
  hasPassphrase: boolean;
  byCode: boolean;
  ask: Ask;
  reload: () => Promise<unknown>;
  /** Set or unlocked: the state reloads and the preview above now keeps the secrets. */
  onReady: () => void;
}

/**
 * The person's own passphrase, offered in the preview when what is imported
 * carries secrets and it is not unlocked: without it they are left out, and a
 * share code's passphrase (the administrator's) is a different one.
 */
export function ImportPassphraseOffer({ hasPassphrase, byCode, ask, reload, onReady }: Props) {
  return (
    <div class="own-passphrase" role="group" aria-labelledby="import-own-heading">
      <h4 id="import-own-heading">{t(hasPassphrase ? 'import_own_unlock_heading' : 'import_own_set_heading')}</h4>
      <p>{t(byCode ? 'import_two_passphrases' : 'import_own_passphrase_file')}</p>
      {hasPassphrase ? (
        <UnlockForm ask={ask} reload={reload} idPrefix="import-own" onUnlocked={onReady} />
      ) : (
        <NewPassphraseForm ask={ask} reload={reload} mode="set" idPrefix="import-own" onDone={onReady} />
      )}
    </div>
  );
}
