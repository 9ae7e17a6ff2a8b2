/** Silent forks of a scenario, decided by the meters. */
import { z } from 'zod';
import { idSchema } from './id.ts';
import { conditionSchema } from './scenario-meter.ts';

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
          /**
           * Condition on meters, e.g. "tension >= 60 or energy < 30". Leave out on the last route.
           */
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
            'is missing: only the last route may have no condition; add a "when" or move this ' +
            'route last',
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
