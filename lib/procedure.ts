/**
 * The "Procedure for Group Users" as data: the one table the product reads.
 *
 * The popup lists these steps, the progress store counts them, and (later)
 * the detector and filler look up each screen's fields here. Instructions are
 * in our own plain words; the court's wording is in shared/seeds.
 * Its invariants are checked by `ProcedureSchema` (procedure-schema.ts).
 */
import type { FieldId } from './fields';

export const LINKS = {
  /** Step 2. The procedure prints http://; we only ever open the https:// page. */
  registration: 'https://www.courts.mo.gov/registration',
  /** Step 26: the link to keep. */
  efiling: 'https://www.courts.mo.gov/ecf/',
  /** Case.net, for the daily look-ups group users also make. */
  casenet: 'https://www.courts.mo.gov/casenet/welcome.do',
} as const;
export type LinkId = keyof typeof LINKS;

export const PHASES = [
  { id: 'create-account', title: 'Create your account' },
  { id: 'join-group', title: 'Join your group' },
  { id: 'finish', title: 'Finish' },
] as const;
export type PhaseId = (typeof PHASES)[number]['id'];

export type ScreenId =
  | 'registration-start'
  | 'account-type'
  | 'credentials'
  | 'name-email'
  | 'addresses-phone'
  | 'security-questions'
  | 'additional-steps'
  | 'logon'
  | 'group-authentication'
  | 'user-agreement'
  | 'efiling-menu'
  | 'my-preferences';

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

export interface ScreenDef {
  readonly id: ScreenId;
  /** Plain name of the screen, as the person would describe it. */
  readonly title: string;
  /** Fields the screen asks for, in page order (ids from fields.ts). */
  readonly fields: readonly FieldId[];
  readonly signals: ScreenSignals;
}

export const SCREENS: readonly ScreenDef[] = [
  {
    id: 'registration-start',
    title: 'Missouri Judiciary account registration',
    fields: [],
    signals: {
      heading: /(judiciary|user) account registration|register for an? (missouri )?(judiciary )?account/,
      action: /create (an|new|your)? ?account/,
      path: /registration/,
    },
  },
  {
    id: 'account-type',
    title: 'Account type',
    fields: ['noMobarNumber'],
    signals: {
      heading: /account type|type of (user|account)|are you an? (missouri )?attorney/,
      needs: ['noMobarNumber'],
      action: /continue|next/,
      path: /account ?type|registration/,
    },
  },
  {
    id: 'credentials',
    title: 'User name and password',
    fields: ['username', 'password', 'passwordConfirm', 'captcha'],
    signals: {
      needs: ['username', 'password'],
      heading:
        /user ?name and password|create (a )?(user ?name|login|logon)|choose (a )?user ?name|account (credentials|information|login)/,
      action: /continue|next/,
      path: /credential|registration/,
    },
  },
  {
    id: 'name-email',
    title: 'Name and e-mail',
    fields: ['firstName', 'lastName', 'email', 'emailConfirm'],
    signals: {
      needs: ['email'],
      heading: /(your )?name and e ?mail|contact information|personal information/,
      action: /continue|next/,
      path: /contact|name|registration/,
    },
  },
  {
    id: 'addresses-phone',
    title: 'Addresses and phone',
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
      heading: /address(es)?( and| &)? (tele)?phone|mailing address|billing address/,
      action: /continue|next/,
      path: /address|registration/,
    },
  },
  {
    id: 'security-questions',
    title: 'Security questions',
    fields: [
      'security1.question',
      'security1.answer',
      'security2.question',
      'security2.answer',
      'security3.question',
      'security3.answer',
    ],
    signals: {
      heading: /security questions?|challenge questions?/,
      action: /continue|next/,
      path: /secur|question|registration/,
    },
  },
  {
    id: 'additional-steps',
    title: 'eFiling Registration – Additional Steps Required',
    fields: [],
    signals: { heading: /additional steps required/, action: /continue/, path: /additional|registration/ },
  },
  {
    id: 'logon',
    title: 'Log on',
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
    title: 'Group User Authentication',
    fields: ['group.name', 'group.pin', 'group.userInformation'],
    signals: {
      needs: ['group.pin'],
      heading: /group user authentication|group authentication/,
      action: /submit/,
      path: /group/,
    },
  },
  {
    id: 'user-agreement',
    title: 'User agreement',
    fields: ['acknowledge'],
    signals: {
      needs: ['acknowledge'],
      heading: /user agreement|terms (of|and) (use|conditions)|agreement/,
      action: /continue|accept/,
      path: /agreement/,
    },
  },
  {
    id: 'efiling-menu',
    title: 'eFiling Menu',
    fields: [],
    signals: {
      heading: /e ?filing menu|e ?filing main menu/,
      action: /my preferences|submit (a )?new filing|log ?off/,
      path: /menu|index|ecf\/?$/,
    },
  },
  {
    id: 'my-preferences',
    title: 'My Preferences',
    fields: [],
    signals: { heading: /my preferences|e ?filing preferences/, action: /remove|save/, path: /preference/ },
  },
];

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
  /** What to do, in plain words. */
  readonly instruction: string;
  /** The part the person must do themselves, never the extension. */
  readonly yourself?: string;
  /** The page the extension can open for this step. */
  readonly link?: LinkId;
}

