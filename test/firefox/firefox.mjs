// Finds the Firefox the Firefox end-to-end tests drive: FIREFOX_PATH, then Debian's Firefox ESR.
import { existsSync, readFileSync } from 'node:fs';

export const HOW_TO_GET_FIREFOX =
  'Firefox not found: install it with `sudo apt-get install -y firefox-esr` (Debian/Ubuntu) or set FIREFOX_PATH to a Firefox binary (140 or newer).';

/** @returns {string | null} */
export function findFirefox() {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr'].filter(Boolean);
  return candidates.find((p) => existsSync(p)) ?? null;
}

/** The built Firefox extension (`wxt build -b firefox --mv3`). */
export const FIREFOX_EXTENSION_DIR = new URL('../../.output-test/firefox-mv3', import.meta.url).pathname;

/** The add-on id, as the build declares it (wxt.config.ts is the one place it is written). */
export function geckoId(dir = FIREFOX_EXTENSION_DIR) {
  const manifest = JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8'));
  return /** @type {string} */ (manifest.browser_specific_settings.gecko.id);
}

// Run directly: exit non-zero with one line of advice when there is none.
if (import.meta.url === `file://${process.argv[1]}`) {
  if (!findFirefox()) {
    console.error(HOW_TO_GET_FIREFOX);
    process.exit(1);
  }
}
