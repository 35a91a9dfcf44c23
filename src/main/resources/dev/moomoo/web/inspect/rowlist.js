// A list of any length that keeps only the rows in sight in the DOM: every row is ROW pixels high, a
// spacer gives the scrollbar the whole height, and a scroll or a change redraws the rows in the viewport.
// It follows the tail only while the reader is at the bottom, so new rows never move what is being read.

export const ROW = 20;

export class RowList {
  /** host: a scrolling element; render(item, element): fills a row; onPick(item): a row was clicked. */
  constructor(host, render, onPick) {
    this.host = host;
    this.render = render;
    this.onPick = onPick;
    this.items = [];
    this.selected = null;
    this.spacer = document.createElement('div');
    this.spacer.className = 'spacer';
    this.rows = document.createElement('div');
    this.rows.className = 'rows';
    host.append(this.spacer, this.rows);
    this.pinned = true;
    this.pool = [];
    host.addEventListener('scroll', () => {
      this.pinned = this.atBottom();
      this.draw();
    });
    this.rows.addEventListener('click', (e) => {
      const row = e.target.closest('.row');
      if (row && row.item) this.onPick(row.item);
    });
    new ResizeObserver(() => this.draw()).observe(host);
  }

  atBottom() {
    return this.host.scrollTop + this.host.clientHeight >= this.host.scrollHeight - ROW;
  }

  /** Replaces every item (a new filter): back to the tail. */
  set(items) {
    this.items = items;
    this.pinned = true;
    this.layout();
  }

  /** Adds items at the end; the view stays where the reader left it unless it was at the bottom. */
  append(items) {
    for (const item of items) this.items.push(item);
    this.layout();
  }

  /** Drops the first n items (the oldest, past the page's bound), keeping the rows in sight where they are. */
  dropFirst(n) {
    if (n <= 0) return;
    this.items.splice(0, n);
    if (!this.pinned) this.host.scrollTop = Math.max(0, this.host.scrollTop - n * ROW);
    this.layout();
  }

  layout() {
    this.spacer.style.height = `${this.items.length * ROW}px`;
    if (this.pinned) this.host.scrollTop = this.host.scrollHeight;
    this.draw();
  }

  /** The rows in the viewport, and a few either side. */
  draw() {
    const first = Math.max(0, Math.floor(this.host.scrollTop / ROW) - 5);
    const count = Math.ceil(this.host.clientHeight / ROW) + 10;
    const last = Math.min(this.items.length, first + count);
    while (this.pool.length < last - first) {
      const el = document.createElement('div');
      el.className = 'row';
      this.pool.push(el);
    }
    const shown = this.pool.slice(0, Math.max(0, last - first));
    for (let i = 0; i < shown.length; i++) {
      const el = shown[i];
      const item = this.items[first + i];
      el.item = item;
      el.style.top = `${(first + i) * ROW}px`;
      el.classList.toggle('selected', item === this.selected);
      this.render(item, el);
    }
    this.rows.replaceChildren(...shown);
  }

  /** Marks item as the selected one. */
  select(item) {
    this.selected = item;
    this.draw();
  }

  /** How many rows are in the DOM: the visible ones, whatever the list's length. */
  domRows() {
    return this.rows.childElementCount;
  }
}
