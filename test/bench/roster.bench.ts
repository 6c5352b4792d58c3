/**
 * The roster budget: 1,000 users read and given locked share codes in under
 * 2 s, with the real key derivation (PBKDF2-SHA256, 600,000 iterations, once).
 * Run: npx vitest bench --run test/bench/roster.bench.ts
 */
import { bench, describe, expect } from 'vitest';
import { GroupProfileSchema } from '@/lib/group-profile';
import { parseRoster, rosterCodes, rosterCsv } from '@/lib/roster';
import { KDF_ITERATIONS, newKeyParams } from '@/lib/secret-box';

const ROWS = 1000;
const GROUP = GroupProfileSchema.parse({
  groupName: 'Missouri Department of Social Services – Cole County Children’s Division',
  pin: '4417-88',
  mailingAddress: { line1: '1716 Four Seasons Dr', line2: 'Suite 200', city: 'Jefferson City', zip: '65101' },
  phone: '573-555-0142',
  department: 'Children’s Division',
  supervisor: 'Ann Smith',
  note: 'Use your work e-mail. If the court refuses the PIN, ask Ann for the current one.',
  rules: [{ screen: 'name-email', signature: 'nom de famille', field: 'lastName' }],
});
const FIRST = ['José', 'Ann', 'Bo', 'Zoë', 'Li', 'Mary Ann', 'Ñico', 'Élodie'];
const LAST = ['Ñúñez', 'Lee', 'Chen', 'Müller', "O'Neil, Jr.", 'Smith', 'Doe'];
const csv =
  '\uFEFFFirst Name,Last Name,Email Address,Job Title,Dept,Supervisor Name\r\n' +
  Array.from({ length: ROWS }, (_, i) => {
    const last = LAST[i % LAST.length]!;
    return `${FIRST[i % FIRST.length]},"${last}",user${i}@dss.mo.gov,Clerk ${i % 7},Unit ${i % 13},Supervisor ${i % 5}`;
  }).join('\r\n');

describe(`a roster of ${ROWS.toLocaleString('en-US')} users`, () => {
  bench(
    `parseRoster + rosterCodes with a passphrase (${KDF_ITERATIONS.toLocaleString('en-US')} iterations, once)`,
    async () => {
      const parsed = parseRoster(csv);
      if (!parsed.ok) throw new Error(parsed.error);
      const codes = await rosterCodes(GROUP, parsed.rows, 'blue heron at noon', newKeyParams());
      expect(codes).toHaveLength(ROWS);
      rosterCsv(codes);
    },
    { iterations: 5, time: 0, warmupIterations: 1 },
  );

  bench(
    'parseRoster alone',
    () => {
      const parsed = parseRoster(csv);
      if (!parsed.ok || parsed.rows.length !== ROWS) throw new Error('roster not read');
    },
    { iterations: 20, time: 0 },
  );
});
