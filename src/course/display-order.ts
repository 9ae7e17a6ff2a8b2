/**
 * The order in which the options of a question and the choices of a role-play node are shown.
 *
 * Authors tend to write the right answer (or the strong choice) first, and usually longest; shown
 * as written, a learner could game the checks by always picking option 1. So every place that
 * shows options or choices (the knowledge check, the role-play player, the projector, whose keys
 * 1–4 follow this order) puts them through `displayOrder`.
 *
 * The order is a seeded shuffle, not a random one: each item is ranked by a hash of a fixed salt,
 * the stable id of the question or node (`key`) and the item's own id. So it is the same on every
 * build and every reload (byte-identical builds stay byte-identical, saved progress is unaffected),
 * differs from one question to the next, and does not depend on the language or on the authored
 * order. Because each item's rank depends only on its own id, a subset (choices hidden by a
 * condition) keeps the relative order of the full list.
 *
 * Tracking is not affected: interactions still list options in authored order (see the players).
 * Pure and DOM-free, shared by the build, the browser and the tests.
 */

import { availableChoices, type PlayState } from '../roleplay/engine.ts';
import type { Choice, Scenario } from '../schemas/scenario.ts';
import { fnv1a } from '../tracking/fnv1a.ts';

/**
 * Changing the salt reshuffles every question and node in the course. v4 was the most even of the
 * first few tried on the current content; tests/unit/display-order.test.ts checks the mix.
 */
const SALT = 'display-order/v4';

/** FNV-1a with a murmur3 finaliser, so ids that differ by one letter land far apart. */
function hash(text: string): number {
  let h = fnv1a(text);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * `items` in display order for the question or node `key` (e.g. `check.q_third_call`); a new array.
 */
export function displayOrder<T extends { id: string }>(key: string, items: readonly T[]): T[] {
  return items
    .map((item, index) => ({ item, index, rank: hash(`${SALT}\u0000${key}\u0000${item.id}`) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((r) => r.item);
}

/** The key of a knowledge-check question. */
export const questionKey = (checkId: string, questionId: string) => `${checkId}.${questionId}`;

/** The key of a role-play node. */
export const nodeKey = (scenarioId: string, nodeId: string) => `${scenarioId}.${nodeId}`;

/**
 * The choices offered at the current node, in the order the player and the projector show (and
 * number) them.
 */
export const displayedChoices = (scenario: Scenario, state: PlayState): Choice[] =>
  displayOrder(nodeKey(scenario.id, state.at), availableChoices(scenario, state));
