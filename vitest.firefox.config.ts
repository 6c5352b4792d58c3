import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// End-to-end in Firefox ESR: the built Firefox extension (.output/firefox-mv3) in Debian's
// firefox-esr, driven by puppeteer-core over WebDriver BiDi. One file at a time: two cores, and each
// test starts its own browser.
//
// No WxtVitest() here: it rewrites the global `browser` into an import of WXT's fake, and the tests
// use `browser` inside page.evaluate(), where it must stay Firefox's own extension API.
export default defineConfig({
  resolve: { alias: { '@/': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    environment: 'node',
    include: ['test/firefox/**/*.firefox.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 30_000,
    // No retries: a flaky test is a bug to fix, not to hide.
    retry: 0,
  },
});
