/**
 * What kind of box a control is, from how it is labelled: a vocabulary table
 * learned from how real forms and browsers' autofill engines name fields
 * (Chromium's form_parsing patterns and username vocabulary, Firefox's
 * HeuristicsRegExp and login helpers, the HTML autocomplete tokens, and US
 * court and agency registration forms). Facts carried over, not code.
 *
 * A kind is not yet a field of the procedure: "address line 1" becomes the
 * mailing or the billing line, "e-mail" the e-mail or its confirmation, in the
 * neighbour passes (passes.ts). Some kinds are known but not ours (middle
 * name, fax, a search box): knowing them keeps them from being mistaken for
 * ours and tells the recogniser a page asks for something else.
 *
 * Order-free: every rule is tried; a control that two kinds claim at the same
 * level of trust is left ambiguous, never decided by the order of this table.
 * Patterns run on folded text (lower case, punctuation as spaces). The kinds,
 * the shape of a rule and its matching are in kinds.ts (re-exported here).
 */
import type { ControlType } from '../page/collect';
import type { Kind, KindRule, OurKind } from './kinds';

export type { Kind, KindRule, OtherKind, OurKind } from './kinds';
export { textNames, tokensName } from './kinds';

const TEXT: readonly ControlType[] = ['text', 'email', 'tel', 'number', 'search', 'url'];
const TEXTISH: readonly ControlType[] = [...TEXT, 'textarea'];
const SECRET: readonly ControlType[] = ['password', ...TEXT];
const PICK: readonly ControlType[] = ['select', ...TEXT];
const TICK: readonly ControlType[] = ['checkbox'];

/** Words that make a box the second of a pair ("Confirm e-mail", "Re-enter password"). */
export const AGAIN = /\b(again|confirm(ation)?|re ?enter|re ?type|verify|repeat)\b/;
/** Name tokens of a second box: "email2", "pwd2", "confirmPassword". */
export const AGAIN_NAME = /\b(2|two|again|confirm|conf|re|retype|repeat|verify|c)\b/;

const MAILING_WORDS = 'mailing|mail to|home address|residential|residence|physical address|postal address';
const BILLING_WORDS = 'billing|bill to|invoices?|payment|statements?';
/** Sections of e-mail boxes that are not the person's own address (copies of notices). */
export const OTHER_EMAILS =
  /\b(additional|alternate|alternative|secondary|other) e ?mail|\bcopies of\b|\bcc\b|\balso send\b/;
/** Section headings that say which address a group of boxes is. */
export const SECTION = {
  billing: new RegExp(`\\b(${BILLING_WORDS})\\b`),
  mailing: new RegExp(`\\b(${MAILING_WORDS})\\b`),
} as const;

