/**
 * State of a projected role-play in class: the group's path, the choice the room picked but not yet
 * revealed, and the vote counts. Pure functions over the engine, so "back" simply drops a step.
 */

import { displayedChoices } from '../course/display-order.ts';
import { CONTINUE, isContinue, next, type PlayState, replay } from '../roleplay/engine.ts';
import type { Scenario } from '../schemas/scenario.ts';

export interface ProjectorState {
  steps: string[];
  /** Choice picked by the room, shown but not yet revealed. */
  picked?: string;
  revealed: boolean;
  /** Votes per step index and choice id. */
  votes: Record<number, Record<string, number>>;
}

export const initialProjector = (): ProjectorState => ({ steps: [], revealed: false, votes: {} });

export const playState = (scenario: Scenario, s: ProjectorState): PlayState =>
  replay(scenario, s.steps);

/** Picks the room's choice by its position (1–4) in the displayed order. */
export function pick(scenario: Scenario, s: ProjectorState, position: number): ProjectorState {
  const choice = displayedChoices(scenario, playState(scenario, s))[position - 1];
  return choice ? { ...s, picked: choice.id, revealed: false } : s;
}

export const reveal = (s: ProjectorState): ProjectorState =>
  s.picked ? { ...s, revealed: true } : s;

/** Goes on: continues a narration, or commits a revealed choice. */
export function advance(scenario: Scenario, s: ProjectorState): ProjectorState {
  const state = playState(scenario, s);
  if (state.ending) return s;
  if (isContinue(scenario, state)) return { ...s, steps: next(scenario, state, CONTINUE).steps };
  if (s.picked && s.revealed)
    return {
      ...s,
      steps: next(scenario, state, s.picked).steps,
      picked: undefined,
      revealed: false,
    };
  return s;
}

/**
 * One step back: un-pick first; otherwise undo the last choice and any "continue" taken after it,
 * so the room is back at the decision it made, to explore the road not taken.
 */
export function back(s: ProjectorState): ProjectorState {
  if (s.picked) return { ...s, picked: undefined, revealed: false };
  const steps = [...s.steps];
  while (steps.length && steps[steps.length - 1] === CONTINUE) steps.pop();
  steps.pop();
  return { ...s, steps };
}

export function vote(s: ProjectorState, choiceId: string, count: number): ProjectorState {
  const at = s.steps.length;
  return {
    ...s,
    votes: { ...s.votes, [at]: { ...(s.votes[at] ?? {}), [choiceId]: Math.max(0, count) } },
  };
}
