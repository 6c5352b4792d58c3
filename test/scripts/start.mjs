// `npm start`: build the extension, start the local replica of the court site,
// and open Chromium with both, so a person can practise the whole procedure.
//   --no-build   use the existing .output/chrome-mv3
//   --smoke      headless: check the assistant appears on the registration page, then exit
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startReplica } from '../replica/server.mjs';
import { HOW_TO_GET_CHROMIUM, SHIPPED_EXTENSION_DIR, chromiumArgs, findChromium } from './chromium.mjs';

const flags = new Set(process.argv.slice(2));
const smoke = flags.has('--smoke');

const executablePath = findChromium();
if (!executablePath) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(1);
}
if (!smoke && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error(
    'No screen to show Chromium on: run `npm start` on a desktop, or under a virtual one with `xvfb-run -a npm start`.',
  );
  process.exit(1);
}
if (!flags.has('--no-build')) {
  const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const replica = await startReplica({ port: 0, httpPort: 0 });
const profile = mkdtempSync(join(tmpdir(), 'mo-efiling-demo-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: smoke,
  ignoreHTTPSErrors: true, // the replica's certificate is self-signed
  viewport: null,
  args: chromiumArgs(replica, SHIPPED_EXTENSION_DIR),
});
const cleanUp = async () => {
  await context.close().catch(() => {});
  await replica.close();
  rmSync(profile, { recursive: true, force: true });
};

const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;
const page = context.pages()[0] ?? (await context.newPage());
await page.goto('https://www.courts.mo.gov/__replica/');
const popup = await context.newPage();
await popup.goto(`chrome-extension://${extensionId}/popup.html`);

if (smoke) {
  const site = await context.newPage();
  await site.goto('https://www.courts.mo.gov/registration');
  // The demo runs the build we ship, whose panel is closed to scripts: the tab's badge tells the step.
  let badge = '';
  for (let i = 0; i < 50 && badge !== '2'; i++) {
    await site.waitForTimeout(200);
    badge = await worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ url: 'https://www.courts.mo.gov/registration*' });
      return chrome.action.getBadgeText({ tabId: tab?.id });
    });
  }
  await cleanUp();
  if (badge !== '2') {
    console.error(`Demo check failed: the registration page's badge said "${badge}", not step 2`);
    process.exit(1);
  }
  console.log('Demo check passed: the practice registration page is recognised as step 2.');
  process.exit(0);
}

console.log(`
Practice site and extension are open in Chromium.
  - First tab: the practice site's index (every screen, both page styles, and the practice mailbox).
  - Second tab: the extension's walkthrough (the toolbar button opens the same).
  - Start at https://www.courts.mo.gov/registration; the group e-mail is at https://mail.replica.test/
    (PIN 4417). Nothing you type leaves this computer: the court's address goes to the local copy.
Close Chromium or press Ctrl+C to stop.`);
context.on('close', () => void cleanUp().then(() => process.exit(0)));
process.on('SIGINT', () => void cleanUp().then(() => process.exit(0)));