const CONTINUE = 'Click "Continue" yourself when the page looks right.';

export const STEPS: readonly StepDef[] = [
  {
    number: 1,
    phase: 'create-account',
    screen: null,
    actor: 'person',
    help: 'asks',
    instruction:
      'Tell us whether you already have a secure Case.net account. If you do, you can skip making a new account.',
  },
  {
    number: 2,
    phase: 'create-account',
    screen: 'registration-start',
    actor: 'person',
    help: 'opens-link',
    link: 'registration',
    instruction: 'Open the Missouri Judiciary account registration page.',
  },
  {
    number: 3,
    phase: 'create-account',
    screen: 'registration-start',
    actor: 'person',
    help: 'none',
    instruction: 'Start a new account.',
    yourself: 'Click "Create an account".',
  },
  {
    number: 4,
    phase: 'create-account',
    screen: 'account-type',
    actor: 'person',
    help: 'fills',
    instruction: 'Tick the box "I do not have a MOBAR number". Group users are not attorneys.',
  },
  {
    number: 5,
    phase: 'create-account',
    screen: 'account-type',
    actor: 'person',
    help: 'none',
    instruction: 'Go on to the next page.',
    yourself: 'Click "Continue".',
  },
  {
    number: 6,
    phase: 'create-account',
    screen: 'credentials',
    actor: 'person',
    help: 'fills',
    instruction: 'Choose a user name and a password, and type the password twice.',
  },
  {
    number: 7,
    phase: 'create-account',
    screen: 'credentials',
    actor: 'person',
    help: 'none',
    instruction: 'Prove you are a person.',
    yourself: 'Type the phrase you see in the picture into its box, then click "Continue".',
  },
  {
    number: 8,
    phase: 'create-account',
    screen: 'name-email',
    actor: 'person',
    help: 'fills',
    instruction: 'Enter your first name, last name and e-mail address.',
  },
  {
    number: 9,
    phase: 'create-account',
    screen: 'name-email',
    actor: 'person',
    help: 'none',
    instruction: 'Go on to the next page.',
    yourself: 'Click "Continue".',
  },
  {
    number: 10,
    phase: 'create-account',
    screen: 'addresses-phone',
    actor: 'person',
    help: 'fills',
    instruction: 'Enter your mailing address, your billing address and your phone number.',
  },
  {
    number: 11,
    phase: 'create-account',
    screen: 'addresses-phone',
    actor: 'person',
    help: 'none',
    instruction: 'Go on to the next page.',
    yourself: 'Click "Continue".',
  },
  {
    number: 12,
    phase: 'create-account',
    screen: 'security-questions',
    actor: 'person',
    help: 'fills',
    instruction: 'Answer the three security questions. Pick answers you will remember.',
    yourself: CONTINUE,
  },
  {
    number: 13,
    phase: 'create-account',
    screen: 'additional-steps',
    actor: 'site',
    help: 'none',
    instruction: 'The site shows "eFiling Registration – Additional Steps Required". Your account exists now.',
    yourself: 'Read the page.',
  },
  {
    number: 14,
    phase: 'create-account',
    screen: 'additional-steps',
    actor: 'person',
    help: 'none',
    instruction: 'Go on to the next page.',
    yourself: 'Click "Continue".',
  },
  {
    number: 15,
    phase: 'create-account',
    screen: 'logon',
    actor: 'site',
    help: 'none',
    instruction: 'The site shows the log on screen. Do not log on here yet: you will log on from your group e-mail.',
    yourself: 'Leave this page without logging on.',
  },
  {
    number: 16,
    phase: 'join-group',
    screen: null,
    actor: 'email',
    help: 'none',
    instruction: 'Find the e-mail your group administrator sent you about eFiling.',
    yourself: 'Open that e-mail and click the web address (link) in it.',
  },
  {
    number: 17,
    phase: 'join-group',
    screen: 'logon',
    actor: 'person',
    help: 'fills',
    instruction:
      'The link opens the log on screen. Enter your user name and password (your secure Case.net ones work too).',
  },
  {
    number: 18,
    phase: 'join-group',
    screen: 'logon',
    actor: 'person',
    help: 'none',
    instruction: 'Log on.',
    yourself: 'Click "Logon".',
  },
  {
    number: 19,
    phase: 'join-group',
    screen: 'group-authentication',
    actor: 'person',
    help: 'fills',
    instruction:
      'On "Group User Authentication", check that your group name is filled in. If it is empty, choose your group from the list.',
  },
  {
    number: 20,
    phase: 'join-group',
    screen: 'group-authentication',
    actor: 'person',
    help: 'fills',
    instruction: 'Enter the PIN your group administrator gave you.',
  },
  {
    number: 21,
    phase: 'join-group',
    screen: 'group-authentication',
    actor: 'person',
    help: 'fills',
    instruction:
      'Enter your user information: what your group administrator needs to know who you are, such as your position, department and supervisor.',
  },
  {
    number: 22,
    phase: 'join-group',
    screen: 'group-authentication',
    actor: 'person',
    help: 'none',
    instruction: 'Send the form.',
    yourself: 'Click "Submit".',
  },
  {
    number: 23,
    phase: 'finish',
    screen: 'user-agreement',
    actor: 'site',
    help: 'none',
    instruction: 'The site shows the user agreement.',
    yourself: 'Read the agreement.',
  },
  {
    number: 24,
    phase: 'finish',
    screen: 'user-agreement',
    actor: 'person',
    help: 'none',
    instruction: 'Accept the user agreement.',
    yourself: 'Read it, tick "I acknowledge" yourself, then click "Continue".',
  },
  {
    number: 25,
    phase: 'finish',
    screen: 'efiling-menu',
    actor: 'site',
    help: 'none',
    instruction: 'You are registered and in your group. The site shows your "eFiling Menu".',
    yourself: 'Nothing more to do on this page.',
  },
  {
    number: 26,
    phase: 'finish',
    screen: 'efiling-menu',
    actor: 'person',
    help: 'opens-link',
    link: 'efiling',
    instruction:
      'Keep the eFiling link, https://www.courts.mo.gov/ecf/, where you can find it: this extension keeps it one click away.',
  },
];

/** Step 1's question. "Yes" skips account creation (steps 2–15) and goes to step 16. */
export const CASENET_BRANCH = {
  atStep: 1,
  question: 'Do you already have a secure Case.net account?',
  skipsFrom: 2,
  skipsTo: 15,
  resumesAt: 16,
} as const;

export interface NoteDef {
  readonly id: string;
  readonly afterStep: number;
  readonly text: string;
  /** The screen the note is about, if it is one. */
  readonly screen?: ScreenId;
}

export const NOTES: readonly NoteDef[] = [
  {
    id: 'my-preferences',
    afterStep: 26,
    screen: 'my-preferences',
    text: 'In eFiling, "My Preferences" sets your eFiling defaults. It is also where you can leave your current group.',
  },
  {
    id: 'administrator-copied',
    afterStep: 26,
    text: 'Your group administrator automatically gets a copy of every e-mail the courts send you.',
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
