/**
 * Builds the xAPI statements a cmi5 AU sends. Pure: ids and times are passed in, so tests can pin
 * them. References are to the cmi5 specification (quartz), section 9.
 */
import type { InteractionRecord } from '#src/tracking/types.ts';
import { iso8601Duration } from '../session.ts';
import type { Cmi5Launch } from './launch.ts';

export const VERBS = {
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
} as const;
export type Cmi5Verb = Exclude<keyof typeof VERBS, 'answered'>;

export const CATEGORY_CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5'; // §9.6.2.1
export const CATEGORY_MOVEON = 'https://w3id.org/xapi/cmi5/context/categories/moveon'; // §9.6.2.2
export const EXT_MASTERY = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore'; // §9.6.3.2
export const EXT_SESSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid'; // §9.6.3.1
const INTERACTION_TYPE = 'http://adlnet.gov/expapi/activities/cmi.interaction';

interface ContextTemplate {
  contextActivities?: Record<string, Array<{ id: string }>>;
  extensions?: Record<string, unknown>;
}

/** The LMS.LaunchData state document (§10.2.1), as far as the AU uses it. */
export interface Cmi5LaunchData {
  contextTemplate: ContextTemplate;
  launchMode: 'Normal' | 'Browse' | 'Review';
  moveOn?: string;
  masteryScore?: number;
  returnURL?: string;
}

export interface StatementInput {
  launch: Cmi5Launch;
  launchData: Cmi5LaunchData;
  id: string;
  timestamp: Date;
  /** Time since the session started, for result.duration. */
  elapsedMs: number;
}

/** §9.6: the LMS's context template, the registration, and our categories and extensions added. */
function context(
  input: StatementInput,
  categories: string[],
  extensions: Record<string, unknown> = {},
) {
  const template = input.launchData.contextTemplate ?? {};
  const activities = { ...template.contextActivities };
  if (categories.length)
    activities.category = [...(activities.category ?? []), ...categories.map((id) => ({ id }))];
  return {
    ...template,
    registration: input.launch.registration,
    contextActivities: activities,
    extensions: { ...template.extensions, ...extensions },
  };
}

const base = (input: StatementInput, verb: string) => ({
  id: input.id,
  actor: input.launch.actor,
  verb: { id: verb, display: { 'en-US': verb.slice(verb.lastIndexOf('/') + 1) } },
  timestamp: input.timestamp.toISOString(),
});

/** A cmi5 defined statement; `scaled` (0–1) goes with passed and failed. */
export function cmi5Statement(input: StatementInput, verb: Cmi5Verb, scaled?: number) {
  const duration = iso8601Duration(input.elapsedMs);
  const moveOn = verb === 'completed' || verb === 'passed' || verb === 'failed';
  const mastery =
    moveOn && verb !== 'completed' && input.launchData.masteryScore !== undefined
      ? { [EXT_MASTERY]: input.launchData.masteryScore }
      : {};
  const result =
    verb === 'completed'
      ? { completion: true, duration }
      : verb === 'passed' || verb === 'failed'
        ? {
            success: verb === 'passed',
            duration,
            ...(scaled === undefined
              ? {}
              : { score: { scaled, raw: Math.round(scaled * 100), min: 0, max: 100 } }),
          }
        : verb === 'terminated'
          ? { duration }
          : undefined;
  return {
    ...base(input, VERBS[verb]),
    object: { id: input.launch.activityId, objectType: 'Activity' },
    context: context(input, moveOn ? [CATEGORY_CMI5, CATEGORY_MOVEON] : [CATEGORY_CMI5], mastery),
    ...(result ? { result } : {}),
  };
}

/** A cmi5 allowed statement (§9.3.9): one answer or decision as a cmi.interaction. */
export function answeredStatement(input: StatementInput, r: InteractionRecord, lang: string) {
  const fillIn = r.type === 'fill-in';
  return {
    ...base(input, VERBS.answered),
    object: {
      id: `${input.launch.activityId}/${r.id}`,
      objectType: 'Activity',
      definition: {
        type: INTERACTION_TYPE,
        description: { [lang]: r.description },
        interactionType: fillIn ? 'long-fill-in' : 'choice',
        ...(fillIn
          ? {}
          : {
              correctResponsesPattern: [r.correct.join('[,]')],
              // §9.3.9 reports read the choices: their words in the launch's language, not our ids.
              choices: r.options.map((id) => ({
                id,
                description: { [lang]: r.optionTexts?.[id] ?? id },
              })),
            }),
      },
    },
    context: context(input, []),
    result: {
      response: r.response,
      duration: iso8601Duration(r.latencyMs),
      ...(r.result === 'neutral' ? {} : { success: r.result === 'correct' }),
    },
  };
}
