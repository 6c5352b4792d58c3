/**
 * What importing a profile file (or a share code) does to the profile a
 * person already has: pure, so the preview and the import agree.
 *
 * Group fields (group name, PIN, the agency's addresses and phone, the
 * department and supervisor defaults, taught rules) come from the file;
 * taught rules for a secret field never do.
 * Personal fields the person already filled in (profile name, user name,
 * names, e-mail, their own position, security questions…) are never
 * overwritten unless `overwritePersonal` is given: they are listed as
 * changes needing confirmation. A group file's empty members change nothing.
 * Secrets never appear in the changes, only that they will be set.
 */
import type { GroupFile, ProfileFile } from '../profile/profile-file';
import { t } from '../i18n';
import { describePath, type Address, type ProfileData, type ProfileInput } from '../profile/profile';
import { isSecret } from '../procedure/fields';
import { bareRule, type TaughtRule } from '../recognise/taught-rules';

export interface MergeChange {
  /** Where in the profile, as a dotted path ("email", "group.pin", "securityQuestions.0.answer"). */
  path: string;
  /** The field in plain words ("E-mail address", "Group PIN"). */
  field: string;
  from: string;
  to: string;
  /** A personal field: when it already held something, changing it needs the person's say-so. */
  personal: boolean;
  /** False: left as it was (a personal field, and `overwritePersonal` was not given). */
  applied: boolean;
}

export interface MergeResult {
  /** The profile to save (secrets from the file included; absent secrets mean "keep the saved ones"). */
  merged: ProfileInput;
  changes: MergeChange[];
  /** Taught rules the file adds (never one for a secret field). */
  rules: TaughtRule[];
  /** Taught rules for a secret field (password, answer, PIN): left out, whoever made the file. */
  droppedRules: TaughtRule[];
  /** The administrator's note to users (group files), to show, not to save. */
  note: string;
  /** Some personal fields would change: ask, then merge again with `overwritePersonal`. */
  needsConfirmation: boolean;
}

export interface MergeOptions {
  overwritePersonal?: boolean;
}

const notGiven = () => t('common_not_given');
const MAX_LABEL = 80;

type Value = string | boolean | Address | null;

interface Proposal {
  /** A path in ProfileInput, as describePath reads it. */
  path: readonly [string] | readonly [string, string];
  value: Value;
  personal: boolean;
}

function addressGiven(a: Address | null): a is Address {
  return Boolean(a && (a.line1 || a.line2 || a.city || a.zip));
}

