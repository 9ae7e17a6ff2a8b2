/**
 * Our strict reading of the cmi5 rules for AU statements (cmi5 spec, quartz, §9), applied to what
 * the LRS stored. An LRS accepts any valid xAPI; a cmi5 LMS ignores or rejects what breaks these.
 */
import {
  CATEGORY_CMI5,
  CATEGORY_MOVEON,
  EXT_MASTERY,
  EXT_SESSION,
  VERBS,
} from '../tracking/adapters/cmi5/statements.ts';
import type { Launched } from './memory-lrs.ts';

// biome-ignore lint/suspicious/noExplicitAny: xAPI statements are open JSON, read field by field
type Statement = Record<string, any>;
const DEFINED = new Set<string>([
  VERBS.initialized,
  VERBS.completed,
  VERBS.passed,
  VERBS.failed,
  VERBS.terminated,
]);
const JUDGING = new Set<string>([VERBS.completed, VERBS.passed, VERBS.failed]);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

const categories = (s: Statement): string[] =>
  (s.context?.contextActivities?.category ?? []).map((c: { id: string }) => c.id);
const verbName = (s: Statement) =>
  String(s.verb?.id ?? '')
    .split('/')
    .pop();

function statementProblems(s: Statement, launch: Launched): string[] {
  const p: string[] = [];
  const defined = DEFINED.has(s.verb?.id);
  if (!UUID.test(s.id ?? '')) p.push('id must be a UUID');
  if (!s.timestamp) p.push('timestamp is missing');
  if (JSON.stringify(s.actor) !== JSON.stringify(launch.actor))
    p.push('actor must be the launch actor, unchanged (§9.2)');
  if (s.context?.registration !== launch.registration)
    p.push('context.registration must be the launch registration (§9.6.1)');
  if (s.context?.extensions?.[EXT_SESSION] !== launch.sessionId)
    p.push('context must carry the session id from LMS.LaunchData (§9.6.3.1)');
  if (defined && s.object?.id !== launch.request.activityId)
    p.push('object.id must be the launch activityId (§9.4)');
  if (defined && !categories(s).includes(CATEGORY_CMI5))
    p.push('a cmi5 defined statement needs the cmi5 category (§9.6.2.1)');
  if (!defined && categories(s).includes(CATEGORY_CMI5))
    p.push('a cmi5 allowed statement must not carry the cmi5 category (§9.6.2.1)');
  if (JUDGING.has(s.verb?.id) && !categories(s).includes(CATEGORY_MOVEON))
    p.push('completed/passed/failed need the moveon category (§9.6.2.2)');
  if ((JUDGING.has(s.verb?.id) || s.verb?.id === VERBS.terminated) && !s.result?.duration)
    p.push('result.duration is required (§9.5.4.1)');
  if (s.verb?.id === VERBS.completed && s.result?.completion !== true)
    p.push('completed needs result.completion true (§9.5.3)');
  if (s.verb?.id === VERBS.passed && s.result?.success !== true)
    p.push('passed needs result.success true (§9.5.2)');
  if (s.verb?.id === VERBS.failed && s.result?.success !== false)
    p.push('failed needs result.success false (§9.5.2)');
  const mastery = launch.request.masteryScore;
  if ((s.verb?.id === VERBS.passed || s.verb?.id === VERBS.failed) && mastery !== undefined) {
    if (s.context?.extensions?.[EXT_MASTERY] !== mastery)
      p.push('passed/failed must carry the LMS mastery score (§9.6.3.2)');
    const scaled = s.result?.score?.scaled;
    if (s.verb.id === VERBS.passed && !(scaled >= mastery))
      p.push(`passed with score ${scaled} below the mastery score ${mastery} (§9.3.6)`);
    if (s.verb.id === VERBS.failed && !(scaled < mastery))
      p.push(`failed with score ${scaled} at or above the mastery score ${mastery} (§9.3.7)`);
  }
  if (JUDGING.has(s.verb?.id) && (launch.request.launchMode ?? 'Normal') !== 'Normal')
    p.push('no completed/passed/failed outside Normal launch mode (§10.2.2)');
  return p;
}

/** Every rule broken by the statements of these launches, as "verb #n: problem" lines. */
export function cmi5Violations(statements: Statement[], launches: Launched[]): string[] {
  const out: string[] = [];
  const byRegistration = new Map<string, Statement[]>();
  for (const launch of launches) {
    const session = statements.filter(
      (s) => s.context?.extensions?.[EXT_SESSION] === launch.sessionId,
    );
    for (const [i, s] of session.entries())
      for (const problem of statementProblems(s, launch))
        out.push(`${verbName(s)} #${i + 1}: ${problem}`);
    if (session.length && session[0].verb?.id !== VERBS.initialized)
      out.push('the first statement of a session must be initialized (§9.3.2)');
    const end = session.findIndex((s) => s.verb?.id === VERBS.terminated);
    if (end >= 0 && end < session.length - 1)
      out.push('nothing may follow terminated in a session (§9.3.8)');
    if (session.filter((s) => s.verb?.id === VERBS.initialized).length > 1)
      out.push('initialized sent twice in one session');
    if (session.filter((s) => s.verb?.id === VERBS.failed).length > 1)
      out.push('failed sent more than once in one session (§9.3.7)');
    if ([VERBS.passed, VERBS.failed].every((v) => session.some((s) => s.verb?.id === v)))
      out.push('passed and failed both sent in one session (§9.3)');
    byRegistration.set(launch.registration, [
      ...(byRegistration.get(launch.registration) ?? []),
      ...session,
    ]);
  }
  for (const [registration, list] of byRegistration) {
    for (const verb of [VERBS.completed, VERBS.passed]) {
      if (list.filter((s) => s.verb?.id === verb).length > 1)
        out.push(
          `${verb.split('/').pop()} sent more than once in registration ` +
            `${registration} (§9.3.3, §9.3.6)`,
        );
    }
    const passedAt = list.findIndex((s) => s.verb?.id === VERBS.passed);
    if (passedAt >= 0 && list.slice(passedAt).some((s) => s.verb?.id === VERBS.failed))
      out.push('failed sent after passed in the same registration (§9.3.7)');
  }
  const known = new Set(launches.map((l) => l.sessionId));
  for (const s of statements)
    if (!known.has(s.context?.extensions?.[EXT_SESSION]))
      out.push(`${verbName(s)}: statement from no known session`);
  return out;
}
