/**
 * The translation convention: every text a person reads comes from
 * public/_locales/en/messages.json through lib/i18n.ts (t, tParts), and that
 * file holds exactly the messages the code uses. The sources are read with
 * Babel's parser (already installed for the Preact build), so JSX text and
 * string literals are told apart from code, comments and types.
 *
 * Each check is a function over texts; the last block feeds each one a bad
 * example, so none of them can pass by finding nothing.
 */
import { parse } from '@babel/parser';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import messagesJson from '../../public/_locales/en/messages.json';
import { FIELDS } from '@/lib/procedure/fields';
import { t } from '@/lib/i18n';
import { CASENET_BRANCH, NOTES, PHASES, SCREENS, STEPS } from '@/lib/procedure/procedure';

type Messages = Record<string, { message?: unknown; description?: unknown }>;
type Node = { type: string; loc?: { start: { line: number } } | null } & Record<string, unknown>;

const ROOT = process.cwd();
const MESSAGES_PATH = 'public/_locales/en/messages.json';
const MESSAGES: Messages = messagesJson;

// ---------------------------------------------------------------------------
// Reading the sources

interface Source {
  /** Path from the project root, with forward slashes. */
  file: string;
  text: string;
}

function sourcesUnder(...dirs: string[]): Source[] {
  const out: Source[] = [];
  const walkDir = (dir: string) => {
    for (const name of readdirSync(join(ROOT, dir)).sort()) {
      const path = `${dir}/${name}`;
      if (statSync(join(ROOT, path)).isDirectory()) walkDir(path);
      else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) {
        out.push({ file: path, text: readFileSync(join(ROOT, path), 'utf8') });
      }
    }
  };
  dirs.forEach(walkDir);
  return out;
}

function parseSource({ file, text }: Source): Node {
  return parse(text, {
    sourceType: 'module',
    plugins: file.endsWith('.tsx') ? ['typescript', 'jsx'] : ['typescript'],
  }).program as unknown as Node;
}

const SKIP = new Set(['loc', 'start', 'end', 'extra', 'leadingComments', 'trailingComments', 'innerComments']);

/** Every node, with its ancestors (nearest last). */
function walk(node: Node, visit: (node: Node, ancestors: readonly Node[]) => void, ancestors: Node[] = []): void {
  visit(node, ancestors);
  ancestors.push(node);
  for (const [key, value] of Object.entries(node)) {
    if (SKIP.has(key)) continue;
    for (const child of Array.isArray(value) ? value : [value]) {
      if (child && typeof child === 'object' && typeof (child as Node).type === 'string') {
        walk(child as Node, visit, ancestors);
      }
    }
  }
  ancestors.pop();
}

const line = (node: Node) => node.loc?.start.line ?? 0;
const isString = (node: unknown): node is Node & { value: string } => (node as Node)?.type === 'StringLiteral';

// ---------------------------------------------------------------------------
// messages.json itself

/** The substitutions a message takes: the n of every `$n` ("$$" is a dollar sign, not a substitution). */
function placeholders(message: string): number[] {
  const out: number[] = [];
  for (const m of message.matchAll(/\$(\$|[1-9])?/g)) if (m[1] && m[1] !== '$') out.push(Number(m[1]));
  return out;
}

/** Chrome's rules for the file, and ours: named keys, real messages, descriptions, well-formed `$`. */
function messageProblems(messages: Messages, rawText: string): string[] {
  const problems: string[] = [];
  // JSON.parse keeps the last of two equal keys without a word: count them in the text.
  const seen = new Map<string, number>();
  for (const m of rawText.matchAll(/^ {2}"([^"]+)"\s*:/gm)) seen.set(m[1]!, (seen.get(m[1]!) ?? 0) + 1);
  for (const [key, n] of seen) if (n > 1) problems.push(`${key}: written ${n} times`);
  const lower = new Map<string, string>();
  for (const [key, entry] of Object.entries(messages)) {
    if (!/^[A-Za-z0-9_]+$/.test(key)) problems.push(`${key}: a key may hold only A-Z, a-z, 0-9 and _`);
    // Chrome reads keys without regard to case.
    const twin = lower.get(key.toLowerCase());
    if (twin) problems.push(`${key}: the same key as ${twin} but for case`);
    lower.set(key.toLowerCase(), key);
    const { message, description } = entry;
    if (typeof message !== 'string' || !message.trim()) {
      problems.push(`${key}: no message`);
      continue;
    }
    if (typeof description !== 'string' || !description.trim()) problems.push(`${key}: no description for translators`);
    // `$` is a substitution ($1-$9) or written twice for itself; "$0", "$x" or a lone "$" would be dropped or misread.
    if (/\$(?![1-9$])/.test(message.replace(/\$\$/g, ''))) {
      problems.push(`${key}: a "$" that is neither $1-$9 nor $$ (write a dollar sign as $$)`);
    }
    const used = placeholders(message);
    const max = Math.max(0, ...used);
    for (let n = 1; n <= max; n++) if (!used.includes(n)) problems.push(`${key}: uses $${max} but not $${n}`);
  }
  return problems;
}

