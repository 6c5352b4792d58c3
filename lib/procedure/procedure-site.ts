/**
 * Where the procedure happens on the court's site: the pages the extension can
 * open, which pages are the court's, and which of its paths may see secrets.
 */
export const LINKS = {
  /** Step 2. The procedure prints http://; we only ever open the https:// page. */
  registration: 'https://www.courts.mo.gov/registration',
  /** Step 26: the link to keep. */
  efiling: 'https://www.courts.mo.gov/ecf/',
  /** Case.net, for the daily look-ups group users also make. */
  casenet: 'https://www.courts.mo.gov/casenet/welcome.do',
} as const;
export type LinkId = keyof typeof LINKS;
/** Every link's id (for schemas). */
export const LINK_IDS = Object.keys(LINKS) as [LinkId, ...LinkId[]];

/** A secure page of the court's site (www or not): where the assistant may work. */
export const isCourtPage = (url: string): boolean => /^https:\/\/(www\.)?courts\.mo\.gov\//.test(url);

/**
 * Where a screen that asks for a secret (password, security answers, group PIN) may plausibly be:
 * the procedure's own registration start and the eFiling application (/ecf/: its account, logon and
 * group screens). A page elsewhere on the court's site (Case.net, the directory, help, search) that
 * looks like such a screen gets no secret from the background (README "Security").
 */
export const PROCEDURE_PATHS = /^\/(registration|ecf)(\/|$)/i;

export function maySeeSecrets(url: string): boolean {
  if (!isCourtPage(url)) return false;
  return onProcedurePaths(new URL(url).pathname);
}

/** Is this path in the procedure's own parts of the site (the registration start, eFiling)? */
export const onProcedurePaths = (path: string): boolean => PROCEDURE_PATHS.test(path);
