// <abridge-summary>: a summary box with key quotes for the article on a host page.
//
//   <script type="module" src="https://…/abridge-widget.js"></script>
//   <abridge-summary for="#story" sentences="3" quotes="2"></abridge-summary>
//
// Attributes are the configuration (see the getters below); the element fires
// `abridge:ready` with the summary and `abridge:error` when it cannot make one. The engine
// (./pkg, next to this file) is loaded once per page, whatever the number of widgets, in a
// worker (widget-worker.js) where the page allows one. Host CSS does not reach the shadow
// root and the shadow root's CSS does not reach the page; the article's text is only ever
// written through `textContent`.

const NAME = 'abridge-summary';

/** How long the article must stay still before a change is summarized again. */
const SETTLE_MS = 250;
/**
 * How long after the box is put on the page it waits for an article the page renders, before
 * it says it found none.
 */
const ARTICLE_WAIT_MS = 3000;

const DEFAULTS = Object.freeze({ sentences: 3, quotes: 2, keywords: false, theme: 'auto' });
const LIMITS = Object.freeze({ sentences: [1, 20], quotes: [0, 10] });
const THEMES = ['auto', 'light', 'dark'];
/** Key quotes a summary sentence can hold, at most, in news prose. */
const QUOTES_PER_SENTENCE = 2;
/** Keywords shown when `keywords` is on: one line of tags in a box this wide. */
const KEYWORD_COUNT = 6;
/**
 * The longest text the box summarizes, in characters. The engine takes about a millisecond a
 * thousand characters, on the host page's thread where the page forbids it a worker: a long
 * read (20,000 words) holds the page a tenth of a second there, and a longer text, which no
 * article is, would stall it.
 */
const MAX_CHARS = 200_000;
/** Texts longer than this go to the Abridge page by its address only: Chromium refuses URLs past 2 MB. */
const MAX_LINK_CHARS = 1_000_000;

/** What a site's owner can do about a failure of theirs to fix, said in the console. */
const SITE_FIXES = {
  'wasm-blocked': 'The page’s Content-Security-Policy blocks WebAssembly: its script-src needs '
    + '\'wasm-unsafe-eval\' (see the README’s Content Security Policy section).',
  'load-failed': `The engine could not be loaded from ${new URL('./pkg/', import.meta.url).href}: `
    + 'the page’s connect-src must allow it, and another origin must serve it with CORS.',
};

/**
 * The box's words in the article's language, for the languages most sites in Abridge's reach
 * are written in; English in the others. `count` says how many of the article's sentences the
 * summary shows (`n`, `of`) and how many key quotes (`quotes`, 0 for none).
 */
const WORDS = {
  en: {
    summary: 'Summary', summaryOf: (title) => `Summary of “${title}”`, quotes: ['Key quote', 'Key quotes'],
    keywords: 'Keywords', credit: 'Summarized in your browser by Abridge', working: 'Summarizing…',
    none: 'No summary',
    count: (n, of, quotes) => `${n} of ${of} ${plural(of, 'sentence', 'sentences')}`
      + (quotes ? `, ${quotes} ${plural(quotes, 'quote', 'quotes')}` : ''),
  },
  fr: {
    summary: 'Résumé', summaryOf: (title) => `Résumé de « ${title} »`, quotes: ['Citation clé', 'Citations clés'],
    keywords: 'Mots-clés', credit: 'Résumé dans votre navigateur par Abridge', working: 'Résumé en cours…',
    none: 'Pas de résumé',
    count: (n, of, quotes) => `${n} ${plural(n, 'phrase', 'phrases')} sur ${of}`
      + (quotes ? `, ${quotes} ${plural(quotes, 'citation', 'citations')}` : ''),
  },
  de: {
    summary: 'Zusammenfassung', summaryOf: (title) => `Zusammenfassung von „${title}“`,
    quotes: ['Wichtiges Zitat', 'Wichtige Zitate'], keywords: 'Schlagwörter',
    credit: 'In Ihrem Browser zusammengefasst von Abridge', working: 'Wird zusammengefasst…',
    none: 'Keine Zusammenfassung',
    count: (n, of, quotes) => `${n} von ${of} ${plural(of, 'Satz', 'Sätzen')}`
      + (quotes ? `, ${quotes} ${plural(quotes, 'Zitat', 'Zitate')}` : ''),
  },
  es: {
    summary: 'Resumen', summaryOf: (title) => `Resumen de «${title}»`, quotes: ['Cita clave', 'Citas clave'],
    keywords: 'Palabras clave', credit: 'Resumido en tu navegador por Abridge', working: 'Resumiendo…',
    none: 'Sin resumen',
    count: (n, of, quotes) => `${n} de ${of} ${plural(of, 'frase', 'frases')}`
      + (quotes ? `, ${quotes} ${plural(quotes, 'cita', 'citas')}` : ''),
  },
  it: {
    summary: 'Riassunto', summaryOf: (title) => `Riassunto di «${title}»`, quotes: ['Citazione chiave', 'Citazioni chiave'],
    keywords: 'Parole chiave', credit: 'Riassunto nel tuo browser da Abridge', working: 'Riassunto in corso…',
    none: 'Nessun riassunto',
    count: (n, of, quotes) => `${n} di ${of} ${plural(of, 'frase', 'frasi')}`
      + (quotes ? `, ${quotes} ${plural(quotes, 'citazione', 'citazioni')}` : ''),
  },
  pt: {
    summary: 'Resumo', summaryOf: (title) => `Resumo de «${title}»`, quotes: ['Citação principal', 'Citações principais'],
    keywords: 'Palavras-chave', credit: 'Resumido no seu navegador pelo Abridge', working: 'A resumir…',
    none: 'Sem resumo',
    count: (n, of, quotes) => `${n} de ${of} ${plural(of, 'frase', 'frases')}`
      + (quotes ? `, ${quotes} ${plural(quotes, 'citação', 'citações')}` : ''),
  },
  nl: {
    summary: 'Samenvatting', summaryOf: (title) => `Samenvatting van ‘${title}’`, quotes: ['Belangrijk citaat', 'Belangrijke citaten'],
    keywords: 'Trefwoorden', credit: 'Samengevat in je browser door Abridge', working: 'Bezig met samenvatten…',
    none: 'Geen samenvatting',
    count: (n, of, quotes) => `${n} van ${of} ${plural(of, 'zin', 'zinnen')}`
      + (quotes ? `, ${quotes} ${plural(quotes, 'citaat', 'citaten')}` : ''),
  },
};

