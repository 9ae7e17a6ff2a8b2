/** Tiny HTML helpers: escaping and tables. */

export const esc = (text: string | number) =>
  String(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** Escapes text content (outside attributes), where quotes need no escaping. */
export const text = (t: string | number) =>
  String(t).replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);

/*
 * Table markup is as short as HTML allows, because a whole course's report has thousands of cells
 * and must stay under 200 KB: no optional end tags (`</td>`, `</th>`, `</tr>`, `</thead>`,
 * `</tbody>`, `</caption>`), and no `scope` on plain header rows and columns, where HTML's table
 * algorithm already makes a `th` a column header (its row has no data cell) or a row header (its
 * column has none). Only the spanning decision headers need scope="rowgroup".
 */

export const headRow = (head: string[]) =>
  `<thead><tr>${head.map((h) => `<th>${text(h)}`).join('')}`;

/** A body row: a row header (already escaped) and data cells (escaped here). */
export const bodyRow = (header: string, cells: Array<string | number>) =>
  `<tr><th>${header}${cells.map((c) => `<td>${text(c)}`).join('')}`;

/** A data table; the first column names rows. `caption` is plain text. */
export function table(caption: string, head: string[], rows: Array<Array<string | number>>) {
  const body = rows.map(([first, ...rest]) => bodyRow(text(first), rest)).join('');
  return `<table><caption>${text(caption)}${headRow(head)}<tbody>${body}</table>`;
}

let ids = 0;
/** A unique id for aria references within one page build. */
export const uid = (prefix: string) => `${prefix}-${++ids}`;
export const resetIds = () => {
  ids = 0;
};
