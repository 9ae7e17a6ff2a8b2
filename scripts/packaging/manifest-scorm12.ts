/** imsmanifest.xml for SCORM 1.2 (Content Aggregation Model 1.2, IMS CP 1.1.2). */
import type { PackageModel } from './package-model.ts';
import { scoResources, xml, xmlId } from './xml.ts';

export const SCORM12_SCHEMAS = [
  'imscp_rootv1p1p2.xsd',
  'adlcp_rootv1p2.xsd',
  'imsmd_rootv1p2p1.xsd',
  'ims_xml.xsd',
];

export function scorm12Manifest(p: PackageModel): string {
  const items = p.scos
    .map(
      (s) =>
        `      <item identifier="${xmlId('item', s.id)}" ` +
        `identifierref="${xmlId('res', s.id)}" isvisible="true">
        <title>${xml(s.title)}</title>
        <adlcp:masteryscore>${Math.round(s.masteryScore)}</adlcp:masteryscore>
      </item>`,
    )
    .join('\n');
  const resources = scoResources(p.scos, 'adlcp:scormtype');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xmlId('m', p.identifier)}" version="${xml(p.version)}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd ` +
    `http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd ` +
    `http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="org">
    <organization identifier="org">
      <title>${xml(p.title)}</title>
${items}
    </organization>
  </organizations>
  <resources>
${resources}
  </resources>
</manifest>
`
  );
}
