/**
 * An estimate of how long a learner spends in a module, from its words: the text, each question
 * with its options and one feedback, and each role-play along its best path (every line, every
 * choice offered, the feedback of the one taken, the ending). Used by the bench to hold the
 * frontmatter `duration` to account. Pure.
 */

import { availableChoices, replay } from '../roleplay/engine.ts';
import { bestPath } from '../roleplay/paths.ts';
import type { Scenario } from '../schemas/scenario.ts';
import type { ModuleSource } from './load.ts';

/** Reading speed for instructional text (words per minute), and thinking time per decision. */
export const WORDS_PER_MINUTE = 200;
const SECONDS_PER_DECISION = 20;
/** Each practice tool and each reflection: a fixed allowance, since the learner writes. */
const TOOL_MINUTES = 3;
const REFLECTION_MINUTES = 1.5;
/**
 * The shared escalation ladder (content/shared/escalation), read in full where it is not compact.
 */
const LADDER_MINUTES = 1.5;

export const countWords = (text: string) => (text.match(/[\p{L}\p{N}'’-]+/gu) ?? []).length;

/** MDX without frontmatter, tags or attribute noise. */
const proseOf = (body: string) => body.replace(/<[^>]*>/g, ' ').replace(/[#*_>`|]/g, ' ');

function rolePlayWords(scenario: Scenario): { words: number; decisions: number } {
  const best = bestPath(scenario);
  let words = countWords(
    `${scenario.summary} ${scenario.characters.map((c) => c.persona).join(' ')}`,
  );
  let decisions = 0;
  best.steps.forEach((step, i) => {
    const state = replay(scenario, best.steps.slice(0, i));
    words += countWords(scenario.nodes.find((n) => n.id === state.at)?.text ?? '');
    const offered = availableChoices(scenario, state);
    if (offered.length) decisions++;
    words +=
      offered.reduce((sum, c) => sum + countWords(c.text), 0) +
      countWords(offered.find((c) => c.id === step)?.feedback ?? '');
  });
  const ending = scenario.endings.find((e) => e.id === best.ending);
  words += countWords(`${ending?.text ?? ''} ${ending?.debrief ?? ''} ${ending?.lesson ?? ''}`);
  return { words, decisions };
}

export function learnerMinutes(module: ModuleSource, lang: string): number {
  const body = module.text[lang].body;
  let words = countWords(proseOf(body));
  let decisions = 0;
  for (const check of module.checks) {
    for (const q of check.questions) {
      words +=
        countWords(q.prompt) +
        q.options.reduce((sum, o) => sum + countWords(o.text), 0) +
        countWords(q.options[0].feedback);
      decisions++;
    }
  }
  for (const scenario of module.scenarios) {
    const played = rolePlayWords(scenario);
    words += played.words;
    decisions += played.decisions;
  }
  const reflections = (body.match(/<Reflection\b/g) ?? []).length;
  const tools = (body.match(/<Tool\b/g) ?? []).length;
  const ladders = (body.match(/<EscalationLadder\s*\/>/g) ?? []).length;
  return (
    words / WORDS_PER_MINUTE +
    (decisions * SECONDS_PER_DECISION) / 60 +
    tools * TOOL_MINUTES +
    reflections * REFLECTION_MINUTES +
    ladders * LADDER_MINUTES
  );
}
