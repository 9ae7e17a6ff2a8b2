/** The projector's pure state: pick, reveal, advance, back and votes, over the sample scenario. */
import { describe, expect, it } from 'vitest';
import { displayedChoices } from '#src/course/display-order.ts';
import {
  advance,
  back,
  initialProjector,
  type ProjectorState,
  ProjectorTrail,
  pick,
  playState,
  reveal,
  vote,
} from '#src/facilitator/projector-state.ts';
import { CONTINUE } from '#src/roleplay/engine.ts';
import { loadScenario, SAMPLE_SCENARIO } from './helpers.ts';

const scenario = loadScenario(SAMPLE_SCENARIO);
/** The 1–4 key that picks a choice, in the order the projector shows them. */
const keyOf = (s: ProjectorState, id: string) =>
  displayedChoices(scenario, playState(scenario, s)).findIndex((c) => c.id === id) + 1;
const choose = (s: ProjectorState, id: string) =>
  advance(scenario, reveal(pick(scenario, s, keyOf(s, id))));

describe('projector state', () => {
  it('picks by displayed position, and an empty position picks nothing', () => {
    const s = initialProjector();
    const picked = pick(scenario, s, keyOf(s, 'snap'));
    expect(picked).toMatchObject({ picked: 'snap', revealed: false, steps: [] });
    expect(pick(scenario, s, 4)).toBe(s); // the opening has three choices
  });

  it('does not go on before the choice is revealed, then commits it', () => {
    const picked = pick(scenario, initialProjector(), keyOf(initialProjector(), 'listen'));
    expect(advance(scenario, picked)).toBe(picked);
    expect(reveal(initialProjector())).toEqual(initialProjector()); // nothing to reveal
    const shown = reveal(picked);
    expect(shown.revealed).toBe(true);
    const after = advance(scenario, shown);
    expect(after).toMatchObject({ steps: ['listen'], picked: undefined, revealed: false });
    expect(playState(scenario, after).at).toBe('inner');
  });

  it('continues through a node without choices, and stops at an ending', () => {
    const atInner = choose(initialProjector(), 'listen');
    const atSecond = advance(scenario, atInner);
    expect(atSecond.steps).toEqual(['listen', CONTINUE]);
    expect(playState(scenario, atSecond).at).toBe('second');
    const ended = choose(atSecond, 'offer');
    expect(playState(scenario, ended).ending).toBe('end_good');
    expect(advance(scenario, reveal(ended))).toEqual(reveal(ended));
  });

  it(
    'goes back to the last decision: un-picks first, then undoes the choice and the continues ' +
      'after it',
    () => {
      const atSecond = advance(scenario, choose(initialProjector(), 'listen'));
      const ended = choose(atSecond, 'shrug');
      expect(playState(scenario, ended).ending).toBe('end_mid');
      // From the debrief, back returns to the decision that led there.
      const again = back(ended);
      expect(again.steps).toEqual(['listen', CONTINUE]);
      expect(playState(scenario, again).at).toBe('second');
      const picked = pick(scenario, again, keyOf(again, 'offer'));
      expect(back(picked)).toMatchObject({
        steps: ['listen', CONTINUE],
        picked: undefined,
        revealed: false,
      });
      // From a decision reached by "continue", back skips the narration and undoes the choice
      // before
      // it.
      const first = back(again);
      expect(first.steps).toEqual([]);
      expect(playState(scenario, first).at).toBe('open');
      expect(back(first)).toEqual(first);
      // The road not taken: a different first choice leads on from the same place.
      expect(choose(first, 'policy').steps).toEqual(['policy']);
    },
  );

  it('a choice that tips a meter past its threshold jumps to the escalated ending', () => {
    const tipped = choose(initialProjector(), 'snap'); // tension 50 + 45 = 95 >= 90
    expect(tipped.steps).toEqual(['snap']);
    expect(playState(scenario, tipped).ending).toBe('end_bad');
    expect(back(tipped).steps).toEqual([]);
  });

  it('keeps vote counts per step, never below zero', () => {
    let s = vote(initialProjector(), 'listen', 7);
    s = vote(s, 'snap', -3);
    expect(s.votes).toEqual({ 0: { listen: 7, snap: 0 } });
    s = vote(choose(s, 'listen'), 'offer', 4);
    expect(s.votes[0]).toEqual({ listen: 7, snap: 0 });
    expect(Object.keys(s.votes)).toEqual(['0', '1']);
  });
});

describe('projector trail', () => {
  it(
    'gives the replayed state at every step, forward and back, without replaying from the ' +
      'start',
    () => {
      const trail = new ProjectorTrail(scenario);
      let s = initialProjector();
      const first = trail.at(s.steps);
      expect(trail.at(s.steps)).toBe(first); // unchanged path: the kept state itself
      s = choose(s, 'listen');
      s = advance(scenario, s, trail.at(s.steps)); // the inner voice's Continue
      expect(trail.at(s.steps)).toEqual(playState(scenario, s));
      const atSecond = trail.at(s.steps);
      s = back(s);
      expect(trail.at(s.steps)).toEqual(playState(scenario, s));
      s = choose(s, 'snap'); // another road from the same decision
      expect(trail.at(s.steps)).toEqual(playState(scenario, s));
      expect(trail.at(s.steps)).not.toBe(atSecond);
    },
  );
});

describe('the phones’ vote in projector mode', () => {
  it(
    'closes and reopens until the reveal, which closes it; moving on or back reopens ' + 'it',
    async () => {
      const { initialProjector, toggleVoting, reveal, back } = await import(
        '#src/facilitator/projector-state.ts'
      );
      const s = initialProjector();
      expect(toggleVoting(s).closed).toBe(true);
      expect(toggleVoting(toggleVoting(s)).closed).toBe(false);
      const revealed = reveal({ ...s, picked: 'c_any' });
      expect(revealed.closed).toBe(true);
      expect(toggleVoting(revealed)).toBe(revealed);
      expect(back(revealed).closed).toBe(false);
    },
  );
});
