/** Escapes text for XML element content and attribute values. */
export const xml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

/** An XML ID (NCName) from our ids, which may start with a digit. */
export const xmlId = (prefix: string, id: string) =>
  `${prefix}_${id}`.replace(/[^A-Za-z0-9_.-]/g, '_');

/**
 * The <resources> entries, one SCO each; the attribute is adlcp:scormtype (1.2) or adlcp:scormType
 * (2004).
 */
export function scoResources(
  scos: Array<{ id: string; href: string; files: string[] }>,
  scormTypeAttribute: string,
): string {
  return scos
    .map(
      (s) =>
        `    <resource identifier="${xmlId('res', s.id)}" type="webcontent" ` +
        `${scormTypeAttribute}="sco" href="${xml(s.href)}">
${s.files.map((f) => `      <file href="${xml(f)}"/>`).join('\n')}
    </resource>`,
    )
    .join('\n');
}
