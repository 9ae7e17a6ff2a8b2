import { z } from 'zod';
import { type IdEntry, idSchema, textSchema, uniqueIds } from './id.ts';

/** A condition on meters in the expression language (src/roleplay/condition.ts): code, not text. */
export const conditionSchema = z
  .string({
    error: (issue) =>
      issue.input === undefined
        ? 'is missing; add a condition like "tension >= 60"'
        : 'must be a condition like "tension >= 60" (put it in quotes)',
  })
  .trim()
  .min(1, 'must not be empty; write a condition like "tension >= 60", or leave the field out');

/** Someone who speaks in the scenario. */
export const characterSchema = z.strictObject({
  /** Stable id, used as `speaker:` on nodes. */
  id: idSchema,
  /** Display name, e.g. "Mrs Okafor" or "You". */
  name: textSchema,
  /** `customer` for the member of the public, `employee` for the learner's role, `colleague` for others. */
  role: z.enum(['customer', 'employee', 'colleague', 'manager'], {
    error: 'must be customer, employee, colleague or manager',
  }),
  /** A short persona: who they are and what they carry into the conversation. */
  persona: textSchema,
});

/** A state variable such as the customer's tension or the employee's own energy. */
export const meterSchema = z
  .strictObject({
    /** Stable id, used in `effects:` and in conditions, e.g. `tension`. */
    id: idSchema,
    /** Label shown beside the gauge, e.g. "Customer's tension". */
    label: textSchema,
    /** Value at the start of the conversation. */
    start: z.number().int(),
    /** Lowest value; effects never go below it. */
    min: z.number().int().default(0),
    /** Highest value; effects never go above it. */
    max: z.number().int().default(100),
    /** Whether a `high` or a `low` value is the good direction; drives the gauge's wording. */
    good: z.enum(['high', 'low'], { error: 'must be "high" or "low"' }),
    /** Optional tipping points: when the condition holds after a choice, the scenario jumps to `goto`. */
    thresholds: z
      .array(
        z.strictObject({
          /** Condition in the expression language, e.g. `tension >= 90`. */
          when: conditionSchema,
          /** Node or ending to jump to. */
          goto: idSchema,
        }),
      )
      .default([]),
  })
  .refine((m) => m.min <= m.start && m.start <= m.max, {
    message: 'start must lie between min and max',
    path: ['start'],
  });

/** What the learner can say at a node. */
export const choiceSchema = z.strictObject({
  /** Stable id; becomes part of the interaction id in the LMS. */
  id: idSchema,
  /** What the learner says, in their own voice. */
  text: textSchema,
  /** Why this works or not, tied to the module's technique. Shown after the choice. */
  feedback: textSchema,
  /** How good the choice is: strong is correct, acceptable is neutral, weak is wrong in the LMS. */
  rating: z.enum(['strong', 'acceptable', 'weak'], { error: 'must be strong, acceptable or weak' }),
  /** Change to each meter, e.g. `{ tension: -10, energy: -5 }`. */
  effects: z.record(idSchema, z.number().int()).default({}),
  /** Competency points earned, e.g. `{ active_listening: 2 }`. */
  points: z.record(idSchema, z.number().int().min(0)).default({}),
  /** Optional condition on meters; the choice is offered only when it holds. */
  condition: conditionSchema.optional(),
  /** Id of the next node or ending. */
  next: idSchema,
});

