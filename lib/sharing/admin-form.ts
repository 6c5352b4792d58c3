/**
 * The administrator's group form as data: what the boxes hold, the group profile made from them,
 * checked with GroupProfileSchema (each message naming its box), and the file name it is shared as.
 */
import { GroupProfileSchema, describeGroupPath, describeIssuesWith, type GroupProfile } from '../profile/group-profile';
import type { TaughtRule } from '../recognise/taught-rules';

/** The parts of an address, as the form's boxes are keyed (`mailingAddress.city`). */
const ADDRESS_PARTS = ['line1', 'line2', 'city', 'state', 'zip'] as const;

/** The group profile as saved (never with its PIN). */
export type SavedGroup = Omit<GroupProfile, 'pin'>;

/** Everything typed in the administrator's form, and what it keeps without showing (position, taught fields). */
export interface AdminValues {
  text: Record<string, string>;
  billingSame: boolean;
  /** Kept as loaded: each user's position is their own, so the form does not ask for it. */
  position: string;
  rules: TaughtRule[];
}

export function adminValuesFrom(group: SavedGroup | null): AdminValues {
  const text: Record<string, string> = {
    groupName: group?.groupName ?? '',
    pin: '',
    phone: group?.phone ?? '',
    department: group?.department ?? '',
    supervisor: group?.supervisor ?? '',
    note: group?.note ?? '',
    adminEmail: group?.adminEmail ?? '',
  };
  for (const part of ADDRESS_PARTS) {
    text[`mailingAddress.${part}`] = group?.mailingAddress[part] ?? (part === 'state' ? 'MO' : '');
    text[`billingAddress.${part}`] = group?.billingAddress?.[part] ?? (part === 'state' ? 'MO' : '');
  }
  return {
    text,
    billingSame: !group || group.billingAddress === null,
    position: group?.position ?? '',
    rules: group?.rules ?? [],
  };
}

/** The GroupProfile-shaped value to check; the PIN only when one was typed. */
export function groupFromValues(v: AdminValues): Record<string, unknown> {
  const get = (key: string) => v.text[key] ?? '';
  const address = (prefix: string) => Object.fromEntries(ADDRESS_PARTS.map((part) => [part, get(`${prefix}.${part}`)]));
  return {
    groupName: get('groupName'),
    ...(get('pin') ? { pin: get('pin') } : {}),
    mailingAddress: address('mailingAddress'),
    billingAddress: v.billingSame ? null : address('billingAddress'),
    phone: get('phone'),
    department: get('department'),
    supervisor: get('supervisor'),
    position: v.position,
    note: get('note'),
    adminEmail: get('adminEmail'),
    rules: v.rules,
  };
}

export type GroupCheck =
  { ok: true; group: GroupProfile } | { ok: false; errors: Map<string, string>; messages: string[] };

/** Check the form with GroupProfileSchema; each message names its box in the administrator's words. */
export function checkGroup(v: AdminValues): GroupCheck {
  const parsed = GroupProfileSchema.safeParse(groupFromValues(v));
  if (parsed.success) return { ok: true, group: parsed.data };
  const messages = describeIssuesWith(parsed.error, describeGroupPath);
  const errors = new Map<string, string>();
  parsed.error.issues.forEach((issue, i) => {
    const key = issue.path.map(String).join('.');
    if (key in v.text && !errors.has(key)) errors.set(key, messages[i]!);
  });
  return { ok: false, errors, messages };
}

const UNSAFE_IN_FILE_NAMES = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;

/** The group's name as the start of a file name ("Cole County DSS"), or "group". */
export function groupFileStem(groupName: string): string {
  const safe = groupName
    .replace(UNSAFE_IN_FILE_NAMES, '-')
    .replace(/^[\s.-]+|[\s.-]+$/g, '')
    .slice(0, 80)
    .trim();
  return safe || 'group';
}
