/**
 * The LMS preview's record panel, updated in place: each block is made once, then only the
 * texts and rows that changed are touched, so a change costs the same with 5 or 500 interactions
 * (rebuilding every table on each change cost 280–500 ms per click on a long role-play).
 */

const setText = (node: Node, text: string) => {
  if (node.textContent !== text) node.textContent = text;
};

export class PanelView {
  private readonly root: HTMLElement;
  private blocks = new Map<string, HTMLElement>();

  constructor(root: HTMLElement) {
    this.root = root;
  }

  /** Forgets every block (another kind of record is shown). */
  reset() {
    this.blocks.clear();
    this.root.replaceChildren();
  }

  private block<K extends keyof HTMLElementTagNameMap>(
    key: string,
    tag: K,
    make?: (e: HTMLElementTagNameMap[K]) => void,
  ) {
    let found = this.blocks.get(key) as HTMLElementTagNameMap[K] | undefined;
    if (!found) {
      found = document.createElement(tag);
      make?.(found);
      this.blocks.set(key, found);
      this.root.append(found);
    }
    return found;
  }

  /** A list of name–value pairs. */
  list(key: string, pairs: Array<[string, string]>) {
    const dl = this.block(key, 'dl');
    while (dl.children.length > pairs.length * 2) dl.lastElementChild!.remove();
    pairs.forEach(([name, value], i) => {
      if (!dl.children[i * 2])
        dl.append(document.createElement('dt'), document.createElement('dd'));
      setText(dl.children[i * 2], name);
      setText(dl.children[i * 2 + 1], value);
    });
  }

  /** Preformatted text, e.g. the suspend data. */
  pre(key: string, text: string) {
    setText(this.block(key, 'pre'), text);
  }

  /** A titled table, its rows synced one cell at a time. */
  table(key: string, title: string, rows: Array<Record<string, string>>, columns: string[]) {
    const box = this.block(key, 'div', (div) => {
      div.className = 'record-table';
      const h3 = document.createElement('h3');
      const table = document.createElement('table');
      const head = table.createTHead().insertRow();
      for (const c of columns) {
        const th = document.createElement('th');
        th.scope = 'col';
        th.textContent = c;
        head.append(th);
      }
      table.createTBody();
      div.append(h3, table);
    });
    setText(box.querySelector('h3')!, title);
    const body = box.querySelector('tbody')!;
    while (body.rows.length > rows.length) body.lastElementChild!.remove();
    rows.forEach((row, i) => {
      const tr = body.rows[i] ?? body.insertRow();
      columns.forEach((c, j) => {
        setText(tr.cells[j] ?? tr.insertCell(), row[c] ?? '');
      });
    });
  }

  /** A plain message in place of the record. */
  message(text: string) {
    this.reset();
    const p = document.createElement('p');
    p.textContent = text;
    this.root.append(p);
  }
}
