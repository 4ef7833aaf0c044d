import { h, replace, type Child } from './dom';

/** A column: header, cell content, and the text that search and sorting look at. */
export interface Column<T> {
  title: string;
  cell: (row: T) => Child;
  text?: (row: T) => string;
  className?: string;
}

export interface TableOptions<T> {
  id: string;
  columns: Column<T>[];
  key: (row: T) => string;
  /** The value the filter select picks from (e.g. state); no select when absent. */
  filterBy?: { label: string; value: (row: T) => string };
  empty: string;
}

/**
 * A live table with a search box and an optional filter select. `update(rows)` re-renders the body; the toolbar
 * (and what the user typed there) stays, so updates never steal focus.
 */
export class LiveTable<T> {
  readonly el: HTMLElement;
  private rows: T[] = [];
  private readonly tbody = h('tbody');
  private readonly count = h('span', { class: 'count' });
  private readonly search: HTMLInputElement;
  private readonly filter: HTMLSelectElement | null;

  constructor(private readonly opts: TableOptions<T>, ...toolbarExtras: Child[]) {
    this.search = h('input', { type: 'search', placeholder: 'Search…', class: 'search', 'aria-label': 'Search', oninput: () => this.render() });
    this.filter = opts.filterBy
      ? h('select', { class: 'filter', 'aria-label': opts.filterBy.label, onchange: () => this.render() })
      : null;
    const head = h('thead', {}, h('tr', {}, opts.columns.map((c) => h('th', { class: c.className ?? '' }, c.title))));
    this.el = h('section', { class: 'live-table', id: opts.id },
      h('div', { class: 'toolbar' }, this.search, this.filter, this.count, toolbarExtras),
      h('div', { class: 'table-wrap' }, h('table', {}, head, this.tbody)));
  }

  update(rows: T[]): void {
    this.rows = rows;
    this.refreshFilterOptions();
    this.render();
  }

  private render(): void {
    const needle = this.search.value.trim().toLowerCase();
    const chosen = this.filter?.value ?? '';
    const { columns, key, filterBy } = this.opts;
    const shown = this.rows.filter((r) => (!chosen || filterBy?.value(r) === chosen)
      && (!needle || columns.some((c) => (c.text ? c.text(r) : textOf(c.cell(r))).toLowerCase().includes(needle))));
    const trs = shown.map((r) => h('tr', { 'data-id': key(r) }, columns.map((c) => h('td', { class: c.className ?? '' }, c.cell(r)))));
    replace(this.tbody, trs.length > 0 ? trs : h('tr', { class: 'empty' }, h('td', { colSpan: columns.length }, this.rows.length ? 'Nothing matches the search.' : this.opts.empty)));
    this.count.textContent = shown.length === this.rows.length ? `${this.rows.length}` : `${shown.length} of ${this.rows.length}`;
  }

  private refreshFilterOptions(): void {
    if (!this.filter || !this.opts.filterBy) {
      return;
    }
    const values = [...new Set(this.rows.map(this.opts.filterBy.value))].sort();
    const current = this.filter.value;
    const wanted = ['', ...values, ...(current && !values.includes(current) ? [current] : [])];
    const have = [...this.filter.options].map((o) => o.value);
    if (have.join('\u0000') !== wanted.join('\u0000')) {
      replace(this.filter, wanted.map((v) => h('option', { value: v }, v || `All ${this.opts.filterBy!.label.toLowerCase()}`)));
      this.filter.value = current;
    }
  }
}

function textOf(c: Child): string {
  if (c === null || c === undefined || c === false) {
    return '';
  }
  if (Array.isArray(c)) {
    return c.map(textOf).join(' ');
  }
  return typeof c === 'object' ? (c.textContent ?? '') : String(c);
}
