import { describe, expect, it } from 'vitest';
import { isFormField, labelTexts, normaliseText, type FormControl } from '@/lib/page/labels';
import * as screens from '../replica/screens.mjs';
import { MANIFEST, SCREEN_IDS, VARIANTS, parseHtml, renderScreen, selectorParts } from '../support/replica';

const page = (body: string) =>
  parseHtml(`<!DOCTYPE html><html><head><title>t</title></head><body>${body}</body></html>`);

/** Labels of the control matching `selector` in a small page. */
function labelsIn(body: string, selector = 'input, select, textarea') {
  const el = page(body).querySelector(selector);
  if (!el) throw new Error(`no ${selector}`);
  return labelTexts(el as FormControl);
}

describe('labelTexts: each source', () => {
  it('label[for]', () => {
    expect(labelsIn('<label for="u">User name</label><input id="u" name="x">')).toEqual([
      { source: 'label-for', text: 'User name' },
    ]);
  });

  it('label[for] matches the id exactly, and every such label counts', () => {
    expect(
      labelsIn(
        '<label for="u2">Wrong one</label><label for="u">Password</label><input id="u"><label for="u">(8 or more)</label>',
      ),
    ).toEqual([
      { source: 'label-for', text: 'Password' },
      { source: 'label-for', text: '(8 or more)' },
    ]);
  });

  it('a wrapping label', () => {
    expect(labelsIn('<label>  First\n  name <input name="f"></label>')).toEqual([
      { source: 'label-wrap', text: 'First name' },
    ]);
  });

  it('a wrapping label that has a for attribute is not counted as a wrap', () => {
    expect(labelsIn('<label for="other">Something else <input name="f"></label><input id="other">')).toEqual([
      { source: 'preceding-text', text: 'Something else' },
    ]);
  });

  it('aria-labelledby, joining every referenced element', () => {
    expect(
      labelsIn('<span id="a">Billing</span><span id="b">ZIP code</span><p>Other</p><input aria-labelledby="a  b">'),
    ).toEqual([{ source: 'aria-labelledby', text: 'Billing ZIP code' }]);
  });

  it('aria-label', () => {
    expect(labelsIn('<input aria-label="  Daytime   phone ">')).toEqual([
      { source: 'aria-label', text: 'Daytime phone' },
    ]);
  });

  it('the table cell before the control', () => {
    expect(
      labelsIn('<table><tr><td class="label">City:</td><td><input name="c"></td></tr></table>', 'input[name="c"]'),
    ).toEqual([{ source: 'table-cell', text: 'City:' }]);
  });

  it('the nearest non-empty cell before, skipping empty ones', () => {
    expect(
      labelsIn('<table><tr><td>Zip Code:</td><td></td><td><input name="z"></td></tr></table>', 'input[name="z"]'),
    ).toEqual([{ source: 'table-cell', text: 'Zip Code:' }]);
  });

  it('the cell above in the same column when no cell before has text', () => {
    expect(
      labelsIn(
        '<table><tr><th>Name</th><th>Phone</th></tr><tr><td><input name="n"></td><td><input name="p"></td></tr></table>',
        'input[name="p"]',
      ),
    ).toEqual([{ source: 'column-header', text: 'Phone' }]);
  });

  it('a column header in <thead> above a row of boxes', () => {
    expect(
      labelsIn(
        '<table><thead><tr><th>Street</th><th>City</th></tr></thead><tbody><tr><td><input name="s"></td><td><input name="c"></td></tr></tbody></table>',
        'input[name="c"]',
      ),
    ).toEqual([{ source: 'column-header', text: 'City' }]);
  });

  it('the cell before a checkbox when the cell after it says nothing', () => {
    expect(
      labelsIn(
        '<table><tr><td>I am not a licensed Missouri attorney</td><td><input type="checkbox" name="c"></td></tr></table>',
      ),
    ).toEqual([{ source: 'table-cell', text: 'I am not a licensed Missouri attorney' }]);
  });

  it('a caption under a box when nothing comes before it', () => {
    expect(labelsIn('<div><input name="f"><br><small>First</small></div>')).toEqual([
      { source: 'caption', text: 'First' },
    ]);
    expect(labelsIn('<span><input name="l" maxlength="30"><span class="cap">Last</span></span>')).toEqual([
      { source: 'caption', text: 'Last' },
    ]);
    // Not when a label comes before it, nor across the next control.
    expect(labelsIn('<div>Middle <input name="m"><br><small>initial</small></div>')).toEqual([
      { source: 'preceding-text', text: 'Middle' },
    ]);
    expect(labelsIn('<div><input name="a"><br><small>First</small><input name="b"></div>')).toEqual([]);
  });

  it('the cell after a checkbox (not the one before)', () => {
    expect(
      labelsIn(
        '<table><tr><td>Options</td><td><input type="checkbox" name="no"></td><td>I do not have a MOBAR number</td></tr></table>',
      ),
    ).toEqual([{ source: 'table-cell', text: 'I do not have a MOBAR number' }]);
  });

  it('the text after a checkbox or radio button', () => {
    expect(
      labelsIn('<div><input type="checkbox" name="s"> Billing address <i>same</i> as mailing<br>Other line</div>'),
    ).toEqual([{ source: 'following-text', text: 'Billing address same as mailing' }]);
    expect(
      labelsIn('<p><input type="radio" name="r" value="1"> HTML <input type="radio" name="r" value="2"> Plain</p>'),
    ).toEqual([{ source: 'following-text', text: 'HTML' }]);
  });

  it('not the text after a text box', () => {
    expect(labelsIn('<div><input name="t"> (optional)</div>')).toEqual([]);
  });

  it('bold text right before the control', () => {
    expect(labelsIn('<div><b>Last Name</b><span class="req">*</span><br><input name="l"></div>')).toEqual([
      { source: 'preceding-text', text: 'Last Name *' },
    ]);
  });

  it('preceding text stops at the previous control and at a line break after text', () => {
    expect(labelsIn('<div>First <input name="a"> Second <input name="b"></div>', 'input[name="b"]')).toEqual([
      { source: 'preceding-text', text: 'Second' },
    ]);
    expect(labelsIn('<div>Old line<br><b>Zip</b> <input name="z"></div>')).toEqual([
      { source: 'preceding-text', text: 'Zip' },
    ]);
  });

  it('placeholder', () => {
    expect(labelsIn('<input placeholder="Search courts.mo.gov">')).toEqual([
      { source: 'placeholder', text: 'Search courts.mo.gov' },
    ]);
  });

  it('title', () => {
    expect(labelsIn('<input title="Address line 2">')).toEqual([{ source: 'title', text: 'Address line 2' }]);
  });

  it('nothing at all for a bare control', () => {
    expect(labelsIn('<input name="bare">')).toEqual([]);
    expect(labelsIn('<label for="x">   </label><input id="x" aria-label="" placeholder=" ">')).toEqual([]);
  });
});

