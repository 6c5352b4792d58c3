/**
 * Perturbations of a parsed replica page (happy-dom `Document`), for the perturbation suite: the same
 * form with other words, another layout, or no ids and classes. Each transform mutates the document
 * in place and keeps every form control element (the same objects, moved, never cloned), with its
 * `name`, so the manifest's selectors still find it. No product code is used here: what a control's
 * label is, is decided below from the markup, the way a person reading the page would.
 */

/** A form control a person fills (not hidden, not a button). */
export type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const NOT_FIELD_TYPES = new Set(['hidden', 'submit', 'button', 'image', 'reset', 'file']);
const TEXT_TYPES = new Set(['', 'text', 'tel', 'number', 'email', 'password', 'search', 'url']);
const SPLIT_TYPES = new Set(['', 'text', 'tel', 'number']);
/** Elements that are content even without text. */
const CONTENT_TAGS = /^(IMG|INPUT|SELECT|TEXTAREA|BUTTON|IFRAME|CANVAS|SVG|OBJECT|EMBED|VIDEO|AUDIO|SCRIPT|STYLE)$/;
/** Elements that end a run of label text: they are blocks of their own, not part of a label. */
const NOT_LABEL_TAGS = /^(H[1-6]|LEGEND|P|TABLE|UL|OL|FIELDSET|BUTTON|A|SCRIPT|STYLE|IMG|SELECT|TEXTAREA|IFRAME)$/;

const isEl = (n: Node | null | undefined): n is Element => !!n && n.nodeType === 1;
const inputType = (el: Element) => (el.getAttribute('type') ?? '').toLowerCase();

export function isField(n: Node | null | undefined): n is Field {
  if (!isEl(n)) return false;
  if (n.tagName === 'SELECT' || n.tagName === 'TEXTAREA') return true;
  return n.tagName === 'INPUT' && !NOT_FIELD_TYPES.has(inputType(n));
}

const isTickable = (el: Element) => el.tagName === 'INPUT' && /^(checkbox|radio)$/.test(inputType(el));
const isTextBox = (el: Element) =>
  el.tagName === 'TEXTAREA' || (el.tagName === 'INPUT' && TEXT_TYPES.has(inputType(el)));

const fieldsIn = (root: ParentNode): Field[] => [...root.querySelectorAll('input, select, textarea')].filter(isField);
const hasField = (el: Element) => fieldsIn(el).length > 0;

/** The text a person reads in a node (not option lists, scripts or the content of a text area). */
function visibleText(n: Node): string {
  if (n.nodeType === 3) return n.textContent ?? '';
  if (!isEl(n) || /^(SELECT|TEXTAREA|SCRIPT|STYLE|OPTION)$/.test(n.tagName)) return '';
  let out = '';
  for (const c of n.childNodes) out += ` ${visibleText(c)}`;
  return out;
}
const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();
const hasText = (n: Node) => /\S/.test(visibleText(n));

/** Every word a person can read on the page, labels, placeholders, titles and aria-labels included, sorted. */
export function visibleWords(doc: Document): string[] {
  const texts = [visibleText(doc.body)];
  for (const el of fieldsIn(doc)) {
    for (const attr of ['placeholder', 'title', 'aria-label']) texts.push(el.getAttribute(attr) ?? '');
  }
  return texts
    .join(' ')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .sort();
}

// ---------------------------------------------------------------------------------------------
// What labels a control: the nodes a person reads as its label, found from the markup alone.
// ---------------------------------------------------------------------------------------------

/** Label-like nodes next to `start` in its own parent, nearest last (previous) or first (next). */
function siblingRun(start: Node, dir: 'previousSibling' | 'nextSibling', claimed: ReadonlySet<Node>): Node[] {
  const out: Node[] = [];
  for (let n = start[dir]; n; n = n[dir]) {
    if (claimed.has(n)) break;
    if (isEl(n)) {
      if (isField(n) || hasField(n) || NOT_LABEL_TAGS.test(n.tagName)) break;
      if (n.tagName === 'BR') {
        if (out.length) break;
        continue;
      }
    }
    if (hasText(n)) out.push(n);
  }
  return dir === 'previousSibling' ? out.reverse() : out;
}

