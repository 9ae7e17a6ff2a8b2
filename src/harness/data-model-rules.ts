/**
 * What a strict LMS accepts, element by element, for SCORM 1.2 (RTE 3.4) and SCORM 2004 4th
 * edition (RTE 4.2). scorm-again is more lenient (64,000-character 1.2 suspend_data, spaces in
 * ids); these rules are the real limits. Each rule returns a problem, or null when the value is
 * fine.
 */
export type Rule = (value: string) => string | null;

const oneOf =
  (...allowed: string[]): Rule =>
  (v) =>
    allowed.includes(v) ? null : `"${v}" is not one of ${allowed.map((a) => `"${a}"`).join(', ')}`;
const maxLength =
  (n: number): Rule =>
  (v) =>
    v.length <= n ? null : `is ${v.length} characters; the limit is ${n}`;
const pattern =
  (re: RegExp, what: string): Rule =>
  (v) =>
    re.test(v) ? null : `"${v.slice(0, 60)}" is not ${what}`;
const range =
  (min: number, max: number): Rule =>
  (v) => {
    const n = Number(v);
    return v !== '' && Number.isFinite(n) && n >= min && n <= max
      ? null
      : `"${v}" is not a number from ${min} to ${max}`;
  };
const all =
  (...rules: Rule[]): Rule =>
  (v) =>
    rules.map((r) => r(v)).find((p) => p) ?? null;

/** Moodle checks ids with ^[\w.]{1,250}$; both editions' ids must pass it. */
const identifier = pattern(
  /^[A-Za-z0-9_.]{1,250}$/,
  'an id of letters, digits, "_" and "." (1–250 characters)',
);
const decimal = pattern(/^-?\d+(\.\d+)?$/, 'a decimal number');

export const SCORM12_RULES: Array<[RegExp, Rule]> = [
  [/^cmi\.core\.lesson_location$/, maxLength(255)],
  [/^cmi\.core\.lesson_status$/, oneOf('passed', 'completed', 'failed', 'incomplete', 'browsed')],
  [/^cmi\.core\.exit$/, oneOf('time-out', 'suspend', 'logout', '')],
  [
    /^cmi\.core\.session_time$/,
    pattern(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/, 'a CMITimespan (HHHH:MM:SS.SS)'),
  ],
  [/^cmi\.core\.score\.(raw|min|max)$/, range(0, 100)],
  [/^cmi\.suspend_data$/, maxLength(4096)],
  [/^cmi\.comments$/, maxLength(4096)],
  [/^cmi\.objectives\.\d+\.id$/, all(identifier, maxLength(255))],
  [/^cmi\.objectives\.\d+\.score\.(raw|min|max)$/, range(0, 100)],
  [
    /^cmi\.objectives\.\d+\.status$/,
    oneOf('passed', 'completed', 'failed', 'incomplete', 'browsed', 'not attempted'),
  ],
  [/^cmi\.interactions\.\d+\.id$/, all(identifier, maxLength(255))],
  [/^cmi\.interactions\.\d+\.objectives\.\d+\.id$/, identifier],
  [
    /^cmi\.interactions\.\d+\.time$/,
    pattern(/^\d{2}:\d{2}:\d{2}(\.\d{1,2})?$/, 'a CMITime (HH:MM:SS)'),
  ],
  [
    /^cmi\.interactions\.\d+\.type$/,
    oneOf(
      'true-false',
      'choice',
      'fill-in',
      'matching',
      'performance',
      'sequencing',
      'likert',
      'numeric',
    ),
  ],
  [/^cmi\.interactions\.\d+\.weighting$/, decimal],
  [/^cmi\.interactions\.\d+\.(student_response|correct_responses\.\d+\.pattern)$/, maxLength(255)],
  [
    /^cmi\.interactions\.\d+\.result$/,
    (v) =>
      /^-?\d+(\.\d+)?$/.test(v) ? null : oneOf('correct', 'wrong', 'unanticipated', 'neutral')(v),
  ],
  [
    /^cmi\.interactions\.\d+\.latency$/,
    pattern(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/, 'a CMITimespan'),
  ],
];

/** 1.2 choice responses are single characters 0-9/a-z separated by commas (RTE 3.4.2.7.3). */
export const SCORM12_CHOICE_RESPONSE = pattern(
  /^([0-9a-z](,[0-9a-z])*)?$/,
  'a choice response of single characters (a, b, c…)',
);

const isoDuration = pattern(
  /^P(?!$)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$/,
  'an ISO 8601 duration (e.g. PT1H2M3S)',
);
// RTE 4.2 time(second,10,0): YYYY[-MM[-DD[Thh[:mm[:ss[.s[TZD]]]]]]] — a zone only after fractions.
const isoTime = pattern(
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,2}(Z|[+-]\d{2}(:\d{2})?)?)?)?$/,
  'an ISO 8601 time (a zone only after fractions of a second)',
);

export const SCORM2004_RULES: Array<[RegExp, Rule]> = [
  [/^cmi\.location$/, maxLength(1000)],
  [/^cmi\.completion_status$/, oneOf('completed', 'incomplete', 'not attempted', 'unknown')],
  [/^cmi\.success_status$/, oneOf('passed', 'failed', 'unknown')],
  [/^cmi\.exit$/, oneOf('time-out', 'suspend', 'logout', 'normal', '')],
  [/^cmi\.session_time$/, isoDuration],
  [/^cmi\.score\.scaled$/, range(-1, 1)],
  [/^cmi\.score\.(raw|min|max)$/, decimal],
  [/^cmi\.progress_measure$/, range(0, 1)],
  [/^cmi\.suspend_data$/, maxLength(64000)],
  [/^cmi\.objectives\.\d+\.id$/, identifier],
  [/^cmi\.objectives\.\d+\.score\.scaled$/, range(-1, 1)],
  [/^cmi\.objectives\.\d+\.success_status$/, oneOf('passed', 'failed', 'unknown')],
  [
    /^cmi\.objectives\.\d+\.completion_status$/,
    oneOf('completed', 'incomplete', 'not attempted', 'unknown'),
  ],
  [/^cmi\.interactions\.\d+\.id$/, identifier],
  [
    /^cmi\.interactions\.\d+\.type$/,
    oneOf(
      'true-false',
      'choice',
      'fill-in',
      'long-fill-in',
      'matching',
      'performance',
      'sequencing',
      'likert',
      'numeric',
      'other',
    ),
  ],
  [/^cmi\.interactions\.\d+\.timestamp$/, isoTime],
  [/^cmi\.interactions\.\d+\.(learner_response|correct_responses\.\d+\.pattern)$/, maxLength(4000)],
  [
    /^cmi\.interactions\.\d+\.result$/,
    (v) =>
      /^-?\d+(\.\d+)?$/.test(v)
        ? null
        : oneOf('correct', 'incorrect', 'unanticipated', 'neutral')(v),
  ],
  [/^cmi\.interactions\.\d+\.latency$/, isoDuration],
  [/^cmi\.interactions\.\d+\.description$/, maxLength(250)],
  [/^cmi\.interactions\.\d+\.weighting$/, decimal],
];

/** 2004 choice responses are short ids separated by "[,]"; Moodle's id check applies to each. */
export const SCORM2004_CHOICE_RESPONSE = pattern(
  /^([A-Za-z0-9_.]+(\[,\][A-Za-z0-9_.]+)*)?$/,
  'choice ids separated by [,]',
);