describe('labelTexts: order, most trusted first', () => {
  it('lists label[for], wrap, aria-labelledby, aria-label, placeholder, title in that order', () => {
    const labels = labelsIn(`
      <span id="lb">Labelled by</span>
      <label>Wrapping <input id="i" aria-labelledby="lb" aria-label="Aria" placeholder="Placeholder" title="Title"></label>
      <label for="i">For</label>`);
    expect(labels).toEqual([
      { source: 'label-for', text: 'For' },
      { source: 'label-wrap', text: 'Wrapping' },
      { source: 'aria-labelledby', text: 'Labelled by' },
      { source: 'aria-label', text: 'Aria' },
      { source: 'placeholder', text: 'Placeholder' },
      { source: 'title', text: 'Title' },
    ]);
  });

  it('guesses from the layout only when no label is given', () => {
    const body = (attrs: string) =>
      `<table><tr><td>Layout text</td><td><b>Bold</b> <input name="x" ${attrs} placeholder="Hint"></td></tr></table>`;
    expect(labelsIn(body('aria-label="Given"'))).toEqual([
      { source: 'aria-label', text: 'Given' },
      { source: 'placeholder', text: 'Hint' },
    ]);
    expect(labelsIn(body(''))).toEqual([
      { source: 'table-cell', text: 'Layout text' },
      { source: 'preceding-text', text: 'Bold' },
      { source: 'placeholder', text: 'Hint' },
    ]);
  });

  it('for a checkbox: the text after it, then the cell after, then the text before', () => {
    expect(
      labelsIn('<table><tr><td>Before <input type="checkbox" name="c"> After</td><td>Next cell</td></tr></table>'),
    ).toEqual([
      { source: 'following-text', text: 'After' },
      { source: 'table-cell', text: 'Next cell' },
      { source: 'preceding-text', text: 'Before' },
    ]);
  });
});

