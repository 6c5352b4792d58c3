/**
 * The bytes of a share code: base64url text, the check, and deflate-raw packing with a limit on what
 * unpacking may give (a "zip bomb" is stopped soon after the limit, not unpacked whole).
 */
import { fromBase64, toBase64 } from '../storage/secret-box';

/** Hex digits of the check: the first of SHA-256 over the code's text. */
export const CHECK_LENGTH = 8;
const encoder = new TextEncoder();

export function toBase64Url(bytes: Uint8Array): string {
  return toBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  return fromBase64(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
}

export async function checksum(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
  return [...digest.slice(0, CHECK_LENGTH / 2)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Read everything a transform stream gives for `input`, stopping once more than `limit` bytes came out. */
async function transform(
  stream: CompressionStream | DecompressionStream,
  input: Uint8Array<ArrayBuffer>,
  limit = Infinity,
): Promise<Uint8Array<ArrayBuffer> | 'too-large'> {
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  let stop = false;
  // Fed in slices, so that a "zip bomb" is stopped soon after the limit rather than unpacked whole.
  const feeding = (async () => {
    const SLICE = 4096;
    for (let at = 0; at < input.length && !stop; at += SLICE) await writer.write(input.slice(at, at + SLICE));
    if (!stop) await writer.close();
  })();
  feeding.catch(() => {});
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > limit) {
        stop = true;
        await reader.cancel().catch(() => {});
        await writer.abort().catch(() => {});
        return 'too-large';
      }
      chunks.push(value);
    }
  } catch (error) {
    stop = true;
    await writer.abort().catch(() => {});
    throw error;
  }
  await feeding;
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export async function deflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  return (await transform(new CompressionStream('deflate-raw'), bytes)) as Uint8Array<ArrayBuffer>;
}

export async function inflate(
  bytes: Uint8Array<ArrayBuffer>,
  limit: number,
): Promise<Uint8Array<ArrayBuffer> | 'too-large'> {
  return transform(new DecompressionStream('deflate-raw'), bytes, limit);
}

export function concat(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
