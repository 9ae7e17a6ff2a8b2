import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { cmi5CourseStructure } from '#scripts/packaging/manifest-cmi5.ts';
import { scorm12Manifest } from '#scripts/packaging/manifest-scorm12.ts';
import { scorm2004Manifest } from '#scripts/packaging/manifest-scorm2004.ts';
import type { PackageModel } from '#scripts/packaging/package-model.ts';
import { type Format, schemaFiles } from '#scripts/packaging/schema-files.ts';
import { packageProblems } from '#scripts/packaging/validate-package.ts';
import { xsdProblems } from '#scripts/packaging/xsd.ts';
import { deterministicZip } from '#scripts/packaging/zip.ts';

const model: PackageModel = {
  identifier: 'relational_burnout.en.course',
  version: '1.0.0',
  title: 'Preventing relational burnout & "stress"',
  language: 'en',
  iri: 'https://learning.example.org/courses/burnout',
  description: 'Seven modules & a kit',
  scos: [
    {
      id: 'foundations',
      title: 'Foundations',
      description: 'What it is',
      href: 'foundations.html',
      files: ['foundations.html', '_astro/a.js'],
      masteryScore: 80,
      graded: true,
    },
    {
      id: '7_managers',
      title: 'For managers <and leads>',
      description: 'For "leads"',
      href: '7_managers.html',
      files: ['7_managers.html'],
      masteryScore: 75,
      graded: false,
    },
  ],
};

function packageFolder(format: Format, manifest: string): string {
  const dir = mkdtempSync(join(tmpdir(), `pkg-${format}-`));
  for (const f of schemaFiles[format].files)
    copyFileSync(join(schemaFiles[format].dir, f), join(dir, f));
  writeFileSync(join(dir, format === 'cmi5' ? 'cmi5.xml' : 'imsmanifest.xml'), manifest);
  mkdirSync(join(dir, '_astro'));
  for (const sco of model.scos) for (const f of sco.files) writeFileSync(join(dir, f), '<p>ok</p>');
  return dir;
}

const writers = { scorm12: scorm12Manifest, scorm2004: scorm2004Manifest };

describe('manifest writers', () => {
  for (const format of ['scorm12', 'scorm2004'] as const) {
    it(`${format}: valid against the official XSDs (xmllint), escaped, Moodle-safe ids`, async () => {
      const manifest = writers[format](model);
      const problems = await packageProblems(packageFolder(format, manifest), format);
      expect(problems).toEqual([]);
      expect(manifest).toContain('Preventing relational burnout &amp; &quot;stress&quot;');
      expect(manifest).toContain('identifier="item_7_managers"');
    });
  }

  it('writes the mastery score the way each edition wants it', () => {
    expect(scorm12Manifest(model)).toContain('<adlcp:masteryscore>80</adlcp:masteryscore>');
    expect(scorm2004Manifest(model)).toContain(
      '<imsss:minNormalizedMeasure>0.80</imsss:minNormalizedMeasure>',
    );
    expect(scorm2004Manifest(model)).toContain(
      'completionSetByContent="true" objectiveSetByContent="true"',
    );
  });

  it('catches what the XSDs miss', async () => {
    const bad12 = scorm12Manifest({
      ...model,
      scos: [{ ...model.scos[1], masteryScore: 150 }],
    }).replace('scormtype', 'scormType');
    const problems12 = await packageProblems(packageFolder('scorm12', bad12), 'scorm12');
    expect(problems12).toContain('masteryscore "150" must be a whole number from 0 to 100');
    expect(problems12).toContain('SCORM 1.2 spells the attribute adlcp:scormtype (lower-case t)');
    const bad2004 = scorm2004Manifest(model)
      .replace('objectiveSetByContent="true"', '')
      .replace('identifier="item_foundations"', 'identifier="item foundations"');
    const problems2004 = await packageProblems(packageFolder('scorm2004', bad2004), 'scorm2004');
    expect(problems2004).toContain(
      'deliveryControls must set completionSetByContent and objectiveSetByContent',
    );
    expect(problems2004.some((p) => p.includes('"item foundations" does not match Moodle'))).toBe(
      true,
    );
  });
});

