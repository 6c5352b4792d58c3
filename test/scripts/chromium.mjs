// Finds the Chromium the tests and the demo drive: CHROMIUM_PATH, then Debian's.
import { createHash, X509Certificate } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

export const HOW_TO_GET_CHROMIUM =
  'Chromium not found: install it with `sudo apt-get install -y chromium` (Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium binary.';

/** @returns {string | null} */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter(Boolean);
  return candidates.find((p) => existsSync(p)) ?? null;
}

/**
 * The test build the suites load (MO_TEST_BUILD=1, see wxt.config.ts): the panel's shadow root open
 * on `<mo-efiling-assistant>`, so tests can read it; nothing else differs from the build we ship.
 */
export const EXTENSION_DIR = new URL('../../.output-test/chrome-mv3', import.meta.url).pathname;
/** The build we ship (closed panel, a new element name on every page): the demo and the trust suite. */
export const SHIPPED_EXTENSION_DIR = new URL('../../.output/chrome-mv3', import.meta.url).pathname;
/** The test build with the optional bookmarks permission already granted (see wxt.config.ts). */
export const GRANTED_EXTENSION_DIR = new URL('../../.output-granted/chrome-mv3', import.meta.url).pathname;

/**
 * The replica's test-only certificate, trusted by its public key alone: tabs the extension opens
 * itself (not through the test driver) must not hit a certificate error, and no other site's
 * certificate checks are relaxed.
 */
function replicaCertSpki() {
  const pem = readFileSync(new URL('../replica/cert/cert.pem', import.meta.url), 'utf8');
  const spki = new X509Certificate(pem).publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(spki).digest('base64');
}

/**
 * Chromium flags: load our extension only, send the court's hosts (and the
 * replica's mailbox and look-alike hosts) to the local replica, and keep
 * Chromium from reaching out to the network on its own.
 * @param {{ port: number, httpPort?: number } | undefined} replica
 * @param {string} [extensionDir]
 * @returns {string[]}
 */
export function chromiumArgs(replica, extensionDir = EXTENSION_DIR) {
  const hosts = [
    'www.courts.mo.gov',
    'courts.mo.gov',
    'mail.replica.test',
    'courts.mo.gov.example.test',
    'xcourts.mo.gov',
  ];
  const rules = replica
    ? hosts.flatMap((h) => [
        `MAP ${h}:443 127.0.0.1:${replica.port}`,
        ...(replica.httpPort ? [`MAP ${h}:80 127.0.0.1:${replica.httpPort}`] : []),
      ])
    : [];
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    // Chromium would quietly upgrade http:// to https://; the http warning needs to see a real http page.
    ...(rules.length
      ? [
          `--host-resolver-rules=${rules.join(', ')}`,
          '--disable-features=HttpsUpgrades',
          `--ignore-certificate-errors-spki-list=${replicaCertSpki()}`,
        ]
      : []),
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
}

// Run directly: exit non-zero with one line of advice when there is none.
if (import.meta.url === `file://${process.argv[1]}`) {
  if (!findChromium()) {
    console.error(HOW_TO_GET_CHROMIUM);
    process.exit(1);
  }
}