/** One moment of the conversation. */
export const nodeSchema = z
  .strictObject({
    /** Stable id, referenced by `next:` and `goto:`. */
    id: idSchema,
    /** `line` is spoken; `inner` is what the employee feels but must not show; `narration` sets the scene. */
    kind: z
      .enum(['line', 'inner', 'narration'], { error: 'must be line, inner or narration' })
      .default('line'),
    /** Character id of who speaks (required for `line`). */
    speaker: idSchema.optional(),
    /** The words, the thought, or the scene. */
    text: textSchema,
    /** Tone or body language, e.g. "Raises his voice, taps the counter." */
    cue: textSchema.optional(),
    /** What the learner can say next. Leave out to continue straight to `next`. */
    choices: z
      .array(choiceSchema)
      .min(1)
      .max(4, 'allows at most 4 choices (the keys 1–4 pick them)')
      .optional(),
    /** For a node without choices: where "Continue" leads. */
    next: idSchema.optional(),
  })
  .superRefine((node, ctx) => {
    if (!node.choices && !node.next) {
      ctx.addIssue({
        code: 'custom',
        path: ['choices'],
        message:
          'is a dead end: needs either "choices" or a "next" (where Continue leads); add one, or make it an ending under "endings"',
      });
    }
    if (node.choices && node.next) {
      ctx.addIssue({
        code: 'custom',
        path: ['next'],
        message: 'cannot have both "choices" and "next"; move "next" into each choice',
      });
    }
    if (node.kind === 'line' && !node.speaker) {
      ctx.addIssue({
        code: 'custom',
        path: ['speaker'],
        message: 'is required on a spoken line; give a character id',
      });
    }
  });

/**
 * A silent fork: a choice (or a Continue) that leads to a router goes on to the first route whose
 * condition holds, so meters, not the last choice alone, decide what happens next. The learner
 * never sees a router; nothing is saved for it. The last route has no condition (the fallback).
 */
export const routerSchema = z
  .strictObject({
    /** Stable id, used as a `next:` like a node's. */
    id: idSchema,
    /** Tried in order; the first whose `when` holds is taken. */
    routes: z
      .array(
        z.strictObject({
          /** Condition on meters, e.g. "tension >= 60 or energy < 30". Leave out on the last route. */
          when: conditionSchema.optional(),
          /** Node, ending or router to go to. */
          next: idSchema,
        }),
      )
      .min(2, 'needs at least two routes: one or more with "when", then a fallback without'),
  })
  .superRefine((router, ctx) => {
    const last = router.routes.length - 1;
    router.routes.forEach((route, i) => {
      if (i < last && !route.when) {
        ctx.addIssue({
          code: 'custom',
          path: ['routes', i, 'when'],
          message:
            'is missing: only the last route may have no condition; add a "when" or move this route last',
        });
      }
    });
    if (router.routes[last]?.when) {
      ctx.addIssue({
        code: 'custom',
        path: ['routes', last, 'when'],
        message:
          'must be left out on the last route, the fallback taken when no other condition holds',
      });
    }
  });

/** Where a conversation ends. */
export const endingSchema = z.strictObject({
  /** Stable id, referenced by `next:` and `goto:`. */
  id: idSchema,
  /** How it turned out. */
  outcome: z.enum(['resolved', 'partly_resolved', 'escalated', 'ended_safely'], {
    error: 'must be resolved, partly_resolved, escalated or ended_safely',
  }),
  /** Short title of the ending, e.g. "The customer leaves reassured". */
  title: textSchema,
  /** What happens next, told in two or three sentences. */
  text: textSchema,
  /** Debrief: what made the difference on this path. */
  debrief: textSchema,
  /** The one lesson to keep. */
  lesson: textSchema,
});

/** What the person playing a character opposite the learner needs: mood, wants, what escalates and what calms. */
const cardText = {
  /** Mood at the start. */
  mood: textSchema,
  /** What they want from this conversation. */
  wants: textSchema,
  /** What makes them more tense. */
  escalates: z.array(textSchema).min(1),
  /** What calms them. */
  calms: z.array(textSchema).min(1),
};

/**
 * A role card for someone the learner talks to: a customer, a colleague, or the team member in a
 * manager's scenario. The card names its character by id, so the facilitator kit prints the right
 * name; `npm run check` reports an id that is not one of the scenario's characters.
 */
export const roleCardSchema = z.strictObject({
  /** Id of the character this card is for, from `characters`, e.g. `holt`. Not the learner (role `employee`): their card is `brief.employee`. */
  character: idSchema,
  /** How the card names the part, e.g. "customer", "caller 2", "patient's daughter". Defaults to the character's role. */
  label: textSchema.optional(),
  ...cardText,
});

