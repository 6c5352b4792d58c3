// `npm run fixture -- report.json`: turn a page-shape report a person copied on the real court site
// (panel button "Copy the page description") into test/fixtures/real/<slug>.json, whose test in
// test/unit/real-pages.test.ts fails until the engineer writes what the page is and the product
// recognises it. See test/fixtures/real/README.md.
//   -              read the report from standard input instead of a file
//   --force        replace a fixture of the same name
//   --name <slug>  save it under this name instead of one made from the page's address and title
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const FORMAT = 'mo-efiling-page-shape'; // lib/page/report.ts REPORT_FORMAT
const VERSION = 1;
const MAX_BYTES = 256 * 1024;
// Bounds of what the extension ever writes (lib/page/collect.ts), with room for blanked markers.
const MAX_FIELDS = 200;
const MAX_ITEMS = 80;
const MAX_LABELS = 20;
const MAX_TEXT = 500;
// lib/page/collect.ts ControlType: what `fields[].type` can be.
const TYPES = [
  'text',
  'email',
  'tel',
  'number',
  'search',
  'url',
  'password',
  'checkbox',
  'radio',
  'select',
  'textarea',
];
// lib/page/report.ts blanks these out; a report still holding one was edited or made by something else.
const EMAIL = /[^\s@]+@[^\s@]+\.[a-z]{2,}/i;
const LONG_NUMBER = /\d[\d\s().\/-]{3,}\d/;

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../fixtures/real/', import.meta.url));
const USAGE = 'usage: npm run fixture -- <report.json | -> [--force] [--name <slug>]';

class Refusal extends Error {}
const refuse = (message) => {
  throw new Refusal(message);
};

function parseArgs(argv) {
  const out = { file: null, force: false, name: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--force') out.force = true;
    else if (arg === '--name') {
      out.name = argv[++i] ?? refuse(`--name needs a slug. ${USAGE}`);
    } else if (arg.startsWith('--name=')) out.name = arg.slice('--name='.length);
    else if (arg === '-h' || arg === '--help') {
      console.log(USAGE);
      process.exit(0);
    } else if (arg.startsWith('-') && arg !== '-') refuse(`unknown option ${arg}. ${USAGE}`);
    else if (out.file) refuse(`one report at a time (got ${out.file} and ${arg}). ${USAGE}`);
    else out.file = arg;
  }
  if (!out.file) refuse(USAGE);
  if (out.name !== null && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(out.name)) {
    refuse(`--name "${out.name}": use lower-case letters, digits and single hyphens, e.g. ecf-group-logon`);
  }
  return out;
}

