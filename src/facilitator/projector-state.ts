/**
 * State of a projected role-play in class: the group's path, the choice the room picked but not yet
 * revealed, and the vote counts. Pure functions over the engine, so "back" simply drops a step.
 * Each function takes the current play state when the caller keeps it (`ProjectorTrail`), so a step
 * costs the same at the start and after a thousand steps; without it, the path is replayed.
 */

import { displayedChoices } from '../course/display-order.ts';
import { CONTINUE, isContinue, next, type PlayState, replay, start } from '../roleplay/engine.ts';
import type { Scenario } from '../schemas/scenario.ts';

export interface ProjectorState {
  steps: string[];
  /** Choice picked by the room, shown but not yet revealed. */
  picked?: string;
  revealed: boolean;
  /**
   * The phones' vote on this decision is closed (live classroom); reopened by moving on or back.
   */
  closed?: boolean;
  /** Votes per step index and choice id. */
  votes: Record<number, Record<string, number>>;
}

export const initialProjector = (): ProjectorState => ({ steps: [], revealed: false, votes: {} });

export const playState = (scenario: Scenario, s: ProjectorState): PlayState =>
  replay(scenario, s.steps);

/** Picks the room's choice by its position (1–4) in the displayed order. */
export function pick(
  scenario: Scenario,
  s: ProjectorState,
  position: number,
  play = playState(scenario, s),
): ProjectorState {
  const choice = displayedChoices(scenario, play)[position - 1];
  return choice ? { ...s, picked: choice.id, revealed: false } : s;
}

/** Revealing the consequence ends the vote on the phones too. */
export const reveal = (s: ProjectorState): ProjectorState =>
  s.picked ? { ...s, revealed: true, closed: true } : s;

/** Closes the phones' vote, or opens it again (until the consequence is revealed). */
export const toggleVoting = (s: ProjectorState): ProjectorState =>
  s.revealed ? s : { ...s, closed: !s.closed };

/** Goes on: continues a narration, or commits a revealed choice. */
export function advance(
  scenario: Scenario,
  s: ProjectorState,
  state = playState(scenario, s),
): ProjectorState {
  if (state.ending) return s;
  if (isContinue(scenario, state))
    return { ...s, steps: next(scenario, state, CONTINUE).steps, closed: false };
  if (s.picked && s.revealed)
    return {
      ...s,
      steps: next(scenario, state, s.picked).steps,
      picked: undefined,
      revealed: false,
      closed: false,
    };
  return s;
}

/**
 * One step back: un-pick first; otherwise undo the last choice and any "continue" taken after it,
 * so the room is back at the decision it made, to explore the road not taken.
 */
export function back(s: ProjectorState): ProjectorState {
  if (s.picked) return { ...s, picked: undefined, revealed: false, closed: false };
  const steps = [...s.steps];
  while (steps.length && steps[steps.length - 1] === CONTINUE) steps.pop();
  steps.pop();
  return { ...s, steps, closed: false };
}

export function vote(s: ProjectorState, choiceId: string, count: number): ProjectorState {
  const at = s.steps.length;
  return {
    ...s,
    votes: { ...s.votes, [at]: { ...(s.votes[at] ?? {}), [choiceId]: Math.max(0, count) } },
  };
}

/**
 * The play state after each step of the group's path, kept as the path grows and shrinks, so the
 * projector never replays from the start: going on adds one state, going back drops some.
 */
export class ProjectorTrail {
  private readonly scenario: Scenario;
  private states: PlayState[];
  constructor(scenario: Scenario) {
    this.scenario = scenario;
    this.states = [start(scenario)];
  }

  /** The play state at the end of `steps`, which differs from the last call only at its end. */
  at(steps: readonly string[]): PlayState {
    const kept = this.states;
    if (kept.length > steps.length + 1) kept.length = steps.length + 1;
    // A path that changed at its end (back, then another choice) is recomputed from there.
    while (kept.length > 1 && kept[kept.length - 1].steps.at(-1) !== steps[kept.length - 2])
      kept.pop();
    while (kept.length < steps.length + 1)
      kept.push(next(this.scenario, kept[kept.length - 1], steps[kept.length - 1]));
    return kept[kept.length - 1];
  }
}
