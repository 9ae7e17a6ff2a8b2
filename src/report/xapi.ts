/**
 * xAPI statements from the cmi5 packages (src/tracking/adapters/cmi5/statements.ts) into report
 * events. Keys on ids only (the activity id and the response), never on display text.
 */
import type { ParseOutput, ReportEvent, Source } from './types.ts';

const VERB = 'http://adlnet.gov/expapi/verbs/';
const STATUS: Record<string, 'launched' | 'completed' | 'passed' | 'failed' | 'incomplete'> = {
  initialized: 'launched',
  completed: 'completed',
  passed: 'passed',
  failed: 'failed',
  terminated: 'incomplete',
};

/** ISO 8601 duration (PT1H2M3.5S) in milliseconds; undefined when absent or unreadable. */
export function durationMs(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?)?$/.exec(text);
  if (!m) return undefined;
  const [d, h, min, s] = m.slice(1).map((x) => Number(x ?? 0));
  return (((d * 24 + h) * 60 + min) * 60 + s) * 1000;
}

// biome-ignore lint/suspicious/noExplicitAny: statements are untrusted JSON, checked field by field
type Json = any;

function learnerOf(actor: Json): string | undefined {
  if (!actor || typeof actor !== 'object') return undefined;
  if (actor.account?.name) return `a:${actor.account.homePage ?? ''}|${actor.account.name}`;
  return actor.mbox ?? actor.mbox_sha1sum ?? actor.openid;
}

/** One parsed statement (`iri`: the course's cmi5 IRI) into an event or a problem. */
export function statementToEvent(s: Json, iri: string, source: Source): ParseOutput {
  const problem = (reason: string): ParseOutput => ({
    kind: 'problem',
    problem: { ...source, reason },
  });
  if (!s || typeof s !== 'object' || Array.isArray(s)) return problem('not a statement object');
  const verbId: unknown = s.verb?.id;
  const objectId: unknown = s.object?.id;
  if (typeof verbId !== 'string' || typeof objectId !== 'string')
    return problem('statement without verb.id or object.id');
  const learner = learnerOf(s.actor);
  if (!learner) return problem('statement without an identifiable actor');
  if (!objectId.startsWith(`${iri}/`))
    return problem(
      `from another course: activity ${objectId} is not under this course's IRI ${iri}`,
    );
  // A one-module package has its own course IRI, <iri>/package/<name> (write-packages.ts).
  const path = objectId.slice(iri.length + 1).split('/');
  const [module, ...rest] = path[0] === 'package' ? path.slice(2) : path;
  const verb = verbId.startsWith(VERB) ? verbId.slice(VERB.length) : verbId;
  const team = s.context?.team;
  const group = typeof team?.name === 'string' ? team.name : team?.account?.name;
  const base = {
    learner,
    attempt: typeof s.context?.registration === 'string' ? s.context.registration : '',
    time: Date.parse(s.timestamp ?? ''),
    group: typeof group === 'string' && group ? group : undefined,
    source,
  };
  const dedupKey = typeof s.id === 'string' ? `x:${s.id}` : '';
  let event: ReportEvent;
  if (verb === 'answered') {
    if (!rest.length) return problem(`answered statement without an interaction id in ${objectId}`);
    const response = s.result?.response;
    if (typeof response !== 'string') return problem('answered statement without result.response');
    event = { type: 'answer', ...base, id: rest.join('/'), response };
  } else if (verb in STATUS && !rest.length) {
    const scaled = s.result?.score?.scaled;
    event = {
      type: 'module',
      ...base,
      module,
      status: STATUS[verb],
      score: typeof scaled === 'number' ? Math.round(scaled * 100) : undefined,
      durationMs: verb === 'terminated' ? durationMs(s.result?.duration) : undefined,
    };
  } else return { kind: 'skip' };
  return { kind: 'event', event, dedupKey };
}