/** The label cell of a table row: the nearest cell with text before the control's cell (for a tick box, after it first). */
function tableCell(el: Element, claimed: ReadonlySet<Node>): Node[] {
  const cell = el.closest('td, th');
  if (!cell) return [];
  const dirs = isTickable(el)
    ? (['nextElementSibling', 'previousElementSibling'] as const)
    : (['previousElementSibling'] as const);
  for (const dir of dirs) {
    for (let c = cell[dir]; c; c = c[dir]) {
      if (hasField(c) || !hasText(c)) continue;
      if (claimed.has(c) || [...c.childNodes].some((k) => claimed.has(k))) break;
      return [c];
    }
  }
  return [];
}

/** A caption after the box in its own parent ("First" under a name box): the first element with text. */
function caption(anchor: Node, claimed: ReadonlySet<Node>): Node[] {
  for (let n = anchor.nextSibling; n; n = n.nextSibling) {
    if (claimed.has(n)) return [];
    if (!isEl(n)) continue; // bare text after a box is a hint such as "(optional)", not a caption
    if (isField(n) || hasField(n) || NOT_LABEL_TAGS.test(n.tagName)) return [];
    if (hasText(n)) return [n];
  }
  return [];
}

/** The cell above in the same column: a label row, or a header row in <thead>. */
function columnHeader(el: Element, claimed: ReadonlySet<Node>): Node[] {
  const cell = el.closest('td, th');
  const row = cell?.parentElement;
  if (!cell || !row) return [];
  const index = [...row.children].indexOf(cell);
  const take = (c: Element | undefined) =>
    c && !hasField(c) && hasText(c) && !claimed.has(c) && ![...c.childNodes].some((k) => claimed.has(k)) ? [c] : null;
  for (let above = row.previousElementSibling; above; above = above.previousElementSibling) {
    const got = take(above.children[index]);
    if (got) return got;
    if (hasField(above)) return [];
  }
  const head = row.closest('table')?.querySelector(':scope > thead > tr:last-child');
  return head && head !== row ? (take(head.children[index]) ?? []) : [];
}

/**
 * The nodes that make up the visible label of `el` (whose box, or group of boxes, starts at `anchor`),
 * in page order; none when it only has a placeholder, title or aria-label. Nodes in `claimed` belong
 * to another control's label and are not taken again.
 */
export function labelNodes(el: Field, anchor: Node = el, claimed: ReadonlySet<Node> = new Set()): Node[] {
  const doc = el.ownerDocument;
  const free = (n: Node) => !claimed.has(n) && hasText(n);
  if (el.id) {
    const forLabels = [...doc.querySelectorAll('label[for]')].filter((l) => l.getAttribute('for') === el.id && free(l));
    if (forLabels.length) return forLabels;
  }
  const wrap = el.closest('label');
  if (wrap && !wrap.hasAttribute('for')) {
    const parts = [...wrap.childNodes].filter((n) => !n.contains(el) && !(isEl(n) && hasField(n)) && free(n));
    if (parts.length) return parts;
  }
  const refs = (el.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => doc.getElementById(id))
    .filter((t): t is HTMLElement => !!t && !t.contains(el) && free(t));
  if (refs.length) return refs;
  if (isTickable(el)) {
    const after = siblingRun(anchor, 'nextSibling', claimed);
    if (after.length) return after;
  }
  const before = siblingRun(anchor, 'previousSibling', claimed);
  if (before.length) return before;
  const cell = tableCell(el, claimed);
  if (cell.length) return cell;
  if (!isTickable(el)) {
    const under = caption(anchor, claimed);
    if (under.length) return under;
  }
  return columnHeader(el, claimed);
}

// ---------------------------------------------------------------------------------------------
// replaceLabelWords
// ---------------------------------------------------------------------------------------------

/** Label text (lower case, as the replica writes it) → the words another real form uses for it. */
export type Synonyms = Readonly<Record<string, string>>;

/**
 * Synonyms from real forms and autofill vocabularies (/tmp/vocab.md: Chromium and Firefox autofill
 * words, PACER's and other court portals' labels), keyed by the replica's label texts.
 */