describe("labelTexts: a drop-down's options are never a label", () => {
  it('not through label[for] or a wrapping label', () => {
    expect(
      labelsIn('<label for="s">State <select id="s"><option>Kansas</option><option>Nebraska</option></select></label>'),
    ).toEqual([{ source: 'label-for', text: 'State' }]);
    expect(labelsIn('<label>County <select><option>Callaway</option></select></label>')).toEqual([
      { source: 'label-wrap', text: 'County' },
    ]);
  });

  it('not through the table cell or the text before', () => {
    expect(
      labelsIn(
        '<table><tr><td>Court:</td><td><select name="c"><option>Cole County</option></select></td></tr></table>',
      ),
    ).toEqual([{ source: 'table-cell', text: 'Court:' }]);
    expect(labelsIn('<div><b>Rows</b> <select><option>Twenty-five</option></select></div>')).toEqual([
      { source: 'preceding-text', text: 'Rows' },
    ]);
  });

  it('not for a control next to a drop-down', () => {
    // The cell before holds a drop-down: it is no label. The text before stops at it.
    expect(
      labelsIn(
        '<table><tr><td><select name="s"><option>Dr.</option><option>Ms.</option></select></td><td><select name="p"><option>Mr.</option></select> <input name="n"></td></tr></table>',
        'input[name="n"]',
      ),
    ).toEqual([]);
    // A checkbox whose label cell after it holds a drop-down.
    expect(
      labelsIn(
        '<table><tr><td><input type="checkbox" name="c"></td><td><select><option>Kansas</option></select></td></tr></table>',
      ),
    ).toEqual([]);
  });

  it('not through aria-labelledby pointing at a block that holds a drop-down or text area', () => {
    const labels = labelsIn(
      `
      <div id="lbl">Home state <select><option>Kansas</option><option>Nebraska</option></select>
        <textarea>private note</textarea></div>
      <input name="z" aria-labelledby="lbl">`,
      'input[name="z"]',
    );
    const text = labels.map((l) => l.text).join(' | ');
    expect(text).not.toContain('Nebraska');
    expect(text).not.toContain('Kansas');
    expect(text).not.toContain('private note');
    expect(labels[0]).toEqual({ source: 'aria-labelledby', text: 'Home state' });
  });
});

describe('labelTexts without ids', () => {
  it('finds the table-cell label once the id (and so label[for]) is gone', () => {
    const doc = page(
      '<table><tr><td><label for="u">User ID:</label></td><td><input id="u" name="userId"></td></tr></table>',
    );
    const input = doc.querySelector('input')!;
    expect(labelTexts(input)).toEqual([{ source: 'label-for', text: 'User ID:' }]);
    input.removeAttribute('id');
    expect(labelTexts(input)).toEqual([{ source: 'table-cell', text: 'User ID:' }]);
  });

  it.each(SCREEN_IDS.filter((s) => Object.keys(MANIFEST[s].b.expected).length > 0))(
    'finds the same labels on the %s screen (variant b, table layout) with every id removed',
    (screen) => {
      const doc = parseHtml(renderScreen(screen, 'b'));
      const fields = Object.entries(MANIFEST[screen].b.expected).map(
        ([field, selector]) => [field, doc.querySelector(selector) as FormControl] as const,
      );
      const before = fields.map(([, el]) => labelTexts(el));
      for (const el of doc.querySelectorAll('[id]')) el.removeAttribute('id');
      fields.forEach(([field, el], i) => {
        const after = labelTexts(el);
        expect(after, field).toEqual(before[i]);
        expect(after.length, field).toBeGreaterThan(0);
      });
    },
  );
});

