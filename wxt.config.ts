import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// WXT has no Preact module; the Vite preset does the JSX wiring.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Missouri eFiling Group Registration Assistant',
    short_name: 'MO eFiling Assistant',
    description:
      'Walks group users through registering for Missouri eFiling, step by step, and keeps the eFiling link one click away.',
    // Least privilege: storage for progress; no host access is needed until the
    // content script arrives (it will declare courts.mo.gov only).
    permissions: ['storage'],
    action: { default_title: 'Missouri eFiling registration' },
  },
});