// ---------------------------------------------------------------------------
// Where the code uses messages

interface Call {
  file: string;
  line: number;
  /** The keys the call may look up (a literal, or the literals of a `?:`); null: a key held in a variable or table. */
  keys: string[] | null;
  /** Substitutions passed; null when a spread makes it unknown. */
  substitutions: number | null;
}

/** The literal keys of an expression like `'a'` or `n === 1 ? 'a_one' : 'a_other'`; null if it is anything else. */
function literalKeys(node: Node): string[] | null {
  if (isString(node)) return [node.value];
  if (node.type === 'ConditionalExpression') {
    const a = literalKeys(node.consequent as Node);
    const b = literalKeys(node.alternate as Node);
    return a && b ? [...a, ...b] : null;
  }
  if (node.type === 'TSSatisfiesExpression' || node.type === 'TSAsExpression')
    return literalKeys(node.expression as Node);
  return null;
}

/** Every call of t() and tParts(). */
function callsIn(source: Source, ast: Node): Call[] {
  const calls: Call[] = [];
  walk(ast, (node) => {
    if (node.type !== 'CallExpression') return;
    const callee = node.callee as Node;
    if (callee.type !== 'Identifier' || (callee.name !== 't' && callee.name !== 'tParts')) return;
    const [first, ...rest] = node.arguments as Node[];
    if (!first) return;
    calls.push({
      file: source.file,
      line: line(node),
      keys: literalKeys(first),
      substitutions: rest.some((a) => a.type === 'SpreadElement') ? null : rest.length,
    });
  });
  return calls;
}

/** Every string literal's value (keys kept in tables and maps are referenced this way). */
function stringsIn(ast: Node): string[] {
  const out: string[] = [];
  walk(ast, (node) => {
    if (isString(node)) out.push(node.value);
  });
  return out;
}

/** Keys looked up with t() that messages.json does not have (or has without a message). */
function unknownKeys(calls: readonly Call[], messages: Messages): string[] {
  return calls.flatMap((c) =>
    (c.keys ?? [])
      .filter((k) => !Object.hasOwn(messages, k) || typeof messages[k]!.message !== 'string' || !messages[k]!.message)
      .map((k) => `${c.file}:${c.line}: "${k}" has no message in messages.json`),
  );
}

/** Messages that nothing uses: no code, table or manifest names their key. */
function deadMessages(messages: Messages, referenced: ReadonlySet<string>): string[] {
  return Object.keys(messages)
    .filter((k) => !referenced.has(k))
    .map((k) => `${k}: "${String(messages[k]!.message)}" is used nowhere`);
}

/**
 * A call gives each message exactly the substitutions it asks for. A key the
 * code only reaches through a table or variable (t(FIELDS[id].label)) is shown
 * without substitutions, so its message may ask for none, and such a call passes none.
 */
