/**
 * Between the content and XLIFF: which strings a translator gets (with context), and what an
 * imported XLIFF changes. Keys are the text keys of translations.ts, so an XLIFF file and the
 * `<id>.<lang>.yaml` translation files always agree.
 */
import type { ModuleSource } from './load.ts';
import { textKeys } from './translations.ts';
import type { XliffDocument, XliffFile } from './xliff.ts';

type Folder = 'scenarios' | 'checks' | 'tools';
interface Item {
  id: string;
  file: string;
  folder: Folder;
  value: Record<string, unknown>;
}

export function translatableItems(modules: readonly ModuleSource[]): Item[] {
  return modules.flatMap((m) => [
    ...m.scenarios.map((s) => ({ id: s.id, file: s.file, folder: 'scenarios' as const, value: s })),
    ...m.checks.map((c) => ({ id: c.id, file: c.file, folder: 'checks' as const, value: c })),
    ...m.tools.map((t) => ({ id: t.id, file: t.file, folder: 'tools' as const, value: t })),
  ]);
}

/** What a translator needs to know about one string of a scenario. */
function scenarioNote(scenario: Record<string, unknown>, key: string): string | undefined {
  const nodes = (scenario.nodes ?? []) as Array<{ id: string; kind?: string; speaker?: string }>;
  const people = (scenario.characters ?? []) as Array<{ id: string; name: string; role: string }>;
  const m = /^nodes\.([^.]+)\.(text|cue|choices\.([^.]+)\.(text|feedback))$/.exec(key);
  if (!m) return undefined;
  const node = nodes.find((n) => n.id === m[1]);
  const who = people.find((p) => p.id === node?.speaker);
  if (m[3]) {
    const what = m[4] === 'text' ? 'What the learner can say' : 'Feedback on the learner saying';
    return `${what} at moment "${m[1]}"${who ? `, answering ${who.name} (${who.role})` : ''}.`;
  }
  if (m[2] === 'cue') return `Stage direction: how ${who?.name ?? 'the speaker'} sounds or moves.`;
  if (node?.kind === 'inner') return `The learner's unspoken thought at moment "${m[1]}".`;
  if (node?.kind === 'narration') return `Scene-setting narration at moment "${m[1]}".`;
  return who ? `Spoken by ${who.name} (${who.role}) at moment "${m[1]}".` : undefined;
}

/** Short strings that sit in buttons, gauges and titles: keep them about as long as the source. */
const SHORT = /(\.text|\.label|\.title|\.name)$/;

export function exportDocument(
  modules: readonly ModuleSource[],
  sourceLang: string,
  targetLang: string,
): XliffDocument {
  const files: XliffFile[] = translatableItems(modules).map((item) => {
    const translated: Record<string, string> =
      modules.find((m) => m.translations[item.folder]?.[item.id]?.[targetLang])?.translations[
        item.folder
      ][item.id][targetLang] ?? {};
    return {
      original: item.file,
      units: Object.entries(textKeys(item.value)).map(([id, source]) => ({
        id,
        source,
        target: translated[id],
        note: item.folder === 'scenarios' ? scenarioNote(item.value, id) : undefined,
        maxChars:
          SHORT.test(id) && source.length <= 240 ? Math.ceil(source.length * 1.5) + 10 : undefined,
      })),
    };
  });
  return { sourceLang, targetLang, files };
}

export interface ImportReport {
  /** Translation files to write: path → strings. */
  write: Map<string, Record<string, string>>;
  /** `file: key` of strings with no target: they stay untranslated. */
  missing: string[];
  /** `file: key` of units the content no longer has (an id changed or was removed). */
  extra: string[];
  /** `file: key` whose source was edited since the export: re-translate (the old text is kept). */
  changed: string[];
  /** `file: key` whose target is much longer than the layout allows. */
  tooLong: string[];
}

export function importDocument(modules: readonly ModuleSource[], doc: XliffDocument): ImportReport {
  const report: ImportReport = {
    write: new Map(),
    missing: [],
    extra: [],
    changed: [],
    tooLong: [],
  };
  const byFile = new Map(doc.files.map((f) => [f.original, f]));
  const current = exportDocument(modules, doc.sourceLang, doc.targetLang);
  const known = new Set(current.files.map((f) => f.original));
  for (const f of doc.files)
    if (!known.has(f.original)) report.extra.push(`${f.original}: (the whole file)`);
  for (const file of current.files) {
    const incoming = new Map((byFile.get(file.original)?.units ?? []).map((u) => [u.id, u]));
    const strings: Record<string, string> = {};
    for (const unit of file.units) {
      const got = incoming.get(unit.id);
      const where = `${file.original}: ${unit.id}`;
      if (got && got.source !== unit.source) {
        report.changed.push(where);
        if (unit.target !== undefined) strings[unit.id] = unit.target;
      } else if (got?.target !== undefined) {
        strings[unit.id] = got.target;
        if (unit.maxChars && got.target.length > unit.maxChars) report.tooLong.push(where);
      } else if (unit.target !== undefined) strings[unit.id] = unit.target;
      else report.missing.push(where);
    }
    for (const id of incoming.keys())
      if (!file.units.some((u) => u.id === id)) report.extra.push(`${file.original}: ${id}`);
    if (Object.keys(strings).length > 0)
      report.write.set(file.original.replace(/\.ya?ml$/, `.${doc.targetLang}.yaml`), strings);
  }
  return report;
}
