import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EDITOR_SCHEMAS, editorSchemas } from '#scripts/lib/json-schemas.ts';

const generated = editorSchemas(process.cwd());
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validators = Object.fromEntries(
  Object.keys(EDITOR_SCHEMAS).map((f) => [f, ajv.compile(JSON.parse(generated[f]))]),
);

/**
 * Content files a glob list of EDITOR_SCHEMAS names: one file, a module sub-folder, or a folder.
 */
function filesFor(patterns: readonly string[]): string[] {
  const [include] = patterns;
  if (!include.includes('*')) return [include];
  const module = /^content\/modules\/\*\/(\w+)\/\*\.yaml$/.exec(include);
  if (!module) {
    const dir = include.replace(/\/\*\.yaml$/, '');
    return readdirSync(dir)
      .filter((f) => /^[^.]+\.yaml$/.test(f))
      .map((f) => join(dir, f));
  }
  const sub = module[1];
  return readdirSync('content/modules').flatMap((m) => {
    const dir = join('content/modules', m, sub);
    try {
      return readdirSync(dir)
        .filter((f) => /^[^.]+\.yaml$/.test(f))
        .map((f) => join(dir, f));
    } catch {
      return [];
    }
  });
}

describe('editor JSON Schemas', () => {
  it('are committed as generated from the zod schemas (run npm run schemas after a change)', () => {
    for (const [file, text] of Object.entries(generated))
      expect(readFileSync(join('schemas', file), 'utf8'), file).toBe(text);
  });

  it('are mapped onto content/ in .vscode/settings.json, as EDITOR_SCHEMAS says', () => {
    const settings = JSON.parse(readFileSync('.vscode/settings.json', 'utf8'));
    const expected = Object.fromEntries(
      Object.entries(EDITOR_SCHEMAS).map(([f, { files }]) => [`./schemas/${f}`, [...files]]),
    );
    expect(settings['yaml.schemas']).toEqual(expected);
  });

  it('describe their fields from the JSDoc of the zod schemas', () => {
    const scenario = JSON.parse(generated['scenario.schema.json']);
    expect(scenario.properties.start.description).toBe('Id of the first node.');
    expect(scenario.properties.nodes.items.properties.cue.description).toMatch(/Tone or body/);
  });

  it('accept every real content file', () => {
    for (const [file, { files }] of Object.entries(EDITOR_SCHEMAS)) {
      const paths = filesFor(files);
      expect(paths.length, file).toBeGreaterThan(0);
      for (const path of paths) {
        const ok = validators[file](parse(readFileSync(path, 'utf8')));
        expect(ok ? [] : validators[file].errors, path).toEqual([]);
      }
    }
  });

  it('reject a broken scenario, naming the field', () => {
    const broken = parse(readFileSync('tests/fixtures/broken/missing-feedback.yaml', 'utf8'));
    expect(validators['scenario.schema.json'](broken)).toBe(false);
    expect(JSON.stringify(validators['scenario.schema.json'].errors)).toMatch(/feedback/);
  });
});
