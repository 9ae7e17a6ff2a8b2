/** Escapes text for XML element content and attribute values. */
export const xml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** An XML ID (NCName) from our ids, which may start with a digit. */
export const xmlId = (prefix: string, id: string) => `${prefix}_${id}`.replace(/[^A-Za-z0-9_.-]/g, '_');
