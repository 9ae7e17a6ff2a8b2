/**
 * `npm run check`: validates all content and prints each problem with the file, the place and
 * what to do, then a report of every scenario's endings (paths counted on the graph, not walked).
 * Exits 1 when anything is wrong.
 */
import { checkContent } from '#src/course/check-content.ts';
import { endingMeters, formatMeters } from '#src/roleplay/ending-meters.ts';
import { endingReport } from '#src/roleplay/validate.ts';
import { formatContentError } from '#src/schemas/author-errors.ts';

const result = checkContent(process.cwd());
for (const warning of result.warnings) console.warn(`warning  ${formatContentError(warning)}`);
for (const error of result.errors) console.error(`error    ${formatContentError(error)}`);

if (result.errors.length === 0) {
  for (const module of result.modules) {
    for (const scenario of module.scenarios) {
      console.log(`\n${scenario.file}`);
      const meters = endingMeters(scenario);
      for (const [i, r] of endingReport(scenario).entries()) {
        console.log(
          `  ${r.ending.padEnd(26)} ` +
            `${r.outcome.padEnd(16)} ` +
            `${(r.paths < 1e9 ? String(r.paths) : r.paths.toPrecision(3)).padStart(9)} paths  ` +
            `points ${r.minPoints}–${r.maxPoints}  ${formatMeters(meters[i])}`,
        );
      }
    }
  }
}
const summary =
  `${result.modules.length} modules, ` +
  `${result.errors.length} errors, ${result.warnings.length} warnings`;
console.log(`\n${summary}`);
process.exit(result.errors.length > 0 ? 1 : 0);
