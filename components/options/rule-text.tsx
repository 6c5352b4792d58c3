import type { FieldId } from '@/lib/procedure/fields';
import { FIELDS } from '@/lib/procedure/fields';
import { t } from '@/lib/i18n';
import { SCREENS, type ScreenId } from '@/lib/procedure/procedure';

/** A screen of the procedure by its title ("Name and e-mail"). */
export function screenName(id: ScreenId): string {
  const screen = SCREENS.find((s) => s.id === id);
  return screen ? t(screen.title) : id;
}

/** A field in the person's words, in lower case, as it reads inside a sentence ("your e-mail address"). */
export const fieldName = (id: FieldId) => t(FIELDS[id].label).toLocaleLowerCase(t('html_lang'));

/** Text from a file, a code or the site, isolated so that its direction cannot turn the words around it. */
export const Iso = ({ text }: { text: string }) => <bdi>{text}</bdi>;

/** Imported text in quotation marks, isolated inside them. */
export function QuotedIso({ text }: { text: string }) {
  const [open, close] = t('quoted', '\uE000').split('\uE000');
  return (
    <>
      {open}
      <bdi>{text}</bdi>
      {close}
    </>
  );
}
