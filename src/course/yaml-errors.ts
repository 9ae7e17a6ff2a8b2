/**
 * YAML syntax errors in words an author can act on, from the parser's error code (not its
 * English message), with the line and column where it noticed the problem.
 */
import type { ContentError } from '../schemas/author-errors.ts';

const FIX: Record<string, string> = {
  BAD_INDENT:
    'the indentation is off: items of one list or fields of one object start in the same column',
  BLOCK_AS_IMPLICIT_KEY:
    'the indentation is off, or a text holds ": " — put such text in quotes ("Hello: world"), ' +
    'and line up the fields of one object',
  MULTILINE_IMPLICIT_KEY:
    'a field name runs over two lines; check the indentation or a missing ":"',
  TAB_AS_INDENT: 'a tab is used to indent; indent with spaces',
  DUPLICATE_KEY: 'this field appears twice in the same object; keep one',
  MISSING_CHAR:
    'something is missing here: a "- " before a list item, a closing quote or bracket, or the ' +
    'indentation is off (the fields of one item start in the same column)',
  BAD_SCALAR_START:
    'a text starts with a character YAML reserves (such as @, `, | or >); put the text in quotes',
  UNEXPECTED_TOKEN: 'there is a character YAML did not expect here; put text in quotes',
  BAD_DQ_ESCAPE: 'a backslash in "double quotes" starts an escape; use single quotes or write \\\\',
  MULTIPLE_DOCS: 'the file holds a second document ("---"); remove the extra "---"',
};

export function yamlError(file: string, error: unknown, source = ''): ContentError {
  const { code, linePos } = error as {
    code?: string;
    linePos?: Array<{ line: number; col: number }>;
  };
  const fix =
    FIX[code ?? ''] ?? 'compare it with an example in the authoring guide (content/README.md)';
  const line = linePos?.[0]?.line ?? 1;
  const text = source.split('\n')[line - 1]?.trim();
  return {
    file,
    at: '',
    line,
    column: linePos?.[0]?.col ?? 1,
    message: `is not valid YAML${text ? ` (at "${text.slice(0, 60)}")` : ''}: ${fix}`,
  };
}
