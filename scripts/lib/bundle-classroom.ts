/**
 * Bundles the classroom server (src/classroom/, with ws, qrcode and sirv) into one file inside the
 * built site, `facilitator/classroom/classroom.mjs`, so a facilitator who did not build the course
 * runs it with plain `node classroom.mjs` (Node ≥ 20, no npm install).
 */
import { join } from 'node:path';
import { buildSync } from 'esbuild';

export const CLASSROOM_BUNDLE = join('facilitator', 'classroom', 'classroom.mjs');

export function bundleClassroom(root: string, siteDir: string): void {
  buildSync({
    entryPoints: [join(root, 'src', 'classroom', 'kit-entry.ts')],
    outfile: join(siteDir, CLASSROOM_BUNDLE),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    legalComments: 'eof',
    // ws and qrcode are CommonJS: give them `require` inside the ES module.
    banner: {
      js:
        "import { createRequire } from 'node:module'; const require = " +
        'createRequire(import.meta.url);',
    },
    // ws's optional native speed-ups; it works without them (it tries and falls back).
    external: ['bufferutil', 'utf-8-validate'],
    logLevel: 'error',
  });
}
