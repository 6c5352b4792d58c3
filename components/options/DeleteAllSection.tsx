import { useState } from 'preact/hooks';
import { ConfirmAction } from '../ConfirmAction';
import { ErrorAlert, Status, errorText, type Ask } from './Messages';

interface Props {
  ask: Ask;
  reload: () => Promise<unknown>;
  /** Everything is gone: close anything that showed it. */
  onDeleted: () => void;
}

/** Erase everything the extension saved on this computer, after a question that lists it. */
export function DeleteAllSection({ ask, reload, onDeleted }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  const deleteAll = async () => {
    setError(null);
    setStatus('');
    try {
      await ask({ type: 'data/delete-all' });
      onDeleted();
      setStatus('Everything was deleted. The extension is as it was when you installed it.');
      await reload();
    } catch (err) {
      setError(errorText(err));
    }
  };

  return (
    <section aria-labelledby="delete-all-heading">
      <h2 id="delete-all-heading">Delete all data</h2>
      <p>Removes everything this extension keeps on this computer. Your account on the court's site is not affected.</p>
      <div class="row">
        <ConfirmAction
          opener="Delete all data…"
          openerClass="danger-outline"
          question={
            <>
              <p>This erases, from this computer:</p>
              <ul>
                <li>all your profiles, with any saved password, security answers and PIN;</li>
                <li>your passphrase;</li>
                <li>the fields you taught the assistant;</li>
                <li>a group profile saved for group administrators;</li>
                <li>your progress through the registration steps.</li>
              </ul>
              <p>It cannot be undone. Export any profile you want to keep first.</p>
            </>
          }
          keep="Keep my data"
          yes="Yes, delete everything"
          onConfirm={deleteAll}
        />
      </div>
      <ErrorAlert message={error} />
      <Status message={status} />
    </section>
  );
}
