import { afterEach, describe, expect, it, vi } from 'vitest';
import { boxSignature, mayBeAScreen, whenMayBeAScreen } from '@/lib/page/gate';
import { gateDefines, gateFacts } from '@/lib/page/gate-facts';
import { SCREENS } from '@/lib/procedure/procedure';
import { PAGE_NAMES, SCREEN_IDS, VARIANTS, parseHtml, renderPage, renderScreen } from '../support/replica';

const page = (body: string, title = 'Missouri Courts') =>
  parseHtml(`<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`);

const SITE_SEARCH =
  '<form action="/search"><input name="q" placeholder="Search courts.mo.gov"><button>Go</button></form>';

describe('the gate: may this page be a screen of the procedure?', () => {
  it.each(SCREEN_IDS.flatMap((screen) => VARIANTS.map((variant) => ({ screen, variant }))))(
    'lets every replica screen through: $screen ($variant)',
    ({ screen, variant }) => {
      expect(mayBeAScreen(parseHtml(renderScreen(screen, variant)))).toBe(true);
    },
  );

  it('stops a page whose only box is the site search, and a docket of plain rows', () => {
    const rows = Array.from({ length: 500 }, (_, i) => `<tr><td>16AC-CC00${i}</td><td>Filed</td></tr>`).join('');
    expect(mayBeAScreen(page(`${SITE_SEARCH}<h1>Case Header</h1><table>${rows}</table>`))).toBe(false);
    expect(mayBeAScreen(page('<div role="search"><input name="k"></div><h2>Docket Entries</h2>'))).toBe(false);
    expect(mayBeAScreen(page('<input type="search" name="x"><p>Opinions</p>'))).toBe(false);
  });

  it("reads headings only on the procedure's own paths: a Case.net page titled like the eFiling menu is stopped", () => {
    const menu = page('<h1>eFiling Main Menu</h1>');
    expect(mayBeAScreen(menu, '/casenet/cases/docket.do')).toBe(false);
    expect(mayBeAScreen(menu, '/')).toBe(false);
    expect(mayBeAScreen(menu, '/ecf/index.do')).toBe(true);
    expect(mayBeAScreen(page('<h1>Account Registration</h1>'), '/registration')).toBe(true);
    // A box of its own lets any court page through: the recogniser then says what it is.
    expect(mayBeAScreen(page('<label>PIN <input name="p"></label>'), '/casenet/x.do')).toBe(true);
  });

  it('lets through a page with a box of its own, or a heading of a screen without boxes', () => {
    expect(mayBeAScreen(page(`${SITE_SEARCH}<label>PIN <input name="p"></label>`))).toBe(true);
    expect(mayBeAScreen(page('<p>Welcome</p>', 'eFiling Main Menu'))).toBe(true);
    expect(mayBeAScreen(page('<img alt="eFiling Main Menu" src="x.gif">'))).toBe(true);
    expect(mayBeAScreen(page('<div class="pageTitle">My Preferences</div>'))).toBe(true);
  });

  it.each(VARIANTS)(
    'stops the home, help and not-found pages; lets pages with forms through (variant %s)',
    (variant) => {
      const gate = Object.fromEntries(PAGE_NAMES.map((n) => [n, mayBeAScreen(parseHtml(renderPage(n, variant)))]));
      // Pages with forms of their own pass; the recogniser then says what they are (detect-screen.test.ts).
      expect(gate).toEqual({
        home: false,
        'casenet-search': true,
        help: false,
        'forgot-password': true,
        'not-found': false,
        'change-password': true,
        'contact-us': true,
        'update-account': true,
        'casenet-name-search': true,
      });
    },
  );
});

describe('whenMayBeAScreen', () => {
  afterEach(() => {
    document.head.innerHTML = '';
    document.body.innerHTML = '';
  });

  it('calls back at once on a page that may be a screen', () => {
    document.body.innerHTML = '<label>User ID <input name="u"></label>';
    const onCandidate = vi.fn();
    whenMayBeAScreen(document, onCandidate);
    expect(onCandidate).toHaveBeenCalledTimes(1);
  });

  it('calls back once a form appears later, not for rows or text that change meanwhile', async () => {
    document.body.innerHTML = `${SITE_SEARCH}<table><tbody id="rows"></tbody></table><p id="clock">1</p>`;
    const onCandidate = vi.fn();
    const stop = whenMayBeAScreen(document, onCandidate);
    const rows = document.getElementById('rows')!;
    for (let i = 0; i < 10; i++) {
      rows.insertAdjacentHTML('beforeend', `<tr><td>row ${i}</td></tr>`);
      document.getElementById('clock')!.textContent = String(i);
    }
    await Promise.resolve();
    expect(onCandidate).toHaveBeenCalledTimes(0);
    document.body.insertAdjacentHTML('beforeend', '<form><label>Group PIN <input name="pin"></label></form>');
    await Promise.resolve();
    expect(onCandidate).toHaveBeenCalledTimes(1);
    document.body.insertAdjacentHTML('beforeend', '<input name="more">');
    await Promise.resolve();
    expect(onCandidate).toHaveBeenCalledTimes(1);
    stop();
  });

  it('notices a title that comes to name a screen without boxes', async () => {
    document.title = 'Loading…';
    const onCandidate = vi.fn();
    whenMayBeAScreen(document, onCandidate);
    document.title = 'eFiling Main Menu';
    await Promise.resolve();
    expect(onCandidate).toHaveBeenCalledTimes(1);
  });
});

describe("the gate's facts, read from the procedure table at build time", () => {
  it('are the four screens without boxes and the procedure paths, and the build gives the gate the same', () => {
    const facts = gateFacts();
    expect(facts.boxlessHeadings.map(([source]) => source)).toEqual(
      ['registration-start', 'additional-steps', 'efiling-menu', 'my-preferences'].map(
        (id) => SCREENS.find((s) => s.id === id)!.signals.heading.source,
      ),
    );
    // Every screen with fields has a box typed into or ticked: one walk of the page finds it.
    expect(facts.boxTags).toEqual(['input']);
    expect(facts.procedurePaths).toEqual(['^\\/(registration|ecf)(\\/|$)', 'i']);
    expect(JSON.parse(gateDefines().__MO_GATE_FACTS__!)).toEqual(facts);
  });
});

describe('the signature of a page’s own boxes (what the background remembers of a page that is no screen)', () => {
  it('names each own box by tag, type and name in page order, leaving out the site search', () => {
    const doc = page(
      `${SITE_SEARCH}<form><label>Last name <input name="lastName"></label><input type="checkbox" id="exact">` +
        '<select name="court"><option>All</option></select><textarea name="notes"></textarea></form>',
    );
    expect(boxSignature(doc)).toBe('input::lastName,input:checkbox:exact,select::court,textarea::notes');
    expect(boxSignature(page(`${SITE_SEARCH}<h1>Docket</h1>`))).toBe('');
  });
});
