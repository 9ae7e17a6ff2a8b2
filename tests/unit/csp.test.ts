/** One Content-Security-Policy, rendered in the pages and widened for cmi5 packages only. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { CMI5_POLICY, PAGE_POLICY, renderPolicy } from '#src/layouts/csp.ts';

const built = existsSync('dist/packages/packages.json');
const META = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/;

/** The `connect-src` sources of the module pages of every zip of one format. */
function connectSources(format: string): string[][] {
  const packages = JSON.parse(readFileSync('dist/packages/packages.json', 'utf8')) as Array<{
    format: string;
    zip: string;
    modules: string[];
  }>;
  return packages
    .filter((p) => p.format === format)
    .flatMap((p) => {
      const files = unzipSync(readFileSync(join('dist/packages', p.zip)));
      return p.modules.map((id) => {
        const html = Buffer.from(files[`${id}.html`] ?? []).toString('utf8');
        const policy = META.exec(html)?.[1] ?? '';
        return policy.match(/connect-src ([^;]+)/)?.[1]?.split(' ') ?? [];
      });
    });
}

describe('Content-Security-Policy', () => {
  it('renders the directives in order, as the meta tag carries them', () => {
    expect(renderPolicy(PAGE_POLICY)).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
        "media-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; " +
        "base-uri 'self'; form-action 'none'",
    );
  });

  it('widens nothing but connect-src for cmi5', () => {
    const { 'connect-src': widened, ...rest } = CMI5_POLICY;
    const { 'connect-src': own, ...pageRest } = PAGE_POLICY;
    expect(rest).toEqual(pageRest);
    expect(own).toEqual(["'self'"]);
    expect(widened).toEqual(["'self'", 'https:', 'http:']);
  });

  it.skipIf(!built)(
    "lets a cmi5 page reach the LRS its launch names, and SCORM pages only 'self'",
    () => {
      const cmi5 = connectSources('cmi5');
      expect(cmi5.length).toBeGreaterThan(0);
      // An LRS at http://127.0.0.1:port or https://lrs.example matches the scheme sources.
      for (const sources of cmi5)
        expect(sources).toEqual(expect.arrayContaining(['http:', 'https:']));
      for (const format of ['scorm12', 'scorm2004'])
        for (const sources of connectSources(format)) expect(sources).toEqual(["'self'"]);
    },
  );
});
