import { useState } from 'preact/hooks';
import { t, tParts } from '@/lib/i18n';
import { ruleKey, type KeptRule } from '@/lib/recognise/taught-rules';
import { ErrorAlert, Status, errorText, quoted, type Ask } from './Messages';
import { Iso, QuotedIso, fieldName, screenName } from './rule-text';

interface Props {
  /** null while they are read. */
  rules: readonly KeptRule[] | null;
  ask: Ask;
  reload: () => Promise<unknown>;
}

function origin(r: KeptRule) {
  if (r.origin === 'here') return <>{t('taught_from_here')}</>;
  return <>{tParts(r.origin === 'file' ? 'taught_from_file' : 'taught_from_code', <QuotedIso text={r.from} />)}</>;
}

const since = (at: number | null) =>
  at === null ? t('taught_since_unknown') : new Date(at).toLocaleDateString(t('html_lang'));

/** The fields the person (or an import) taught the assistant: which screen, which label, which field, since when, from where; each can be deleted. */
export function TaughtFields({ rules, ask, reload }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState<string | null>(null);

  const remove = async (r: KeptRule) => {
    if (busy) return;
    setBusy(ruleKey(r));
    setError(null);
    setStatus('');
    try {
      await ask('rules/delete', { screen: r.screen, signature: r.signature });
      await reload();
      setStatus(t('taught_deleted', quoted(r.signature), screenName(r.screen)));
      requestAnimationFrame(() => document.getElementById('taught-heading')?.focus());
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-labelledby="taught-heading">
      <h2 id="taught-heading" tabIndex={-1}>
        {t('label_taught_fields')}
      </h2>
      <p>{t('taught_intro')}</p>
      {rules === null ? (
        <p class="busy">{t('taught_loading')}</p>
      ) : rules.length === 0 ? (
        <p>{t('taught_none')}</p>
      ) : (
        <div class="table-scroll">
          <table class="taught">
            <thead>
              <tr>
                <th scope="col">{t('taught_col_screen')}</th>
                <th scope="col">{t('taught_col_label')}</th>
                <th scope="col">{t('taught_col_field')}</th>
                <th scope="col">{t('taught_col_since')}</th>
                <th scope="col">{t('taught_col_from')}</th>
                <td />
              </tr>
            </thead>
            <tbody>
              {rules.map((r) => (
                <tr key={ruleKey(r)}>
                  <td>{screenName(r.screen)}</td>
                  <th scope="row">
                    <Iso text={r.signature} />
                  </th>
                  <td>{fieldName(r.field)}</td>
                  <td>{since(r.at)}</td>
                  <td>{origin(r)}</td>
                  <td>
                    <button
                      type="button"
                      aria-label={t('taught_delete_label', quoted(r.signature), screenName(r.screen))}
                      disabled={busy === ruleKey(r)}
                      onClick={() => void remove(r)}
                    >
                      {t('taught_delete')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ErrorAlert message={error} />
      <Status message={status} />
    </section>
  );
}
