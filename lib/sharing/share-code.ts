/**
 * Share codes: a profile file (usually a group profile) as one line of text an
 * administrator can paste into an e-mail, and a user can paste back.
 *
 *   MOEF3-<body>.<check>     plain:  body = base64url(deflate-raw(file JSON, UTF-8))
 *   MOEF3E-<body>.<check>    locked: body = base64url(saltLength(1) | salt | iterations(4, big-endian)
 *                                                      | iv(12) | AES-GCM ciphertext with its tag)
 *                            where the sealed value is the base64 of deflate-raw(file JSON),
 *                            sealed by secret-box.ts (PBKDF2-SHA256 key, random IV per code).
 *   check = the first 8 hex digits of SHA-256 over the ASCII text "<prefix><body>".
 *
 * Version 3 codes carry profile files of version 3 (the administrator's
 * e-mail); version 2 codes (MOEF2-, MOEF2E-: the same layout, files of version
 * 2 or older) are still read.
 *
 * Whitespace, line breaks, invisible characters and e-mail quoting (">") are
 * ignored when reading. A code holding the PIN is only ever made, and only
 * read, locked; security answers are never in a code (they are each person's
 * own), and a code holding them is refused. Every refusal is a plain sentence; decoding never
 * throws.
 */
import { t } from '../i18n';
import { hasSecrets, splitSecrets } from '../profile/profile';
import { parseProfileFile, MAX_FILE_BYTES, type ProfileFile } from '../profile/profile-file';
import {
  WrongPassphraseError,
  deriveKey,
  fromBase64,
  newKeyParams,
  open,
  seal,
  toBase64,
  type KeyParams,
} from '../storage/secret-box';
import { CHECK_LENGTH, checksum, concat, deflate, fromBase64Url, inflate, toBase64Url } from './code-bytes';

// The code's bytes, as the tests and the README's hand-made codes use them.
export { checksum, fromBase64Url, toBase64Url } from './code-bytes';

export const SHARE_CODE_VERSION = 3;
/** Code versions still read, each with the newest profile file version it may carry. */
const FILE_VERSION_IN_CODE: Readonly<Record<number, number>> = { 2: 2, 3: 3 };
export const PLAIN_PREFIX = `MOEF${SHARE_CODE_VERSION}-`;
export const LOCKED_PREFIX = `MOEF${SHARE_CODE_VERSION}E-`;
/** Longest code (without whitespace) made or read: far more than any real profile needs. */
export const MAX_CODE_CHARS = 64 * 1024;
/** Longest pasted text looked at, whitespace included. */
export const MAX_PASTED_CHARS = 4 * MAX_CODE_CHARS;
/** Largest profile file a code may unpack to (the same limit as a profile file). */
export const MAX_DECODED_BYTES = MAX_FILE_BYTES;
export const MIN_PASSPHRASE = 8;
/** Key-derivation costs a code may ask for: below is too weak, above would freeze the page. */
const MIN_ITERATIONS = 100_000;
const MAX_ITERATIONS = 2_000_000;
const IV_LENGTH = 12;
const TAG_LENGTH = 16;

/**
 * Every refusal, in the browser's language: each member is read (a getter) or
 * called when the message is needed, so it is built then, not at module load.
 */
export const SHARE_CODE_MESSAGES = {
  get empty() {
    return t('share_empty');
  },
  get notACode() {
    return t('share_not_a_code');
  },
  get profileFile() {
    return t('share_profile_file');
  },
  get unknownVersion() {
    return t('share_unknown_version');
  },
  newerVersion: (v: number) => t('share_newer_version', v),
  get truncated() {
    return t('share_truncated');
  },
  get damaged() {
    return t('share_damaged');
  },
  get tooLong() {
    return t('share_too_long', MAX_CODE_CHARS / 1024);
  },
  get tooLarge() {
    return t('share_too_large', MAX_DECODED_BYTES / 1024);
  },
  get needsPassphrase() {
    return t('share_needs_passphrase');
  },
  get wrongPassphrase() {
    return t('share_wrong_passphrase');
  },
  get badLock() {
    return t('share_bad_lock');
  },
  refused: (errors: readonly string[]) => t('share_refused', errors.join(' ')),
  get plainWithPin() {
    return t('share_plain_with_pin');
  },
  get holdsAnswers() {
    return t('share_holds_answers');
  },
  // Making codes:
  get pinNeedsPassphrase() {
    return t('share_pin_needs_passphrase');
  },
  get shortPassphrase() {
    return t('share_short_passphrase', MIN_PASSPHRASE);
  },
  cannotShare: (errors: readonly string[]) => t('share_cannot_share', errors.join(' ')),
  get tooLargeToShare() {
    return t('share_too_large_to_share', MAX_CODE_CHARS / 1024);
  },
  get answersNotShared() {
    return t('share_answers_not_shared');
  },
} as const;

