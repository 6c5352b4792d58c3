/**
 * Everything an import would change, worked out once from mergeImport's
 * inputs: the options page renders it, and the background works it out again
 * from the same inputs and applies it only when it is what the person was
 * shown (the fingerprint). Pure. No secret value appears in what it shows or
 * in the fingerprint; only `merge.merged`, the profile to save, holds them.
 */
import type { FieldId } from '../procedure/fields';
import { t } from '../i18n';
import { mixedScripts } from './imported-text';
import { mergeImport, type MergeChange, type MergeResult } from './import-merge';
import type { ScreenId } from '../procedure/procedure';
import type { ProfileData } from '../profile/profile';
import type { ProfileFile } from '../profile/profile-file';
import { ruleKey, withProvenance, type KeptRule, type RuleOrigin, type TaughtRule } from '../recognise/taught-rules';

export type ImportSource = 'file' | 'code';

export interface PreviewInput {
  /** The profile the import goes into; null: a new profile. */
  current: ProfileData | null;
  file: ProfileFile;
  /** The taught fields the person has now. */
  rules: readonly KeptRule[];
  /** The person ticked "Replace my own details". */
  overwritePersonal: boolean;
  /** The passphrase is set and unlocked: secrets from the file are kept, encrypted. */
  unlocked: boolean;
  source: ImportSource;
}

export interface PreviewChange extends MergeChange {
  /** The e-mail address or the user name: where a look-alike would send the person's mail or account elsewhere. */
  highlight: boolean;
  /** A secret the file sets that will not be kept (the passphrase is not unlocked): the row says so, never "will be set". */
  leftOut: boolean;
}

export interface RuleLine {
  screen: ScreenId;
  signature: string;
  field: FieldId;
}

export interface RuleReplacement extends RuleLine {
  /** The person's rule it replaces (same screen and label, another field). */
  was: KeptRule;
}

export interface MixedScriptWarning {
  /** The member in plain words ("Group name", "First name"). */
  field: string;
  text: string;
}

export interface ImportPreview {
  merge: MergeResult;
  /** Changes to the person's own details (applied or, unless they confirm, kept). */
  personal: PreviewChange[];
  /** Changes to the group's details, the PIN and the answers. */
  other: PreviewChange[];
  rulesAdded: RuleLine[];
  rulesReplaced: RuleReplacement[];
  /** Rules the person already has, the same: nothing changes. */
  rulesSame: number;
  /** Rules for a secret field, left out. */
  rulesDropped: RuleLine[];
  /** The secrets the file carries, in words ("the group PIN"); never their values. */
  secrets: string[];
  secretsKept: boolean;
  warnings: MixedScriptWarning[];
  /** Some of the person's own details would change: they decide (the box is never ticked for them). */
  needsConfirmation: boolean;
  /** Those details, in plain words (the same whether or not the person ticked the box). */
  confirmFields: string[];
  /** What was shown, as one string: the background applies an import only when its own preview matches it. */
  fingerprint: string;
}

const HIGHLIGHTED = new Set(['email', 'username']);
const SECRET_PATH = /^(group\.pin|securityQuestions\.\d+\.answer)$/;

/** One row of the table as it will really be: a secret set without an unlocked passphrase is left out, and says why. */
function shownChange(c: MergeChange, unlocked: boolean): PreviewChange {
  const highlight = c.personal && HIGHLIGHTED.has(c.path);
  const leftOut = !unlocked && c.applied && SECRET_PATH.test(c.path) && c.to === t('merge_will_be_set');
  if (!leftOut) return { ...c, highlight, leftOut };
  return { ...c, to: t('import_secret_left_out_row'), applied: false, highlight, leftOut };
}

/** What secrets a file carries, in words (never their values). */
export function carriedSecrets(file: ProfileFile): string[] {
  if (file.kind === 'group') return file.group.pin ? [t('import_secret_pin')] : [];
  const p = file.profile;
  const out: string[] = [];
  if (p.group.pin) out.push(t('import_secret_pin'));
  const answers = p.securityQuestions.filter((q) => q.answer).length;
  if (answers) out.push(answers === 1 ? t('import_secret_answer_one') : t('import_secret_answers_other', answers));
  return out;
}

