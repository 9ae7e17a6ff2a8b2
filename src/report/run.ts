/** Reads every export once and folds it into one aggregator per period asked for. */
import { type AggregateOptions, Aggregator } from './aggregate.ts';
import type { ContentIndex } from './content-index.ts';
import { type Figures, figures } from './figures.ts';
import { type Format, listFiles, readFile } from './read-inputs.ts';
import type { Comparison } from './render-compare.ts';

/** More groups than this are listed by name but not given a column each. */
export const MAX_GROUP_COLUMNS = 8;

export interface RunResult {
  files: Array<{ file: string; format: Format }>;
  main: Figures;
  /** Present when two periods were asked for: the same figures for each. */
  compare?: Comparison;
  /** Present when the exports name two groups or more: the same figures per group. */
  cohorts?: Comparison;
  /** Every group the exports name. */
  groups: string[];
}

export interface Period {
  from?: number;
  to?: number;
  label: string;
}

function cohorts(agg: Aggregator): Comparison | undefined {
  const names = agg.groupNames;
  if (names.length < 2) return undefined;
  return {
    id: 'groups',
    heading: 'Groups compared',
    columns: names.slice(0, MAX_GROUP_COLUMNS).map((name) => ({
      label: name,
      figures: figures(agg, (learner) => agg.groups.get(learner) === name),
    })),
  };
}

export async function runReport(
  paths: string[],
  index: ContentIndex,
  options: AggregateOptions & { compare?: [Period, Period] } = {},
): Promise<RunResult> {
  const main = new Aggregator(index, options);
  const periods = options.compare?.map(
    (p) => new Aggregator(index, { group: options.group, from: p.from, to: p.to, listLimit: 0 }),
  );
  const files: RunResult['files'] = [];
  for (const file of listFiles(paths)) {
    const format = await readFile(file, index, (out) => {
      main.add(out);
      for (const p of periods ?? []) p.add(out);
    });
    files.push({ file, format });
  }
  return {
    files,
    main: figures(main),
    compare:
      periods && options.compare
        ? {
            id: 'compare',
            heading: 'Two periods compared',
            columns: periods.map((p, i) => ({
              label: options.compare![i].label,
              figures: figures(p),
            })),
          }
        : undefined,
    cohorts: options.group === undefined ? cohorts(main) : undefined,
    groups: main.groupNames,
  };
}
