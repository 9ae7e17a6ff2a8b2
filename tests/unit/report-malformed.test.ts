import { describe, expect, test } from 'vitest';
import { checkContent } from '#src/course/check-content.ts';
import { indexContent } from '#src/report/content-index.ts';
import { figuresCsv } from '#src/report/csv-out.ts';
import { renderReport } from '#src/report/render.ts';
import { runReport } from '#src/report/run.ts';
import { answered, QUESTION, tempDir } from './report-fixtures.ts';

const index = indexContent(checkContent(process.cwd()));
const learners = Array.from({ length: 6 }, (_, i) => `m${i + 1}`);

describe(
  'malformed and outdated inputs: each counted and explained, the report still ' + 'builds',
  () => {
    test(
      'truncated JSON (array and one per line), another course, old ids, extra CSV ' + 'columns',
      async () => {
        const good = learners.map((l) => answered(l, QUESTION, 'early_sign', 1));
        const array = JSON.stringify(good, null, 1);
        const lines = good.map((s) => JSON.stringify(s)).join('\n');
        const oldOption = answered('old1', QUESTION, 'option_removed_in_v2', 2);
        const otherCourse = {
          ...answered('x', QUESTION, 'early_sign', 3),
          object: { id: 'https://elsewhere.example/course/m/q' },
        };
        const dir = tempDir({
          'a-cut.json': array.slice(0, array.length - 40),
          'b-cut.ndjson': `${lines}\n${JSON.stringify(oldOption)}\n${JSON.stringify(otherCourse)}\nnot json\n\n{"id": "cut`,
          'c-old.json': JSON.stringify([answered('old2', 'check.question_removed_in_v2', 'a', 4)]),
          'd-extra.csv': [
            'learner,time,interaction,response,result,department',
            `k1,2026-11-02T09:00:00Z,${QUESTION},early_sign,correct,sales`,
            `k2,2026-11-02T09:00:00Z,${QUESTION},early_sign,correct,sales,stray`,
          ].join('\n'),
        });
        const r = await runReport([dir], index);
        const reasons = r.main.problems.map((p) => [p.file.split('/').pop(), p.line, p.reason]);
        expect(reasons).toEqual([
          [
            'a-cut.json',
            expect.any(Number),
            'truncated JSON: the file ends inside this statement (was the export cut short?)',
          ],
          [
            'b-cut.ndjson',
            8,
            expect.stringMatching(/^from another course: activity https:\/\/elsewhere/),
          ],
          ['b-cut.ndjson', 9, expect.stringMatching(/^not valid JSON: /)],
          [
            'b-cut.ndjson',
            11,
            'truncated JSON: the file ends inside this statement (was the export cut short?)',
          ],
          ['d-extra.csv', 1, 'column "department" is not used by the report'],
          ['d-extra.csv', 3, 'row has 7 cells but the header has 6'],
        ]);
        expect(r.main.unknownIds).toEqual([['check.question_removed_in_v2', 1]]);
        const q = r.main.questions.find((x) => x.key === QUESTION)!;
        // Six learners in the cut array (its last statement lost), the same six again per line
        // (duplicates), one in the CSV; the old option is named, not counted.
        expect([q.learners, q.correct, q.unresolved]).toEqual([7, 7, 1]);
        expect(r.main.counts.problems).toBe(6);
        const html = renderReport(r, 'T');
        expect(html).toContain('an older version of the question');
        expect(html).toContain('b-cut.ndjson, line 9: not valid JSON');
        expect(html).toContain('<code>check.question_removed_in_v2</code>: 1 records');
        expect(figuresCsv(r.main)).toContain(
          `question,${QUESTION},answers naming an option not in the content,1`,
        );
      },
    );
  },
);
