/**
 * A strong password for the new account, meeting the strictest rules the
 * court's sites are known to use (site-notes.md): at least 8 characters with
 * upper case, lower case, digits and symbols; no more than two characters in
 * a row shared with the user name; none of the person's names.
 */
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ'; // no I or O: easy to misread when written down
const LOWER = 'abcdefghijkmnopqrstuvwxyz'; // no l
const DIGITS = '23456789'; // no 0 or 1
const SYMBOLS = '!#$%*+-=?@_';
const ALL = UPPER + LOWER + DIGITS + SYMBOLS;

export const GENERATED_LENGTH = 16;

/** A uniform number below n, without modulo bias. */
function below(n: number, random: (count: number) => Uint32Array): number {
  const limit = Math.floor(0x1_0000_0000 / n) * n;
  for (;;) {
    const r = random(1)[0]!;
    if (r < limit) return r % n;
  }
}
const pick = (set: string, random: (count: number) => Uint32Array) => set[below(set.length, random)]!;

const cryptoRandom = (n: number) => crypto.getRandomValues(new Uint32Array(n));

export function meetsSiteRules(password: string, username: string, names: readonly string[]): boolean {
  if (password.length < 8) return false;
  const classes = [/[A-Z]/, /[a-z]/, /\d/, /[^A-Za-z0-9]/].filter((r) => r.test(password)).length;
  if (classes < 3) return false;
  const p = password.toLowerCase();
  const u = username.toLowerCase();
  for (let i = 0; i + 3 <= u.length; i++) if (p.includes(u.slice(i, i + 3))) return false;
  return names.every((n) => n.trim().length < 2 || !p.includes(n.trim().toLowerCase()));
}

export function generatePassword(
  username = '',
  names: readonly string[] = [],
  random: (n: number) => Uint32Array = cryptoRandom,
): string {
  for (;;) {
    const chars = [UPPER, UPPER, LOWER, LOWER, DIGITS, DIGITS, SYMBOLS, SYMBOLS].map((s) => pick(s, random));
    while (chars.length < GENERATED_LENGTH) chars.push(pick(ALL, random));
    // Shuffle (Fisher-Yates) so the guaranteed classes are not always first.
    for (let i = chars.length - 1; i > 0; i--) {
      const j = below(i + 1, random);
      [chars[i], chars[j]] = [chars[j]!, chars[i]!];
    }
    const password = chars.join('');
    if (meetsSiteRules(password, username, names)) return password;
  }
}
