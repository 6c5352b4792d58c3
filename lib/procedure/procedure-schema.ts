/**
 * The procedure table's own invariants, as a zod schema. A test parses the
 * real table with it, so an edit that breaks the table fails CI, not a user.
 * (Only tests import this module: it reads the English messages.json itself.)
 */
import { z } from 'zod';
import messages from '../../public/_locales/en/messages.json';
import { FIELDS } from './fields';
import { CASENET_BRANCH, NOTES, PHASES, SCREENS, SCREEN_IDS, STEPS } from './procedure';

const fieldIds = Object.keys(FIELDS) as [string, ...string[]];
const phaseIds = PHASES.map((p) => p.id) as [string, ...string[]];

const MESSAGES: Record<string, { message: string } | undefined> = messages;

/**
 * A text of the table: a message key with a message in English that is not
 * empty. The table's texts are shown as they are, so they take no `$1`.
 */
const Text = z
  .string()
  .trim()
  .min(1)
  .superRefine((key, ctx) => {
    const message = Object.hasOwn(MESSAGES, key) ? MESSAGES[key]?.message.trim() : undefined;
    if (!message) ctx.addIssue({ code: 'custom', message: `"${key}" has no message in messages.json` });
    else if (/\$[1-9]/.test(message)) {
      ctx.addIssue({
        code: 'custom',
        message: `the message of "${key}" asks for a substitution the table cannot give`,
      });
    }
  });

const Step = z
  .object({
    number: z.number().int().min(1),
    phase: z.enum(phaseIds),
    screen: z.enum(SCREEN_IDS).nullable(),
    actor: z.enum(['person', 'email', 'site']),
    help: z.enum(['fills', 'opens-link', 'asks', 'none']),
    instruction: Text,
    yourself: Text.optional(),
    link: z.enum(['registration', 'efiling']).optional(),
  })
  .strict()
  .refine((s) => s.help !== 'none' || s.yourself, {
    message: 'a step the extension cannot help with must say what the person does',
  })
  .refine((s) => (s.help === 'opens-link') === (s.link !== undefined), {
    message: 'a step opens a link exactly when it names one',
  });

const Pattern = z.instanceof(RegExp);
const Screen = z
  .object({
    id: z.enum(SCREEN_IDS),
    title: Text,
    fields: z.array(z.enum(fieldIds)),
    signals: z
      .object({
        heading: Pattern,
        action: Pattern.optional(),
        path: Pattern.optional(),
        needs: z.array(z.enum(fieldIds)).optional(),
      })
      .strict(),
  })
  .strict()
  .refine((s) => new Set(s.fields).size === s.fields.length, { message: 'a screen lists a field twice' })
  .refine((s) => (s.signals.needs ?? []).every((f) => s.fields.includes(f)), {
    message: 'a screen needs a field it does not ask for',
  });

const Note = z
  .object({
    id: z.string().trim().min(1),
    afterStep: z.number().int(),
    text: Text,
    screen: z.enum(SCREEN_IDS).optional(),
  })
  .strict();

export const ProcedureSchema = z
  .object({
    steps: z.array(Step),
    screens: z.array(Screen),
    phases: z.array(z.object({ id: z.enum(phaseIds), title: Text }).strict()),
    notes: z.array(Note),
    branch: z.object({
      atStep: z.number().int(),
      question: Text,
      skipsFrom: z.number().int(),
      skipsTo: z.number().int(),
      resumesAt: z.number().int(),
    }),
  })
  .superRefine((p, ctx) => {
    const issue = (message: string) => ctx.addIssue({ code: 'custom', message });

    // Every step 1..26 exactly once, in order.
    p.steps.forEach((s, i) => {
      if (s.number !== i + 1) issue(`step at position ${i + 1} is numbered ${s.number}`);
    });
    if (p.steps.length !== 26) issue(`the procedure has 26 steps, the table has ${p.steps.length}`);

    // Screen ids are unique, every screen a step or a note names is in the table, and every screen
    // is used by a step or a note. (Which screens the procedure has at all is checked against a list
    // written out independently, in test/unit/procedure.test.ts.)
    const ids = p.screens.map((s) => s.id);
    if (new Set(ids).size !== ids.length) issue('a screen id is listed twice');
    const named = new Set([...p.steps.map((s) => s.screen), ...p.notes.map((n) => n.screen)]);
    for (const id of named) {
      if (id && !ids.includes(id)) issue(`screen ${id} is missing from the table`);
    }
    for (const screen of p.screens) {
      const used = p.steps.some((s) => s.screen === screen.id) || p.notes.some((n) => n.screen === screen.id);
      if (!used) issue(`screen ${screen.id} is used by no step or note`);
    }

    // A step that fills needs a screen with fields to fill.
    for (const s of p.steps) {
      if (s.help !== 'fills') continue;
      const screen = p.screens.find((x) => x.id === s.screen);
      if (!screen || screen.fields.every((f) => 'personOnly' in FIELDS[f as keyof typeof FIELDS])) {
        issue(`step ${s.number} says the extension fills, but its screen has nothing it may fill`);
      }
    }

    // Phases run in order, each a contiguous block of steps.
    const order = p.steps.map((s) => phaseIds.indexOf(s.phase));
    order.forEach((o, i) => {
      if (i > 0 && o < order[i - 1]!) issue(`step ${i + 1} goes back to an earlier phase`);
    });
    for (const phase of p.phases) {
      if (!p.steps.some((s) => s.phase === phase.id)) issue(`phase ${phase.id} has no steps`);
    }

    // The Case.net branch: asked at a step that asks, skips a range, resumes right after it.
    const b = p.branch;
    if (p.steps[b.atStep - 1]?.help !== 'asks') issue('the branch question is not asked at a step that asks');
    if (!(b.atStep < b.skipsFrom && b.skipsFrom <= b.skipsTo && b.resumesAt === b.skipsTo + 1)) {
      issue('the branch does not skip a range that ends right before the step it resumes at');
    }
    if (b.resumesAt > p.steps.length) issue('the branch resumes after the last step');

    for (const n of p.notes) {
      if (n.afterStep < 1 || n.afterStep > p.steps.length) issue(`note ${n.id} follows no step`);
    }
  });

export const PROCEDURE = {
  steps: STEPS,
  screens: SCREENS,
  phases: PHASES,
  notes: NOTES,
  branch: CASENET_BRANCH,
};
