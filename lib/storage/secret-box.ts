/**
 * Encryption for the few things that must never be stored in plain text:
 * the account password, the security answers and the group PIN.
 * PBKDF2-SHA256 turns the person's passphrase into an AES-GCM key; every
 * sealed value has its own random IV. WebCrypto only: nothing hand-rolled.
 */
import { z } from 'zod';
import { t } from '../i18n';

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
export const KDF_ITERATIONS = 600_000;

export const SealedSchema = z.strictObject({ iv: z.base64(), data: z.base64() });
export type Sealed = z.infer<typeof SealedSchema>;

export const KeyParamsSchema = z.strictObject({
  salt: z.base64(),
  iterations: z.int().min(100_000).max(10_000_000),
});
export type KeyParams = z.infer<typeof KeyParamsSchema>;

const encoder = new TextEncoder();

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}
export function fromBase64(b64: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
}

export function newKeyParams(iterations = KDF_ITERATIONS): KeyParams {
  return { salt: toBase64(crypto.getRandomValues(new Uint8Array(16))), iterations };
}

/** Extractable only so the background can keep it for the browser session (storage.session, memory only). */
export async function deriveKey(passphrase: string, params: KeyParams): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', encoder.encode(passphrase), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64(params.salt), iterations: params.iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    true,
    ['encrypt', 'decrypt'],
  );
}

export async function exportKey(key: CryptoKey): Promise<string> {
  return toBase64(new Uint8Array(await crypto.subtle.exportKey('raw', key)));
}
export async function importKey(raw: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', fromBase64(raw), { name: 'AES-GCM' }, true, ['encrypt', 'decrypt']);
}

export async function seal(key: CryptoKey, value: unknown): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, encoder.encode(JSON.stringify(value)));
  return { iv: toBase64(iv), data: toBase64(new Uint8Array(data)) };
}

export class WrongPassphraseError extends Error {
  override name = 'WrongPassphraseError';
  constructor() {
    super(t('error_wrong_passphrase'));
  }
}

/** Opens a sealed value; a wrong key (or damaged data) fails authentication and says so. */
export async function open(key: CryptoKey, sealed: Sealed): Promise<unknown> {
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(sealed.iv) },
      key,
      fromBase64(sealed.data),
    );
    return JSON.parse(new TextDecoder().decode(plain));
  } catch {
    throw new WrongPassphraseError();
  }
}