export const SYNONYMS_A: Synonyms = {
  // account type
  'mobar number': 'Bar Number',
  'missouri bar number (attorneys only)': 'Bar Number (attorneys only)',
  'i do not have a mobar number': 'I do not have a bar number',
  'i am not a licensed missouri attorney (no mobar number)': 'I am not an attorney (no bar number)',
  // sign-in details
  'user name': 'Logon ID',
  'user id': 'Username',
  'login id': 'User Identifier',
  'choose a login id': 'Pick a username',
  password: 'Passcode',
  'create password': 'Choose a password',
  'confirm password': 'Retype password',
  're-enter password': 'Repeat password',
  'password again': 'Retype password',
  'type the phrase shown in the picture': 'Enter the characters you see',
  'type the characters you see in the picture above': 'Type the text shown',
  'characters shown': 'Enter the code in the image',
  // name and e-mail
  'first name': 'Given name',
  'middle name': 'Middle initial',
  'last name': 'Surname',
  first: 'Forename',
  last: 'Family name',
  'e-mail address': 'Email',
  'email address': 'E-Mail',
  'confirm e-mail address': 'Re-enter email address',
  'confirm e-mail': 'Re-enter email address',
  'confirm email address': 'Retype e-mail',
  // addresses and phone
  'street address': 'Address line 1',
  street: 'Address line 1',
  'address 1': 'Street address',
  'apartment, suite, etc.': 'Address line 2',
  'address line 2': 'Apt/Suite/Unit',
  'address 2': 'Apt, suite, unit',
  city: 'Town/City',
  state: 'State/Province',
  'zip code': 'Postal code',
  'zip/postal code': 'ZIP',
  zip: 'Postal code',
  'billing address same as mailing': 'Same as mailing address',
  'same as above': 'Use my mailing address',
  'phone number': 'Telephone #',
  phone: 'Phone number',
  'daytime telephone': 'Phone number',
  'daytime telephone (###-###-####)': 'Phone number (###-###-####)',
  'daytime phone number': 'Contact number',
  ext: 'Extension',
  'ext.': 'Extension',
  // security questions
  question: 'Select a question',
  answer: 'Your answer',
  'security question': 'Challenge question',
  'challenge question': 'Security question',
  'your response': 'Answer',
  // group
  'group name': 'Organization',
  'filing group (agency)': 'Agency',
  pin: 'Group PIN',
  'access pin': 'Group access code',
  'user information': 'Position, department and supervisor',
  'notes for your administrator (title, unit, supervisor)': 'Job title, unit and supervisor',
  // agreement
  'i acknowledge': 'I agree',
  'i acknowledge that i have read the efiling user agreement and agree to its terms.':
    'I have read and agree to the Terms and Conditions.',
  'i have read and agree to the terms of use.': 'I accept the user agreement.',
};