function plural(n, one, other) {
  return n === 1 ? one : other;
}

// Where the article is when `for` does not say: the most specific markup first.
const ARTICLE_SELECTORS = ['[itemprop=articleBody]', 'article', 'main', '[role=main]'];
// What is not the article's prose even when it sits inside the article.
const NOT_PROSE = [
  'script', 'style', 'noscript', 'template', 'iframe', 'svg', 'canvas', 'form', 'button',
  'select', 'textarea', 'nav', 'aside', 'figure', 'figcaption', 'footer', 'dialog', NAME,
  '[rel=author]', '.byline', '[itemprop=author]', '[role=navigation]', '[role=complementary]',
  '[hidden]', '[aria-hidden=true]',
].join(',');
// Blocks named for what is around a story rather than in it: "related" anywhere in a class
// or id, and share bars, comments and sign-up boxes by a word of their own (`share-bar`,
// `comments`, but not `shareholders`).
const RELATED = /related|(?:^|[\s_-])(?:share|sharing|social|comments?|newsletter|signup)(?:$|[\s_-])/i;
const BLOCKS = new Set(
  ('address article aside blockquote dd details div dl dt fieldset figure footer h1 h2 h3 h4 ' +
    'h5 h6 header hr li main ol p pre section summary table td th tr ul').split(' '),
);

// Loaded on first use and shared by every widget of the page; forgotten after a failure so
// that a later refresh() can try again. Resolves to `summarize(text, options)`, which returns
// a promise of the summary.
let engine = null;
function loadEngine() {
  engine ??= inWorker()
    .catch(onThisThread)
    .catch((error) => {
      engine = null;
      throw error;
    });
  return engine;
}

/**
 * The engine in a worker (widget-worker.js), so that summarizing never holds the host page's
 * thread. A worker's script must have the page's origin: from a CDN, the worker is a blob of
 * the page's that imports the script, with the CORS the widget needs anyway. Rejects where
 * the page's CSP forbids the worker (`worker-src`) or it cannot load the engine.
 */
