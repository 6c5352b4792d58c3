/**
 * The profile store's taught rules: read them for a screen, add some, and on
 * the options page list them with where they came from and delete one.
 */
import { abort, quiet, type StoredRule } from './db';
import { t } from '../i18n';
import type { ScreenId } from '../procedure/procedure';
import { guard, type StoreDb } from './store-access';
import { ruleId } from './profile-write';
import { StoreError } from './store-error';
import { MAX_RULES, keptRule, ruleKey, type KeptRule, type TaughtRule } from '../recognise/taught-rules';

export function ruleParts(db: StoreDb) {
  return {
    async rules(screen: ScreenId): Promise<TaughtRule[]> {
      return guard(async () =>
        (await (await db()).getAllFromIndex('rules', 'screen', screen)).map(({ id: _id, ...r }) => r),
      );
    },

    /** Add taught rules; a rule for the same screen and label replaces the old one. */
    async addRules(rules: readonly TaughtRule[]): Promise<void> {
      return guard(async () => {
        const tx = (await db()).transaction('rules', 'readwrite');
        quiet(tx);
        for (const r of rules) await tx.store.put({ ...r, id: ruleId(r) } satisfies StoredRule);
        if ((await tx.store.count()) > MAX_RULES) {
          abort(tx);
          throw new StoreError(t('error_too_many_taught_add', MAX_RULES));
        }
        await tx.done;
      });
    },

    // ---- Taught fields on the options page: list them with where they came from, delete one. ----

    /** Every taught field, with where it came from (rules kept before that was recorded: taught here, date unknown). */
    async listRules(): Promise<KeptRule[]> {
      return guard(async () => (await (await db()).getAll('rules')).map(keptRule));
    },

    /** Forget one taught field; one already gone is no error (another window may have deleted it). */
    async deleteRule(rule: Pick<TaughtRule, 'screen' | 'signature'>): Promise<void> {
      return guard(async () => void (await (await db()).delete('rules', ruleKey(rule))));
    },
  };
}
