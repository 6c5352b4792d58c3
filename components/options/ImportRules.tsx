import { t, tParts } from '@/lib/i18n';
import type { ImportPreview, RuleLine } from '@/lib/sharing/import-preview';
import { QuotedIso, fieldName, screenName } from './rule-text';

const where = (r: RuleLine) => [<QuotedIso text={screenName(r.screen)} />, <QuotedIso text={r.signature} />] as const;

/** Each taught field the import adds, replaces (of the person's own) or leaves out, in words. */
export function ImportRules({ preview }: { preview: ImportPreview }) {
  const { rulesAdded, rulesReplaced, rulesDropped, rulesSame } = preview;
  if (!rulesAdded.length && !rulesReplaced.length && !rulesDropped.length && !rulesSame) {
    return <p>{t('import_taught_none', 0)}</p>;
  }
  return (
    <div class="import-rules">
      <p>{t('import_rules_intro')}</p>
      <ul>
        {rulesReplaced.map((r) => (
          <li key={`r${r.screen}|${r.signature}`} class="replaces">
            <strong>
              {tParts('import_rule_replaces', ...where(r), <>{fieldName(r.was.field)}</>, <>{fieldName(r.field)}</>)}
            </strong>
          </li>
        ))}
        {rulesAdded.map((r) => (
          <li key={`a${r.screen}|${r.signature}`}>
            {tParts('import_rule_adds', ...where(r), <>{fieldName(r.field)}</>)}
          </li>
        ))}
        {rulesDropped.map((r, i) => (
          <li key={`d${i}`} class="dropped">
            {tParts('import_rule_dropped', ...where(r), <>{fieldName(r.field)}</>)}
          </li>
        ))}
      </ul>
      {rulesSame > 0 && <p>{t(rulesSame === 1 ? 'import_rules_same_one' : 'import_rules_same_other', rulesSame)}</p>}
    </div>
  );
}
