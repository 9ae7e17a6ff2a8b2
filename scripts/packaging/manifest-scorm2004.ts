/** imsmanifest.xml for SCORM 2004 4th edition, with the sequencing that real LMSs need. */
import type { PackageModel } from './package-model.ts';
import { scoResources, xml, xmlId } from './xml.ts';

export const SCORM2004_SCHEMAS = [
  'adlcp_v1p3.xsd',
  'adlnav_v1p3.xsd',
  'adlseq_v1p3.xsd',
  'imscp_v1p1.xsd',
  'imsss_v1p0.xsd',
  'imsss_v1p0auxresource.xsd',
  'imsss_v1p0control.xsd',
  'imsss_v1p0delivery.xsd',
  'imsss_v1p0limit.xsd',
  'imsss_v1p0objective.xsd',
  'imsss_v1p0random.xsd',
  'imsss_v1p0rollup.xsd',
  'imsss_v1p0seqrule.xsd',
  'imsss_v1p0util.xsd',
  'xml.xsd',
  'XMLSchema.dtd',
  'datatypes.dtd',
];

export function scorm2004Manifest(p: PackageModel): string {
  // Without completionSetByContent/objectiveSetByContent the LMS marks the SCO complete on launch;
  // the primary objective's minNormalizedMeasure carries the mastery score (0–1).
  const items = p.scos
    .map(
      (s) =>
        `      <item identifier="${xmlId('item', s.id)}" identifierref="${xmlId('res', s.id)}">
        <title>${xml(s.title)}</title>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective ` +
        `objectiveID="${xmlId('mastery', s.id)}" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${(s.masteryScore / 100).toFixed(2)}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>`,
    )
    .join('\n');
  const resources = scoResources(p.scos, 'adlcp:scormType');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xmlId('m', p.identifier)}" version="${xml(p.version)}"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd ` +
    `http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 ` +
    `adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd ` +
    `http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="org">
    <organization identifier="org">
      <title>${xml(p.title)}</title>
${items}
      <imsss:sequencing>
        <imsss:controlMode choice="true" flow="true"/>
      </imsss:sequencing>
    </organization>
  </organizations>
  <resources>
${resources}
  </resources>
</manifest>
`
  );
}
