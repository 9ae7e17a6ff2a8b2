/**
 * Splits a stream of JSON text into statement objects without holding the whole file: a JSON
 * array of statements, `{"statements": [...], "more": ...}` pages of the xAPI statements API, or
 * one statement per line. Memory is one statement at a time, whatever the file's size.
 */

export interface SplitHandlers {
  /** A complete candidate statement: its text and the line it starts on (1-based). */
  object(text: string, line: number): void;
  problem(line: number, reason: string): void;
}

const OPEN_OBJ = 123; // {
const CLOSE_OBJ = 125; // }
const OPEN_ARR = 91; // [
const CLOSE_ARR = 93; // ]
const QUOTE = 34;
const BACKSLASH = 92;
const NEWLINE = 10;

export class StatementSplitter {
  private stack: number[] = [];
  private inString = false;
  private escape = false;
  private line = 1;
  /** Depth (stack length before the `{`) of the object being captured, or -1. */
  private captureDepth = -1;
  private captureLine = 0;
  private pending = '';
  /** Text of the last string at depth 1 of a top-level object, to spot the "statements" key. */
  private keyStart = -1;
  private lastKey = '';
  private keyPartial = '';
  private junkLine = 0;
  private readonly on: SplitHandlers;
  constructor(on: SplitHandlers) {
    this.on = on;
  }

  push(chunk: string) {
    let start = this.captureDepth >= 0 ? 0 : -1;
    const s = this.stack;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (c === NEWLINE) this.line++;
      if (this.inString) {
        if (this.escape) this.escape = false;
        else if (c === BACKSLASH) this.escape = true;
        else if (c === QUOTE) {
          this.inString = false;
          if (this.keyStart >= 0) {
            this.lastKey = this.keyPartial + chunk.slice(this.keyStart, i);
            this.keyPartial = '';
            this.keyStart = -1;
          }
        }
        continue;
      }
      if (c === QUOTE) {
        this.inString = true;
        if (s.length === 1 && s[0] === OPEN_OBJ) this.keyStart = i + 1;
      } else if (c === OPEN_OBJ) {
        if (this.captureDepth < 0 && this.wantsObject()) {
          this.captureDepth = s.length;
          this.captureLine = this.line;
          start = i;
        }
        s.push(c);
      } else if (c === OPEN_ARR) {
        // A page: the top-level object is a wrapper, its "statements" are what we want.
        if (s.length === 1 && this.captureDepth === 0 && this.lastKey === 'statements') {
          this.captureDepth = -1;
          this.pending = '';
          start = -1;
        }
        s.push(c);
      } else if (c === CLOSE_OBJ || c === CLOSE_ARR) {
        s.pop();
        if (c === CLOSE_OBJ && s.length === this.captureDepth) {
          this.on.object(this.pending + chunk.slice(start, i + 1), this.captureLine);
          this.pending = '';
          this.captureDepth = -1;
          start = -1;
        }
      } else if (s.length === 0 && c > 32 && c !== 44 && this.junkLine !== this.line) {
        this.junkLine = this.line;
        this.on.problem(this.line, 'text outside any JSON statement');
      }
    }
    if (this.captureDepth >= 0) this.pending += chunk.slice(Math.max(0, start));
    if (this.keyStart >= 0) {
      this.keyPartial += chunk.slice(this.keyStart);
      this.keyStart = 0;
    }
  }

  /** Objects at the top level, in a top-level array, or in a page's "statements" array. */
  private wantsObject() {
    const s = this.stack;
    if (s.length === 0) return true;
    if (s.length === 1) return s[0] === OPEN_ARR;
    return (
      s.length === 2 && s[0] === OPEN_OBJ && s[1] === OPEN_ARR && this.lastKey === 'statements'
    );
  }

  end() {
    if (this.captureDepth >= 0)
      this.on.problem(
        this.captureLine,
        'truncated JSON: the file ends inside this statement (was the export cut short?)',
      );
    else if (this.stack.length)
      this.on.problem(this.line, 'truncated JSON: the file ends before its closing bracket');
  }
}
