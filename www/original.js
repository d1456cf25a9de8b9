// The original text, with the summary's sentences marked, built from text nodes and <mark>
// elements only: the article is never parsed as HTML.
//
// A long text is shown in blocks of a few thousand characters, built a few milliseconds at
// a time so that the page keeps responding, and laid out only when scrolled into view
// (`content-visibility: auto` in style.css). Keywords and quotes are highlighted with the
// CSS Custom Highlight API, which styles ranges without touching the DOM.

/** A block ends at the first line break after this many characters. */
const BLOCK_CHARS = 8_000;
/** A block with no line break to end at is cut between sentences past this many. */
const MAX_BLOCK_CHARS = 32_000;
/** Texts longer than this are laid out only where they are scrolled into view. */
const LONG_TEXT = 100_000;
/** Time given to building blocks before the page gets its thread back. */
const SLICE_MS = 8;
/** Ranges highlighted at most per highlight: past that the highlight costs more than it shows. */
const MAX_RANGES = 5_000;

export class OriginalView {
  #root;
  #onProgress;
  #render = null; // the render in progress: {text, r, selected, pos, i, done, waiters}
  #offsets = []; // start offset of each text node, in order
  #nodes = [];
  #marks = new Map(); // sentence index → <mark>
  #highlights = new Map(); // name → flat [start, end, …] spans
  #scrolled = false; // whether the box is scrolled down, as its last scroll event left it

  /** `onProgress(fraction)` is told how much of a long text is shown, 1 when all. */
  constructor(root, { onProgress = () => {} } = {}) {
    this.#root = root;
    this.#onProgress = onProgress;
    root.addEventListener('scroll', () => { this.#scrolled = root.scrollTop > 0; }, { passive: true });
  }

  /**
   * Shows `text` with the sentences of `result` (packed by worker.js) marked, from the top
   * unless `keepScroll` (the same text with another summary).
   */
  show(text, result, { keepScroll = false } = {}) {
    this.#root.replaceChildren();
    // Setting the scroll position lays the page out at once, which the results just shown
    // make long (50 ms for a 10 MB text): done only when the box is scrolled, and while it
    // is empty, so that the layout is not of the text as well.
    if (!keepScroll && this.#scrolled) {
      this.#root.scrollTop = 0;
      this.#scrolled = false;
    }
    this.#root.classList.toggle('long', text.length > LONG_TEXT);
    this.#offsets = [];
    this.#nodes = [];
    this.#marks = new Map();
    this.#highlights.clear();
    this.#clearHighlights();
    this.#render = {
      text, r: result, selected: new Set(result.selected), pos: 0, i: 0, nextBreak: -1, done: false, waiters: [],
    };
    this.#step(this.#render);
  }

  clear() {
    this.#render = null;
    this.#root.replaceChildren();
    this.#clearHighlights();
  }

  /** The <mark> of selected sentence `i`, once it is shown. */
  async markOf(i) {
    const r = this.#render;
    if (!r) return null;
    await this.#shownUpTo(r, r.r.ends[i]);
    return this.#marks.get(i) ?? null;
  }

  /** Scrolls the text so that [start, end) shows, and flashes it. */
  async reveal(start, end) {
    const r = this.#render;
    if (!r) return;
    await this.#shownUpTo(r, end);
    const range = this.#range(start, end);
    if (!range) return;
    this.#scrollTo(range.getBoundingClientRect());
    this.highlight('focus', [start, end]);
  }

  /** Scrolls an element of the text into view (in the text's own scroll box first). */
  scrollToElement(el) {
    this.#scrollTo(el.getBoundingClientRect());
  }

  /**
   * Highlights the spans (flat `[start, end, …]`) under `name` (a ::highlight() in
   * style.css); an empty list removes the highlight. Returns how many were highlighted.
   */
  highlight(name, spans) {
    if (!spans.length) this.#highlights.delete(name);
    else this.#highlights.set(name, spans);
    return this.#applyHighlight(name);
  }

  #applyHighlight(name) {
    if (typeof Highlight !== 'function' || !CSS.highlights) return 0;
    const spans = this.#highlights.get(name);
    if (!spans) {
      CSS.highlights.delete(name);
      return 0;
    }
    const ranges = [];
    for (let k = 0; k + 1 < spans.length && ranges.length < MAX_RANGES; k += 2) {
      const range = this.#range(spans[k], spans[k + 1]);
      if (range) ranges.push(range);
    }
    CSS.highlights.set(name, new Highlight(...ranges));
    return ranges.length;
  }

