/**
 * Reads export files and folders as streams, detects each file's format by its content, and
 * hands every event or problem to `sink` one at a time (memory does not grow with the file).
 */
import { closeSync, createReadStream, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { ContentIndex } from './content-index.ts';
import { genericLayout, genericRow, isGenericHeader } from './generic-csv.ts';
import { StatementSplitter } from './json-stream.ts';
import { isMoodleHeader, moodleLayout, moodleRow } from './moodle.ts';
import type { ParseOutput } from './types.ts';
import { statementToEvent } from './xapi.ts';

export type Sink = (out: ParseOutput) => void;

/** Every file under the given paths, sorted so runs are repeatable. */
export function listFiles(paths: string[]): string[] {
  return paths.flatMap((p) =>
    statSync(p).isDirectory()
      ? listFiles(
          readdirSync(p)
            .filter((f) => !f.startsWith('.'))
            .sort()
            .map((f) => join(p, f)),
        )
      : [p],
  );
}

function head(file: string): string {
  const fd = openSync(file, 'r');
  const buf = Buffer.alloc(4096);
  const n = readSync(fd, buf, 0, buf.length, 0);
  closeSync(fd);
  return buf
    .subarray(0, n)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
}

export type Format = 'xapi' | 'moodle' | 'generic' | 'unknown';

export function detectFormat(start: string): Format {
  const first = start.trimStart()[0];
  if (first === '[' || first === '{') return 'xapi';
  const line = start.split(/\r?\n/)[0];
  if (isMoodleHeader(line)) return 'moodle';
  if (isGenericHeader(line)) return 'generic';
  return 'unknown';
}

/** One statement (or one statements page) per line: the fast path, no character scan. */
async function readJsonLines(file: string, index: ContentIndex, sink: Sink) {
  const lines = createInterface({
    input: createReadStream(file, { encoding: 'utf8' }),
    crlfDelay: Infinity,
  });
  let line = 0;
  // A line that does not parse is reported when the next one comes: the last one was cut short.
  let unparsed: { line: number; message: string } | undefined;
  const report = (truncated: boolean) => {
    if (!unparsed) return;
    const reason = truncated
      ? 'truncated JSON: the file ends inside this statement (was the export cut short?)'
      : `not valid JSON: ${unparsed.message}`;
    sink({ kind: 'problem', problem: { file, line: unparsed.line, reason } });
    unparsed = undefined;
  };
  for await (const text of lines) {
    line++;
    if (!text.trim()) continue;
    report(false);
    const source = { file, line };
    let parsed: { statements?: unknown };
    try {
      parsed = JSON.parse(line === 1 ? text.replace(/^\uFEFF/, '') : text);
    } catch (e) {
      unparsed = { line, message: (e as Error).message };
      continue;
    }
    if (Array.isArray(parsed?.statements))
      for (const s of parsed.statements) sink(statementToEvent(s, index.iri, source));
    else sink(statementToEvent(parsed, index.iri, source));
  }
  report(true);
}

/** True when the first line is one whole JSON object: a file of one statement per line. */
function isJsonLines(start: string) {
  const first = start.split(/\r?\n/)[0].trim();
  if (!first.startsWith('{') || !first.endsWith('}')) return false;
  try {
    JSON.parse(first);
    return true;
  } catch {
    return false;
  }
}

async function readJson(file: string, index: ContentIndex, sink: Sink) {
  const splitter = new StatementSplitter({
    object(text, line) {
      const source = { file, line };
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (e) {
        sink({
          kind: 'problem',
          problem: { ...source, reason: `not valid JSON: ${(e as Error).message}` },
        });
        return;
      }
      sink(statementToEvent(parsed, index.iri, source));
    },
    problem: (line, reason) => sink({ kind: 'problem', problem: { file, line, reason } }),
  });
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 }))
    splitter.push(chunk as string);
  splitter.end();
}

async function readLines(
  file: string,
  format: 'moodle' | 'generic',
  index: ContentIndex,
  sink: Sink,
) {
  const lines = createInterface({
    input: createReadStream(file, { encoding: 'utf8' }),
    crlfDelay: Infinity,
  });
  let n = 0;
  let row: ((line: string, line_: number) => void) | undefined;
  const moduleOf = (id: string) => index.interactions.get(id)?.module;
  for await (const raw of lines) {
    n++;
    const line = n === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (!line.trim()) continue;
    if (!row) {
      if (format === 'moodle') {
        const layout = moodleLayout(line);
        row = (l, at) => {
          for (const o of moodleRow(l, layout, { file, line: at }, moduleOf)) sink(o);
        };
      } else {
        const layout = genericLayout(line);
        for (const c of layout.unused)
          sink({
            kind: 'problem',
            problem: { file, line: 1, reason: `column "${c}" is not used by the report` },
          });
        row = (l, at) => sink(genericRow(l, layout, { file, line: at }));
      }
      continue;
    }
    row(line, n);
  }
}

/** Reads one file; a file in no known format is one problem, not a crash. */
export async function readFile(file: string, index: ContentIndex, sink: Sink): Promise<Format> {
  const start = head(file);
  const format = detectFormat(start);
  if (format === 'xapi' && isJsonLines(start)) await readJsonLines(file, index, sink);
  else if (format === 'xapi') await readJson(file, index, sink);
  else if (format === 'unknown')
    sink({
      kind: 'problem',
      problem: {
        file,
        line: 1,
        reason:
          'not a known export: expected xAPI JSON, a Moodle interactions report (tab-separated) ' +
          'or the generic CSV of content/README.md',
      },
    });
  else await readLines(file, format, index, sink);
  return format;
}