function readReport(file) {
  let bytes;
  if (file === '-') {
    bytes = readFileSync(0); // standard input: `pbpaste | npm run fixture -- -`
    file = 'standard input';
  } else {
    let stat;
    try {
      stat = statSync(file);
    } catch (error) {
      refuse(`cannot read ${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
    }
    if (!stat.isFile()) refuse(`${file} is not a file`);
    if (stat.size <= MAX_BYTES) bytes = readFileSync(file);
    else bytes = { length: stat.size };
  }
  if (bytes.length > MAX_BYTES) {
    refuse(
      `${file} is ${Math.ceil(bytes.length / 1024)} kB; a page-shape report is far smaller (the limit is 256 kB): is it the right file?`,
    );
  }
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (!text.trim()) refuse(`${file} is empty: paste the copied report into it`);
  try {
    return JSON.parse(text);
  } catch (error) {
    refuse(`${file} is not JSON (${error.message}): paste the report exactly as the panel copied it`);
  }
}

/** The report, checked field by field; the first problem is refused in one line. */
function validate(report, file) {
  const at = (where, problem) => refuse(`${file}: ${where} ${problem}`);
  if (typeof report !== 'object' || report === null || Array.isArray(report)) {
    refuse(`${file}: not a page-shape report (expected a JSON object with "format": "${FORMAT}")`);
  }
  if ('report' in report && 'expected' in report) {
    refuse(`${file} is already a fixture (it has "report" and "expected"); give the report the panel copied`);
  }
  if (report.format !== FORMAT) {
    refuse(
      `${file}: not a page-shape report ("format" is ${JSON.stringify(report.format) ?? 'missing'}, expected "${FORMAT}")`,
    );
  }
  if (report.version !== VERSION) {
    refuse(
      typeof report.version === 'number' && report.version > VERSION
        ? `${file}: a version ${report.version} report, newer than this script (it reads version ${VERSION}): update the repository`
        : `${file}: "version" is ${JSON.stringify(report.version) ?? 'missing'}, expected ${VERSION}`,
    );
  }
  const keys = ['format', 'version', 'extension', 'path', 'title', 'headings', 'actions', 'fields'];
  const extra = Object.keys(report).filter((k) => !keys.includes(k));
  if (extra.length) at(`"${extra[0]}"`, 'is not part of a page-shape report (it has only ' + keys.join(', ') + ')');

  const text = (value, where, { empty = true, scrubbed = true } = {}) => {
    if (typeof value !== 'string') at(where, `must be a string, not ${value === null ? 'null' : typeof value}`);
    if (!empty && !value.trim()) at(where, 'is empty');
    if (value.length > MAX_TEXT) at(where, `is ${value.length} characters, longer than any text the extension reports`);
    if (!scrubbed) return value;
    if (EMAIL.test(value))
      at(where, 'holds what looks like an e-mail address; the extension blanks those out as "[e-mail]"');
    if (LONG_NUMBER.test(value))
      at(where, 'holds what looks like a long number; the extension blanks those out as "[number]"');
    return value;
  };
  const list = (value, where, max, each) => {
    if (!Array.isArray(value)) at(where, 'must be a list');
    if (value.length > max) at(where, `has ${value.length} entries, more than the extension reports (${max})`);
    return value.map((v, i) => each(v, `${where}[${i}]`));
  };

  text(report.extension, 'extension', { scrubbed: false }); // its version, "0.1.0": the one text not blanked
  if (typeof report.path !== 'string') at('path', 'must be a string');
  // A Java server may keep the session in the address ("/cnet/logon.do;jsessionid=…"); a fixture is committed.
  const path = report.path.replace(/;jsessionid=[^/;]*/gi, '');
  if (path !== report.path) console.warn(`fixture: left the session id out of the path (${path})`);
  report = { ...report, path };
  text(report.path, 'path');
  if (!/^\/[^\s?#]*$/.test(report.path))
    at('path', `${JSON.stringify(report.path)} is not a URL path (it starts with "/", no query)`);
  text(report.title, 'title');
  const headings = list(report.headings, 'headings', MAX_ITEMS, (v, w) => text(v, w, { empty: false }));
  const actions = list(report.actions, 'actions', MAX_ITEMS, (v, w) => text(v, w, { empty: false }));
  const fields = list(report.fields, 'fields', MAX_FIELDS, (f, where) => {
    if (typeof f !== 'object' || f === null || Array.isArray(f)) at(where, 'must be an object { type, name, labels }');
    const extraKeys = Object.keys(f).filter((k) => !['type', 'name', 'labels'].includes(k));
    if (extraKeys.length) at(`${where}.${extraKeys[0]}`, 'is not part of a field (it has only type, name, labels)');
    if (!TYPES.includes(f.type))
      at(`${where}.type`, `${JSON.stringify(f.type) ?? 'missing'} is not one of ${TYPES.join(', ')}`);
    return {
      type: f.type,
      name: text(f.name, `${where}.name`),
      labels: list(f.labels, `${where}.labels`, MAX_LABELS, (v, w) => text(v, w, { empty: false })),
    };
  });
  // In the order the extension writes it, so fixtures compare line by line.
  return {
    format: FORMAT,
    version: VERSION,
    extension: report.extension,
    path: report.path,
    title: report.title,
    headings,
    actions,
    fields,
  };
}

/** "/ecf/groupUserLogon.do" → "ecf-group-user-logon"; the title when the address says nothing. */
function slugOf(report) {
  const words = (text, camel = false) =>
    (camel ? text.replace(/([a-z])([A-Z])/g, '$1-$2') : text)
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/\[(number|e-mail|typed)\]/g, ' ')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  let path = report.path;
  try {
    path = decodeURIComponent(path);
  } catch {
    // keep it as written
  }
  path = path.replace(/;jsessionid=.*$/i, '').replace(/\.(do|jsp|jspx|html?|aspx?|php|cfm|action|faces|xhtml)$/i, '');
  const slug = words(path, true) || words(report.title) || 'page';
  return slug.slice(0, 60).replace(/-+$/, '');
}

/** What the screen ids are, read from lib/procedure/procedure.ts for the note (the test checks them anyway). */
/** The screen ids, read from the table's source (this script runs without a TypeScript loader). */
function screenIds() {
  try {
    const source = readFileSync(new URL('../../lib/procedure/procedure-screens.ts', import.meta.url), 'utf8');
    return [...source.matchAll(/^ {4}id: '([a-z-]+)',$/gm)].map((m) => m[1]);
  } catch {
    return [];
  }
}

function note() {
  const ids = screenIds();
  return [
    'Write what this page is in "expected", then run: npx vitest run test/unit/real-pages.test.ts.',
    `"screens": the ids of the procedure screens the page shows (lib/procedure/procedure.ts${ids.length ? `: ${ids.join(', ')}` : ''}), e.g. ["logon"]; while it is empty the test fails and says so.`,
    '"fields": for each box the product must recognise, its index in report.fields (0 is the first) as a string, mapped to its field id from lib/procedure/fields.ts, e.g. { "0": "username", "1": "password" }; null says the box is none of ours.',
    'The test then fails until the product recognises the page; commit this file together with that fix (test/fixtures/real/README.md).',
  ].join(' ');
}

/** A path as the person would type it: from where they are, or from the repository when they are elsewhere. */
const shown = (path) => {
  const here = relative(process.cwd(), path);
  return here && !here.startsWith('..') ? here : relative(ROOT, path);
};

function main() {
  const args = parseArgs(process.argv.slice(2));
  const report = validate(readReport(args.file), args.file === '-' ? 'standard input' : args.file);
  const slug = args.name ?? slugOf(report);
  const target = `${FIXTURES}${slug}.json`;
  if (existsSync(target) && !args.force) {
    refuse(`${shown(target)} already exists: add --force to replace it, or --name <slug> to save this one beside it`);
  }
  const fixture = { report, expected: { screens: [], fields: {} }, note: note() };
  mkdirSync(FIXTURES, { recursive: true });
  writeFileSync(target, `${JSON.stringify(fixture, null, 2)}\n`);

  const out = [
    `Wrote ${shown(target)}`,
    `  from the report of ${report.path}, "${report.title}" (extension ${report.extension}):`,
    `  ${report.fields.length} boxes, ${report.headings.length} headings, ${report.actions.length} actions.`,
    '',
  ];
  if (report.fields.length) {
    out.push('Its boxes, by the index "expected.fields" uses:');
    const width = Math.max(...report.fields.map((f) => f.type.length));
    report.fields.forEach((f, i) => {
      const labels = f.labels.length ? f.labels.map((l) => JSON.stringify(l)).join(', ') : '(no label)';
      out.push(
        `  ${String(i).padStart(3)}  ${f.type.padEnd(width)}  ${f.name ? `name="${f.name}"` : '(no name)'}  ${labels}`,
      );
    });
    out.push('');
  }
  out.push(
    'Next steps:',
    `  1. In ${shown(target)}, fill in "expected": "screens" (e.g. ["logon"]) and "fields"`,
    '     (box index → field id, e.g. { "0": "username" }); the "note" in the file says how.',
    '  2. npx vitest run test/unit/real-pages.test.ts   fails: first until "expected" is written,',
    '     then until the product (lib/) recognises the page.',
    '  3. Fix the product until it passes, and commit the fixture together with the fix.',
  );
  console.log(out.join('\n'));
}

try {
  main();
} catch (error) {
  if (!(error instanceof Refusal)) throw error;
  console.error(`fixture: ${error.message}`);
  process.exit(1);
}
