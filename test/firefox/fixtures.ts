/**
 * Per-file set-up for the Firefox tests: the replica server, and browsers that are closed after each
 * test. Every test also ends with the extension's console checked: no error from any of its pages,
 * its background or its content scripts (collected in the browser window, see harness.ts).
 */
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { startReplica } from '../replica/server.mjs';
import { launchFirefox, type FirefoxHarness, type FirefoxOptions } from './harness';

export function useFirefox(options: { replica?: boolean } = {}) {
  let replica: { port: number; httpPort?: number; close(): Promise<void> } | undefined;
  let open: FirefoxHarness[] = [];
  let errors: string[] = [];

  if (options.replica) {
    beforeAll(async () => {
      replica = await startReplica({ port: 0, httpPort: 0 });
    });
    afterAll(async () => {
      await replica?.close();
    });
  }
  afterEach(async () => {
    for (const h of open) errors.push(...(await h.dispose()));
    const seen = errors;
    open = [];
    errors = [];
    expect(seen, 'console errors from the extension').toEqual([]);
  });

  return {
    async start(launchOptions: Omit<FirefoxOptions, 'replica'> = {}) {
      const h = await launchFirefox({ ...launchOptions, replica });
      open.push(h);
      return h;
    },
    /** Close a browser but keep its profile directory (to start it again); its console is checked. */
    async close(h: FirefoxHarness) {
      errors.push(...(await h.close()));
      open = open.filter((x) => x !== h);
    },
  };
}
