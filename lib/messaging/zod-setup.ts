/**
 * Imported FIRST by every entrypoint whose bundle holds zod (the background, the options page, the popup
 * and the two injected scripts, which check the protocol's answers),
 * before any module that builds a schema: zod decides per object schema, when it is built, whether
 * to compile a fast parser with `new Function`, and probes for it once. Our extension pages forbid
 * eval (content_security_policy in wxt.config.ts), so the probe only fails, and Firefox logs that
 * failure as a console error ("blocked a JavaScript eval"). Jitless: no probe, no compiled parsers,
 * the same results.
 */
import { config } from 'zod/v4/core';

// The same global setting 'zod' and 'zod/mini' read.
config({ jitless: true });