/** A second wording of the same labels, so that no one synonym carries a case. */
export const SYNONYMS_B: Synonyms = {
  'mobar number': 'Missouri Bar number',
  'missouri bar number (attorneys only)': 'MOBAR number, if you are an attorney',
  'i do not have a mobar number': 'I am not a Missouri attorney',
  'i am not a licensed missouri attorney (no mobar number)': 'I do not have a Missouri Bar number',
  'user name': 'User ID',
  'user id': 'Login ID',
  'login id': 'Username',
  'choose a login id': 'Create a user name',
  password: 'Your password',
  'create password': 'New password',
  'confirm password': 'Re-type password',
  're-enter password': 'Confirm new password',
  'password again': 'Retype password',
  'type the phrase shown in the picture': 'Please enter the words you see in the box',
  'type the characters you see in the picture above': 'Enter the text shown',
  'characters shown': 'Type the characters shown',
  'first name': 'Forename',
  'middle name': 'Middle name or initial',
  'last name': 'Family name',
  first: 'Given',
  last: 'Surname',
  'e-mail address': 'Email address',
  'email address': 'Email',
  'confirm e-mail address': 'Verify email address',
  'confirm e-mail': 'Verify email address',
  'confirm email address': 'Repeat email',
  'street address': 'Address',
  street: 'Street address',
  'address 1': 'Address line 1',
  'apartment, suite, etc.': 'Suite or unit',
  'address line 2': 'Address 2',
  'address 2': 'Address line 2',
  city: 'City/Town',
  state: 'State/Territory',
  'zip code': 'Zip/Postal code',
  'zip/postal code': 'Postal code',
  zip: 'ZIP code',
  'billing address same as mailing': 'Bill to my mailing address',
  'same as above': 'Same as postal address',
  'phone number': 'Telephone',
  phone: 'Telephone',
  'daytime telephone': 'Telephone #',
  'daytime telephone (###-###-####)': 'Telephone # (###-###-####)',
  'daytime phone number': 'Phone',
  ext: 'Extension #',
  'ext.': 'Extension #',
  question: 'Security question',
  answer: 'Security answer',
  'security question': 'Secret question',
  'challenge question': 'Secret question',
  'your response': 'Secret answer',
  'group name': 'Agency',
  'filing group (agency)': 'Group',
  pin: 'Group code',
  'access pin': 'PIN',
  'user information': 'About you (position, department, supervisor)',
  'notes for your administrator (title, unit, supervisor)': 'Your position, department and supervisor',
  'i acknowledge': 'I accept',
  'i acknowledge that i have read the efiling user agreement and agree to its terms.':
    'I agree to the terms and conditions.',
  'i have read and agree to the terms of use.': 'I have read and agree to the eFiling User Agreement.',
};

const foldKey = (s: string) => normalise(s).toLowerCase();

/**
 * `text` with its label words replaced, or null when the table has no entry. The whole text is
 * matched (case-insensitively) after trimming required-marks and colons around it and an
 * "(optional)" after it; a trailing number ("Challenge question 1") is kept when the words before it
 * match. What was trimmed is put back around the synonym.
 */
function rewrite(text: string, table: ReadonlyMap<string, string>): string | null {
  const m = /^([\s*]*)(.*?)((?:\s*\(optional\))?[\s:*]*)$/is.exec(text);
  if (!m) return null;
  const [, prefix = '', core = '', suffix = ''] = m;
  if (!core) return null;
  const hit = table.get(foldKey(core));
  if (hit !== undefined) return prefix + hit + suffix;
  const numbered = /^(.*?)(\s+\d+)$/s.exec(core);
  if (!numbered) return null;
  const hitNumbered = table.get(foldKey(numbered[1] ?? ''));
  return hitNumbered === undefined ? null : prefix + hitNumbered + (numbered[2] ?? '') + suffix;
}

function textNodesIn(n: Node, out: Set<Text>) {
  if (n.nodeType === 3) out.add(n as Text);
  else if (isEl(n) && !/^(SELECT|TEXTAREA|SCRIPT|STYLE|OPTION|INPUT)$/.test(n.tagName)) {
    for (const c of n.childNodes) textNodesIn(c, out);
  }
}

/**
 * Rewrites the visible label text of every form control (label elements, table cells, bold text,
 * captions, aria-labelledby targets) and its placeholder, title and aria-label, from `synonyms`.
 * Returns what it replaced. Headings and legends are section names, not labels, and stay as written.
 */
export function replaceLabelWords(doc: Document, synonyms: Synonyms): { from: string; to: string }[] {
  const table = new Map(Object.entries(synonyms).map(([k, v]) => [foldKey(k), v]));
  const done: { from: string; to: string }[] = [];
  const texts = new Set<Text>();
  for (const el of fieldsIn(doc)) {
    for (const carrier of labelNodes(el)) textNodesIn(carrier, texts);
    for (const attr of ['placeholder', 'title', 'aria-label']) {
      const value = el.getAttribute(attr);
      const next = value === null ? null : rewrite(value, table);
      if (value !== null && next !== null) {
        el.setAttribute(attr, next);
        done.push({ from: value, to: next });
      }
    }
  }
  for (const t of texts) {
    const next = rewrite(t.data, table);
    if (next !== null) {
      done.push({ from: normalise(t.data), to: normalise(next) });
      t.data = next;
    }
  }
  return done;
}

// ---------------------------------------------------------------------------------------------
// moveLabels
// ---------------------------------------------------------------------------------------------

