// Finds the Chromium the tests and the demo drive: CHROMIUM_PATH, then Debian's.
import { existsSync } from 'node:fs';

export const HOW_TO_GET_CHROMIUM =
  'Chromium not found: install it with `sudo apt-get install -y chromium` (Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium binary.';

/** @returns {string | null} */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter(Boolean);
  return candidates.find((p) => existsSync(p)) ?? null;
}

// Run directly: exit non-zero with one line of advice when there is none.
if (import.meta.url === `file://${process.argv[1]}`) {
  if (!findChromium()) {
    console.error(HOW_TO_GET_CHROMIUM);
    process.exit(1);
  }
}
