/**
 * Deterministic zips: entries sorted, one fixed timestamp, fixed compression, so the same content
 * gives byte-identical packages (LMS admins and caches can compare releases).
 */
import { type Zippable, zipSync } from 'fflate';

// DOS timestamps hold local time; a date built from local parts gives the same bytes in every zone.
const FIXED_TIME = new Date(1980, 0, 2, 0, 0, 0);

export function deterministicZip(files: Map<string, Uint8Array>): Uint8Array {
  const entries: Zippable = {};
  for (const path of [...files.keys()].sort())
    entries[path] = [files.get(path)!, { mtime: FIXED_TIME, level: 9 }];
  return zipSync(entries);
}
