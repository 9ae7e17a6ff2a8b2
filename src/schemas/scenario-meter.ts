/** Meters of a scenario and the conditions on them. */
import { z } from 'zod';
import { idSchema, textSchema } from './id.ts';

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
    /**
     * Optional tipping points: when the condition holds after a choice, the scenario jumps to
     * `goto`.
     */
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
