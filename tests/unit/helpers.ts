import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { type Scenario, scenarioSchema } from '#src/schemas/scenario.ts';

/** Loads a scenario fixture through the schema, as the build does. */
export function loadScenario(path: string): Scenario {
  return scenarioSchema.parse(parse(readFileSync(path, 'utf8')));
}

export const SAMPLE_SCENARIO =
  'tests/fixtures/valid/content/modules/01-sample/scenarios/counter.yaml';
