import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '#src/course/check-content.ts';
import { indexContent } from '#src/report/content-index.ts';
import { generateStatements } from '#src/report/generate.ts';
import { HashSet64, hash64 } from '#src/report/hash-set.ts';
import { renderReport } from '#src/report/render.ts';
import { runReport } from '#src/report/run.ts';
import { tempDir } from './report-fixtures.ts';

const index = indexContent(checkContent(process.cwd()));

describe('de-duplication set', () => {
  test('200,000 distinct keys are all new, and each again is a duplicate', () => {
    const set = new HashSet64();
    const keys = Array.from({ length: 200_000 }, (_, i) => `x:${i}-${(i * 7919) % 1000}`);
    expect(keys.filter((k) => set.add(k)).length).toBe(200_000);
    expect(keys.filter((k) => set.add(k)).length).toBe(0);
    expect(set.size).toBe(200_000);
  });
  test('the two halves of the hash differ for keys that differ by one character', () => {
    expect(hash64('x:a')).not.toEqual(hash64('x:b'));
    expect(hash64('x:a')[0]).not.toBe(hash64('x:a')[1]);
  });
});

describe('report page size', () => {
  test(
    'the whole course on a generated export (every scenario and question) stays under 200 ' + 'KB',
    async () => {
      const dir = tempDir({});
      const file = join(dir, 'statements.ndjson');
      writeFileSync(file, `${[...generateStatements(index, 30_000)].join('\n')}\n`);
      const r = await runReport([file], index);
      expect(r.main.scenarios.every((s) => s.learners >= index.minLearners)).toBe(true);
      expect(r.main.questions.every((q) => q.learners >= index.minLearners)).toBe(true);
      expect(r.main.modules.every((m) => m.learners >= index.minLearners)).toBe(true);
      const html = renderReport(r, 'Preventing relational burnout');
      expect(Buffer.byteLength(html)).toBeLessThan(200 * 1024);
      // Nothing left out to get there: a map per scenario, a chart per question and module.
      expect(html.match(/<svg class="map"/g)?.length).toBe(r.main.scenarios.length);
      expect(html.match(/Options chosen for/g)?.length).toBe(r.main.questions.length);
      expect(html.match(/Section where learners stop in/g)?.length).toBe(2 * r.main.modules.length);
      expect(r.groups).toHaveLength(3); // the generator puts learners in three teams
      expect(html).toContain('<h2 id="groups">Groups compared</h2>');
    },
  );
});
