/** Per-file set-up for end-to-end tests: the replica server and browsers that are cleaned up. */
import { afterAll, afterEach, beforeAll } from 'vitest';
import { startReplica } from '../replica/server.mjs';
import { launch, type Harness, type LaunchOptions } from './harness';

export function useBrowsers(options: { replica?: boolean } = {}) {
  let replica: { port: number; httpPort?: number; close(): Promise<void> } | undefined;
  let open: Harness[] = [];

  if (options.replica) {
    beforeAll(async () => {
      replica = await startReplica({ port: 0, httpPort: 0 });
    });
    afterAll(async () => {
      await replica?.close();
    });
  }
  afterEach(async () => {
    await Promise.all(open.map((h) => h.dispose()));
    open = [];
  });

  return {
    async start(launchOptions: Omit<LaunchOptions, 'replica'> = {}) {
      const h = await launch({ ...launchOptions, replica });
      open.push(h);
      return h;
    },
    /** Close a browser but keep its profile directory (to start it again). */
    async close(h: Harness) {
      await h.close();
      open = open.filter((x) => x !== h);
    },
  };
}
