/**
 * The build and `npm run print` write beside their output folder and swap it in only on success
 * (scripts/lib/swap-in.ts): a run that fails halfway leaves the last good folder whole.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeThenSwap } from '#scripts/lib/swap-in.ts';

function lastGoodPrint() {
  const parent = mkdtempSync(join(tmpdir(), 'swap-'));
  const out = join(parent, 'print');
  mkdirSync(join(out, 'a4'), { recursive: true });
  writeFileSync(join(out, 'a4', 'guide.pdf'), 'last good');
  return { parent, out };
}

describe('writeThenSwap', () => {
  it(
    'a run that fails halfway leaves the last good folder whole, and no temporary ' + 'folder',
    async () => {
      const { parent, out } = lastGoodPrint();
      const failing = writeThenSwap(out, async (temp) => {
        mkdirSync(join(temp, 'a4'));
        writeFileSync(join(temp, 'a4', 'guide.pdf'), 'half');
        throw new Error('Chromium crashed');
      });
      await expect(failing).rejects.toThrow('Chromium crashed');
      expect(readFileSync(join(out, 'a4', 'guide.pdf'), 'utf8')).toBe('last good');
      expect(readdirSync(parent)).toEqual(['print']);
    },
  );

  it('a run that succeeds replaces the folder whole: nothing of the last run is left', async () => {
    const { parent, out } = lastGoodPrint();
    await writeThenSwap(out, async (temp) => {
      mkdirSync(join(temp, 'letter'));
      writeFileSync(join(temp, 'letter', 'guide.pdf'), 'new');
    });
    expect(readFileSync(join(out, 'letter', 'guide.pdf'), 'utf8')).toBe('new');
    expect(existsSync(join(out, 'a4'))).toBe(false);
    expect(readdirSync(parent)).toEqual(['print']);
  });
});
