/**
 * What a group administrator typed that must not be lost on a reload, yet is
 * secret: the group PIN and the passphrase that locks share codes. The store
 * keeps them only sealed under the administrator's own passphrase
 * (lib/storage/secret-box.ts), never in plain text; while it is locked, not at all.
 * Schema only (the protocol checks messages with it, in every part).
 */
import * as z from 'zod/mini';

export const AdminSecretsSchema = z.strictObject({
  pin: z.string().check(z.maxLength(64)),
  codePassphrase: z.string().check(z.maxLength(500)),
});
export type AdminSecrets = z.infer<typeof AdminSecretsSchema>;

export const NO_ADMIN_SECRETS: AdminSecrets = { pin: '', codePassphrase: '' };

/** Nothing typed: nothing to keep (and what was kept is removed). */
export const isEmpty = (s: AdminSecrets) => !s.pin && !s.codePassphrase;

/** What was opened, if it is what this extension sealed; anything else opens as nothing kept. */
export function parseAdminSecrets(opened: unknown): AdminSecrets {
  const parsed = AdminSecretsSchema.safeParse(opened);
  return parsed.success ? parsed.data : NO_ADMIN_SECRETS;
}
