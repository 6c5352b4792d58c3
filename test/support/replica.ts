/** Typed access to the replica's pure parts (the replica itself is plain .mjs, run by Node too). */
import * as manifest from '../replica/manifest.mjs';
import * as screens from '../replica/screens.mjs';
import type { ScreenId } from '@/lib/procedure';

export type Variant = 'a' | 'b';

export interface ManifestEntry {
  path: string;
  standalone: string;
  /** Our field id → CSS selector of that control on the replica screen. */
  expected: Record<string, string>;
  personOnly?: { captcha?: string; acknowledge?: string };
  submit: string | null;
  /** Other notable controls (removeGroup, forgotPassword, myPreferences). */
  actions?: Record<string, string>;
}

export const VARIANTS = screens.VARIANTS as Variant[];
export const SCREEN_IDS = screens.SCREENS as ScreenId[];
export const PAGE_NAMES = screens.PAGE_NAMES as string[];
export const MANIFEST = manifest.MANIFEST as unknown as Record<ScreenId, Record<Variant, ManifestEntry>>;

export const renderScreen = (
  screen: ScreenId,
  variant: Variant,
  opts: { seed?: number; token?: string } = {},
): string => screens.renderScreen(screen, variant, opts);
export const renderPage = (name: string, variant: Variant): string => screens.renderPage(name, { variant });

export const parseHtml = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
