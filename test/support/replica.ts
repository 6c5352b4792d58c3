/** Typed access to the replica's pure parts (the replica itself is plain .mjs, run by Node too). */
import * as manifest from '../replica/manifest.mjs';
import * as screens from '../replica/screens.mjs';
import type { ScreenId } from '@/lib/procedure/procedure';

export type Variant = 'a' | 'b' | 'c';

/**
 * A CSS selector, or, for ONE value split over several boxes, the selectors of the parts in order
 * (variant c: phone = [area code, prefix, line number]; mailing.zip / billing.zip = [ZIP, ZIP+4]).
 * The value a person means is the parts joined: "573-555-0100", "65101-0088".
 */
export type Selector = string | readonly string[];

/** Variant c's pages that hold more than one procedure screen. */
export type CombinedId = 'contact-details' | 'login-security';

export interface ManifestEntry<S extends Selector = Selector> {
  path: string;
  standalone: string;
  /** Our field id → selector of that control (or of its parts) on the replica screen. */
  expected: Record<string, S>;
  personOnly?: { captcha?: string; acknowledge?: string };
  submit: string | null;
  /** Other notable controls (removeGroup, forgotPassword, myPreferences). */
  actions?: Record<string, string>;
  /** Variant c: the combined page this screen shares (name-email and addresses-phone). */
  combined?: CombinedId;
}

/** Variants a and b only ever use plain string selectors; c may split a value over boxes. */
export interface ManifestByVariant {
  a: ManifestEntry<string>;
  b: ManifestEntry<string>;
  c: ManifestEntry;
}

export interface CombinedEntry {
  variant: 'c';
  /** Where the page is served (for 'login-security', a standalone-only page, its own path). */
  path: string;
  standalone: string;
  /** The procedure screens on the page, in page order. */
  screens: ScreenId[];
  /** Union of the screens' fields (person-only ones included when present on the page). */
  expected: Record<string, Selector>;
  personOnly: { captcha?: string; acknowledge?: string };
  submit: string;
}

export interface MaskedPhoneEntry extends CombinedEntry {
  combined: 'contact-details';
  options: { phone: 'masked' };
  /** The placeholder, and the shape the page script rewrites typed digits into. */
  mask: string;
}

export const VARIANTS = screens.VARIANTS as Variant[];
export const SCREEN_IDS = screens.SCREENS as ScreenId[];
export const PAGE_NAMES = screens.PAGE_NAMES as string[];
export const MANIFEST = manifest.MANIFEST as unknown as Record<ScreenId, ManifestByVariant>;
export const COMBINED = manifest.COMBINED as unknown as Record<CombinedId, CombinedEntry>;
export const MASKED_PHONE = manifest.MASKED_PHONE as unknown as MaskedPhoneEntry;

/** Every element selector of a Selector, in part order (one for a plain selector). */
export const selectorParts = (selector: Selector): string[] =>
  typeof selector === 'string' ? [selector] : [...selector];

/** The element(s) a Selector names in `doc`, in part order (null where a part is missing). */
export const queryParts = <E extends Element = HTMLInputElement>(doc: ParentNode, selector: Selector): (E | null)[] =>
  selectorParts(selector).map((s) => doc.querySelector<E>(s));

export const renderScreen = (
  screen: ScreenId,
  variant: Variant,
  opts: { seed?: number; token?: string; phone?: 'split' | 'masked' } = {},
): string => screens.renderScreen(screen, variant, opts);

/**
 * Render one of variant c's combined pages. `phone: 'masked'` gives the contact-details page with one
 * masked phone box (MASKED_PHONE) instead of three.
 */
export const renderCombined = (
  id: CombinedId,
  opts: { seed?: number; values?: Record<string, string>; errors?: string[]; phone?: 'split' | 'masked' } = {},
): string => screens.renderCombined(id, opts);

export const renderPage = (
  name: string,
  variant: Variant,
  opts: { seed?: number; values?: Record<string, string>; displayName?: string } = {},
): string => screens.renderPage(name, { variant, ...opts });

export const parseHtml = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
