/**
 * The script an http:// court page gets (declared in wxt.config.ts), and all
 * it does: say the page is not secure and link to its https:// twin. It is
 * its own script so that the gate every https:// page gets carries none of it.
 */
import { showInsecureWarning } from './warning';

export default defineUnlistedScript(() => {
  if (window.top !== window || location.protocol !== 'http:') return; // top frame only
  showInsecureWarning(document, location.href);
});