function substitutionProblems(calls: readonly Call[], messages: Messages, indirectKeys: Iterable<string>): string[] {
  const problems: string[] = [];
  const wanted = (k: string) => Math.max(0, ...placeholders(String(messages[k]?.message ?? '')));
  for (const c of calls) {
    if (c.substitutions === null) continue;
    if (c.keys === null) {
      if (c.substitutions > 0) problems.push(`${c.file}:${c.line}: substitutions for a key the test cannot see`);
      continue;
    }
    for (const k of c.keys) {
      if (Object.hasOwn(messages, k) && wanted(k) !== c.substitutions) {
        problems.push(
          `${c.file}:${c.line}: "${k}" takes ${wanted(k)} substitution(s), the call gives ${c.substitutions}`,
        );
      }
    }
  }
  for (const k of indirectKeys) {
    if (Object.hasOwn(messages, k) && wanted(k) > 0) {
      problems.push(
        `${k}: shown through a table or variable, without substitutions, but its message takes $${wanted(k)}`,
      );
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------
// Text written into the code instead of messages.json

/**
 * Words that stay as they are in every language. Keep this short: anything a
 * person reads in sentences belongs in messages.json.
 */
const JSX_TEXT_ALLOWED: Record<string, readonly string[]> = {
  // The keys of the shortcut (Alt+Shift+E, the command's suggested key in wxt.config.ts), as keyboards print them.
  'components/QuickAccess.tsx': ['Alt', 'Shift'],
};

/** Attributes (and our components' props) whose value a person reads or hears. */
const TEXT_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
  'hint',
  'heading',
  'opener',
  'question',
  'keep',
  'yes',
  'copyLabel',
  'srPrefix',
  'message',
  'error',
  'copyStatus',
]);

const WORD = /[A-Za-z]{2,}/;

/** The text an expression renders as it is: literals, also inside `?:`, `&&`, `||`, `??`, `+` and templates. */
function renderedLiterals(node: Node | null | undefined): Node[] {
  if (!node) return [];
  switch (node.type) {
    case 'StringLiteral':
    case 'TemplateLiteral':
      return [node];
    case 'ConditionalExpression':
      return [...renderedLiterals(node.consequent as Node), ...renderedLiterals(node.alternate as Node)];
    case 'LogicalExpression':
      return [
        ...(node.operator === '&&' ? [] : renderedLiterals(node.left as Node)),
        ...renderedLiterals(node.right as Node),
      ];
    case 'BinaryExpression':
      return node.operator === '+'
        ? [...renderedLiterals(node.left as Node), ...renderedLiterals(node.right as Node)]
        : [];
    case 'JSXExpressionContainer':
    case 'ParenthesizedExpression':
      return renderedLiterals(node.expression as Node);
    default:
      return [];
  }
}

const literalText = (node: Node) =>
  node.type === 'StringLiteral'
    ? String(node.value)
    : (node.quasis as { value: { cooked: string } }[]).map((q) => q.value.cooked).join(' ');

/** JSX text with words, and text attributes given words instead of a t() call. */
function jsxProblems(source: Source, ast: Node): string[] {
  const problems: string[] = [];
  const allowed = JSX_TEXT_ALLOWED[source.file] ?? [];
  walk(ast, (node, ancestors) => {
    if (node.type === 'JSXText') {
      const text = String(node.value).trim();
      if (WORD.test(text) && !allowed.includes(text)) problems.push(`${source.file}:${line(node)}: JSX text "${text}"`);
    }
    if (node.type === 'JSXExpressionContainer') {
      const parent = ancestors[ancestors.length - 1];
      if (parent?.type === 'JSXElement' || parent?.type === 'JSXFragment') {
        for (const lit of renderedLiterals(node)) {
          if (WORD.test(literalText(lit))) problems.push(`${source.file}:${line(lit)}: JSX text "${literalText(lit)}"`);
        }
      }
    }
    if (node.type === 'JSXAttribute') {
      const name = node.name as Node;
      const attribute = name.type === 'JSXIdentifier' ? String(name.name) : '';
      if (!TEXT_ATTRIBUTES.has(attribute)) return;
      for (const lit of renderedLiterals(node.value as Node)) {
        if (WORD.test(literalText(lit))) {
          problems.push(`${source.file}:${line(lit)}: ${attribute}="${literalText(lit)}"`);
        }
      }
    }
  });
  return problems;
}

/** Two words in a row: what a sentence, a label or a message looks like (a class list too, which is allowed below). */
const SENTENCE = /[A-Za-z]{2,}\s+[A-Za-z]{2,}/;

/**
 * Strings that look like words for a person but are not: each with why. The
 * rest of a file is checked as any other.
 */
const LITERALS_ALLOWED: { file: string; why: string; allows: (text: string) => boolean }[] = [
  {
    file: 'lib/fill/us-states.ts',
    why: 'state names as the court’s drop-downs write them, to find "MO" there; never shown',
    allows: () => true,
  },
  {
    file: 'lib/procedure/procedure-schema.ts',
    why: 'invariants of the table, for developers; only tests import it',
    allows: () => true,
  },
  { file: 'lib/recognise/screens.ts', why: 'evidence for debugging the detector; never shown', allows: () => true },
  {
    file: 'lib/recognise/rules.ts',
    why: 'the label vocabulary: words pages use, matched and never shown',
    allows: () => true,
  },
  {
    file: 'lib/page/text.ts',
    why: 'filler words left out when two wordings are compared; never shown',
    allows: () => true,
  },
  { file: 'lib/recognise/classify.ts', why: 'how a field was found, for debugging; never shown', allows: () => true },
  {
    file: 'lib/sharing/roster-headers.ts',
    why: 'column headings a roster file may use, folded to lower case (read, not shown)',
    allows: (text) => text === text.toLowerCase(),
  },
  {
    file: 'lib/sharing/roster-mail.ts',
    why: 'the columns of the mail-merge file: a file format other tools read, kept as it is',
    allows: (text) => ['First name', 'Last name', 'Share code'].includes(text),
  },
  {
    file: 'entrypoints/insecure/warning.ts',
    why: 'the warning’s style sheet',
    allows: (text) => text.includes(':host'),
  },
  {
    file: 'entrypoints/assistant-ui/fill-context.ts',
    why: 'an outline style',
    allows: (text) => /^\d+px solid #/.test(text),
  },
];

/** Arguments of these are for developers: console output, and errors that mean a bug (never shown). */
function forDevelopers(ancestors: readonly Node[]): boolean {
  return ancestors.some((a) => {
    if (a.type === 'NewExpression')
      return (a.callee as Node).type === 'Identifier' && (a.callee as Node).name === 'RangeError';
    if (a.type !== 'CallExpression') return false;
    const callee = a.callee as Node;
    return (
      callee.type === 'MemberExpression' &&
      (callee.object as Node).type === 'Identifier' &&
      (callee.object as Node).name === 'console'
    );
  });
}

/** String literals that read like words for a person, anywhere but in messages.json. */
function literalProblems(source: Source, ast: Node): string[] {
  const problems: string[] = [];
  walk(ast, (node, ancestors) => {
    if (node.type !== 'StringLiteral' && node.type !== 'TemplateLiteral') return;
    const text = literalText(node);
    if (!SENTENCE.test(text)) return;
    const parent = ancestors[ancestors.length - 1];
    if (parent?.type === 'ImportDeclaration' || parent?.type === 'ExportNamedDeclaration') return;
    // class="card now done": names for the style sheet.
    if (parent?.type === 'JSXAttribute' && ['class', 'className'].includes(String((parent.name as Node).name))) return;
    if (
      ancestors.some((a) => a.type === 'JSXAttribute' && ['class', 'className'].includes(String((a.name as Node).name)))
    ) {
      return;
    }
    if (forDevelopers(ancestors)) return;
    if (LITERALS_ALLOWED.some((a) => a.file === source.file && a.allows(text))) return;
    problems.push(`${source.file}:${line(node)}: "${text.slice(0, 80)}"`);
  });
  return problems;
}

// ---------------------------------------------------------------------------
// The manifest

/** The manifest's texts are __MSG_key__ with a message, and the default locale is English. */
function manifestProblems(configText: string, messages: Messages): string[] {
  const problems: string[] = [];
  const ast = parse(configText, { sourceType: 'module', plugins: ['typescript'] }).program as unknown as Node;
  let sawLocale = false;
  const textKeys = new Set(['name', 'short_name', 'description', 'default_title']);
  walk(ast, (node) => {
    if (node.type !== 'ObjectProperty') return;
    const key = node.key as Node;
    const name = key.type === 'Identifier' ? String(key.name) : isString(key) ? key.value : '';
    const value = node.value as Node;
    if (name === 'default_locale') sawLocale = isString(value) && value.value === 'en';
    if (!textKeys.has(name)) return;
    if (!isString(value) || !/^__MSG_\w+__$/.test(value.value)) {
      problems.push(`manifest "${name}" is not a __MSG_key__ (line ${line(node)})`);
    }
  });
  if (!sawLocale) problems.push("manifest has no default_locale: 'en'");
  for (const m of configText.matchAll(/__MSG_(\w*?)__/g)) {
    const key = m[1]!;
    if (!Object.hasOwn(messages, key) || !String(messages[key]!.message ?? '').trim()) {
      problems.push(`manifest uses __MSG_${key}__, which has no message`);
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------
// The project as it is

const PRODUCT = sourcesUnder('components', 'entrypoints', 'lib').map((source) => ({
  source,
  ast: parseSource(source),
}));
const UI = PRODUCT.filter(({ source }) => !source.file.startsWith('lib/'));
const CONFIG_TEXT = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
const RAW_MESSAGES = readFileSync(join(ROOT, MESSAGES_PATH), 'utf8');

const CALLS = PRODUCT.flatMap(({ source, ast }) => callsIn(source, ast));

/** The keys the procedure and field tables hold (fields.ts builds some with templates, so read them at run time). */
const TABLE_KEYS: string[] = [
  ...PHASES.map((p) => p.title),
  ...SCREENS.map((s) => s.title),
  ...STEPS.flatMap((s) => [s.instruction, ...(s.yourself ? [s.yourself] : [])]),
  ...NOTES.map((n) => n.text),
  CASENET_BRANCH.question,
  ...Object.values(FIELDS).flatMap((f) => [f.label, ...('personOnly' in f ? [f.personOnly] : [])]),
];

const REFERENCED = new Set<string>([
  ...PRODUCT.flatMap(({ ast }) => stringsIn(ast)).filter((s) => Object.hasOwn(MESSAGES, s)),
  ...TABLE_KEYS,
  ...[...CONFIG_TEXT.matchAll(/__MSG_(\w+?)__/g)].map((m) => m[1]!),
]);

/** Keys reached only through tables and variables, never as the literal key of a call. */
const CALLED_LITERALLY = new Set(CALLS.flatMap((c) => c.keys ?? []));
const INDIRECT = [...REFERENCED].filter((k) => !CALLED_LITERALLY.has(k) && !CONFIG_TEXT.includes(`__MSG_${k}__`));

describe('translation: messages.json', () => {
  it('is valid: named keys (unique, also ignoring case), messages, descriptions, well-formed "$"', () => {
    expect(Object.keys(MESSAGES).length).toBeGreaterThan(100);
    expect(messageProblems(MESSAGES, RAW_MESSAGES)).toEqual([]);
  });

  it('has every key the code looks up, with a message', () => {
    expect(CALLS.length).toBeGreaterThan(300);
    expect(unknownKeys(CALLS, MESSAGES)).toEqual([]);
  });

  it('has a message for every key in the procedure and field tables, each shown as it is (no $1)', () => {
    const missing = TABLE_KEYS.filter((k) => !Object.hasOwn(MESSAGES, k) || !String(MESSAGES[k]!.message).trim());
    expect(missing).toEqual([]);
    expect(TABLE_KEYS.filter((k) => placeholders(String(MESSAGES[k]?.message)).length)).toEqual([]);
  });

  it('has no message that nothing uses', () => {
    expect(deadMessages(MESSAGES, REFERENCED)).toEqual([]);
  });

  it('gets, in every call, exactly the substitutions each message asks for', () => {
    expect(substitutionProblems(CALLS, MESSAGES, INDIRECT)).toEqual([]);
  });

  it('is what t() reads: substitutions in place, a missing key shown as itself', () => {
    expect(t('current_did_step', 7)).toBe('I did step 7');
    expect(t('popup_steps_finished', 3, 26)).toBe('3 of 26 steps finished');
    expect(t('no_such_key' as never)).toBe('no_such_key');
  });
});

describe('translation: no text in the code', () => {
  it('renders no words in JSX except through t() (components and entrypoints)', () => {
    expect(UI.filter(({ source }) => source.file.endsWith('.tsx')).length).toBeGreaterThan(25);
    expect(UI.flatMap(({ source, ast }) => jsxProblems(source, ast))).toEqual([]);
  });

  it('keeps no sentence for a person in a string literal (components, entrypoints, lib)', () => {
    expect(PRODUCT.flatMap(({ source, ast }) => literalProblems(source, ast))).toEqual([]);
  });

  it('names the extension, its description, its button and its shortcut through __MSG_ keys', () => {
    expect(manifestProblems(CONFIG_TEXT, MESSAGES)).toEqual([]);
  });
});

describe('translation: each check finds what it looks for', () => {
  const tsx = (text: string, file = 'components/Example.tsx') => {
    const source = { file, text };
    return { source, ast: parseSource(source) };
  };
  const good = { message: 'Step $1 of $2', description: 'A heading.' };

  it('messages.json: bad keys, duplicates, empty messages, no description, stray "$", a gap in $n', () => {
    const raw = '{\n  "a": {},\n  "a": {}\n}';
    expect(messageProblems({ a: good }, raw).join('\n')).toMatch(/a: written 2 times/);
    expect(messageProblems({ 'bad-key': good }, '').join()).toMatch(/may hold only/);
    expect(messageProblems({ Step: good, step: good }, '').join()).toMatch(/same key as Step but for case/);
    expect(messageProblems({ a: { message: ' ', description: 'x' } }, '').join()).toMatch(/no message/);
    expect(messageProblems({ a: { message: 'x' } }, '').join()).toMatch(/no description/);
    expect(messageProblems({ a: { message: 'Costs $5 or $0', description: 'x' } }, '').join()).toMatch(/neither/);
    expect(messageProblems({ a: { message: 'Costs $$5', description: 'x' } }, '')).toEqual([]);
    expect(messageProblems({ a: { message: '$2 only', description: 'x' } }, '').join()).toMatch(/not \$1/);
  });

  it('calls: an unknown key, a dead message, too few or too many substitutions, a dynamic key given some', () => {
    const { source, ast } = tsx(
      "t('popup_heading'); t('no_such_key'); t(n === 1 ? 'current_did_step' : 'popup_heading', n); t(KEYS[k], n); t('current_eyebrow', 1, 2, 3);",
    );
    const calls = callsIn(source, ast);
    expect(unknownKeys(calls, MESSAGES).join()).toMatch(/"no_such_key" has no message/);
    expect(deadMessages({ used: good, unused: good }, new Set(['used']))).toEqual([
      'unused: "Step $1 of $2" is used nowhere',
    ]);
    const problems = substitutionProblems(calls, MESSAGES, ['popup_steps_finished']).join('\n');
    expect(problems).toMatch(/"popup_heading" takes 0 substitution\(s\), the call gives 1/);
    expect(problems).toMatch(/substitutions for a key the test cannot see/);
    expect(problems).toMatch(/"current_eyebrow" takes 2 substitution\(s\), the call gives 3/);
    expect(problems).toMatch(/popup_steps_finished: shown through a table or variable/);
  });

  it('JSX: text, a rendered literal and a text attribute with words; the allowed keys are allowed', () => {
    const { source, ast } = tsx(
      `export const A = ({ x }) => (
        <p class="card now" aria-label="Close the panel" title={x ? 'Open it' : t('popup_heading')}>
          Hello there {x && 'and more'} <kbd>Alt</kbd> {t('popup_heading')}
          <Field label="Name" hint={\`At least \${x} characters\`} />
        </p>
      );`,
    );
    const problems = jsxProblems(source, ast).join('\n');
    for (const bad of [
      'JSX text "Hello there"',
      'JSX text "and more"',
      'JSX text "Alt"',
      'aria-label="Close the panel"',
      'title="Open it"',
      'label="Name"',
      'hint="At least   characters"',
    ]) {
      expect(problems).toContain(bad);
    }
    expect(problems).not.toMatch(/card now|popup_heading/);
    const kbd = tsx('export const K = () => <kbd>Alt</kbd>;', 'components/QuickAccess.tsx');
    expect(jsxProblems(kbd.source, kbd.ast)).toEqual([]);
  });

  it('literals: a sentence in code is found; class lists, imports, console and RangeError are not', () => {
    const { source, ast } = tsx(
      `import './style.css';
       setStatus('Everything was deleted.');
       throw new Error(\`Step \${n} is not done\`);
       throw new RangeError(\`There is no step \${n}.\`);
       console.warn('could not show progress');
       const el = <p class="card now done" />;`,
      'lib/example.tsx',
    );
    expect(literalProblems(source, ast)).toEqual([
      'lib/example.tsx:2: "Everything was deleted."',
      'lib/example.tsx:3: "Step   is not done"',
    ]);
  });

  it('manifest: English instead of a key, an unknown key, no default locale', () => {
    const problems = manifestProblems(
      "export default { manifest: { name: 'My extension', description: '__MSG_nothing__', action: { default_title: '__MSG_actionTitle__' } } };",
      MESSAGES,
    ).join('\n');
    expect(problems).toMatch(/"name" is not a __MSG_key__/);
    expect(problems).toMatch(/__MSG_nothing__, which has no message/);
    expect(problems).toMatch(/no default_locale/);
    expect(problems).not.toMatch(/default_title/);
  });
});
