/** Reads every export once and folds it into one aggregator per period asked for. */
import { type AggregateOptions, Aggregator } from './aggregate.ts';
import type { ContentIndex } from './content-index.ts';
import { type Figures, figures } from './figures.ts';
import { type Format, listFiles, readFile } from './read-inputs.ts';

export interface RunResult {
  files: Array<{ file: string; format: Format }>;
  main: Figures;
  /** Present when two periods were asked for: the same figures for each. */
  compare?: { a: Figures; b: Figures; labels: [string, string] };
}

export interface Period {
  from?: number;
  to?: number;
  label: string;
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
            a: figures(periods[0]),
            b: figures(periods[1]),
            labels: [options.compare[0].label, options.compare[1].label],
          }
        : undefined,
  };
}