/** A refusal to make a share code; its message is for the person. */
export class ShareCodeError extends Error {
  override name = 'ShareCodeError';
}

export interface ShareKey {
  key: CryptoKey;
  params: KeyParams;
}

export interface EncodeOptions {
  /** Lock the code with this passphrase (a key is derived for this one code). */
  passphrase?: string;
  /** Lock the code with a key derived once (a roster's many codes); a new IV per code. Wins over `passphrase`. */
  key?: ShareKey;
}

export type DecodeResult =
  { ok: true; file: ProfileFile; locked: boolean } | { ok: false; error: string; needsPassphrase?: boolean };

const encoder = new TextEncoder();

/** Does this file carry answers to security questions (never in a share code: they are the person's own)? */
export function fileHasAnswers(file: ProfileFile): boolean {
  return file.kind === 'person' && file.profile.securityQuestions.some((q) => Boolean(q.answer));
}

/** Does this file carry anything secret (the group PIN, security answers)? */
export function fileHasSecrets(file: ProfileFile): boolean {
  if (file.kind === 'group') return Boolean(file.group.pin);
  // The secrets are what splitSecrets takes out of a profile (test/unit/profile.test.ts ties it to isSecret in fields.ts).
  return hasSecrets(splitSecrets(file.profile).secrets);
}

/** Derive the key for a passphrase once, to lock many codes with it (new salt each time). */
export async function shareKey(passphrase: string, params: KeyParams = newKeyParams()): Promise<ShareKey> {
  if (passphrase.length < MIN_PASSPHRASE) throw new ShareCodeError(SHARE_CODE_MESSAGES.shortPassphrase);
  return { key: await deriveKey(passphrase, params), params };
}

function lockHeader(params: KeyParams): Uint8Array {
  const salt = fromBase64(params.salt);
  if (salt.length < 1 || salt.length > 255) throw new ShareCodeError(SHARE_CODE_MESSAGES.badLock);
  const header = new Uint8Array(1 + salt.length + 4);
  header[0] = salt.length;
  header.set(salt, 1);
  new DataView(header.buffer).setUint32(1 + salt.length, params.iterations);
  return header;
}

/**
 * The share code for a profile file. Refuses (ShareCodeError, a plain message)
 * a file that is not valid, a file with a PIN and no passphrase or key, a short
 * passphrase, and a profile too large for a code.
 */
export async function encodeShareCode(file: ProfileFile, options: EncodeOptions = {}): Promise<string> {
  // The code must be one that decodeShareCode accepts: check it as the reader will.
  const checked = parseProfileFile(JSON.stringify(file));
  if (!checked.ok) throw new ShareCodeError(SHARE_CODE_MESSAGES.cannotShare(checked.errors));
  const json = JSON.stringify(checked.value);

  if (fileHasAnswers(checked.value)) throw new ShareCodeError(SHARE_CODE_MESSAGES.answersNotShared);
  let lock = options.key ?? null;
  if (!lock && options.passphrase) lock = await shareKey(options.passphrase);
  if (!lock && fileHasSecrets(checked.value)) throw new ShareCodeError(SHARE_CODE_MESSAGES.pinNeedsPassphrase);

  const packed = await deflate(encoder.encode(json));
  let prefix = PLAIN_PREFIX;
  let body = packed;
  if (lock) {
    const sealed = await seal(lock.key, toBase64(packed));
    prefix = LOCKED_PREFIX;
    body = concat(lockHeader(lock.params), fromBase64(sealed.iv), fromBase64(sealed.data));
  }
  const text = prefix + toBase64Url(body);
  const code = `${text}.${await checksum(text)}`;
  if (code.length > MAX_CODE_CHARS) throw new ShareCodeError(SHARE_CODE_MESSAGES.tooLargeToShare);
  return code;
}

