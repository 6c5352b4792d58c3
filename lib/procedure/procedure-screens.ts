/**
 * The procedure's screens on the court's site, in the procedure's order: each
 * one's name, the fields it asks for, and how the detector recognises it.
 */
import type { ScreenDef } from './procedure-types';

/** A screen's id: one of SCREENS' (below), never a list of its own. */
export type ScreenId = (typeof SCREEN_TABLE)[number]['id'];

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
