/**
 * Every page hands data to its elements through JsonData.astro: JSON that parses and cannot end its
 * <script>.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SITE = 'dist/site';
const BLOCK = /<script type="application\/json" (data-[a-z-]+)>([\s\S]*?)<\/script>/g;

function pages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? pages(join(dir, e.name))
      : e.name.endsWith('.html')
        ? [join(dir, e.name)]
        : [],
  );
}

describe('JSON data in pages', () => {
  it.skipIf(!existsSync(SITE))('parses, and holds no "<" that could close its script early', () => {
    let blocks = 0;
    for (const page of pages(SITE)) {
      for (const [, marker, json] of readFileSync(page, 'utf8').matchAll(BLOCK)) {
        blocks++;
        expect(json, `${page} ${marker}`).not.toContain('<');
        expect(() => JSON.parse(json ?? ''), `${page} ${marker}`).not.toThrow();
      }
    }
    expect(blocks).toBeGreaterThan(10);
  });
});
