/** Tiny HTML helpers: escaping and tables. */

export const esc = (text: string | number) =>
  String(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** A data table; the first column names rows (th scope="row"). `caption` is plain text. */
export function table(caption: string, head: string[], rows: Array<Array<string | number>>) {
  const th = head.map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  const body = rows
    .map(
      ([first, ...rest]) =>
        `<tr><th scope="row">${esc(first)}</th>${rest.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<table><caption>${esc(caption)}</caption><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table>`;
}

let ids = 0;
/** A unique id for aria references within one page build. */
export const uid = (prefix: string) => `${prefix}-${++ids}`;
export const resetIds = () => {
  ids = 0;
};
