import { MIN_PASSPHRASE } from '@/lib/share-code';
import { TextField } from './FormField';

export interface SharePassphrase {
  first: string;
  again: string;
}

/** What is wrong with the passphrase typed for share codes, per box (nothing: it may be used). */
export function passphraseProblems(p: SharePassphrase): { first?: string; again?: string } {
  if (p.first.length < MIN_PASSPHRASE) {
    return {
      first: `Passphrase for the share codes: use at least ${MIN_PASSPHRASE} characters (a short sentence is easy to remember).`,
    };
  }
  if (p.again !== p.first) return { again: 'Passphrase again does not match: type the same passphrase twice.' };
  return {};
}

interface Props {
  value: SharePassphrase;
  onValue: (value: SharePassphrase) => void;
  /** Show the messages (after the administrator tried to make a code). */
  checked: boolean;
}

/**
 * The passphrase that locks share codes holding the group PIN: typed twice,
 * and given to users another way than the code.
 */
export function AdminPassphrase({ value, onValue, checked }: Props) {
  const problems = checked ? passphraseProblems(value) : {};
  return (
    <fieldset class="admin-passphrase">
      <legend>Passphrase for the share codes</legend>
      <p>
        The group profile holds the PIN, so every share code made from it is locked with a passphrase. Your users type
        the passphrase when they import the code.
      </p>
      <p class="notice">
        <strong>Give the passphrase to your users another way</strong> — by phone or in person — never in the same
        e-mail as the code. Anyone who has both can read the PIN.
      </p>
      <TextField
        id="ga-passphrase"
        label="Passphrase for the share codes"
        type="password"
        autoComplete="new-password"
        value={value.first}
        onValue={(first) => onValue({ ...value, first })}
        error={problems.first}
        hint={`At least ${MIN_PASSPHRASE} characters. A short sentence is easy to say over the phone. It is not saved.`}
      />
      <TextField
        id="ga-passphrase-again"
        label="Passphrase again"
        type="password"
        autoComplete="new-password"
        value={value.again}
        onValue={(again) => onValue({ ...value, again })}
        error={problems.again}
      />
    </fieldset>
  );
}
