import { z } from 'zod';
import { type IdEntry, idSchema, textSchema, uniqueIds } from './id.ts';
import { briefSchema, characterSchema, type roleCardSchema } from './scenario-brief.ts';
import { meterSchema } from './scenario-meter.ts';
import { type choiceSchema, endingSchema, nodeSchema } from './scenario-node.ts';
import { routerSchema } from './scenario-router.ts';

// The parts live in scenario-*.ts, one concept a file; everything is exported from here.
export { briefSchema, characterSchema, roleCardSchema } from './scenario-brief.ts';
export { conditionSchema, meterSchema } from './scenario-meter.ts';
export { choiceSchema, endingSchema, nodeSchema } from './scenario-node.ts';
export { routerSchema } from './scenario-router.ts';

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
    /**
     * Minutes to play it through once; in class the kit adds briefing and debrief time
     * (src/facilitator/timing.ts).
     */
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