export const KIND_RULES: Readonly<Record<Kind, KindRule>> = {
  noMobar: {
    label:
      /\bmo ?bar\b|\bbar (number|no|id|membership)\b|\b(not|n t|no) (an? )?(licensed |practicing |missouri )*(attorney|lawyer)\b/,
    types: TICK,
  },
  username: {
    label:
      /\buser ?(name|id|identifier)\b|\b(log ?(on|in)|sign ?in) ?(name|id)\b|\baccount (name|id)\b|\bmember (name|id)\b|\bscreen name\b|^user$|^login$|^log ?on$/,
    not: /\b(first|last|given|family|full|middle|e ?mail|pass ?word|pin|captcha|search|code)\b/,
    name: /\b(uid|uname|login ?id|logon ?id|login ?name|userid|username|user ?id|acct ?id)\b/,
    types: TEXT,
    autocomplete: ['username'],
  },
  password: {
    label: /\bpass ?(word|code|wd)\b|\bpwd\b/,
    not: /\b(forgot|forgotten|reset|hint|question|phrase|current|old|existing|temporary)\b/,
    name: /\b(pwd|pw|pass|passwd|pswd)\b/,
    types: ['password'],
    autocomplete: ['new-password', 'current-password'],
  },
  currentPassword: {
    label: /\b(current|old|existing|temporary|present) pass ?word\b/,
    types: ['password'],
    other: true,
  },
  captcha: {
    label:
      /\bcaptcha\b|\bphrase\b|\b(characters|letters|text|words?|code|numbers) (you see|shown|displayed|in the (picture|image|box))\b|\b(type|enter) the (characters|letters|text|words?|code|phrase|numbers)\b|\b(image|picture|security|verification|validation) (code|text|check)\b|\bnot a robot\b|\bhuman\b/,
    not: /\bpass ?word\b|\bsent to\b/,
    name: /\bcaptcha|\bj captcha|\brecaptcha|\bimg ?code\b|\bvcode\b/,
    types: TEXT,
  },
  firstName: {
    label: /\b(first|given|fore) ?name\b|\bforename\b|\bfirst nm\b|\bname first\b/,
    not: /\b(last|family|middle|user)\b|\bfirst and\b/,
    name: /\bf ?name\b|\bfirst ?n(ame)?\b|\bgiven( ?name)?\b|\bfirst\b/,
    types: TEXT,
    autocomplete: ['given-name'],
  },
  middleName: {
    label: /\bmiddle\b|\bm i\b|^mi$|\binitial\b/,
    name: /\bm ?name\b|\bmiddle\b|\bmi\b/,
    types: TEXT,
    autocomplete: ['additional-name'],
    other: true,
  },
  lastName: {
    label: /\b(last|family|sur) ?name\b|\bsurname\b|\bname last\b/,
    not: /\b(first|given|middle|user|maiden)\b/,
    name: /\bl ?name\b|\blast ?n(ame)?\b|\bsurname\b|\bfamily ?name\b|\blast\b/,
    types: TEXT,
    autocomplete: ['family-name'],
  },
  fullName: {
    label: /\bfull name\b|\byour name\b|\bfirst and last\b|\bcontact (name|person)\b|^name$/,
    types: TEXT,
    autocomplete: ['name'],
    other: true,
  },
  nameAffix: {
    label: /\bsuffix\b|\bsalutation\b|\bhonorific\b|\bprefix\b|\bjr\b/,
    not: /\bphone\b/,
    types: PICK,
    autocomplete: ['honorific-prefix', 'honorific-suffix'],
    other: true,
  },
  email: {
    label: /\be ?mail\b/,
    not: /\b(additional|alternate|alternative|secondary|other|cc|copies|notices?|also send)\b|\bcode\b/,
    name: /\be ?mail\b|\bemail ?addr\b/,
    types: TEXT,
    autocomplete: ['email'],
  },
  line1: {
    label:
      /\bstreet\b|\baddress ?(line )?(1|one)\b|\baddr ?1\b|^(mailing |billing |home |street |postal |physical |business |office |work )?address$|\baddress line$/,
    not: /\b(line ?(2|two)|address ?(2|two)|e ?mail|city|zip|postal|state|same|country|web|ip)\b/,
    name: /\b(street ?(1|address)?|addr(ess)? ?(line)? ?1|address ?1|line ?1)\b|^(\w+ )*address$/,
    types: TEXTISH,
    autocomplete: ['address-line1', 'street-address'],
  },
  line2: {
    label:
      /\b(address )?line ?(2|two)\b|\b(address|addr|street) ?(2|two)\b|\bapt\b|\bapartment\b|\bsuite\b|\bste\b|\bunit\b|\bfloor\b|\bbuilding\b|\broom\b/,
    not: /\b(e ?mail|united)\b/,
    name: /\b(street ?2|addr(ess)? ?(line)? ?2|address ?2|line ?2)\b/,
    types: TEXT,
    autocomplete: ['address-line2'],
  },
  city: {
    label: /\bcity\b|\btown\b|\bmunicipality\b|\blocality\b/,
    not: /\bstate\b.*\bzip\b|\bbirth\b/,
    name: /\bcity\b|\btown\b|\blocality\b/,
    types: TEXT,
    autocomplete: ['address-level2'],
  },
  state: {
    label: /\bstate\b|\bprovince\b/,
    not: /\bstatement\b|\bunited states\b|\bstate (bar|of birth)\b|\bbirth\b|\bcity\b.*\bzip\b/,
    name: /\bstate( ?(cd|code|id))?\b|\bst\b|\bprovince\b/,
    types: PICK,
    autocomplete: ['address-level1'],
  },
  zip: {
    label: /\bzip\b|\bpostal\b|\bpost ?code\b|\bzip ?code\b/,
    not: /\bcity\b.*\bstate\b/,
    name: /\bzip( ?(code|5|1|cd))?\b|\bpostal ?(code)?\b|\bpost ?code\b/,
    types: [...TEXT],
    autocomplete: ['postal-code'],
  },
  country: {
    label: /\bcountry\b|\bnation\b/,
    not: /\bcode\b/,
    types: PICK,
    autocomplete: ['country', 'country-name'],
    other: true,
  },
  county: { label: /\bcounty\b/, not: /\bcountry\b/, types: PICK, other: true },
  company: {
    label: /\b(company|firm|business|employer|organi[sz]ation) ?(name)?$/,
    types: TEXT,
    autocomplete: ['organization'],
    other: true,
  },
  sameAsMailing: {
    label:
      /\bsame as\b|\b(billing|invoice)\b.*\bsame\b|\bsame\b.*\b(billing|address|above)\b|\buse (my |the )?(mailing|home|above)\b/,
    types: TICK,
  },
  phone: {
    label: /\b(tele)?phone\b|\btel\b|\bmobile\b|\bcell\b|\bcontact number\b|\bphone (number|no)\b|\bdaytime\b/,
    not: /\bfax\b|\bext(ension)?\b|\bcountry code\b/,
    name: /\b(tele)?phone( ?(number|no|num|1))?\b|\btel\b|\bmobile\b|\bcell\b/,
    types: TEXT,
    autocomplete: ['tel', 'tel-national'],
  },
  fax: { label: /\bfax\b|\bfacsimile\b/, types: TEXT, autocomplete: ['fax'], other: true },
  phoneExtension: {
    label: /\bext\b|\bextension\b|^x$/,
    types: TEXT,
    autocomplete: ['tel-extension'],
    other: true,
  },
  question: {
    label: /\bquestion\b/,
    not: /\banswer\b|\bresponse\b|\bquestions (for|about)\b/,
    name: /\bq(uestion)? ?[1-3]\b|\bsec(urity)? ?q(uestion)?\b|\bchallenge ?q\b/,
    types: PICK,
  },
  answer: {
    label:
      /\banswer\b|\bresponse\b|\breply\b|^(\d+ )?(what|where|who|which|when|in what|name of|mother|father)\b.*$|\bmaiden\b|\bpet\b/,
    not: /\bquestion\b/,
    name: /\b(answer|ans|a|response|reply) ?[1-3]\b|\bsec(urity)? ?a(nswer)?\b|\bsecurity answer\b/,
    types: SECRET,
  },
  groupName: {
    label: /\bgroup( name)?\b|\bagency( name)?\b|\borgani[sz]ation\b/,
    not: /\bpin\b|\buser info|\bcode\b|\bid\b|\bnumber\b|\bpassword\b|\bnotes?\b/,
    name: /\bgroup( ?(name|id|cd))?\b|\bagency\b/,
    types: PICK,
  },
  pin: {
    label: /\bpin\b|\baccess code\b|\bgroup (code|key)\b|\benrol?lment code\b|\bpersonal identification\b/,
    not: /\bpin ?code\b.*\bindia\b/,
    name: /\bpin( ?(no|number|cd|code))?\b|\baccess ?code\b|\bgroup ?code\b/,
    types: ['password', 'text', 'number', 'tel'],
  },
  oneTimeCode: {
    label: /\bone time\b|\b(otp|2fa|mfa)\b|\bsent to your\b|\bverification code\b.*\b(sent|e ?mail|text)\b/,
    types: TEXT,
    autocomplete: ['one-time-code'],
    other: true,
  },
  userInformation: {
    label:
      /\buser info(rmation)?\b|\badditional info(rmation)?\b|\binformation for (your )?admin|\b(job )?title\b|\bposition\b|\bdepartment\b|\bdivision\b|\bsupervisor\b|\bunit\b.*\bsupervisor\b|\bnotes? (for|to) (your )?(group )?admin/,
    types: TEXTISH,
    autocomplete: ['organization-title'],
  },
  message: {
    label: /\bmessage\b|\bcomments?\b|\bhow can we help\b|\byour question\b|\binquiry\b|\benquiry\b/,
    types: ['textarea'],
    other: true,
  },
  search: {
    label: /\bsearch\b|\bkeywords?\b|\bfind\b|\bcase (number|no)\b|\bdocket\b/,
    name: /^(q|query|search|keywords?)$/,
    types: ['text', 'search', 'select'],
    other: true,
  },
  birth: {
    label: /\b(date|year|place|city|state|country) of birth\b|\bbirth ?(date|day|year)\b|\bdob\b|\byear born\b/,
    types: PICK,
    autocomplete: ['bday', 'bday-year', 'bday-month', 'bday-day'],
    other: true,
  },
  acknowledge: {
    label:
      /\backnowledge\b|\bi (agree|accept|consent|certify|understand)\b|\bagree to\b|\baccept the\b|\bhave read\b|\bi have read\b/,
    types: TICK,
  },
};

export const KINDS = Object.keys(KIND_RULES) as Kind[];

export const isOurKind = (kind: Kind): kind is OurKind => KIND_RULES[kind].other !== true;