  #clearHighlights() {
    if (CSS.highlights) for (const name of ['keyword', 'focus']) CSS.highlights.delete(name);
  }

  #scrollTo(rect) {
    const box = this.#root;
    if (box.scrollHeight > box.clientHeight + 1) {
      box.scrollTop += rect.top - box.getBoundingClientRect().top - box.clientHeight / 3;
      const shown = box.getBoundingClientRect();
      if (shown.top < 0 || shown.bottom > innerHeight) box.scrollIntoView({ block: 'nearest' });
    } else if (rect.top < 0 || rect.bottom > innerHeight) {
      // On a phone the text is part of the page, which scrolls instead.
      window.scrollBy({ top: rect.top - innerHeight / 3 });
    }
  }

  /** A Range over [start, end) of the text, within the blocks shown so far. */
  #range(start, end) {
    const a = this.#locate(start, false);
    const b = this.#locate(end, true);
    if (!a || !b) return null;
    const range = document.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    return range;
  }

  /** The text node and offset at text offset `at`; `end` prefers the node that ends there. */
  #locate(at, end) {
    const offsets = this.#offsets;
    let lo = 0;
    let hi = offsets.length - 1;
    if (hi < 0) return null;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (offsets[mid] < at || (!end && offsets[mid] === at)) lo = mid;
      else hi = mid - 1;
    }
    const node = this.#nodes[lo];
    const offset = at - offsets[lo];
    if (offset < 0 || offset > node.length) return null;
    return { node, offset };
  }

  #shownUpTo(r, offset) {
    if (r.done || r.pos >= offset) return Promise.resolve();
    return new Promise((resolve) => r.waiters.push({ offset, resolve }));
  }

  #step(r) {
    if (r !== this.#render) return;
    const deadline = performance.now() + SLICE_MS;
    do {
      this.#root.append(this.#block(r));
    } while (!r.done && performance.now() < deadline);
    r.waiters = r.waiters.filter((w) => (r.done || r.pos >= w.offset ? (w.resolve(), false) : true));
    this.#onProgress(r.done ? 1 : r.pos / r.text.length);
    if (r.done) {
      for (const name of this.#highlights.keys()) this.#applyHighlight(name);
    } else {
      setTimeout(() => this.#step(r), 0);
    }
  }

  /** Builds the next block: sentences as text, selected ones in <mark>, ended at a line break. */
  #block(r) {
    const { text, r: res, selected } = r;
    const div = document.createElement('div');
    div.className = 'block';
    const blockStart = r.pos;
    let run = r.pos; // start of text not yet put in a node
    const flush = (to) => {
      if (to > run) this.#addText(div, text, run, to);
      run = to;
    };
    while (r.i < res.count) {
      const i = r.i;
      const start = res.starts[i];
      const end = res.ends[i];
      // The gap before sentence i: a block may end at a line break in it.
      const size = start - blockStart;
      if (size >= BLOCK_CHARS) {
        // The next line break, found once per break so that a text without any stays linear.
        if (r.nextBreak < r.pos) r.nextBreak = text.indexOf('\n', r.pos) >>> 0;
        const nl = r.nextBreak;
        if (nl < start) {
          flush(nl);
          r.pos = nl + 1;
          return div;
        }
        if (size >= MAX_BLOCK_CHARS && start > blockStart) {
          flush(start);
          r.pos = start;
          return div;
        }
      }
      if (selected.has(i)) {
        flush(start);
        const mark = document.createElement('mark');
        mark.id = `s${i}`;
        mark.tabIndex = -1;
        this.#addText(mark, text, start, end);
        div.append(mark);
        this.#marks.set(i, mark);
        run = end;
      }
      r.pos = end;
      r.i++;
    }
    flush(text.length);
    r.pos = text.length;
    r.done = true;
    return div;
  }

  #addText(parent, text, start, end) {
    const node = document.createTextNode(text.slice(start, end));
    parent.append(node);
    this.#offsets.push(start);
    this.#nodes.push(node);
  }
}
