import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ModuleSource } from '#src/course/load.ts';
import { scenarioMap } from '#src/roleplay/scenario-map.ts';

/**
 * Writes dist/maps/<module>/<scenario>.svg for reviewers who want the files, in `lang` (the
 * course's first language).
 */
export function writeScenarioMaps(outDir: string, modules: ModuleSource[], lang: string): void {
  rmSync(outDir, { recursive: true, force: true });
  for (const module of modules) {
    mkdirSync(join(outDir, module.id), { recursive: true });
    for (const s of module.scenarios)
      writeFileSync(join(outDir, module.id, `${s.id}.svg`), scenarioMap(s, lang));
  }
}
