/**
 * Entry of the kit's own classroom server (bundled by scripts/lib/bundle-classroom.ts into
 * `facilitator/classroom/classroom.mjs`): serves the built site it sits in. `node classroom.mjs
 * --lan`.
 */
import { fileURLToPath } from 'node:url';
import { runClassroom } from './cli.ts';

await runClassroom(fileURLToPath(new URL('../..', import.meta.url)), process.argv.slice(2));
