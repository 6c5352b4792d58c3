/**
 * What a court page's panel needs from the profiles: the values for the screen
 * it sees (secrets only after the person's own Fill, to the top frame, on the
 * procedure's paths), words to keep out of a page-shape report, and the
 * report back with the person's secrets blanked.
 */
import { isSecret, type FieldId } from '../procedure/fields';
import type { HandlerTable } from '../messaging/router';
import { SCREENS, maySeeSecrets } from '../procedure/procedure';
import type { ProfileStore } from '../storage/profile-store';
import type { ScreenValues } from '../profile/profile-values';
import { mayFillWith } from '../recognise/taught-rules';
import type { KeyKeeper } from './vault';

/** A screen's values with every secret field taken out (the procedure table says which). */
function withoutSecretValues(values: ScreenValues): ScreenValues {
  return Object.fromEntries(Object.entries(values).filter(([field]) => !isSecret(field as FieldId)));
}

/** The screens that ask for a secret, from the procedure table: where the person's secrets are read. */
const SECRET_SCREENS = SCREENS.filter((s) => s.fields.some(isSecret)).map((s) => s.id);

/** `text` with every occurrence of each word replaced by `mark` (longest first, so none shields another). */
export function blankWords(text: string, words: readonly string[], mark: string): string {
  let out = text;
  // As written and as JSON writes it inside a string (a quote or a backslash in an answer).
  const forms = words.flatMap((w) => [w, JSON.stringify(w).slice(1, -1)]);
  for (const w of [...new Set(forms)].sort((a, b) => b.length - a.length)) out = out.split(w).join(mark);
  return out;
}

export function fillHandlers(
  store: ProfileStore,
  keys: KeyKeeper,
): Pick<HandlerTable, 'fill/values' | 'report/private-words' | 'report/scrub' | 'report/admin-email'> {
  return {
    'fill/values': async (request, sender) => {
      // Secrets only to the top frame of a page on the procedure's paths, and only when asked for
      // after the person's own click; never to a sub-frame, never for fill-on-appear.
      const secretsAllowed =
        request.secrets === true &&
        sender.from === 'content-script' &&
        sender.frameId === 0 &&
        maySeeSecrets(sender.url ?? '');
      const key = secretsAllowed ? await keys.get() : null;
      const [state, values, rules] = await Promise.all([
        store.state(),
        store.valuesFor(request.screen, key),
        store.rules(request.screen),
      ]);
      const active = state.profiles.find((p) => p.id === state.activeProfileId);
      return {
        ok: true,
        data: values && {
          label: values.label,
          values: secretsAllowed ? values.values : withoutSecretValues(values.values),
          locked: Boolean(active?.hasSecrets && !(await keys.get())),
          hasPassphrase: state.hasPassphrase,
          fillOnAppear: state.fillOnAppear,
          // An imported rule never picks the box a secret goes into.
          rules: rules.filter(mayFillWith),
        },
      };
    },
    'report/scrub': async (request) => {
      const key = await keys.get();
      const found = await Promise.all(SECRET_SCREENS.map((screen) => store.valuesFor(screen, key)));
      const secrets = found.flatMap((f) =>
        Object.entries(f?.values ?? {})
          .filter(([field, v]) => isSecret(field as FieldId) && typeof v === 'string' && v.trim().length >= 2)
          .map(([, v]) => String(v).trim()),
      );
      return { ok: true, data: blankWords(request.text, secrets, '[secret]') };
    },
    'report/private-words': async () => {
      const { profiles } = await store.state();
      const words = profiles.flatMap(({ data: d }) => [
        d.label,
        d.username,
        d.firstName,
        d.lastName,
        d.email,
        d.phone,
        d.mailingAddress.line1,
        d.billingAddress?.line1 ?? '',
      ]);
      return { ok: true, data: [...new Set(words.filter((w) => w.trim().length >= 2))] };
    },
    'report/admin-email': async () => {
      const { profiles, activeProfileId } = await store.state();
      const active = profiles.find((p) => p.id === activeProfileId);
      return { ok: true, data: active?.data.group.adminEmail ?? '' };
    },
  };
}