/** A code broken into lines for an e-mail (reading ignores the line breaks). */
export function wrapShareCode(code: string, width = 60): string {
  return code.match(new RegExp(`.{1,${width}}`, 'g'))?.join('\n') ?? '';
}

const CODE_HEAD = /^MOEF(\d{1,9})(E?)-/;
const BASE64URL = /^[A-Za-z0-9_-]*$/;
const HEX = /^[0-9a-f]*$/;

/** Read a pasted share code. Never throws: every failure is a plain message. */
export async function decodeShareCode(code: string, passphrase?: string): Promise<DecodeResult> {
  try {
    return await decode(code, passphrase);
  } catch {
    return { ok: false, error: SHARE_CODE_MESSAGES.damaged };
  }
}

async function decode(code: unknown, passphrase?: string): Promise<DecodeResult> {
  const M = SHARE_CODE_MESSAGES;
  const fail = (error: string, needsPassphrase?: boolean): DecodeResult =>
    needsPassphrase ? { ok: false, error, needsPassphrase } : { ok: false, error };

  if (typeof code !== 'string') return fail(M.notACode);
  if (code.length > MAX_PASTED_CHARS) return fail(M.tooLong);
  const compact = code.replace(/^[ \t]*(?:>[ \t]*)+/gm, '').replace(/[\s\u00AD\u200B-\u200D\u2060\uFEFF]+/g, '');
  if (!compact) return fail(M.empty);
  if (compact.length > MAX_CODE_CHARS) return fail(M.tooLong);

  const head = CODE_HEAD.exec(compact);
  if (!head)
    return fail(compact.startsWith('{') && compact.includes('mo-efiling-profile') ? M.profileFile : M.notACode);
  const version = Number(head[1]);
  if (version > SHARE_CODE_VERSION) return fail(M.newerVersion(version));
  const newestFile = FILE_VERSION_IN_CODE[version];
  if (newestFile === undefined) return fail(M.unknownVersion);
  const locked = head[2] === 'E';

  const rest = compact.slice(head[0].length);
  const dot = rest.lastIndexOf('.');
  if (dot < 0) return fail(BASE64URL.test(rest) ? M.truncated : M.damaged);
  const body = rest.slice(0, dot);
  const check = rest.slice(dot + 1);
  if (check.length < CHECK_LENGTH && HEX.test(check) && BASE64URL.test(body)) return fail(M.truncated);
  if (check.length !== CHECK_LENGTH || !HEX.test(check) || !BASE64URL.test(body)) return fail(M.damaged);
  if ((await checksum(head[0] + body)) !== check) return fail(M.damaged);

  let bytes = fromBase64Url(body);
  if (locked) {
    if (!passphrase) return fail(M.needsPassphrase, true);
    const saltLength = bytes[0] ?? 0;
    const ivAt = 1 + saltLength + 4;
    if (saltLength < 1 || bytes.length < ivAt + IV_LENGTH + TAG_LENGTH) return fail(M.damaged);
    const iterations = new DataView(bytes.buffer, bytes.byteOffset).getUint32(1 + saltLength);
    if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) return fail(M.badLock);
    const key = await deriveKey(passphrase, { salt: toBase64(bytes.slice(1, 1 + saltLength)), iterations });
    let opened: unknown;
    try {
      opened = await open(key, {
        iv: toBase64(bytes.slice(ivAt, ivAt + IV_LENGTH)),
        data: toBase64(bytes.slice(ivAt + IV_LENGTH)),
      });
    } catch (error) {
      if (error instanceof WrongPassphraseError) return fail(M.wrongPassphrase, true);
      throw error;
    }
    if (typeof opened !== 'string') return fail(M.damaged);
    bytes = fromBase64(opened);
  }

  const unpacked = await inflate(bytes, MAX_DECODED_BYTES);
  if (unpacked === 'too-large') return fail(M.tooLarge);
  const text = new TextDecoder('utf-8', { fatal: true }).decode(unpacked);
  const parsed = parseProfileFile(text, newestFile);
  if (!parsed.ok) return fail(M.refused(parsed.errors));
  // Made by this extension, a code never holds answers, nor a PIN unlocked: one that does was made to mislead.
  if (fileHasAnswers(parsed.value)) return fail(M.holdsAnswers);
  if (!locked && fileHasSecrets(parsed.value)) return fail(M.plainWithPin);
  return { ok: true, file: parsed.value, locked };
}
