/**
 * Generates a realistic cmi5 export for benchmarks and demos: learners play scenarios through the
 * engine (so every path is valid), answer the knowledge checks, pass or fail. Seeded, repeatable.
 */
import { availableChoices, CONTINUE, isContinue, next, start } from '../roleplay/engine.ts';
import type { ContentIndex } from './content-index.ts';

const VERB = 'http://adlnet.gov/expapi/verbs/';
/** Each learner is in one team (xAPI context.team), so the report compares groups. */
const TEAMS = ['Counter team', 'Phone team', 'Back office'];

/** Mulberry32: a small seeded random generator. */
export function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Yields statements (as JSON text) until `total` have been produced. */
export function* generateStatements(
  index: ContentIndex,
  total: number,
  seed = 1,
): Generator<string> {
  const rnd = random(seed);
  let made = 0;
  let time = Date.UTC(2026, 0, 5, 8);
  for (let learner = 0; made < total; learner++) {
    const actor = { account: { homePage: 'https://lms.example.org', name: `learner-${learner}` } };
    const team = { objectType: 'Group', name: TEAMS[learner % TEAMS.length] };
    for (const m of index.modules) {
      if (made >= total) return;
      const au = `${index.iri}/${m.id}`;
      const registration = `reg-${learner}-${m.id}`;
      const emit = (verb: string, object: string, result?: object) => {
        time += 1000 + Math.floor(rnd() * 20000);
        made++;
        return JSON.stringify({
          id: `${seed}-${made}`,
          actor,
          verb: { id: VERB + verb },
          object: { id: object, objectType: 'Activity' },
          context: { registration, team },
          timestamp: new Date(time).toISOString(),
          ...(result ? { result } : {}),
        });
      };
      yield emit('initialized', au);
      for (const s of m.scenarios) {
        let state = start(s);
        for (let guard = 0; guard < 200 && !state.ending && made < total; guard++) {
          if (isContinue(s, state)) {
            state = next(s, state, CONTINUE);
            continue;
          }
          const offered = availableChoices(s, state);
          const strong = offered.find((c) => c.rating === 'strong');
          const pick = strong && rnd() < 0.6 ? strong : offered[Math.floor(rnd() * offered.length)];
          yield emit('answered', `${au}/rp.${s.id}.${state.at}`, { response: pick.id });
          state = next(s, state, pick.id);
        }
      }
      let right = 0;
      for (const q of m.questions) {
        if (made >= total) return;
        const correct = q.question.options.find((o) => o.correct)!;
        const pick =
          rnd() < 0.7 ? correct : q.question.options[Math.floor(rnd() * q.question.options.length)];
        if (pick === correct) right++;
        yield emit('answered', `${au}/${q.checkId}.${q.question.id}`, {
          response: pick.id,
          success: pick === correct,
        });
      }
      const scaled = m.questions.length ? right / m.questions.length : 1;
      if (made < total) yield emit(scaled >= 0.8 ? 'passed' : 'failed', au, { score: { scaled } });
      if (made < total) yield emit('completed', au, { completion: true });
      if (made < total)
        yield emit('terminated', au, { duration: `PT${10 + Math.floor(rnd() * 30)}M` });
    }
  }
}
