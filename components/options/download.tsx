/** Saving a profile file to the person's downloads, from an extension page. */
import { groupFileStem } from '@/lib/sharing/admin-form';

const UNSAFE_IN_FILE_NAMES = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;

/** How the names of a person's profile file and of a group profile file end. */
export const PROFILE_FILE_SUFFIX = '.mo-efiling-profile.json';
export const GROUP_FILE_SUFFIX = '.mo-efiling-group.json';

/** `<label>.mo-efiling-profile.json`, with characters no file name may hold replaced. */
export function profileFileName(label: string): string {
  const safe = label
    .replace(UNSAFE_IN_FILE_NAMES, '-')
    .replace(/^[\s.-]+|[\s.-]+$/g, '')
    .slice(0, 80);
  return `${safe || 'profile'}${PROFILE_FILE_SUFFIX}`;
}

/** Offer text as a file download: a Blob, an object URL and a temporary <a download>. */
export function downloadText(filename: string, text: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  doc.body.append(a);
  try {
    a.click();
  } finally {
    a.remove();
    // The download has started by the time the click returns; free the URL a little later to be safe.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

/** `<group name>.mo-efiling-group.json`. */
export const groupFileName = (groupName: string) => `${groupFileStem(groupName)}${GROUP_FILE_SUFFIX}`;