/** Material for running the scenario live in class. */
export const briefSchema = z
  .strictObject({
    /** The situation both players know. */
    situation: textSchema,
    /**
     * One role card per character played opposite the learner, in the order they appear. Several are
     * allowed (three callers, a couple at a desk, a colleague and a patient); each prints on its own.
     */
    cards: z
      .array(roleCardSchema)
      .min(1, 'needs at least one card; name the character the learner talks to')
      .optional(),
    /**
     * @deprecated Write `cards` instead. Older files still load: this card goes to the first character
     * with the role `customer`, and `npm run check` warns that the mapping is implicit.
     */
    customer: z.strictObject(cardText).optional(),
    /** The learner's own card. */
    employee: z.strictObject({
      /** How the learner's card names their part, e.g. "adviser" or "team lead". Defaults to "employee". */
      label: textSchema.optional(),
      /** What a good outcome looks like for the learner. */
      goal: textSchema,
      /** The technique from the module to try. */
      technique: textSchema,
    }),
    /** What observers watch for, one item per line of the sheet. */
    observe: z.array(textSchema).min(2),
    /** Questions for the debrief after the role-play. */
    debriefQuestions: z.array(textSchema).min(2),
  })
  .refine((b) => b.cards || b.customer, {
    message:
      'is missing; add one role card per character the learner talks to, e.g. cards: [{ character: <id>, mood, wants, escalates, calms }]',
    path: ['cards'],
  });

/** `scenarios/<id>.yaml`: a branching role-play. One graph for every language. */
export const scenarioSchema = z
  .strictObject({
    /** Stable id, referenced from MDX as `<RolePlay id="..." />`. */
    id: idSchema,
    /** Title shown above the conversation. */
    title: textSchema,
    /** Where it happens, e.g. "Call centre, energy supplier". */
    setting: textSchema,
    /** One or two sentences that set the scene for the learner. */
    summary: textSchema,
    /** Minutes to play it through once; in class the kit adds briefing and debrief time (src/facilitator/timing.ts). */
    duration: z.number().int().min(1).max(30),
    /** `practice` shows feedback after each choice; `assessment` holds it until the ending. */
    mode: z.enum(['practice', 'assessment']).default('practice'),
    /** Who speaks. Exactly one character has the role `employee` (the learner). */
    characters: z.array(characterSchema).min(2),
    /** State variables shown as gauges. */
    meters: z.array(meterSchema).min(1).max(3),
    /** Module competency ids this scenario trains. */
    competencies: z.array(idSchema).min(1),
    /** Id of the first node. */
    start: idSchema,
    /** The conversation. */
    nodes: z.array(nodeSchema).min(1),
    /** Silent forks decided by the meters (see `routerSchema`); optional. */
    routers: z.array(routerSchema).default([]),
    /** Where it can end; at least one. */
    endings: z.array(endingSchema).min(1),
    /** Material for classroom role-play. */
    brief: briefSchema,
  })
  .superRefine((s, ctx) => {
    const entries = <T extends { id: string }>(list: string, items: T[], what: (t: T) => string) =>
      items.map((item, i): IdEntry => ({ id: item.id, path: [list, i], where: what(item) }));
    uniqueIds(
      [
        ...entries('nodes', s.nodes, () => 'a node'),
        ...entries('routers', s.routers, () => 'a router'),
        ...entries('endings', s.endings, () => 'an ending'),
      ],
      ctx,
      'nodes, routers and endings each need their own id (a "next" names one of them)',
    );
    uniqueIds(
      s.nodes.flatMap((n, i) =>
        (n.choices ?? []).map((c, j) => ({
          id: c.id,
          path: ['nodes', i, 'choices', j],
          where: `a choice at node "${n.id}"`,
        })),
      ),
      ctx,
      'choice ids must be unique in a scenario (saved steps and the LMS name a choice by its id)',
    );
    uniqueIds(
      entries('characters', s.characters, () => 'a character'),
      ctx,
      'character ids must be unique',
    );
    uniqueIds(
      entries('meters', s.meters, () => 'a meter'),
      ctx,
      'meter ids must be unique',
    );
  });

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioNode = z.infer<typeof nodeSchema>;
export type Choice = z.infer<typeof choiceSchema>;
export type Ending = z.infer<typeof endingSchema>;
export type Router = z.infer<typeof routerSchema>;
export type Meter = z.infer<typeof meterSchema>;
export type RoleCard = z.infer<typeof roleCardSchema>;