export type Layout = 'left-cell' | 'above' | 'column-header' | 'placeholder-only';

/** One box, or one value's group of boxes ([ZIP][+4], [area][prefix][line]), with its label. */
interface Unit {
  controls: Field[];
  /** The first node of the box part: the box itself, or the element holding the whole group. */
  anchor: Node;
  /** The box part, moved as it is (boxes, separators between them, status marks). */
  nodes: Node[];
  /** Hints and status marks after the box in its own row (kept after it). */
  trailing: Node[];
  /** The nodes of its visible label, in page order. */
  label: Node[];
}

/** Boxes of one split value: adjacent short text boxes in one parent with only punctuation between. */
function splitGroups(fields: readonly Field[]): Field[][] {
  const short = (el: Field) =>
    el.tagName === 'INPUT' &&
    SPLIT_TYPES.has(inputType(el)) &&
    Number(el.getAttribute('maxlength') ?? 0) > 0 &&
    Number(el.getAttribute('maxlength')) <= 5;
  const onlyPunctuation = (a: Node, b: Node) => {
    for (let n = a.nextSibling; n && n !== b; n = n.nextSibling) {
      if ((isEl(n) && (isField(n) || hasField(n))) || /[\p{L}\p{N}]/u.test(visibleText(n))) return false;
    }
    return true;
  };
  const groups: Field[][] = [];
  for (const el of fields) {
    const group = groups.at(-1);
    const prev = group?.at(-1);
    if (group && prev && short(prev) && short(el) && prev.parentNode === el.parentNode && onlyPunctuation(prev, el)) {
      group.push(el);
    } else groups.push([el]);
  }
  return groups;
}

/** The box part of a group: its parent when that holds nothing else, else the run of nodes from first to last box. */
function boxPart(group: readonly Field[]): Node[] {
  const first = group[0]!;
  const last = group.at(-1)!;
  const parent = first.parentElement;
  if (
    group.length > 1 &&
    parent &&
    fieldsIn(parent).length === group.length &&
    !/[\p{L}\p{N}]/u.test(visibleText(parent)) &&
    !/^(FORM|FIELDSET|TD|TH|LABEL)$/.test(parent.tagName)
  ) {
    return [parent];
  }
  const nodes: Node[] = [];
  for (let n: Node | null = first; n; n = n.nextSibling) {
    nodes.push(n);
    if (n === last) break;
  }
  return nodes;
}

const isSection = (el: Element | null) =>
  !el || /^(FORM|FIELDSET|BODY|TABLE|TBODY|THEAD)$/.test(el.tagName) || el.getAttribute('role') === 'group';

/** Status marks, hidden inputs and hints after the box part in its own row, up to the next box or label. */
function trailingNodes(after: Node, owned: ReadonlySet<Node>): Node[] {
  if (isSection(after.parentElement)) return [];
  const out: Node[] = [];
  for (let n = after.nextSibling; n; n = n.nextSibling) {
    if (owned.has(n)) break;
    if (isEl(n) && (isField(n) || hasField(n) || /^(H[1-6]|LEGEND|FIELDSET|TABLE)$/.test(n.tagName))) break;
    out.push(n);
  }
  return out;
}

function unitsOf(form: Element): Unit[] {
  const claimed = new Set<Node>();
  const units: Unit[] = [];
  for (const group of splitGroups(fieldsIn(form))) {
    const nodes = boxPart(group);
    const anchor = nodes[0]!;
    const label = labelNodes(group[0]!, anchor, claimed);
    for (const n of [...nodes, ...label]) claimed.add(n);
    units.push({ controls: group, anchor, nodes, trailing: [], label });
  }
  for (const unit of units) {
    unit.trailing = trailingNodes(unit.nodes.at(-1)!, claimed);
    for (const n of unit.trailing) claimed.add(n);
  }
  return units;
}

type Item = { unit: Unit } | { block: Element } | { other: Node };

