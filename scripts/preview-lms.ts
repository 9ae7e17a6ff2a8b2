/**
 * `npm run preview:lms`: serves the built site and every package from a deep path, and opens the
 * LMS preview page, where scorm-again hosts SCORM packages, an in-memory LRS (at /lrs/) takes cmi5
 * statements, and what the LMS receives is shown live.
 * Run `npm run package` first. Options: --port N (default 4321).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGES_BASE, UNZIPPED_BASE } from '#src/harness/paths.ts';
import { lrsRoute } from './lib/lrs-route.ts';
import { staticServer } from './lib/static-server.ts';

const root = process.cwd();
const portArg = process.argv.indexOf('--port');
const port = portArg > 0 ? Number(process.argv[portArg + 1]) : 4321;
if (!existsSync(join(root, 'dist', 'packages', 'packages.json'))) {
  console.error('No packages yet: run `npm run package` first.');
  process.exit(1);
}
const server = staticServer(
  [
    ['/', join(root, 'dist', 'site')],
    [PACKAGES_BASE, join(root, 'dist', 'packages')],
    [UNZIPPED_BASE, join(root, 'dist', 'e2e')],
  ],
  lrsRoute(port),
);
server.listen(port, '127.0.0.1', () => {
  console.log(`LMS preview: http://127.0.0.1:${port}/lms-preview.html`);
});
