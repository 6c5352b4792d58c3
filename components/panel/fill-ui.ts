/**
 * What the panel's fill part is given: what it shows (lib/panel/fill-state.ts)
 * and what its buttons do (the filler, entrypoints/assistant-ui/filling.ts).
 */
import type { FieldId } from '@/lib/procedure/fields';
import type { FillState } from '@/lib/panel/fill-state';

/** Where the options page opens: its profile form, or its passphrase section. */
export type OptionsSection = 'profile' | 'passphrase';

/** What the fill part shows (lib/panel/fill-state.ts) and what its buttons do. */
export interface FillUi extends FillState {
  onFill(): void;
  onUndo(): void;
  onReplace(fields: FieldId[]): void;
  onSuggestPassword(): void;
  onOpenOptions(section?: OptionsSection): void;
  onShowPassword?(): void;
  onCopyPassword?(): void;
  onSavePassword?(): void;
  onSaveQuestions?(): void;
  onTeachStart(): void;
  onTeachSave(field: FieldId): void;
  onTeachCancel(): void;
}
