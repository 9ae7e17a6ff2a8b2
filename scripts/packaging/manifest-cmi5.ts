/**
 * cmi5.xml (cmi5 course structure): one AU per module. The LMS launches each AU's url with the
 * cmi5 parameters; moveOn says what the LMS waits for before the learner may move on.
 */
import type { PackageModel, ScoEntry } from './package-model.ts';
import { xml } from './xml.ts';

export const CMI5_STRUCTURE = 'cmi5.xml';

export const auId = (courseIri: string, moduleId: string) =>
  `${courseIri.replace(/\/+$/, '')}/${moduleId}`;

const text = (value: string, lang: string) =>
  `<langstring lang="${xml(lang)}">${xml(value)}</langstring>`;

function au(p: PackageModel, s: ScoEntry): string {
  // masteryScore is a decimal 0–1 in cmi5 (a percentage in SCORM 1.2).
  const judged = s.graded
    ? ` moveOn="CompletedAndPassed" masteryScore="${(s.masteryScore / 100).toFixed(2)}"`
    : ' moveOn="Completed"';
  return `  <au id="${xml(auId(p.iri, s.id))}"${judged} launchMethod="AnyWindow">
    <title>${text(s.title, p.language)}</title>
    <description>${text(s.description, p.language)}</description>
    <url>${xml(s.href)}</url>
  </au>`;
}

export function cmi5CourseStructure(p: PackageModel): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${xml(p.iri)}">
    <title>${text(p.title, p.language)}</title>
    <description>${text(p.description, p.language)}</description>
  </course>
${p.scos.map((s) => au(p, s)).join('\n')}
</courseStructure>
`;
}
