/**
 * The "Procedure for Group Users" as data: the one table the product reads.
 *
 * The popup lists these steps, the progress store counts them, and (later)
 * the detector and filler look up each screen's fields here. Instructions are
 * in our own plain words; the court's wording is in shared/seeds.
 * Its invariants are checked by `ProcedureSchema` (procedure-schema.ts).
 *
 * Every text a person reads is a message key (public/_locales/en/messages.json),
 * not the words themselves: whoever shows it looks it up with t() (lib/i18n.ts).
 */
import type { FieldId } from './fields';
import type { MessageKey } from '../i18n';

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

export const PHASES = [
  { id: 'create-account', title: 'phase_create_account' },
  { id: 'join-group', title: 'phase_join_group' },
  { id: 'finish', title: 'phase_finish' },
] as const satisfies readonly { id: string; title: MessageKey }[];
export type PhaseId = (typeof PHASES)[number]['id'];

/** A screen's id: one of SCREENS' (below), never a list of its own. */
export type ScreenId = (typeof SCREEN_TABLE)[number]['id'];

/**
 * How the detector recognises a screen, besides its fields. Patterns run on
 * lower-cased text with punctuation folded to spaces (field-rules.ts foldLabel).
 * No id or class: the real markup is unknown and may change.
 */
export interface ScreenSignals {
  /** Words in a heading or the page title that name this screen. */
  readonly heading: RegExp;
  /** Text of a button or link this screen offers. */
  readonly action?: RegExp;
  /** A URL path hint: weak evidence, as the real paths are not known. */
  readonly path?: RegExp;
  /** Fields without which a page is not this screen, whatever else it shows. */
  readonly needs?: readonly FieldId[];
}

export interface ScreenDef<Id extends string = ScreenId> {
  readonly id: Id;
  /** Plain name of the screen, as the person would describe it (a message key). */
  readonly title: MessageKey;
  /** Fields the screen asks for, in page order (ids from fields.ts). */
  readonly fields: readonly FieldId[];
  readonly signals: ScreenSignals;
}

const SCREEN_TABLE = [
  {
    id: 'registration-start',
    title: 'screen_registration_start',
    fields: [],
    signals: {
      heading:
        /account registration|register for an?\b|\bsign up\b|create (a |an |your |new )*(online |user )?account|open (a |an )?(new )?(online |user )?account|new user registration/,
      action:
        /(create|open|start|set up|make) (a |an |new |your )*(online |user )?account|\bsign up\b|^register( now)?$|begin registration/,
      path: /registration/,
    },
  },
  {
    id: 'account-type',
    title: 'screen_account_type',
    fields: ['noMobarNumber'],
    signals: {
      heading:
        /account type|type of (user|account)|are you an? (licensed |missouri )*(attorney|lawyer)|attorney status|bar (number|membership)/,
      needs: ['noMobarNumber'],
      action: /continue|next/,
      path: /account ?type|registration/,
    },
  },
  {
    id: 'credentials',
    title: 'screen_credentials',
    fields: ['username', 'password', 'passwordConfirm', 'captcha'],
    signals: {
      needs: ['username', 'password'],
      heading:
        /user ?name and password|create (a |your )?(user ?name|login|logon|sign ?in|password)|choose (a |your )?(user ?name|login|password)|account (credentials|login)|(login|logon|sign ?in) (id|information|details|credentials)/,
      action: /continue|next/,
      path: /credential|registration/,
    },
  },
  {
    id: 'name-email',
    title: 'screen_name_email',
    fields: ['firstName', 'lastName', 'email', 'emailConfirm'],
    signals: {
      needs: ['email'],
      heading:
        /(your )?name and e ?mail|contact (information|details)|personal (information|details)|about you|your details/,
      action: /continue|next/,
      path: /contact|name|registration/,
    },
  },
  {
    id: 'addresses-phone',
    title: 'screen_addresses_phone',
    fields: [
      'mailing.line1',
      'mailing.line2',
      'mailing.city',
      'mailing.state',
      'mailing.zip',
      'billingSameAsMailing',
      'billing.line1',
      'billing.line2',
      'billing.city',
      'billing.state',
      'billing.zip',
      'phone',
    ],
    signals: {
      needs: ['mailing.line1'],
      heading: /address(es)?( and| &)? (tele)?phone|mailing address|billing address|\baddresses\b/,
      action: /continue|next/,
      path: /address|registration/,
    },
  },
  {
    id: 'security-questions',
    title: 'screen_security_questions',
    fields: [
      'security1.question',
      'security1.answer',
      'security2.question',
      'security2.answer',
      'security3.question',
      'security3.answer',
    ],
    signals: {
      heading: /security questions?|challenge questions?|secret questions?|account recovery questions?/,
      action: /continue|next/,
      path: /secur|question|registration/,
    },
  },
  {
    id: 'additional-steps',
    title: 'screen_additional_steps',
    fields: [],
    signals: {
      heading:
        /additional steps?|further steps|more (things|steps) (to do )?before|before you can (e ?file|file|submit)/,
      action: /continue|next|proceed|go to (the )?(sign|log) ?(in|on)/,
      path: /additional|registration/,
    },
  },
  {
    id: 'logon',
    title: 'screen_logon',
    fields: ['username', 'password'],
    signals: {
      needs: ['username', 'password'],
      heading: /log ?on|log ?in|sign ?in/,
      action: /^log ?(on|in)$|^sign ?in$/,
      path: /log(on|in)|groupuser/,
    },
  },
  {
    id: 'group-authentication',
    title: 'screen_group_authentication',
    fields: ['group.name', 'group.pin', 'group.userInformation'],
    signals: {
      needs: ['group.pin'],
      heading:
        /group (user )?authentication|authenticate (as a )?group|join (a |your )?group|group (membership|enrol?lment)/,
      action: /submit/,
      path: /group/,
    },
  },
  {
    id: 'user-agreement',
    title: 'screen_user_agreement',
    fields: ['acknowledge'],
    signals: {
      needs: ['acknowledge'],
      heading: /user agreement|terms (of|and) (use|usage|service|conditions)|agreement/,
      action: /continue|accept|i agree|next/,
      path: /agreement/,
    },
  },
  {
    id: 'efiling-menu',
    title: 'screen_efiling_menu',
    fields: [],
    signals: {
      heading: /e ?filing (main )?menu|e ?filing home|welcome to e ?filing/,
      action: /preferences|new (filing|case)|existing case|file into|filing history|log ?(off|out)|sign ?out/,
      path: /menu|index|ecf\/?$/,
    },
  },
  {
    id: 'my-preferences',
    title: 'screen_my_preferences',
    fields: [],
    signals: { heading: /\bpreferences\b/, action: /remove|save/, path: /preference/ },
  },
] as const satisfies readonly ScreenDef<string>[];
export const SCREENS: readonly ScreenDef[] = SCREEN_TABLE;
/** Every screen's id, in the procedure's order (for schemas: zod's enum wants a non-empty tuple). */
export const SCREEN_IDS = SCREEN_TABLE.map((s) => s.id) as [ScreenId, ...ScreenId[]];
/** Who makes the step happen. */
export type Actor = 'person' | 'email' | 'site';
/**
 * What the extension can do for the step:
 * - `fills`: it can fill the screen's fields (the person still checks and clicks);
 * - `opens-link`: it opens the page for the person;
 * - `asks`: it asks a question in the popup;
 * - `none`: only the person can do it (`yourself` says what).
 */