/** Group and person names that mix look-alike scripts. */
function scriptWarnings(file: ProfileFile): MixedScriptWarning[] {
  const person = file.kind === 'person' ? file.profile : file.person;
  const names: [string, string | undefined][] = [
    [t('field_group_name'), file.kind === 'person' ? file.profile.group.name : file.group.groupName],
    [t('field_firstName'), person?.firstName],
    [t('field_lastName'), person?.lastName],
  ];
  return names.filter(([, text]) => text && mixedScripts(text).length).map(([field, text]) => ({ field, text: text! }));
}

const line = ({ screen, signature, field }: TaughtRule): RuleLine => ({ screen, signature, field });

function compareRules(incoming: readonly TaughtRule[], existing: readonly KeptRule[]) {
  const mine = new Map(existing.map((r) => [ruleKey(r), r]));
  const added: RuleLine[] = [];
  const replaced: RuleReplacement[] = [];
  let same = 0;
  // The last rule for a label wins, as when they are saved one after another.
  const byKey = new Map(incoming.map((r) => [ruleKey(r), r]));
  for (const [key, rule] of byKey) {
    const was = mine.get(key);
    if (!was) added.push(line(rule));
    else if (was.field === rule.field) same++;
    else replaced.push({ ...line(rule), was });
  }
  return { added, replaced, same };
}

/** What importing `file` into `current` would do, in full. */
export function previewImport(input: PreviewInput): ImportPreview {
  const { current, file, overwritePersonal } = input;
  const plain = mergeImport(current, file);
  const merge =
    overwritePersonal && plain.needsConfirmation ? mergeImport(current, file, { overwritePersonal }) : plain;
  const changes = merge.changes.map((c) => shownChange(c, input.unlocked));
  const rules = compareRules(merge.rules, input.rules);
  const secrets = carriedSecrets(file);
  const preview: Omit<ImportPreview, 'fingerprint'> = {
    merge,
    personal: changes.filter((c) => c.personal),
    other: changes.filter((c) => !c.personal),
    rulesAdded: rules.added,
    rulesReplaced: rules.replaced,
    rulesSame: rules.same,
    rulesDropped: merge.droppedRules.map(line),
    secrets,
    secretsKept: secrets.length > 0 && input.unlocked,
    warnings: scriptWarnings(file),
    needsConfirmation: plain.needsConfirmation,
    confirmFields: [...new Set(plain.changes.filter((c) => c.personal && !c.applied).map((c) => c.field))],
  };
  return { ...preview, fingerprint: fingerprintOf(preview) };
}

function fingerprintOf(p: Omit<ImportPreview, 'fingerprint'>): string {
  return JSON.stringify([
    p.merge.merged.label,
    [...p.personal, ...p.other].map((c) => [c.path, c.from, c.to, c.applied]),
    p.rulesAdded.map((r) => [r.screen, r.signature, r.field]),
    p.rulesReplaced.map((r) => [r.screen, r.signature, r.field, r.was.field]),
    p.rulesDropped.map((r) => [r.screen, r.signature, r.field]),
    p.secretsKept,
  ]);
}

/** The name a file or code goes by in "imported from …": the file's name, or the group (or profile) it names. */
export function importName(file: ProfileFile, source: ImportSource, fileName = ''): string {
  if (source === 'file' && fileName) return fileName;
  return file.kind === 'group' ? file.group.groupName : file.profile.label;
}

/** The rules an import saves, each with where it came from: the added and the replaced, never the same ones again. */
export function rulesToSave(preview: ImportPreview, origin: Exclude<RuleOrigin, 'here'>, from: string, at: number) {
  return [...preview.rulesAdded, ...preview.rulesReplaced].map((r) => withProvenance(r, origin, from, at));
}
