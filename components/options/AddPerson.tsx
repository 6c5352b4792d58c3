import { useState } from 'preact/hooks';
import { FIELDS } from '@/lib/procedure/fields';
import type { GroupPerson } from '@/lib/profile/group-profile';
import { t } from '@/lib/i18n';
import { addedPersonProblems, type RosterRow } from '@/lib/sharing/roster';
import { ErrorAlert } from './Messages';

interface Props {
  /** Everyone on the roster now (the CSV's lines and those added before). */
  roster: readonly RosterRow[];
  /** The person, checked: adds one row. */
  onAdd: (person: GroupPerson) => void;
}

const EMPTY = { firstName: '', lastName: '', email: '' };

/** "Add one person": a name and an e-mail address, one new row of the roster, without a CSV file. */
export function AddPerson({ roster, onAdd }: Props) {
  const [values, setValues] = useState(EMPTY);
  const [problems, setProblems] = useState<string[]>([]);

  const submit = (e: Event) => {
    e.preventDefault();
    const person: GroupPerson = {
      firstName: values.firstName.trim(),
      lastName: values.lastName.trim(),
      email: values.email.trim(),
      position: '',
      department: '',
      supervisor: '',
    };
    const found = addedPersonProblems(person, roster);
    setProblems(found);
    if (found.length) return;
    onAdd(person);
    setValues(EMPTY);
    document.getElementById('roster-add-first')?.focus();
  };

  const box = (key: keyof typeof EMPTY, id: string, label: string) => (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        spellcheck={false}
        autoComplete="off"
        value={values[key]}
        onInput={(e) => setValues((v) => ({ ...v, [key]: e.currentTarget.value }))}
      />
    </div>
  );

  return (
    <form class="roster-add" onSubmit={submit} noValidate aria-labelledby="roster-add-heading">
      <h4 id="roster-add-heading">{t('roster_add_heading')}</h4>
      <p class="hint">{t('roster_add_intro')}</p>
      <div class="roster-add-boxes">
        {box('firstName', 'roster-add-first', t(FIELDS.firstName.label))}
        {box('lastName', 'roster-add-last', t(FIELDS.lastName.label))}
        {box('email', 'roster-add-email', t(FIELDS.email.label))}
      </div>
      <ErrorAlert message={problems} />
      <div class="row">
        <button type="submit">{t('roster_add_button')}</button>
      </div>
    </form>
  );
}