export type Help = 'fills' | 'opens-link' | 'asks' | 'none';

export interface StepDef {
  readonly number: number;
  readonly phase: PhaseId;
  /** The screen the step happens on; null when it is not on the court site. */
  readonly screen: ScreenId | null;
  readonly actor: Actor;
  readonly help: Help;
  /** What to do, in plain words (a message key). */
  readonly instruction: MessageKey;
  /** The part the person must do themselves, never the extension (a message key). */
  readonly yourself?: MessageKey;
  /** The page the extension can open for this step. */
  readonly link?: LinkId;
}

export const STEPS: readonly StepDef[] = [
  {
    number: 1,
    phase: 'create-account',
    screen: null,
    actor: 'person',
    help: 'asks',
    instruction: 'step_1_instruction',
  },
  {
    number: 2,
    phase: 'create-account',
    screen: 'registration-start',
    actor: 'person',
    help: 'opens-link',
    link: 'registration',
    instruction: 'step_2_instruction',
  },
  {
    number: 3,
    phase: 'create-account',
    screen: 'registration-start',
    actor: 'person',
    help: 'none',
    instruction: 'step_3_instruction',
    yourself: 'step_3_yourself',
  },
  {
    number: 4,
    phase: 'create-account',
    screen: 'account-type',
    actor: 'person',
    help: 'fills',
    instruction: 'step_4_instruction',
  },
  {
    number: 5,
    phase: 'create-account',
    screen: 'account-type',
    actor: 'person',
    help: 'none',
    instruction: 'step_next_page_instruction',
    yourself: 'step_click_continue_yourself',
  },
  {
    number: 6,
    phase: 'create-account',
    screen: 'credentials',
    actor: 'person',
    help: 'fills',
    instruction: 'step_6_instruction',
  },
  {
    number: 7,
    phase: 'create-account',
    screen: 'credentials',
    actor: 'person',
    help: 'none',
    instruction: 'step_7_instruction',
    yourself: 'step_7_yourself',
  },
  {
    number: 8,
    phase: 'create-account',
    screen: 'name-email',
    actor: 'person',
    help: 'fills',
    instruction: 'step_8_instruction',
  },
  {
    number: 9,
    phase: 'create-account',
    screen: 'name-email',
    actor: 'person',
    help: 'none',
    instruction: 'step_next_page_instruction',
    yourself: 'step_click_continue_yourself',
  },
  {
    number: 10,
    phase: 'create-account',
    screen: 'addresses-phone',
    actor: 'person',
    help: 'fills',
    instruction: 'step_10_instruction',
  },
  {
    number: 11,
    phase: 'create-account',
    screen: 'addresses-phone',
    actor: 'person',
    help: 'none',
    instruction: 'step_next_page_instruction',
    yourself: 'step_click_continue_yourself',
  },
  {
    number: 12,
    phase: 'create-account',
    screen: 'security-questions',
    actor: 'person',
    help: 'fills',
    instruction: 'step_12_instruction',
    yourself: 'step_12_yourself',
  },
  {
    number: 13,
    phase: 'create-account',
    screen: 'additional-steps',
    actor: 'site',
    help: 'none',
    instruction: 'step_13_instruction',
    yourself: 'step_13_yourself',
  },
  {
    number: 14,
    phase: 'create-account',
    screen: 'additional-steps',
    actor: 'person',
    help: 'none',
    instruction: 'step_next_page_instruction',
    yourself: 'step_click_continue_yourself',
  },
  {
    number: 15,
    phase: 'create-account',
    screen: 'logon',
    actor: 'site',
    help: 'none',
    instruction: 'step_15_instruction',
    yourself: 'step_15_yourself',
  },
  {
    number: 16,
    phase: 'join-group',
    screen: null,
    actor: 'email',
    help: 'none',
    instruction: 'step_16_instruction',
    yourself: 'step_16_yourself',
  },
  {
    number: 17,
    phase: 'join-group',
    screen: 'logon',
    actor: 'person',
    help: 'fills',
    instruction: 'step_17_instruction',
  },
  {
    number: 18,
    phase: 'join-group',
    screen: 'logon',
    actor: 'person',
    help: 'none',
    instruction: 'step_18_instruction',
    yourself: 'step_18_yourself',
  },
  {
    number: 19,
    phase: 'join-group',
    screen: 'group-authentication',
    actor: 'person',
    help: 'fills',
    instruction: 'step_19_instruction',
  },
  {
    number: 20,
    phase: 'join-group',
    screen: 'group-authentication',
    actor: 'person',
    help: 'fills',
    instruction: 'step_20_instruction',
  },
  {
    number: 21,
    phase: 'join-group',
    screen: 'group-authentication',
    actor: 'person',
    help: 'fills',
    instruction: 'step_21_instruction',
  },
  {
    number: 22,
    phase: 'join-group',
    screen: 'group-authentication',
    actor: 'person',
    help: 'none',
    instruction: 'step_22_instruction',
    yourself: 'step_22_yourself',
  },
  {
    number: 23,
    phase: 'finish',
    screen: 'user-agreement',
    actor: 'site',
    help: 'none',
    instruction: 'step_23_instruction',
    yourself: 'step_23_yourself',
  },
  {
    number: 24,
    phase: 'finish',
    screen: 'user-agreement',
    actor: 'person',
    help: 'none',
    instruction: 'step_24_instruction',
    yourself: 'step_24_yourself',
  },
  {
    number: 25,
    phase: 'finish',
    screen: 'efiling-menu',
    actor: 'site',
    help: 'none',
    instruction: 'step_25_instruction',
    yourself: 'step_25_yourself',
  },
  {
    number: 26,
    phase: 'finish',
    screen: 'efiling-menu',
    actor: 'person',
    help: 'opens-link',
    link: 'efiling',
    instruction: 'step_26_instruction',
  },
];