describe('cmi5 course structure', () => {
  it(
    'is valid against the cmi5 CourseStructure.xsd (xmllint), escaped, one AU per ' + 'module',
    async () => {
      const structure = cmi5CourseStructure(model);
      expect(await packageProblems(packageFolder('cmi5', structure), 'cmi5')).toEqual([]);
      expect(structure).toContain('<course id="https://learning.example.org/courses/burnout">');
      expect(structure).toContain(
        '<au id="https://learning.example.org/courses/burnout/foundations" ' +
          'moveOn="CompletedAndPassed" masteryScore="0.80" launchMethod="AnyWindow">',
      );
      // A module without graded questions moves on when completed; no mastery score is claimed.
      expect(structure).toContain(
        '<au id="https://learning.example.org/courses/burnout/7_managers" moveOn="Completed" ' +
          'launchMethod="AnyWindow">',
      );
      expect(structure).toContain(
        '<langstring lang="en">For managers &lt;and leads&gt;</langstring>',
      );
    },
  );

  it('catches what the XSD misses, and what it does not', async () => {
    const remote = cmi5CourseStructure({
      ...model,
      scos: [
        { ...model.scos[0], href: 'https://cdn.example.org/foundations.html' },
        { ...model.scos[1], id: 'foundations', href: 'gone.html' },
      ],
    });
    const problems = await packageProblems(packageFolder('cmi5', remote), 'cmi5');
    expect(problems).toContain(
      'AU url "https://cdn.example.org/foundations.html" must be relative to the package',
    );
    expect(problems).toContain('AU url "gone.html" is missing from the package');
    expect(problems).toContain(
      'id "https://learning.example.org/courses/burnout/foundations" is used more than once',
    );
    const outOfRange = cmi5CourseStructure({
      ...model,
      scos: [{ ...model.scos[0], masteryScore: 120 }],
    });
    expect((await packageProblems(packageFolder('cmi5', outOfRange), 'cmi5')).join('\n')).toMatch(
      /masteryScore/,
    );
  });
});

describe('XSD validation never passes by default', () => {
  const manifest = scorm12Manifest(model);

  it('names the file and line of an XSD error', async () => {
    const broken = manifest
      .replace('<organizations', '<organisations')
      .replace('</organizations>', '</organisations>');
    const problems = await packageProblems(packageFolder('scorm12', broken), 'scorm12');
    expect(problems.join('\n')).toMatch(/^imsmanifest\.xml:\d+: .*organisations/m);
  });

  it('is a problem when the validator fails to run or says invalid without a reason', async () => {
    const folder = packageFolder('scorm12', manifest);
    const crashed = await xsdProblems([folder], 'scorm12', async () => {
      throw new Error('wasm trap');
    });
    expect(crashed.get(folder)).toEqual(['the XSD validator could not run: wasm trap']);
    const silent = await xsdProblems([folder], 'scorm12', async () => ({
      valid: false,
      errors: [],
      rawOutput: '',
      normalized: '',
    }));
    expect(silent.get(folder)).toEqual(['the XSD validator said invalid: no error was named']);
  });

  it('refuses a package whose shipped XSD differs from the official one', async () => {
    const folder = packageFolder('scorm12', manifest);
    writeFileSync(join(folder, 'adlcp_rootv1p2.xsd'), '<xs:schema/>');
    expect(await packageProblems(folder, 'scorm12')).toContain(
      'adlcp_rootv1p2.xsd is missing or differs from the official XSD',
    );
  });
});

describe('deterministic zip', () => {
  it('gives the same bytes for the same files, whatever the insertion order', () => {
    const a = new Map([
      ['b.txt', new Uint8Array([1, 2])],
      ['a/c.txt', new Uint8Array([3])],
    ]);
    const b = new Map([
      ['a/c.txt', new Uint8Array([3])],
      ['b.txt', new Uint8Array([1, 2])],
    ]);
    expect(Buffer.from(deterministicZip(a)).equals(Buffer.from(deterministicZip(b)))).toBe(true);
    expect(Object.keys(unzipSync(deterministicZip(a)))).toEqual(['a/c.txt', 'b.txt']);
  });

  it('unzips to the same bytes, with a file shared by two packages compressed once', () => {
    const page = new TextEncoder().encode('<p>shared page</p>'.repeat(500));
    const one = deterministicZip(new Map([['index.html', page]]));
    const two = deterministicZip(
      new Map([
        ['a.html', page],
        ['index.html', page],
      ]),
    );
    expect(Buffer.from(unzipSync(two)['index.html']).equals(Buffer.from(page))).toBe(true);
    expect(Buffer.from(unzipSync(two)['a.html']).equals(Buffer.from(page))).toBe(true);
    // The same compressed bytes stand in both archives: found once in `one`, twice in `two`.
    const body = one.subarray(30 + 'index.html'.length, one.indexOf(0x50, 40));
    expect(Buffer.from(two).indexOf(Buffer.from(body))).toBeGreaterThan(0);
    expect(one.length).toBeLessThan(page.length / 10);
  });
});
