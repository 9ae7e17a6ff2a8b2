/**
 * What the course's role-plays teach through their endings (issues 12 and 13): a run of weak
 * choices never ends "resolved", a medical red flag or a risk to life is never a booking problem,
 * hate abuse is never served, the module's own definitions hold, and each person has one name.
 * Every path is walked (src/roleplay/paths.ts), so a later edit cannot quietly undo them.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '#src/course/check-content.ts';
import { walkPaths } from '#src/roleplay/paths.ts';
import type { Scenario } from '#src/schemas/scenario.ts';

const { modules } = checkContent(process.cwd());
const scenarios = modules.flatMap((m) => m.scenarios);
const byId = (id: string) => scenarios.find((s) => s.id === id)!;

/** Every complete path: its choice ids, its ratings and the outcome it ends on. */
function runs(s: Scenario) {
  const rating = new Map(s.nodes.flatMap((n) => (n.choices ?? []).map((c) => [c.id, c.rating])));
  return walkPaths(s).complete.map((p) => {
    const choices = p.steps.filter((step) => rating.has(step));
    return {
      choices,
      ratings: choices.map((c) => rating.get(c)),
      ending: p.ending!,
      outcome: s.endings.find((e) => e.id === p.ending)!.outcome,
    };
  });
}

// The modules whose endings are chosen by routers on the meters (issue 12, part 4).
const routed = ['meaning', 'stress', 'emotional_intelligence', 'managers'];

describe('role-play outcomes', () => {
  for (const s of modules.filter((m) => routed.includes(m.id)).flatMap((m) => m.scenarios)) {
    it(`${s.id}: more weak than strong choices never ends resolved; all strong always does`, () => {
      for (const run of runs(s)) {
        const weak = run.ratings.filter((r) => r === 'weak').length;
        const strong = run.ratings.filter((r) => r === 'strong').length;
        if (weak > strong)
          expect({ run: run.choices, outcome: run.outcome }).not.toMatchObject({
            outcome: 'resolved',
          });
        if (strong === run.ratings.length)
          expect({ run: run.choices, outcome: run.outcome }).toMatchObject({ outcome: 'resolved' });
      }
    });
  }

  it(
    'clinic_reception: chest pain sent home or left waiting is a safety ending, never ' +
      'resolved',
    () => {
      for (const run of runs(byId('clinic_reception'))) {
        if (run.choices.includes('f_rule'))
          expect(run).toMatchObject({ ending: 'end_sent_home', outcome: 'escalated' });
        if (run.choices.includes('f_squeeze')) expect(run.outcome).not.toBe('resolved');
        if (run.outcome === 'resolved') expect(run.choices).toContain('f_now');
      }
    },
  );

  it(
    'family_support: a resolved ending always asked directly about suicide and brought in the ' +
      'duty worker',
    () => {
      for (const run of runs(byId('family_support'))) {
        if (run.choices.includes('cc_let_go') || run.choices.includes('ri_move'))
          expect(run).toMatchObject({ ending: 'end_missed_risk', outcome: 'escalated' });
        if (run.outcome !== 'resolved') continue;
        expect(run.choices.some((c) => c === 't_ask' || c === 'cc_ask')).toBe(true);
        expect(run.choices.some((c) => c === 'a_duty' || c === 'ri_duty')).toBe(true);
      }
    },
  );

  it('after_abuse: serving, warning or apologising after racist abuse never ends resolved', () => {
    for (const run of runs(byId('after_abuse'))) {
      if (run.outcome !== 'resolved') continue;
      for (const c of ['appease', 'name_and_help', 'firm_line'])
        expect(run.choices).not.toContain(c);
    }
  });

  it("never rates joining the customer's anger ('I'd be furious too') as strong", () => {
    const joining = /\bI'd be (\w+ )?(furious|livid|devastated|fuming)\b/i;
    const strong = scenarios.flatMap((s) =>
      s.nodes.flatMap((n) =>
        (n.choices ?? [])
          .filter((c) => c.rating === 'strong' && joining.test(c.text))
          .map((c) => `${s.id}/${n.id}/${c.id}`),
      ),
    );
    expect(strong).toEqual([]);
  });

  it('gives every person one name: no name is used by two characters in the course', () => {
    const seen = new Map<string, string>();
    const repeated: string[] = [];
    for (const s of scenarios) {
      for (const c of s.characters.filter((x) => x.role !== 'employee')) {
        const other = seen.get(c.name);
        if (other && other !== s.id) repeated.push(`${c.name}: ${other} and ${s.id}`);
        seen.set(c.name, s.id);
      }
    }
    expect(repeated).toEqual([]);
  });
});