/** Step 1's question. "Yes" skips account creation (steps 2–15) and goes to step 16. */
export const CASENET_BRANCH = {
  atStep: 1,
  question: 'step_1_question' satisfies MessageKey,
  skipsFrom: 2,
  skipsTo: 15,
  resumesAt: 16,
} as const;

export interface NoteDef {
  readonly id: string;
  readonly afterStep: number;
  /** A message key. */
  readonly text: MessageKey;
  /** The screen the note is about, if it is one. */
  readonly screen?: ScreenId;
}

export const NOTES: readonly NoteDef[] = [
  {
    id: 'my-preferences',
    afterStep: 26,
    screen: 'my-preferences',
    text: 'note_my_preferences',
  },
  {
    id: 'administrator-copied',
    afterStep: 26,
    text: 'note_administrator_copied',
  },
];

export const TOTAL_STEPS = STEPS.length;

export function getStep(number: number): StepDef {
  const step = STEPS[number - 1];
  if (!step || step.number !== number) throw new RangeError(`There is no step ${number}.`);
  return step;
}

export function getScreen(id: ScreenId): ScreenDef {
  const screen = SCREENS.find((s) => s.id === id);
  if (!screen) throw new RangeError(`Unknown screen ${id}.`);
  return screen;
}

/** The steps that happen on a screen, in order. */
export function stepsOnScreen(id: ScreenId): readonly StepDef[] {
  return STEPS.filter((s) => s.screen === id);
}

/**
 * The step a person is at when a screen shows: its first step, or for a screen
 * only a note mentions (My Preferences), the step that note follows.
 */
export function firstStepOfScreen(id: ScreenId): number {
  const first = stepsOnScreen(id)[0] ?? NOTES.find((n) => n.screen === id);
  if (!first) throw new RangeError(`Screen ${id} belongs to no step.`);
  return 'number' in first ? first.number : first.afterStep;
}

export function stepsInPhase(id: PhaseId): readonly StepDef[] {
  return STEPS.filter((s) => s.phase === id);
}
