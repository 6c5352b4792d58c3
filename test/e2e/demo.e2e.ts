/** `npm start` (the practice demo) starts the replica and Chromium with the extension, and the assistant appears. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('the practice demo', () => {
  it('starts the build we ship, recognises the practice registration page, and stops', () => {
    const run = spawnSync('node', ['test/scripts/start.mjs', '--smoke', '--no-build'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/Demo check passed: the practice registration page is recognised as step 2\./);
    expect(run.status).toBe(0);
  });
});