describe('labelTexts on the replica', () => {
  const cases = SCREEN_IDS.flatMap((screen) =>
    VARIANTS.flatMap((variant) =>
      Object.entries(MANIFEST[screen][variant].expected).map(([field, selector]) => ({
        screen,
        variant,
        field,
        selector,
      })),
    ),
  );

  it('has fields to check on both variants', () => {
    expect(cases.filter((c) => c.variant === 'a').length).toBeGreaterThan(20);
    expect(cases.filter((c) => c.variant === 'b').length).toBeGreaterThan(15);
  });

  it.each(cases)('$screen ($variant): $field has a label', ({ screen, variant, field, selector }) => {
    const docs = [parseHtml(renderScreen(screen, variant))];
    // With an invitation token the group name is a read-only box instead of a drop-down.
    if (screen === 'group-authentication')
      docs.push(parseHtml(renderScreen(screen, variant, { token: screens.DSS_TOKEN })));
    for (const doc of docs) {
      // A value split over boxes: the first box carries the label; the others may only have a dash.
      const [part] = selectorParts(selector);
      const matches = doc.querySelectorAll(part!);
      expect(matches.length, part).toBe(1);
      const el = matches[0]!;
      expect(isFormField(el), part).toBe(true);
      const labels = labelTexts(el as FormControl);
      // A drop-down of states with no label at all says what it is by its options (classify.test.ts).
      if (el.tagName !== 'SELECT') expect(labels.length, `${field}: ${part}`).toBeGreaterThan(0);
      for (const l of labels) expect(l.text.trim()).not.toBe('');
    }
  });

  it('reads the expected labels on a few replica fields', () => {
    const first = (screen: (typeof SCREEN_IDS)[number], variant: 'a' | 'b', field: string) => {
      const doc = parseHtml(renderScreen(screen, variant));
      return labelTexts(doc.querySelector(MANIFEST[screen][variant].expected[field]!) as FormControl)[0];
    };
    expect(first('credentials', 'a', 'username')).toEqual({ source: 'label-for', text: 'User name' });
    expect(first('credentials', 'b', 'username')).toEqual({ source: 'table-cell', text: '* User ID:' });
    expect(first('account-type', 'b', 'noMobarNumber')).toEqual({
      source: 'table-cell',
      text: 'I do not have a MOBAR number',
    });
    expect(first('group-authentication', 'b', 'group.pin')).toEqual({ source: 'table-cell', text: 'Pin:' });
    expect(first('user-agreement', 'b', 'acknowledge')).toEqual({ source: 'table-cell', text: 'I acknowledge' });
  });
});

describe('isFormField and normaliseText', () => {
  it('counts typed-in and picked controls, not buttons or hidden inputs', () => {
    const doc = page(`
      <input name="a"><input type="TEXT" name="b"><input type="email" name="c"><input type="password" name="d">
      <input type="checkbox" name="e"><input type="radio" name="f"><select name="g"></select><textarea name="h"></textarea>
      <input type="hidden" name="i"><input type="submit" name="j"><input type="button" name="k">
      <input type="image" name="l"><input type="file" name="m"><button name="n">Go</button>`);
    const fields = [...doc.querySelectorAll('[name]')].filter(isFormField).map((el) => el.getAttribute('name'));
    expect(fields).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
  });

  it('folds runs of white space and trims', () => {
    expect(normaliseText('  User\n\t name \u00a0 ')).toBe('User name');
  });
});