function inWorker() {
  return new Promise((resolve, reject) => {
    const script = new URL('./widget-worker.js', import.meta.url);
    const source = script.origin === location.origin
      ? script
      : URL.createObjectURL(new Blob([`import ${JSON.stringify(script.href)};`], { type: 'text/javascript' }));
    const pending = new Map();
    let next = 0;
    let ready = false;
    let failure = null;
    let worker;
    const fail = (error) => {
      failure = error;
      worker?.terminate();
      reject(error);
      for (const request of pending.values()) request.reject(error);
      pending.clear();
      if (source !== script) URL.revokeObjectURL(source);
    };
    try {
      worker = new Worker(scriptUrl(source), { type: 'module' });
    } catch (error) {
      fail(error);
      return;
    }
    const summarize = (text, options) => new Promise((resolve, reject) => {
      if (failure) throw failure;
      pending.set(next, { resolve, reject });
      worker.postMessage({ id: next++, text, options });
    });
    worker.onmessage = ({ data }) => {
      if (data.type === 'ready') {
        ready = true;
        if (source !== script) URL.revokeObjectURL(source);
        resolve(summarize);
      } else if (data.type === 'failed') {
        fail(new Error(data.message));
      } else {
        const request = pending.get(data.id);
        pending.delete(data.id);
        if ('error' in data) request?.reject(new Error(data.error));
        else request?.resolve(data.summary);
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      // A worker that fails after it was ready is started afresh at the next summary.
      if (ready) engine = null;
      fail(new Error(event.message || 'the engine’s worker failed'));
    };
  });
}

let trustedUrls = null;

/**
 * `url` as a page that enforces Trusted Types (`require-trusted-types-for 'script'`) takes a
 * worker's script: from a policy, `abridge-widget`. Where the page's `trusted-types` list
 * leaves that name out, the plain URL, which the page refuses: the engine then runs here.
 */
function scriptUrl(url) {
  try {
    trustedUrls ??= globalThis.trustedTypes?.createPolicy('abridge-widget', {
      createScriptURL: (trusted) => trusted,
    });
  } catch {
    // A policy the page does not allow.
  }
  return trustedUrls?.createScriptURL(String(url)) ?? url;
}

/** The engine on the host page's thread, where a worker cannot have it. */
async function onThisThread() {
  const module = await import('./pkg/abridge.js');
  await module.default({ module_or_path: new URL('./pkg/abridge_bg.wasm', import.meta.url) });
  return async (text, options) => module.summarize(text, options);
}

/** Whether the page's Content Security Policy (or the browser) forbids WebAssembly. */
function wasmBlocked() {
  if (typeof WebAssembly !== 'object') return true;
  try {
    // The smallest valid module: compiling it fails only when compiling is forbidden.
    new WebAssembly.Module(new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
    return false;
  } catch {
    return true;
  }
}

/**
 * The box's font, which the bookmarklet's panel around it shares: see the faces below.
 * `--abridge-font-size` and `--abridge-font` are a host page's to set.
 */
export const FONT = 'var(--abridge-font-size, 16px) / 1.5 var(--abridge-font, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif)';

const STYLE = `
:host {
  display: block;
  margin: 0 0 1.5em;
  /* Global rules such as "* { border: … }" reach the host element itself: undo what would
     show, and leave its placement (display, margin, width, grid area…) to the page. */
  border: none !important;
  padding: 0 !important;
  background: none !important;
  box-shadow: none !important;
  outline: none !important;
}
:host([hidden]) { display: none !important; }
.box {
  /* Inherited properties (color, font, text-transform, letter-spacing…) stop here. */
  all: initial;
  display: block;
  /* Each colour in the light scheme and the dark one: the color-scheme below picks. */
  --bg: var(--abridge-background, light-dark(#ffffff, #16191d));
  --fg: var(--abridge-color, light-dark(#1f2328, #e6e8eb));
  --muted: var(--abridge-muted, light-dark(#57606a, #9ba5b0));
  --accent: var(--abridge-accent, light-dark(#0a5fb4, #6cb6ff));
  --line: var(--abridge-border, light-dark(#d0d7de, #333a42));
  --quote-bg: var(--abridge-quote-background, light-dark(#f3f5f7, #1f252b));
  color-scheme: light;
  box-sizing: border-box;
  font: ${FONT};
  color: var(--fg);
  background: var(--bg);
  border: 1px solid var(--line);
  border-left: 4px solid var(--accent);
  border-radius: var(--abridge-radius, 8px);
  padding: 0.75em 1em;
  text-align: start;
}
/* Light in print, whose printers leave out backgrounds. */
.box[data-theme=dark] { color-scheme: dark; }
@media print { .box[data-theme] { color-scheme: light; } }
*, *::before, *::after { box-sizing: inherit; }
[hidden] { display: none !important; }
.head { display: flex; align-items: baseline; gap: 0.75em; flex-wrap: wrap; }
/*
 * Three faces of the box's font, no more: 1em, 1em bold and 0.85em. A face new to the page
 * (a size, a weight, italics) costs the browser a font lookup when it is first drawn; on
 * Linux, Chromium asks its browser process for each, 3–31 ms apiece, all in the task that
 * draws the summary (seven faces made it 95 ms on a long read; three, 30–46).
 */
h2 { margin: 0; font: inherit; font-weight: 700; flex: 1 1 auto; }
h3 {
  margin: 0.9em 0 0.4em; font: inherit; font-size: 0.85em;
  letter-spacing: 0.06em; text-transform: uppercase; color: var(--muted);
}
.toggle {
  all: unset; cursor: pointer; display: inline-flex; align-items: center; gap: 0.5em;
  color: var(--fg); border-radius: 4px;
}
.toggle::before {
  content: ""; width: 0.45em; height: 0.45em; margin: 0 0.15em;
  border: solid currentColor; border-width: 0 2px 2px 0;
  transform: translateY(-0.15em) rotate(45deg); transition: transform 0.15s;
}
.toggle[aria-expanded=false]::before { transform: rotate(-45deg); }
.toggle:focus-visible, a:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.status { margin: 0; font-size: 0.85em; color: var(--muted); }
.sentences { margin: 0.6em 0 0; padding: 0 0 0 1.2em; }
.sentences li { margin: 0 0 0.4em; padding: 0; }
.sentences li::marker { color: var(--accent); }
figure {
  margin: 0 0 0.5em; padding: 0.5em 0.75em; background: var(--quote-bg);
  border-radius: 6px;
}
blockquote { margin: 0; padding: 0; }
/* The marks of the box's language (« » in French, „ “ in German), by its lang. */
blockquote::before { content: open-quote; }
blockquote::after { content: close-quote; }
/* French sets guillemets off by a narrow no-break space; Spanish and Portuguese use them too. */
blockquote:lang(fr) { quotes: "\\00AB\\202F" "\\202F\\00BB" "\\201C" "\\201D"; }
blockquote:lang(es), blockquote:lang(pt) { quotes: "\\00AB" "\\00BB" "\\201C" "\\201D"; }
figure figcaption { margin: 0.2em 0 0; font-size: 0.85em; color: var(--muted); }
.tags { display: flex; flex-wrap: wrap; gap: 0.35em; margin: 0; padding: 0; list-style: none; }
.tags li {
  margin: 0; padding: 0.05em 0.6em; font-size: 0.85em; border: 1px solid var(--line);
  border-radius: 999px; color: var(--muted);
}
.message { margin: 0.6em 0 0; color: var(--muted); }
a { color: var(--accent); text-decoration: underline; text-underline-offset: 0.15em; }
.credit { margin: 0.6em 0 0; font-size: 0.85em; color: var(--muted); }
@media (prefers-reduced-motion: reduce) { .toggle::before { transition: none; } }
`;

// Parsed once and shared by every shadow root that uses them. Constructed sheets are not
// subject to the page's `style-src`, so a strict CSP does not leave the box unstyled.
const sheets = new Map();

/** Styles a shadow root with `css`. */
export function adoptStyle(root, css) {
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function') {
    try {
      let sheet = sheets.get(css);
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        sheets.set(css, sheet);
      }
      root.adoptedStyleSheets = [sheet];
      return;
    } catch {
      // Engines without constructable sheets get the <style> below.
    }
  }
  root.append(el('style', {}, css));
}