/** A table part left over outside its table becomes a div with the same content. */
function asFlow(doc: Document, node: Node): Node {
  if (!isEl(node) || !/^(TR|TD|TH|TBODY|THEAD|TFOOT|CAPTION)$/.test(node.tagName)) return node;
  const div = doc.createElement('div');
  for (const attr of ['class', 'style']) {
    const v = node.getAttribute(attr);
    if (v !== null) div.setAttribute(attr, v);
  }
  const cells = node.tagName === 'TR' ? [...node.children] : [node];
  cells.forEach((cell, i) => {
    if (i) div.append(' ');
    div.append(...(node.tagName === 'TR' ? [...cell.childNodes] : [...node.childNodes]));
  });
  return div;
}

const isEmpty = (el: Element) =>
  !hasText(el) &&
  !CONTENT_TAGS.test(el.tagName) &&
  !el.querySelector(
    'img, input, select, textarea, button, iframe, canvas, svg, object, embed, video, audio, script, style',
  );

const isBlock = (el: Element) => el.tagName === 'FIELDSET' || el.getAttribute('role') === 'group';

interface Plan {
  starts: Map<Node, Unit>;
  owned: Set<Node>;
  /** Every ancestor of an owned node (walked into, never moved whole). */
  holders: Set<Node>;
}

function itemsOf(container: Element, plan: Plan): Item[] {
  const out: Item[] = [];
  const visit = (n: Node) => {
    const unit = plan.starts.get(n);
    if (unit) return void out.push({ unit });
    if (plan.owned.has(n)) return;
    if (isEl(n)) {
      if (n.tagName === 'LEGEND' && n.parentElement === container) return; // stays where it is
      if (isBlock(n)) return void out.push({ block: n });
      if (plan.holders.has(n)) return void [...n.childNodes].forEach(visit);
      if (!isEmpty(n)) out.push({ other: n });
      return;
    }
    if (n.nodeType === 3 && /\S/.test(n.textContent ?? '')) out.push({ other: n });
  };
  [...container.childNodes].forEach(visit);
  return out;
}

/** Moves a label's content into `target`: a label element's or cell's children, any other node itself. */
function moveLabelContent(target: Element, label: readonly Node[]) {
  label.forEach((n, i) => {
    if (i) target.append(' ');
    if (isEl(n) && /^(LABEL|TD|TH)$/.test(n.tagName)) target.append(...[...n.childNodes]);
    else target.append(n);
  });
}

/** The label as a placeholder reads: no required-mark or colon. */
const placeholderText = (label: readonly Node[]) =>
  normalise(label.map(visibleText).join(' '))
    .replace(/^[\s*]+/, '')
    .replace(/[\s:*]+$/, '');

function emitRun(doc: Document, out: DocumentFragment, run: readonly Unit[], layout: Layout) {
  const el = (tag: string, ...children: Node[]) => {
    const e = doc.createElement(tag);
    e.append(...children);
    return e;
  };
  const boxCell = (tag: string, u: Unit) => el(tag, ...u.nodes, ...u.trailing);
  const labelCell = (tag: string, u: Unit) => {
    const cell = doc.createElement(tag);
    moveLabelContent(cell, u.label);
    return cell;
  };
  switch (layout) {
    case 'left-cell': {
      const body = el('tbody');
      for (const u of run) body.append(el('tr', labelCell('td', u), boxCell('td', u)));
      out.append(el('table', body));
      return;
    }
    case 'above':
      for (const u of run) {
        const row = el('div');
        if (u.label.length) row.append(labelCell('div', u));
        row.append(...u.nodes, ...u.trailing);
        out.append(row);
      }
      return;
    case 'column-header': {
      const head = el('tr', ...run.map((u) => labelCell('th', u)));
      const boxes = el('tr', ...run.map((u) => boxCell('td', u)));
      out.append(el('table', el('tbody', head, boxes)));
      return;
    }
    case 'placeholder-only':
      for (const u of run) {
        const first = u.controls[0]!;
        if (!u.label.length) out.append(el('div', ...u.nodes, ...u.trailing));
        else if (isTextBox(first) && first.hasAttribute('readonly')) {
          // A read-only box shows its own text, never a placeholder: its label stays above it.
          out.append(el('div', labelCell('div', u), ...u.nodes, ...u.trailing));
        } else if (isTextBox(first)) {
          first.setAttribute('placeholder', placeholderText(u.label));
          for (const n of u.label) (n as ChildNode).remove();
          out.append(el('div', ...u.nodes, ...u.trailing));
        } else {
          const wrap = doc.createElement('label');
          if (isTickable(first)) {
            wrap.append(...u.nodes, ' ');
            moveLabelContent(wrap, u.label);
          } else {
            moveLabelContent(wrap, u.label);
            wrap.append(' ', ...u.nodes);
          }
          out.append(el('div', wrap, ...u.trailing));
        }
      }
      return;
  }
}

