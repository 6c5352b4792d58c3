/**
 * The panel's part for filling the screen from the active profile: which of
 * its parts shows (components/panel/), from what the filler says.
 */
import type { FillUi } from './panel/fill-ui';
import { FillReady } from './panel/FillReady';
import { NoProfile } from './panel/NoProfile';
import { TeachForm, TeachPick } from './panel/Teaching';

export { whyText } from './panel/FillReport';
export type { FillUi, OptionsSection } from './panel/fill-ui';

/** The panel's part for filling the screen from the active profile. */
export function FillSection(ui: FillUi) {
  if (ui.profileLabel === null) {
    return (
      <NoProfile
        courtQuestions={ui.courtQuestions}
        onAddDetails={() => ui.onOpenOptions('profile')}
        onSaveQuestions={() => ui.onSaveQuestions?.()}
      />
    );
  }
  if (ui.teaching === 'pick') return <TeachPick onCancel={ui.onTeachCancel} />;
  if (ui.teaching) {
    return (
      <TeachForm fields={ui.teaching.fields} onSave={(field) => ui.onTeachSave(field)} onCancel={ui.onTeachCancel} />
    );
  }
  return <FillReady ui={ui} profileLabel={ui.profileLabel} />;
}
