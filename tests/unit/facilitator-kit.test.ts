/**
 * The facilitator kit is part of the site, never of a package, and works from any folder or URL
 * prefix. The checks of built output run only when the site and packages are built (npm run
 * package).
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { kitPages, relativeKitUrls } from '#scripts/lib/relative-kit.ts';
import { pageFiles } from '#scripts/packaging/page-files.ts';
import { checkContent } from '#src/course/check-content.ts';
import { PRINT_DIR } from '#src/facilitator/print-files.ts';

const site = 'dist/site';
const { course, modules, warnings } = checkContent(process.cwd());
const lang = course!.languages[0];
const isDir = (path: string) => statSync(path).isDirectory();
/** Text that only the kit's pages, styles and scripts contain. */
const KIT_MARKERS = ['projector-mode', '.projector', 'print-card', 'facilitator'];

describe('kit URLs', () => {
  it('makes the kit pages relative and leaves module pages to the packager', () => {
    const root = mkdtempSync(join(tmpdir(), 'kit-'));
    try {
      const page = (path: string) => {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(
          join(root, path),
          '<link rel="stylesheet" href="/_astro/Base.css"><script type="module" ' +
            'src="/_astro/p.js"></script><a href="../../facilitator.html">Kit</a>',
        );
      };
      for (const p of [
        'facilitator.html',
        'facilitator/cards/m.html',
        'facilitator/play/s.html',
        'en/m.html',
      ])
        page(p);
      expect(kitPages(root)).toEqual([
        'facilitator.html',
        'facilitator/cards/m.html',
        'facilitator/play/s.html',
      ]);
      expect(relativeKitUrls(root)).toHaveLength(3);
      expect(readFileSync(join(root, 'facilitator.html'), 'utf8')).toContain(
        'href="_astro/Base.css"',
      );
      expect(readFileSync(join(root, 'facilitator/play/s.html'), 'utf8')).toContain(
        'src="../../_astro/p.js"',
      );
      expect(readFileSync(join(root, 'facilitator/play/s.html'), 'utf8')).toContain(
        'href="../../facilitator.html"',
      );
      expect(readFileSync(join(root, 'en/m.html'), 'utf8')).toContain('href="/_astro/Base.css"');
      expect(relativeKitUrls(root)).toEqual([]); // a second run changes nothing
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('facilitator notes', () => {
  it('have no "#" heading of their own: the guide page gives the one <h1>', () => {
    for (const m of modules)
      expect({ module: m.id, h1: /^# /m.test(m.facilitatorNotes ?? '') }).toEqual({
        module: m.id,
        h1: false,
      });
    expect(warnings.filter((w) => w.file.endsWith('facilitator.md'))).toEqual([]);
  });
});

describe.skipIf(!existsSync(join(site, 'facilitator.html')))('built kit', () => {
  it('every URL in a kit page is relative and points at a file of the site', () => {
    for (const page of kitPages(site)) {
      const html = readFileSync(join(site, page), 'utf8');
      for (const [, url] of html.matchAll(/\b(?:href|src)="([^"#?]*)[^"]*"/g)) {
        if (!url || url.startsWith('data:')) continue;
        expect({ page, url, absolute: /^(\/|[a-z]+:)/i.test(url) }).toEqual({
          page,
          url,
          absolute: false,
        });
        const target = posix.join(posix.dirname(page), url);
        // The PDFs exist once `npm run print` has run; their names are checked by print.test.ts.
        if (target.startsWith(`${PRINT_DIR}/`) && !existsSync(join(site, PRINT_DIR))) continue;
        expect({ page, url, exists: existsSync(join(site, target)) }).toEqual({
          page,
          url,
          exists: true,
        });
      }
    }
    for (const asset of readdirSync(join(site, '_astro')).filter((f) => /\.(js|css)$/.test(f))) {
      expect({
        asset,
        absolute: readFileSync(join(site, '_astro', asset), 'utf8').includes('/_astro/'),
      }).toEqual({ asset, absolute: false });
    }
  });

  it(
    'guides give each role-play its timing as a sentence of its own, never in doubled ' +
      'brackets',
    () => {
      for (const m of modules) {
        const html = readFileSync(join(site, 'facilitator', 'guide', `${m.id}.html`), 'utf8');
        expect(html, m.id).not.toMatch(/\)\)/);
        expect(html, m.id).toMatch(/About \d+ minutes in class \(/);
      }
    },
  );

  it('no module page takes a kit file into its package', () => {
    for (const m of modules) {
      const packaged = pageFiles(site, `${lang}/${m.id}.html`, `${m.id}.html`);
      for (const [path, bytes] of packaged) {
        const text = Buffer.from(bytes).toString('utf8');
        expect({
          module: m.id,
          path,
          markers: KIT_MARKERS.filter((k) => path.includes('facilitator') || text.includes(k)),
        }).toEqual({ module: m.id, path, markers: [] });
      }
    }
  });
});

describe.skipIf(!existsSync('dist/packages/packages.json'))('built packages', () => {
  const written: Array<{ folder: string; zip: string }> = existsSync('dist/packages/packages.json')
    ? JSON.parse(readFileSync('dist/packages/packages.json', 'utf8'))
    : [];

  it('hold no facilitator file, in their folders or their zips', () => {
    expect(written.length).toBeGreaterThan(0);
    for (const p of written) {
      const folder = join('dist/packages', p.folder);
      const inFolder = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter(
        (f) => !isDir(join(folder, f)),
      );
      const inZip = unzipSync(readFileSync(join('dist/packages', p.zip)));
      expect(Object.keys(inZip).sort()).toEqual(
        inFolder.map((f) => f.split(/[\\/]/).join('/')).sort(),
      );
      for (const [path, bytes] of Object.entries(inZip)) {
        if (/\.(xsd|dtd)$/.test(path)) continue; // the standards' own schema files
        const text = Buffer.from(bytes).toString('utf8');
        expect({
          zip: p.zip,
          path,
          markers: KIT_MARKERS.filter((k) => path.includes('facilitator') || text.includes(k)),
        }).toEqual({ zip: p.zip, path, markers: [] });
      }
    }
  });
});
