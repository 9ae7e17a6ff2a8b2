/**
 * XLIFF 1.2 for translators: one <file> per content file, one <trans-unit> per translatable
 * string, keyed by the same stable text keys as the `<id>.<lang>.yaml` translation files. 1.2,
 * not 2.0, because it is the version every common CAT tool imports (Trados, memoQ, Phrase,
 * Crowdin, Weblate, OmegaT, Poedit), while 2.0 support is still partial in several of them.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { xml } from '#scripts/packaging/xml.ts';

export interface XliffUnit {
  /** The text key, e.g. `nodes.opening.choices.calm.text`. */
  id: string;
  source: string;
  target?: string;
  /** Context for the translator: who says it, where, what it is for. */
  note?: string;
  /** Guidance, in characters: the layouts were sized for the source. */
  maxChars?: number;
}

export interface XliffFile {
  /** The content file, relative to the project, e.g. `content/modules/…/x.yaml`. */
  original: string;
  units: XliffUnit[];
}

export interface XliffDocument {
  sourceLang: string;
  targetLang: string;
  files: XliffFile[];
}

export class XliffError extends Error {}

function unitXml(u: XliffUnit): string {
  const width = u.maxChars ? ` maxwidth="${u.maxChars}" size-unit="char"` : '';
  const target =
    u.target === undefined
      ? '<target state="needs-translation"></target>'
      : `<target state="translated">${xml(u.target)}</target>`;
  const note = u.note ? `\n        <note>${xml(u.note)}</note>` : '';
  return `      <trans-unit id="${xml(u.id)}" resname="${xml(u.id)}"${width} xml:space="preserve">
        <source>${xml(u.source)}</source>
        ${target}${note}
      </trans-unit>`;
}

export function writeXliff(doc: XliffDocument): string {
  const files = doc.files.map(
    (f) =>
      `  <file original="${xml(f.original)}" ` +
      `source-language="${doc.sourceLang}" target-language="${doc.targetLang}" datatype="plaintext">
    <body>
${f.units.map(unitXml).join('\n')}
    </body>
  </file>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
${files.join('\n')}
</xliff>
`;
}

const list = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/**
 * Element text as the parser gives it: a string, or an object with `#text` when it has attributes.
 */
const textOf = (value: unknown): string | undefined => {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'object') {
    const inner = (value as Record<string, unknown>)['#text'];
    return inner === undefined ? '' : String(inner);
  }
  return String(value);
};

export function readXliff(text: string): XliffDocument {
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const { line, col, msg } = valid.err;
    throw new XliffError(`is not well-formed XML at line ${line}, column ${col}: ${msg}`);
  }
  const parsed = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    trimValues: false,
    processEntities: true,
  }).parse(text);
  const root = parsed.xliff;
  if (root?.['@version'] !== '1.2')
    throw new XliffError('is not an XLIFF 1.2 document (<xliff version="1.2">)');
  const files = list(root.file);
  if (files.length === 0) throw new XliffError('has no <file> element');
  const langs = new Set(files.map((f) => `${f['@source-language']}>${f['@target-language']}`));
  if (langs.size !== 1)
    throw new XliffError('mixes languages: every <file> must have the same source and target');
  const first = files[0];
  return {
    sourceLang: String(first['@source-language']),
    targetLang: String(first['@target-language'] ?? ''),
    files: files.map((f) => ({
      original: String(f['@original']),
      units: list(f.body?.['trans-unit']).map((u) => {
        const target = textOf(u.target);
        return {
          id: String(u['@id']),
          source: textOf(u.source) ?? '',
          target: target === '' ? undefined : target,
        };
      }),
    })),
  };
}