export function el(tag, attributes = {}, text) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (text !== undefined) element.textContent = text;
  return element;
}

function dispatch(target, type, detail) {
  target.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));
}

/** The first tag of a BCP 47 language (`en-GB` → `en`), or null when there is none. */
function languageCode(tag) {
  const code = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return /^[a-z]{2,3}$/.test(code) ? code : null;
}

/**
 * The prose of `root` as paragraphs separated by blank lines, leaving out what is not the
 * article's own text (captions, bylines, navigation, "related" blocks, scripts) and `exclude`.
 */
export function proseOf(root, exclude = null) {
  const paragraphs = [];
  let current = '';
  const flush = () => {
    const paragraph = current.replace(/\s+/g, ' ').trim();
    if (paragraph) paragraphs.push(paragraph);
    current = '';
  };
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        current += child.data;
      } else if (child.nodeType === Node.ELEMENT_NODE && !skipped(child, exclude)) {
        const block = BLOCKS.has(child.localName) || child.localName === 'br';
        if (block) flush();
        walk(child);
        if (block) flush();
      }
    }
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}

function skipped(element, exclude) {
  return (
    element === exclude ||
    element.matches(NOT_PROSE) ||
    RELATED.test(element.getAttribute('class') ?? '') ||
    RELATED.test(element.id)
  );
}

/** The headline: the article's `<h1>` (or its enclosing article's), else the page title. */
function headlineOf(article) {
  const heading = article.querySelector('h1') ?? article.closest('article')?.querySelector('h1');
  if (heading) return { heading, title: heading.textContent.replace(/\s+/g, ' ').trim() };
  // "Story title | Site name": the site's name is not part of the story.
  const title = document.title.split(/\s+[|–—·]\s+/)[0].trim();
  return { heading: null, title };
}

/** Finds the article of the page when `for` does not name it. */
function findArticle(widget) {
  // A box in a shadow root (a component's) looks there first.
  for (const scope of new Set([widget.getRootNode(), document])) {
    for (const selector of ARTICLE_SELECTORS) {
      const found = [...scope.querySelectorAll(selector)];
      if (!found.length) continue;
      // A teaser list has many articles: the one holding the widget, else the longest.
      return (
        found.find((candidate) => candidate.contains(widget)) ??
        found.reduce((a, b) => (b.textContent.length > a.textContent.length ? b : a))
      );
    }
  }
  return null;
}

/** The page's text through Readability, when the page has loaded it. */
function readabilityText() {
  const Readability = globalThis.Readability;
  if (typeof Readability !== 'function') return null;
  const parsed = new Readability(document.cloneNode(true)).parse();
  if (!parsed?.content) return null;
  // A parsed document is inert: its scripts do not run and its images do not load.
  const body = new DOMParser().parseFromString(parsed.content, 'text/html').body;
  const { heading, title } = headlineOf(body);
  return { text: proseOf(body, heading), title };
}

class Failure extends Error {
  constructor(reason, message, options) {
    super(message, options);
    this.reason = reason;
  }
}

export class AbridgeSummary extends HTMLElement {
  static observedAttributes = [
    'for', 'sentences', 'quotes', 'keywords', 'lang', 'theme', 'collapsed', 'app',
  ];

