/**
 * `npm run new -- module <slug> [title]`, `scenario <module> <id>`, `check <module> <id>`,
 * `tool <module> <id>`: creates a valid, commented starting file and adds its reference (the
 * module to course.yaml; a role-play, check or tool section to every language's MDX).
 */
import { ScaffoldError, scaffold } from './scaffold/scaffold.ts';

try {
  const done = scaffold(process.cwd(), process.argv.slice(2));
  for (const line of done) console.log(line);
  console.log('Next: edit the new file, then npm run check.');
} catch (error) {
  if (!(error instanceof ScaffoldError)) throw error;
  console.error(error.message);
  process.exit(1);
}
