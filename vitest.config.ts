import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { gateDefines } from './lib/page/gate-facts';

export default defineConfig({
  plugins: [WxtVitest()],
  // The same build-time facts the extension's gate gets (wxt.config.ts).
  define: gateDefines(),
  test: {
    environment: 'happy-dom',
    include: ['test/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['test/unit/setup.ts'],
    restoreMocks: true,
  },
});
