/**
 * Tell-tale answers: how often the strong (or correct) option is simply the longest one. When it
 * usually is, a learner can pick by length without thinking. Pure; used by the cue check of
 * `npm run check` and by the course content tests.
 */
import type { KnowledgeCheck } from '../schemas/knowledge-check.ts';
import type { Scenario } from '../schemas/scenario.ts';

/** One decision: a scenario node with choices, or a check question. */
export interface CueItem {
  /** Node or question id. */
  id: string;
  /** True when a strong (correct) option is at least as long as every other option. */
  longest: boolean;
  /** Length of the longest strong option over the mean length of the other options. */
  ratio: number;
}

export interface CueReport {
  /** Items that have both a strong option and another option; the rest cannot leak by length. */
  items: CueItem[];
  /** Items whose strong option is the longest. */
  longest: number;
  /** `longest / items.length`, 0 when there are no items. */
  share: number;
  /** Mean of the items' ratios, 1 when there are no items. */
  meanRatio: number;
}

interface Option {
  text: string;
  good: boolean;
}

function item(id: string, options: Option[]): CueItem | undefined {
  const good = options.filter((o) => o.good).map((o) => o.text.length);
  const others = options.filter((o) => !o.good).map((o) => o.text.length);
  if (good.length === 0 || others.length === 0) return undefined;
  const best = Math.max(...good);
  const mean = others.reduce((a, b) => a + b, 0) / others.length;
  return { id, longest: best >= Math.max(...others), ratio: best / mean };
}

function report(items: Array<CueItem | undefined>): CueReport {
  const kept = items.filter((i): i is CueItem => i !== undefined);
  const longest = kept.filter((i) => i.longest).length;
  return {
    items: kept,
    longest,
    share: kept.length ? longest / kept.length : 0,
    meanRatio: kept.length ? kept.reduce((a, i) => a + i.ratio, 0) / kept.length : 1,
  };
}

/** Every node with two or more choices, rated strong against the rest. */
export function scenarioCues(scenario: Scenario): CueReport {
  return report(
    scenario.nodes
      .filter((n) => (n.choices?.length ?? 0) >= 2)
      .map((n) =>
        item(
          n.id,
          n.choices!.map((c) => ({ text: c.text, good: c.rating === 'strong' })),
        ),
      ),
  );
}

/** Every question, its correct option against the rest. */
export function checkCues(check: KnowledgeCheck): CueReport {
  return report(
    check.questions.map((q) =>
      item(
        q.id,
        q.options.map((o) => ({ text: o.text, good: o.correct })),
      ),
    ),
  );
}

/** Several reports as one, for course-wide figures. */
export function combined(reports: CueReport[]): CueReport {
  return report(reports.flatMap((r) => r.items));
}
