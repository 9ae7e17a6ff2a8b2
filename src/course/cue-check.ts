/**
 * The cue check of `npm run check`: names each scenario and knowledge check in which the strong
 * (or correct) option is the longest in more than `cueCheck.maxShare` percent of its decisions,
 * with the nodes or questions and how much longer the strong option is. A warning unless
 * course.yaml sets `cueCheck.level: error`.
 */
import type { ContentError } from '../schemas/author-errors.ts';
import type { Course } from '../schemas/course.ts';
import { type CueReport, checkCues, scenarioCues } from './cue-metrics.ts';
import type { ModuleSource } from './load.ts';

export interface CueProblem extends ContentError {
  /** True when course.yaml makes the cue check an error. */
  error: boolean;
}

const DEFAULT_SHARE = 50;

const percent = (n: number) => `${Math.round(n * 100)}%`;

function explain(report: CueReport, what: string, kind: string, maxShare: number): string {
  const named = report.items
    .filter((i) => i.longest)
    .map((i) => `${i.id} (${i.ratio.toFixed(1)}×)`)
    .join(', ');
  return (
    `the ${what} option is the longest in ${report.longest} of ${report.items.length} ${kind} ` +
    `(${percent(report.share)}, over the ${maxShare}% allowed; ${what} options are on average ` +
    `${report.meanRatio.toFixed(1)}× the length of the others): ${named}. Learners can pick by ` +
    `length: shorten some ${what} options, or let a wrong one be long and plausible`
  );
}

export function cueProblems(modules: ModuleSource[], course?: Course): CueProblem[] {
  const maxShare = course?.cueCheck?.maxShare ?? DEFAULT_SHARE;
  const error = course?.cueCheck?.level === 'error';
  const problems: CueProblem[] = [];
  const judge = (file: string, report: CueReport, what: string, kind: string) => {
    if (report.items.length >= 2 && report.share * 100 > maxShare)
      problems.push({ file, at: '(cues)', message: explain(report, what, kind, maxShare), error });
  };
  for (const module of modules) {
    for (const s of module.scenarios) judge(s.file, scenarioCues(s), 'strong', 'decision nodes');
    for (const c of module.checks) judge(c.file, checkCues(c), 'correct', 'questions');
  }
  return problems;
}
