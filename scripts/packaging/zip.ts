/**
 * Deterministic zips: entries sorted, one fixed timestamp, fixed compression, so the same content
 * gives byte-identical packages (LMS admins and caches can compare releases). Each distinct file
 * is compressed once per build and reused by every package that holds it (the XSDs, the shared
 * scripts, every module page again in the whole-course zip).
 */
import { createHash } from 'node:crypto';
import { crc32, deflateRawSync } from 'node:zlib';
import { type AsyncFlateStreamHandler, Zip, type ZipInputFile } from 'fflate';
import { deflateDense } from './deflate.ts';

// DOS timestamps hold local time; a date built from local parts gives the same bytes in every zone.
const FIXED_TIME = new Date(1980, 0, 2, 0, 0, 0);

interface Compressed {
  data: Uint8Array;
  dense: boolean;
  crc: number;
  size: number;
}
const compressed = new Map<string, Compressed>();

function compress(bytes: Uint8Array, dense: boolean): Compressed {
  const key = createHash('sha256').update(bytes).digest('hex');
  let entry = compressed.get(key);
  if (!entry || (dense && !entry.dense)) {
    const data = dense ? deflateDense(bytes) : deflateRawSync(bytes, { level: 9 });
    entry = { data, dense, crc: crc32(bytes), size: bytes.length };
    compressed.set(key, entry);
  }
  return entry;
}

/** A zip entry whose deflated bytes are already known (fflate's documented ZipInputFile). */
class Deflated implements ZipInputFile {
  readonly compression = 8;
  readonly mtime = FIXED_TIME;
  readonly filename: string;
  readonly crc: number;
  readonly size: number;
  private readonly entry: Compressed;
  ondata: AsyncFlateStreamHandler = () => {};
  constructor(filename: string, entry: Compressed) {
    this.filename = filename;
    this.entry = entry;
    this.crc = entry.crc;
    this.size = entry.size;
  }
  send() {
    this.ondata(null, this.entry.data as Uint8Array<ArrayBuffer>, true);
  }
}

/** `dense`: Zopfli instead of zlib (deflate.ts), for the packages with a tight size budget. */
export function deterministicZip(files: Map<string, Uint8Array>, dense = false): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const path of [...files.keys()].sort()) {
    const entry = new Deflated(path, compress(files.get(path)!, dense));
    zip.add(entry);
    entry.send();
  }
  zip.end();
  return Buffer.concat(chunks);
}
