/**
 * `npm run classroom`: the live classroom on the built site (dist/site): one room, phones vote in
 * the role-plays, the projector shows the counts live. Run `npm run package` first.
 * Options: --lan (let phones on this network join), --port N, --no-open. See src/classroom/.
 */
import { join } from 'node:path';
import { runClassroom } from '#src/classroom/cli.ts';

await runClassroom(join(process.cwd(), 'dist', 'site'), process.argv.slice(2));