function rebuild(container: Element, plan: Plan, layout: Layout) {
  const doc = container.ownerDocument;
  const out = doc.createDocumentFragment();
  let run: Unit[] = [];
  const flush = () => {
    if (run.length) emitRun(doc, out, run, layout);
    run = [];
  };
  for (const item of itemsOf(container, plan)) {
    if ('unit' in item) run.push(item.unit);
    else {
      flush();
      if ('block' in item) {
        rebuild(item.block, plan, layout);
        out.append(item.block);
      } else out.append(asFlow(doc, item.other));
    }
  }
  flush();
  for (const child of [...container.childNodes]) {
    if (!(isEl(child) && child.tagName === 'LEGEND')) child.remove();
  }
  container.append(out);
}

/** The forms a person fills (the site search box is left alone). */
const procedureForms = (doc: Document) =>
  [...doc.querySelectorAll('form')].filter((f) => (f.getAttribute('method') ?? '').toLowerCase() === 'post');

/**
 * Lays every procedure form out anew, keeping its fieldsets (with their legends), section headings,
 * hints, pictures and buttons in order, and every control (the same element, moved):
 * - `left-cell`: a two-column table per run of fields: label cell, control cell;
 * - `above`: the label in a div above the control (no `for`);
 * - `column-header`: one table per run of fields (a section): a row of `<th>` labels above a row of controls;
 * - `placeholder-only`: no label element; a text box's label becomes its placeholder, a drop-down or
 *   tick box is wrapped in a `<label>` with its text.
 * Label associations by id (`for`, `aria-labelledby`) are dropped: the layout alone tells which is which.
 */
export function moveLabels(doc: Document, layout: Layout): void {
  for (const form of procedureForms(doc)) {
    const units = unitsOf(form);
    const starts = new Map(units.map((u) => [u.anchor, u]));
    const owned = new Set(units.flatMap((u) => [...u.nodes, ...u.trailing, ...u.label]));
    const holders = new Set<Node>();
    for (const n of owned) {
      for (let p = n.parentNode; p && p !== form; p = p.parentNode) holders.add(p);
    }
    for (const u of units) for (const c of u.controls) c.removeAttribute('aria-labelledby');
    rebuild(form, { starts, owned, holders }, layout);
  }
}

// ---------------------------------------------------------------------------------------------
// stripIdsAndClasses
// ---------------------------------------------------------------------------------------------

/**
 * Removes every id and class. First each `<label for=id>` is made a wrapping label (when it and its
 * control share a parent: the control is moved inside it, on the side it stood) or, when they do
 * not, plain text where it stood; id references (`aria-labelledby`, `aria-describedby`) are dropped,
 * the texts they pointed at staying where they are. Nothing a person reads is lost.
 */
export function stripIdsAndClasses(doc: Document): void {
  for (const label of [...doc.querySelectorAll('label[for]')]) {
    const target = doc.getElementById(label.getAttribute('for') ?? '');
    label.removeAttribute('for');
    if (isField(target) && target.parentNode === label.parentNode) {
      const before = !!(label.compareDocumentPosition(target) & 4); // target follows the label
      if (before) label.append(' ', target);
      else label.prepend(target, ' ');
    } else {
      label.replaceWith(...[...label.childNodes]);
    }
  }
  for (const el of [...doc.querySelectorAll('[aria-labelledby], [aria-describedby]')]) {
    el.removeAttribute('aria-labelledby');
    el.removeAttribute('aria-describedby');
  }
  for (const el of [...doc.querySelectorAll('[id], [class]')]) {
    el.removeAttribute('id');
    el.removeAttribute('class');
  }
}
