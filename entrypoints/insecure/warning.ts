/**
 * On an http:// court page the assistant only warns. Plain DOM, no UI
 * library: this is the whole script an http:// court page gets (entrypoints/insecure).
 */
import { createPanelHost, type PanelHost } from '@/lib/panel/panel-host';
import { t } from '@/lib/i18n';

const CSS = `
:host { all: initial; }
section { position: fixed; right: 12px; bottom: 12px; z-index: 2147483646; width: 300px; box-sizing: border-box;
  font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; color: #1b1b1b; background: #fff;
  border: 2px solid #a4161a; border-radius: 10px; box-shadow: 0 6px 24px rgba(0,0,0,.25); }
h2 { margin: 0; padding: 8px 10px; font-size: 15px; background: #a4161a; color: #fff; }
p { margin: 8px 12px; }
a { color: #123563; }
a:focus-visible { outline: 3px solid #f0a500; outline-offset: 2px; }`;

export function showInsecureWarning(doc: Document, href: string): PanelHost {
  const { host, root } = createPanelHost(doc, CSS);
  const section = doc.createElement('section');
  section.className = 'panel';
  section.setAttribute('aria-labelledby', 'mo-efa-heading');
  section.lang = t('html_lang');
  const heading = doc.createElement('h2');
  heading.id = 'mo-efa-heading';
  heading.textContent = t('insecure_heading');
  const text = doc.createElement('p');
  text.textContent = t('insecure_text');
  const link = doc.createElement('a');
  link.href = href.replace(/^http:/, 'https:');
  link.textContent = t('insecure_link');
  const linkLine = doc.createElement('p');
  linkLine.append(link);
  section.append(heading, text, linkLine);
  root.append(section);
  doc.body.append(host);
  return { host, root };
}