function show(value: Value, path: Proposal['path']): string {
  if (value === null) return path[0] === 'billingAddress' ? t('merge_same_as_mailing') : notGiven();
  if (typeof value === 'boolean') return value ? t('merge_yes') : t('merge_no');
  if (typeof value === 'string') return value || notGiven();
  if (!addressGiven(value)) return notGiven();
  return [value.line1, value.line2, value.city, [value.state, value.zip].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
}

function isEmpty(value: Value): boolean {
  if (value === null || value === '') return true;
  if (typeof value === 'object') return !addressGiven(value);
  return false;
}

function same(a: Value, b: Value): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A saved profile (no secrets) as form input: absent secrets keep the saved ones. */
function asInput(current: ProfileData): ProfileInput {
  return {
    ...current,
    mailingAddress: { ...current.mailingAddress },
    billingAddress: current.billingAddress && { ...current.billingAddress },
    securityQuestions: current.securityQuestions.map(({ question }) => ({ question })),
    group: { ...current.group },
  };
}

function emptyInput(): ProfileInput {
  return {
    label: '',
    username: '',
    firstName: '',
    lastName: '',
    email: '',
    phone: '',
    noMobarNumber: true,
    mailingAddress: { line1: '', line2: '', city: '', state: 'MO', zip: '' },
    billingAddress: null,
    securityQuestions: [],
    group: { name: '', position: '', department: '', supervisor: '', notes: '', adminEmail: '' },
  };
}

function read(p: ProfileInput, path: Proposal['path']): Value {
  const [head, member] = path;
  if (head === 'group') return p.group[member as keyof ProfileInput['group']] ?? '';
  return p[head as keyof ProfileInput] as Value;
}

function write(p: ProfileInput, path: Proposal['path'], value: Value) {
  const [head, member] = path;
  const copy = value && typeof value === 'object' ? { ...value } : value;
  if (head === 'group') (p.group as Record<string, Value>)[member!] = copy;
  else (p as unknown as Record<string, Value>)[head] = copy;
}

/** "Jane Doe at Cole County DSS", within the profile name's 80 characters. */
function groupLabel(file: GroupFile): string {
  const name = [file.person?.firstName, file.person?.lastName].filter(Boolean).join(' ');
  const label = name ? t('merge_group_label', name, file.group.groupName) : file.group.groupName;
  return label.slice(0, MAX_LABEL).trim();
}

function proposalsFor(file: ProfileFile, hasCurrent: boolean): Proposal[] {
  const out: Proposal[] = [];
  const personal = (path: Proposal['path'], value: Value) => out.push({ path, value, personal: true });
  const shared = (path: Proposal['path'], value: Value) => out.push({ path, value, personal: false });

  if (file.kind === 'person') {
    // One person's own file: it gives every field, empty ones included.
    const p = file.profile;
    for (const key of ['label', 'username', 'firstName', 'lastName', 'email'] as const) personal([key], p[key]);
    personal(['noMobarNumber'], p.noMobarNumber);
    shared(['phone'], p.phone);
    shared(['mailingAddress'], p.mailingAddress);
    shared(['billingAddress'], p.billingAddress);
    shared(['group', 'name'], p.group.name);
    shared(['group', 'department'], p.group.department);
    shared(['group', 'supervisor'], p.group.supervisor);
    personal(['group', 'position'], p.group.position);
    personal(['group', 'notes'], p.group.notes);
    shared(['group', 'adminEmail'], p.group.adminEmail);
    return out;
  }

  // A group file gives only what it holds; the roster's personal part wins over the group's defaults.
  const { group, person } = file;
  if (!hasCurrent) personal(['label'], groupLabel(file));
  for (const key of ['firstName', 'lastName', 'email'] as const) if (person?.[key]) personal([key], person[key]);
  shared(['group', 'name'], group.groupName);
  if (addressGiven(group.mailingAddress)) {
    shared(['mailingAddress'], group.mailingAddress);
    shared(['billingAddress'], group.billingAddress);
  } else if (addressGiven(group.billingAddress)) {
    shared(['billingAddress'], group.billingAddress);
  }
  if (group.phone) shared(['phone'], group.phone);
  const department = person?.department || group.department;
  const supervisor = person?.supervisor || group.supervisor;
  const position = person?.position || group.position;
  if (department) shared(['group', 'department'], department);
  if (supervisor) shared(['group', 'supervisor'], supervisor);
  if (position) personal(['group', 'position'], position);
  if (group.adminEmail) shared(['group', 'adminEmail'], group.adminEmail);
  return out;
}

/**
 * Merge an imported file into the current profile (null: a new profile).
 * Pure: neither argument is changed.
 */
export function mergeImport(current: ProfileData | null, file: ProfileFile, options: MergeOptions = {}): MergeResult {
  const overwrite = options.overwritePersonal === true;
  const base = current ? asInput(current) : emptyInput();
  const merged = current ? asInput(current) : emptyInput();
  const changes: MergeChange[] = [];
  /** Only what already held something is protected; an empty field is simply filled. */
  const protectedHere = (personal: boolean, was: Value) => personal && current !== null && !isEmpty(was) && !overwrite;

  for (const { path, value, personal } of proposalsFor(file, current !== null)) {
    const was = read(base, path);
    if (same(was, value)) continue;
    const applied = !protectedHere(personal, was);
    if (applied) write(merged, path, value);
    changes.push({
      path: path.join('.'),
      field: describePath(path),
      from: show(was, path),
      to: show(value, path),
      personal,
      applied,
    });
  }

  if (file.kind === 'person') {
    mergeQuestions(file.profile.securityQuestions, base, merged, changes, { isNew: current === null, overwrite });
  }
  mergePin(file, merged, changes, current !== null);

  // Taught rules never route a secret: a rule naming the password, an answer or the PIN is left out.
  const given = file.kind === 'group' ? file.group.rules : (file.rules ?? []);
  const rules = given.filter((r) => !isSecret(r.field)).map(bareRule);
  const droppedRules = given.filter((r) => isSecret(r.field)).map(bareRule);

  if (!merged.label) merged.label = file.kind === 'group' ? groupLabel(file) : t('merge_imported_profile');
  return {
    merged,
    changes,
    rules,
    droppedRules,
    note: file.kind === 'group' ? file.group.note : '',
    needsConfirmation: changes.some((c) => c.personal && !c.applied),
  };
}

/** Security questions (personal) and their answers (secret) move together. */
function mergeQuestions(
  incoming: ProfileInput['securityQuestions'],
  base: ProfileInput,
  merged: ProfileInput,
  changes: MergeChange[],
  { isNew, overwrite }: { isNew: boolean; overwrite: boolean },
) {
  const was = base.securityQuestions;
  const questions = (list: readonly { question: string }[]) => JSON.stringify(list.map((q) => q.question));
  const questionsDiffer = questions(was) !== questions(incoming);
  const answers = incoming.filter((q) => q.answer !== undefined).length;
  if (questionsDiffer || answers) {
    const applied = isNew || was.length === 0 || overwrite;
    if (applied) merged.securityQuestions = incoming.map((q) => ({ ...q }));
    const n = Math.max(was.length, incoming.length);
    for (let i = 0; i < n; i++) {
      const from = was[i]?.question ?? '';
      const to = incoming[i]?.question ?? '';
      if (from !== to) {
        changes.push({
          path: `securityQuestions.${i}.question`,
          field: describePath(['securityQuestions', i, 'question']),
          from: from || notGiven(),
          to: to || notGiven(),
          personal: true,
          applied,
        });
      }
      const answer = incoming[i]?.answer;
      if (answer !== undefined) {
        changes.push({
          path: `securityQuestions.${i}.answer`,
          field: describePath(['securityQuestions', i, 'answer']),
          from: isNew ? notGiven() : t('merge_not_shown'),
          to: answer ? t('merge_will_be_set') : t('merge_will_be_removed'),
          personal: true,
          applied,
        });
      }
    }
  }
}

/** The PIN: never shown, only said to be set (or removed, by a person's file with an empty one). */
function mergePin(file: ProfileFile, merged: ProfileInput, changes: MergeChange[], hasCurrent: boolean) {
  const pin = file.kind === 'group' ? file.group.pin || undefined : file.profile.group.pin;
  if (pin !== undefined) {
    merged.group.pin = pin;
    changes.push({
      path: 'group.pin',
      field: describePath(['group', 'pin']),
      from: hasCurrent ? t('merge_not_shown') : notGiven(),
      to: pin ? t('merge_will_be_set') : t('merge_will_be_removed'),
      personal: false,
      applied: true,
    });
  }
}
