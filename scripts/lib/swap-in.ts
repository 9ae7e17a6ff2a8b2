/**
 * Output written beside its final folder and swapped in only when all of it succeeded, one rename
 * per folder, so a failed run leaves the last good output whole (the build, the printed kit).
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';

/** The temporary folder next to `dir` (same disk, so the swap is a rename). */
export const tempBeside = (dir: string) => `${dir}.tmp-${process.pid}`;

/** Replaces each `to` with its `from`; a `from` that was never written leaves nothing. */
export function swapIn(pairs: Array<[from: string, to: string]>): void {
  for (const [from, to] of pairs) {
    rmSync(to, { recursive: true, force: true });
    if (existsSync(from)) renameSync(from, to);
  }
}

/**
 * Runs `write` into a fresh temporary folder, then swaps it in; on failure removes it and rethrows.
 */
export async function writeThenSwap(dir: string, write: (temp: string) => Promise<void>) {
  const temp = tempBeside(dir);
  rmSync(temp, { recursive: true, force: true });
  mkdirSync(temp, { recursive: true });
  try {
    await write(temp);
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
  swapIn([[temp, dir]]);
}