  #parts;
  #observer = null;
  #observed = null;
  /** Watches the page for an article that comes, goes or is replaced by another. */
  #page = new MutationObserver((records) => this.#pageChanged(records));
  #timer = 0;
  #run = 0;
  #key = null;
  #pending = Promise.resolve(null);
  #text = null;
  #summary = null;
  #warned = new Set();
  /** Whether the box has shown a summary or a failure, after which its changes are announced. */
  #filled = false;
  /**
   * Draws the box again in the scheme of a page that changes its look, once a frame at most:
   * a page may change its elements' classes as it scrolls.
   */
  #restyle = () => {
    if (this.#restyling) return;
    this.#restyling = true;
    requestAnimationFrame(() => {
      this.#restyling = false;
      this.#reflect();
    });
  };
  #restyling = false;
  #look = new MutationObserver(this.#restyle);
  #transitioned = (event) => {
    if (event.propertyName.startsWith('background')) this.#restyle();
  };
  #sheetLoaded = (event) => {
    if (event.target.localName === 'link') this.#restyle();
  };
  /** When the box was put on the page: a page that renders its article is given time to. */
  #connectedAt = 0;
  /** The language of the box's labels. */
  #labels = null;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    adoptStyle(root, STYLE);
    const box = el('section', { class: 'box', part: 'box' });
    const head = el('div', { class: 'head' });
    const heading = el('h2', { id: 'heading' });
    const toggle = el('button', { class: 'toggle', type: 'button', 'aria-controls': 'body' });
    toggle.append(el('span'));
    toggle.addEventListener('click', () => {
      this.collapsed = !this.collapsed;
    });
    heading.append(toggle);
    const status = el('p', { class: 'status' });
    head.append(heading, status);
    const body = el('div', { id: 'body', class: 'body' });
    const sentences = el('ul', { class: 'sentences', part: 'sentences' });
    const quotes = el('div', { class: 'quotes', part: 'quotes', hidden: '' });
    const keywords = el('div', { class: 'keywords', part: 'keywords', hidden: '' });
    const message = el('p', { class: 'message', part: 'message', lang: 'en', hidden: '' });
    const credit = el('p', { class: 'credit' });
    credit.hidden = true;
    body.append(sentences, quotes, keywords, message, credit);
    box.append(head, body);
    root.append(box);
    this.#parts = { box, toggle, status, body, sentences, quotes, keywords, message, credit };
    this.#words(languageCode(document.documentElement.lang));
    this.#reflect();
  }

  /** The CSS selector of the article to summarize; empty to find the article itself. */
  get for() {
    return this.getAttribute('for')?.trim() ?? '';
  }
  set for(value) {
    this.setAttribute('for', value);
  }

  /** How many sentences the summary has: 1 to 20, 3 by default. */
  get sentences() {
    return this.#integer('sentences');
  }
  set sentences(value) {
    this.setAttribute('sentences', value);
  }

  /** How many key quotes to show: 0 to 10, 2 by default. */
  get quotes() {
    return this.#integer('quotes');
  }
  set quotes(value) {
    this.setAttribute('quotes', value);
  }

  /** Whether to show the article's keywords: the attribute's presence, unless `"false"`. */
  get keywords() {
    return this.#flag('keywords');
  }
  set keywords(value) {
    this.toggleAttribute('keywords', Boolean(value));
  }

  /**
   * `auto` (as dark or light as what the box stands on: the host page's own look, whether it
   * follows the reader's setting or not), `light` or `dark`.
   */
  get theme() {
    const value = (this.getAttribute('theme') ?? '').trim().toLowerCase();
    if (THEMES.includes(value)) return value;
    if (value) this.#warn('theme', `is not one of ${THEMES.join(', ')}`, DEFAULTS.theme);
    return DEFAULTS.theme;
  }
  set theme(value) {
    this.setAttribute('theme', value);
  }

  /** Whether only the heading shows. */
  get collapsed() {
    return this.#flag('collapsed');
  }
  set collapsed(value) {
    this.toggleAttribute('collapsed', Boolean(value));
  }

  /**
   * The Abridge page that the fallback link opens: `index.html` next to this script, or the
   * `app` attribute when it is an http(s) URL. Only ever a link target, never a script.
   */
  get app() {
    const fallback = new URL('./index.html', import.meta.url).href;
    const value = this.getAttribute('app');
    if (value === null) return fallback;
    try {
      const url = new URL(value, document.baseURI);
      if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
    } catch {
      // Reported below like any other bad value.
    }
    this.#warn('app', 'is not an http(s) URL', fallback);
    return fallback;
  }
  set app(value) {
    this.setAttribute('app', value);
  }

  /**
   * Text to summarize instead of the page's article (a selection, say); `null` goes back to
   * the article.
   */
  get text() {
    return this.#text;
  }
  set text(value) {
    this.#text = value == null ? null : String(value);
    this.#schedule(0);
  }

  /** The last summary made, as the engine returned it, or null. */
  get summary() {
    return this.#summary;
  }

  /** The element whose text is summarized, or null. */
  get article() {
    return this.#observed;
  }

  connectedCallback() {
    this.#page.observe(document.documentElement, { childList: true, subtree: true });
    // Sites switch their theme by an attribute (a class, `data-theme`) of the root, the body
    // or a wrapper the box is in, or follow the reader's setting; a background that fades to
    // the new colour has it only once its transition ends.
    for (let node = parentOf(this); node; node = parentOf(node)) {
      this.#look.observe(node, { attributes: true });
    }
    // Or by a style sheet they add, remove or switch on (its `media`, `disabled`), which
    // applies once loaded.
    if (document.head) {
      this.#look.observe(document.head, {
        childList: true, subtree: true, attributeFilter: ['media', 'disabled', 'href'],
      });
    }
    document.addEventListener('load', this.#sheetLoaded, true);
    this.#connectedAt = performance.now();
    darkReader.addEventListener('change', this.#restyle);
    document.addEventListener('transitionend', this.#transitioned, true);
    this.#reflect();
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => this.#schedule(0), { once: true });
    } else {
      this.#schedule(0);
    }
  }

  disconnectedCallback() {
    clearTimeout(this.#timer);
    this.#page.disconnect();
    this.#look.disconnect();
    darkReader.removeEventListener('change', this.#restyle);
    document.removeEventListener('transitionend', this.#transitioned, true);
    document.removeEventListener('load', this.#sheetLoaded, true);
    this.#observe(null);
  }

  attributeChangedCallback(name, previous, value) {
    if (previous === value) return;
    if (name === 'theme' || name === 'collapsed') {
      this.#reflect();
    } else if (this.isConnected) {
      this.#schedule(0);
    }
  }

  /** Summarizes the article now; resolves to the summary, or null when there is none. */
  summarize() {
    clearTimeout(this.#timer);
    this.#key = null;
    return this.#update();
  }

  /** Same as {@link summarize}. */
  refresh() {
    return this.summarize();
  }

  #schedule(delay) {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#update(), delay);
  }

  #update() {
    let source;
    try {
      source = this.#source();
    } catch (error) {
      this.#key = null;
      return this.#fail(++this.#run, error);
    }
    const key = JSON.stringify([source, this.sentences, this.quotes, this.keywords]);
    // Markup changed but not the text, or the same request twice: the same answer.
    if (key === this.#key) return this.#pending;
    this.#key = key;
    this.#pending = this.#produce(++this.#run, source);
    return this.#pending;
  }

  async #produce(run, source) {
    const words = this.#words(source.language);
    // A summary already shown stays until the next replaces it: a page whose article changes
    // as it is read is not told "Summarizing…" at each change.
    if (!this.#summary) this.#status(words.working);
    try {
      if (source.text.length > MAX_CHARS) {
        throw new Failure('too-long',
          `This text is too long to summarize here: ${source.text.length.toLocaleString('en')} `
          + `characters, and the box takes up to ${MAX_CHARS.toLocaleString('en')}.`);
      }
      let summarize;
      try {
        summarize = await loadEngine();
      } catch (cause) {
        const blocked = wasmBlocked();
        throw new Failure(
          blocked ? 'wasm-blocked' : 'load-failed',
          blocked
            ? 'This site’s security policy blocks WebAssembly, which Abridge needs to summarize here.'
            : 'The summarizer could not load.',
          { cause },
        );
      }
      if (run !== this.#run) return this.#pending;
      const summary = await this.#summarizeWith(summarize, source);
      if (run !== this.#run) return this.#pending;
      this.#summary = summary;
      this.#render(summary, source.title, this.#words(summary.language));
      dispatch(this, 'abridge:ready', { summary, text: source.text, title: source.title });
      return summary;
    } catch (error) {
      if (run !== this.#run) return this.#pending;
      this.#key = null;
      return this.#fail(run, error, source);
    }
  }

  async #summarizeWith(summarize, { text, title, language }) {
    const options = {
      sentences: this.sentences,
      // Enough to replace the quotes that the summary's sentences already hold.
      maxQuotes: this.quotes + QUOTES_PER_SENTENCE * this.sentences,
      maxKeywords: this.keywords ? KEYWORD_COUNT : 0,
    };
    if (title) options.title = title;
    if (language) options.language = language;
    try {
      return await summarize(text, options);
    } catch (error) {
      throw new Failure('summarize-failed', error.message, { cause: error });
    }
  }

  /** What to summarize: the `text` property, the `for` element, or the page's article. */
  #source() {
    const lang = this.getAttribute('lang');
    const override = languageCode(lang);
    if (lang?.trim() && !override) this.#warn('lang', 'is not a language code such as en or pt-BR', 'the article’s');
    if (this.#text !== null) {
      this.#observe(null);
      return { text: this.#text, title: '', language: override };
    }
    let article = null;
    if (this.for) {
      try {
        article = this.getRootNode().querySelector?.(this.for) ?? document.querySelector(this.for);
      } catch {
        throw new Failure('no-article', `The for attribute “${this.for}” is not a CSS selector.`);
      }
      if (!article) throw new Failure('no-article', `No element matches “${this.for}” on this page.`);
    } else {
      article = findArticle(this);
    }
    if (!article) {
      this.#observe(null);
      const read = readabilityText();
      if (!read?.text) throw new Failure('no-article', 'Abridge found no article on this page.');
      return { ...read, language: override };
    }
    this.#observe(article);
    const { heading, title } = headlineOf(article);
    const text = proseOf(article, heading);
    if (!text) throw new Failure('no-article', 'The article has no text to summarize.');
    // A `lang` of the article or of a block around it is the site's word on its language; the
    // root's is often a template's default (`en` on every page), which the engine's detection
    // of a whole article overrules.
    const declared = article.closest('[lang]');
    const language = override
      ?? (declared && declared !== document.documentElement ? languageCode(declared.lang) : null);
    return { text, title, language };
  }

  /**
   * A page that renders its story with JavaScript adds the article after the box, or swaps
   * it for another: the article the box reads is then not the one the page shows. Only what
   * the page's changes touch is looked at, as a busy page changes many times a second.
   */
  #pageChanged(records) {
    if (this.#text !== null) return;
    if (this.#observed) {
      if (!this.#observed.isConnected) this.#schedule(SETTLE_MS);
      return;
    }
    const selector = this.for || ARTICLE_SELECTORS.join(',');
    const article = (node) =>
      node.nodeType === Node.ELEMENT_NODE && (node.matches(selector) || node.querySelector(selector));
    try {
      if (records.some((record) => [...record.addedNodes].some(article))) this.#schedule(SETTLE_MS);
    } catch {
      // A `for` that is no selector is reported by the summary it stops.
    }
  }

  #observe(article) {
    if (article === this.#observed) return;
    this.#observer?.disconnect();
    this.#observed = article;
    if (!article) return;
    this.#observer ??= new MutationObserver(() => this.#schedule(SETTLE_MS));
    this.#observer.observe(article, { childList: true, characterData: true, subtree: true });
  }

  #render(summary, title, words) {
    const { sentences, quotes, keywords, message, credit } = this.#parts;
    // Two boxes on a page are two regions: each is named for its article.
    this.#name(title ? words.summaryOf(title) : words.summary);
    message.hidden = true;
    credit.hidden = false;
    sentences.hidden = false;
    sentences.replaceChildren(
      ...summary.selected.map((index) => el('li', {}, summary.sentences[index].text)),
    );

    // Quotes that the summary does not already show come first.
    const keyQuotes = summary.quotes.filter((quote) => quote.kind === 'statement');
    const inSummary = (quote) =>
      summary.selected.some((i) => quote.start < summary.sentences[i].end && quote.end > summary.sentences[i].start);
    const shown = [
      ...keyQuotes.filter((quote) => !inSummary(quote)),
      ...keyQuotes.filter(inSummary),
    ].slice(0, this.quotes);
    quotes.hidden = shown.length === 0;
    quotes.replaceChildren(
      el('h3', { lang: this.#labels }, plural(shown.length, ...words.quotes)),
      ...shown.map((quote) => {
        const figure = el('figure');
        figure.append(el('blockquote', {}, unquote(quote.text)));
        if (quote.speaker) figure.append(el('figcaption', {}, `— ${quote.speaker}`));
        return figure;
      }),
    );

    const tags = this.keywords ? summary.keywords.slice(0, KEYWORD_COUNT) : [];
    keywords.hidden = tags.length === 0;
    const list = el('ul', { class: 'tags' });
    list.append(...tags.map((keyword) => el('li', {}, keyword.text)));
    keywords.replaceChildren(el('h3', { lang: this.#labels }, words.keywords), list);

    this.#status(words.count(summary.selected.length, summary.sentences.length, shown.length));
    this.#filled = true;
  }

  async #fail(run, error, source) {
    const failure = error instanceof Failure
      ? error
      : new Failure('summarize-failed', String(error?.message ?? error), { cause: error });
    // A page that renders its article with JavaScript has not yet when the box first looks:
    // it is given a while before the box says so (the page's changes are watched meanwhile).
    const waited = performance.now() - this.#connectedAt;
    if (failure.reason === 'no-article' && !this.#filled && waited < ARTICLE_WAIT_MS) {
      this.#schedule(ARTICLE_WAIT_MS - waited);
      return null;
    }
    const { sentences, quotes, keywords, message, credit } = this.#parts;
    this.#summary = null;
    sentences.hidden = quotes.hidden = keywords.hidden = credit.hidden = true;
    message.hidden = false;
    message.replaceChildren(failure.message);
    const words = this.#words(source?.language);
    this.#name(words.summary);
    this.#status(words.none);
    this.#filled = true;
    dispatch(this, 'abridge:error', { reason: failure.reason, message: failure.message });
    // The reader sees that the box cannot summarize; the site's owner, in the console, why.
    const fix = SITE_FIXES[failure.reason];
    if (fix && !this.#warned.has(failure.reason)) {
      this.#warned.add(failure.reason);
      console.warn(`<${NAME}> ${fix}`);
    }
    // Where the box cannot summarize, the Abridge page can.
    const elsewhere = ['wasm-blocked', 'load-failed', 'too-long'].includes(failure.reason);
    if (elsewhere && source?.text) {
      const link = await this.#appLink(source);
      if (link && run === this.#run) message.append(' ', link);
    }
    return null;
  }

  /** A link that opens the Abridge page with the text in the URL fragment, when it fits. */
  async #appLink({ text, title }) {
    try {
      const url = new URL(this.app);
      const carried = text.length <= MAX_LINK_CHARS;
      if (carried) {
        const { encodeText } = await import('./share.js');
        url.hash = await encodeText(title ? `${title}\n\n${text}` : text);
      }
      return el('a', { href: url.href, target: '_blank', rel: 'noopener noreferrer', part: 'link' },
        carried ? 'Summarize it on the Abridge page' : 'Paste it into the Abridge page');
    } catch {
      return null;
    }
  }

  /**
   * Labels the box in `language` (a code, or null for the page's), and returns its words.
   * Failures are said in English, as the console says them to the site's owner.
   */
  #words(language) {
    const code = language ?? this.#labels ?? languageCode(document.documentElement.lang);
    const words = WORDS[code] ?? WORDS.en;
    const { box, toggle, status, credit } = this.#parts;
    // The article's words are in its language, and the labels in theirs.
    if (language) box.lang = language;
    const lang = words === WORDS.en ? 'en' : code;
    if (this.#labels !== lang) {
      this.#labels = lang;
      for (const label of [toggle, status, credit]) label.lang = lang;
      toggle.firstChild.textContent = words.summary;
      credit.textContent = words.credit;
      this.#name(words.summary);
    }
    return words;
  }

  /**
   * Names the box's region `name`, numbered where another box of the page has that name (two
   * boxes on one article): a reader moving between regions tells them apart.
   */
  #name(name) {
    const taken = new Set([...document.querySelectorAll(NAME)]
      .filter((other) => other !== this)
      .map((other) => other.shadowRoot?.querySelector('.box')?.getAttribute('aria-label')));
    let numbered = name;
    for (let n = 2; taken.has(numbered); n++) numbered = `${name} (${n})`;
    this.#parts.box.setAttribute('aria-label', numbered);
  }

  #status(text) {
    const { status, message } = this.#parts;
    // The box filling in as the page loads is read with the page, not announced over it: a
    // screen reader would speak it wherever its reader is. What changes after is announced.
    if (this.#filled && !status.hasAttribute('role')) {
      status.setAttribute('role', 'status');
      message.setAttribute('aria-live', 'polite');
    }
    status.textContent = text;
  }

  #reflect() {
    const { box, toggle, body } = this.#parts;
    const theme = this.theme;
    box.dataset.theme = theme === 'auto' ? schemeBehind(this) : theme;
    const open = !this.collapsed;
    toggle.setAttribute('aria-expanded', String(open));
    body.hidden = !open;
  }

  #integer(name) {
    const [min, max] = LIMITS[name];
    const raw = this.getAttribute(name);
    if (raw === null) return DEFAULTS[name];
    const value = /^\s*\d+\s*$/.test(raw) ? Number(raw) : NaN;
    if (value >= min && value <= max) return value;
    this.#warn(name, `is not a whole number from ${min} to ${max}`, DEFAULTS[name]);
    return DEFAULTS[name];
  }

  #flag(name) {
    const raw = this.getAttribute(name);
    return raw !== null && !/^\s*(false|no|off|0)\s*$/i.test(raw);
  }

  #warn(name, problem, fallback) {
    const raw = this.getAttribute(name);
    const key = `${name}=${raw}`;
    if (this.#warned.has(key)) return;
    this.#warned.add(key);
    console.warn(`<${NAME}> ${name}="${raw}" ${problem}; using ${fallback}.`);
  }
}

const darkReader = matchMedia('(prefers-color-scheme: dark)');

/**
 * The relative luminance (WCAG) of a background under which the dark scheme's text (#e6e8eb)
 * contrasts more than the light scheme's (#1f2328): about that of #767676.
 */
const DARK_BELOW = 0.18;

/** The page's canvas in each scheme, as Chromium paints it. */
const CANVAS = { light: [255, 255, 255], dark: [18, 18, 18] };

/**
 * `dark` or `light`: the scheme of what `element` is drawn on. A site's dark mode is its
 * background, set by its own rule or by the reader's setting where its CSS follows it: the
 * backgrounds of the element's ancestors, each see-through one over those behind it, down to
 * the first opaque one or the page's canvas. An image or a gradient is told by the text drawn
 * on it, light on a dark one.
 */
function schemeBehind(element) {
  const layers = [];
  let base = null;
  for (let node = parentOf(element); node && !base; node = parentOf(node)) {
    const style = getComputedStyle(node);
    // An element drawn as its children alone paints no background.
    if (style.display === 'contents') continue;
    const colour = rgba(style.backgroundColor);
    if (style.backgroundImage !== 'none') {
      base = CANVAS[luminance(...rgba(style.color)) > 0.5 ? 'dark' : 'light'];
    } else if (colour[3] === 255) {
      base = colour;
    } else if (colour[3] > 0) {
      layers.push(colour);
    }
  }
  const [r, g, b] = layers.reduceRight(
    (under, [r, g, b, alpha]) => under.map((c, i) => c + (([r, g, b][i] - c) * alpha) / 255),
    [...(base ?? CANVAS[canvasScheme()])].slice(0, 3),
  );
  return luminance(r, g, b) < DARK_BELOW ? 'dark' : 'light';
}

/** The canvas is dark only where the page declares a dark scheme and the reader's is dark. */
function canvasScheme() {
  const root = getComputedStyle(document.documentElement).colorScheme;
  const declared = root === 'normal'
    ? document.querySelector('meta[name="color-scheme"]')?.content ?? ''
    : root;
  const dark = /\bdark\b/.test(declared) && (darkReader.matches || !/\blight\b/.test(declared));
  return dark ? 'dark' : 'light';
}

/** The element `node` is drawn in: its parent, or the host of the shadow root it is in. */
function parentOf(node) {
  return node.parentElement ?? node.getRootNode().host ?? null;
}

let pixel = null;

/**
 * Any colour a computed style gives (`rgb()`, but also `oklch()` or `color(srgb …)` as
 * written) as sRGB bytes with alpha, drawn by the browser rather than parsed here.
 */
function rgba(color) {
  pixel ??= Object.assign(document.createElement('canvas'), { width: 1, height: 1 })
    .getContext('2d', { willReadFrequently: true });
  pixel.clearRect(0, 0, 1, 1);
  pixel.fillStyle = color;
  pixel.fillRect(0, 0, 1, 1);
  return pixel.getImageData(0, 0, 1, 1).data;
}

function luminance(...bytes) {
  const [r, g, b] = bytes.map((byte) => {
    const c = byte / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** A quotation without the marks around it, which the box's styles replace. */
function unquote(text) {
  return text
    .replace(/^["“”„«»‘’‚「『]+\s*/u, '')
    .replace(/\s*["“”„«»‘’「」『』]+$/u, '');
}

if (!customElements.get(NAME)) customElements.define(NAME, AbridgeSummary);
