/**
 * Validates manifests against the official XSDs with xmllint compiled to WebAssembly: no system
 * binary to be missing, offline (every schema is preloaded, nothing is fetched), and one
 * validator run per format however many packages there are. A validator that fails to run, or
 * says "invalid" without naming an error, is a problem itself: validation never passes by default.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML, type XMLFileInfo } from 'xmllint-wasm';
import { type Format, schemaDir } from './schema-files.ts';

const NAMESPACES: Record<Format, Array<[string, string]>> = {
  scorm12: [
    ['http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'imscp_rootv1p1p2.xsd'],
    ['http://www.adlnet.org/xsd/adlcp_rootv1p2', 'adlcp_rootv1p2.xsd'],
    ['http://www.imsglobal.org/xsd/imsmd_rootv1p2p1', 'imsmd_rootv1p2p1.xsd'],
  ],
  scorm2004: [
    ['http://www.imsglobal.org/xsd/imscp_v1p1', 'imscp_v1p1.xsd'],
    ['http://www.adlnet.org/xsd/adlcp_v1p3', 'adlcp_v1p3.xsd'],
    ['http://www.adlnet.org/xsd/adlseq_v1p3', 'adlseq_v1p3.xsd'],
    ['http://www.adlnet.org/xsd/adlnav_v1p3', 'adlnav_v1p3.xsd'],
    ['http://www.imsglobal.org/xsd/imsss', 'imsss_v1p0.xsd'],
  ],
  cmi5: [['https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd', 'CourseStructure.xsd']],
};

/** The manifest file each format is judged by. */
export const MANIFEST: Record<Format, string> = {
  scorm12: 'imsmanifest.xml',
  scorm2004: 'imsmanifest.xml',
  cmi5: 'cmi5.xml',
};

/** One schema that imports each namespace of the format from the vendored XSDs. */
function wrapperSchema(format: Format): XMLFileInfo {
  const imports = NAMESPACES[format]
    .map(([ns, file]) => `  <xs:import namespace="${ns}" schemaLocation="${file}"/>`)
    .join('\n');
  return {
    fileName: 'wrapper.xsd',
    contents:
      `<?xml version="1.0"?>\n<xs:schema ` +
      `xmlns:xs="http://www.w3.org/2001/XMLSchema">\n${imports}\n</xs:schema>\n`,
  };
}

const schemaFilesOf = (format: Format): XMLFileInfo[] =>
  readdirSync(schemaDir(format))
    .filter((fileName) => /\.(xsd|dtd)$/.test(fileName))
    .map((fileName) => ({
      fileName,
      contents: readFileSync(join(schemaDir(format), fileName), 'utf8'),
    }));

/** XSD problems of each folder (all of one format), keyed by folder; one validator run. */
export async function xsdProblems(
  folders: readonly string[],
  format: Format,
  validate = validateXML,
): Promise<Map<string, string[]>> {
  const result = new Map(folders.map((f) => [f, [] as string[]]));
  if (folders.length === 0) return result;
  // Names inside the validator are positions: folder paths may hold characters xmllint refuses.
  const xml = folders.map((folder, i) => ({
    fileName: `p${i}.xml`,
    contents: readFileSync(join(folder, MANIFEST[format]), 'utf8'),
  }));
  const byName = new Map(xml.map((x, i) => [x.fileName, folders[i]]));
  let run: Awaited<ReturnType<typeof validateXML>>;
  try {
    run = await validate({
      xml,
      schema: [wrapperSchema(format)],
      preload: schemaFilesOf(format),
      maxMemoryPages: 16_384,
    });
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    for (const list of result.values()) list.push(`the XSD validator could not run: ${why}`);
    return result;
  }
  for (const error of run.errors) {
    const folder = error.loc ? byName.get(error.loc.fileName) : undefined;
    if (folder)
      result.get(folder)?.push(`${MANIFEST[format]}:${error.loc?.lineNumber}: ${error.message}`);
  }
  const named = [...result.values()].some((list) => list.length > 0);
  if (!run.valid && !named) {
    const why = run.rawOutput.trim().split('\n')[0] || 'no error was named';
    for (const list of result.values()) list.push(`the XSD validator said invalid: ${why}`);
  }
  return result;
}
