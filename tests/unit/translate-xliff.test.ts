import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { checkContent } from '#src/course/check-content.ts';
import { exportDocument, importDocument } from '#src/course/translation-units.ts';
import { textKeys } from '#src/course/translations.ts';
import { readXliff, writeXliff, XliffError } from '#src/course/xliff.ts';

const root = mkdtempSync(join(tmpdir(), 'xliff-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
cpSync('tests/fixtures/valid/content', join(root, 'content'), { recursive: true });

function load() {
  const saved = process.env.COURSE_CONTENT;
  process.env.COURSE_CONTENT = 'content';
  try {
    return checkContent(root).modules;
  } finally {
    if (saved === undefined) delete process.env.COURSE_CONTENT;
    else process.env.COURSE_CONTENT = saved;
  }
}

// A complete French translation of every file, as a translator would have left it.
for (const m of load())
  for (const item of [...m.scenarios, ...m.checks, ...m.tools]) {
    const strings = Object.fromEntries(
      Object.entries(textKeys(item)).map(([k, v]) => [k, `FR <${v}> & "ok"`]),
    );
    writeFileSync(join(root, item.file.replace(/\.yaml$/, '.fr.yaml')), stringify({ strings }));
  }

describe('XLIFF export and import', () => {
  it('round-trips: export then import changes nothing', () => {
    const modules = load();
    const xliff = writeXliff(exportDocument(modules, 'en', 'fr'));
    const report = importDocument(modules, readXliff(xliff));
    expect([report.missing, report.extra, report.changed]).toEqual([[], [], []]);
    expect(report.write.size).toBeGreaterThan(3);
    for (const [path, strings] of report.write)
      expect(strings).toEqual(parse(readFileSync(join(root, path), 'utf8')).strings);
  });

  it('gives each unit a stable key and the context a translator needs', () => {
    const doc = readXliff(writeXliff(exportDocument(load(), 'en', 'fr')));
    const counter = doc.files.find((f) => f.original.endsWith('scenarios/counter.yaml'))!;
    expect(counter.units.map((u) => u.id)).toContain('nodes.open.choices.listen.text');
    const xml = writeXliff(exportDocument(load(), 'en', 'fr'));
    expect(xml).toMatch(
      /<note>Spoken by Mrs Lee \(customer\) at moment &quot;open&quot;\.<\/note>/,
    );
    expect(xml).toMatch(/id="nodes\.open\.choices\.listen\.text"[^>]*maxwidth="\d+"/);
  });

  it(
    'flags a source edited since the export, keeps the old text, and lists missing and ' + 'extra',
    () => {
      const modules = load();
      const doc = readXliff(writeXliff(exportDocument(modules, 'en', 'fr')));
      const file = join(root, 'content/modules/01-sample/scenarios/counter.yaml');
      const original = readFileSync(file, 'utf8');
      writeFileSync(file, original.replace('This kettle broke after a week!', 'My kettle broke!'));
      try {
        const counter = doc.files.find((f) => f.original.endsWith('counter.yaml'))!;
        counter.units.push({ id: 'nodes.gone.text', source: 'Old line' });
        const other = counter.units.find((u) => u.id === 'title')!;
        delete other.target;
        rmSync(file.replace('.yaml', '.fr.yaml'));
        const report = importDocument(load(), doc);
        expect(report.changed).toEqual([
          'content/modules/01-sample/scenarios/counter.yaml: nodes.open.text',
        ]);
        expect(report.extra).toEqual([
          'content/modules/01-sample/scenarios/counter.yaml: nodes.gone.text',
        ]);
        expect(report.missing).toEqual(['content/modules/01-sample/scenarios/counter.yaml: title']);
      } finally {
        writeFileSync(file, original);
      }
    },
  );

  it('refuses a file that is not well-formed XLIFF 1.2, saying where', () => {
    expect(() => readXliff('<xliff version="1.2"><file>')).toThrow(XliffError);
    expect(() => readXliff('<xliff version="1.2"><file>')).toThrow(/line 1, column \d+/);
    expect(() => readXliff('<xliff version="2.0"><file/></xliff>')).toThrow(/not an XLIFF 1\.2/);
  });
});
