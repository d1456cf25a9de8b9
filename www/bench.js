// The browser benchmark: cold start, time per article, a 6,000-word and a 10 MB text, and
// memory after 10,000 calls; then the same texts through the floor (the words alone) and the
// JS peers. scripts/bench-browser serves the articles at bench-data/articles.json and the
// peers, bundled into a script that sets abridgePeers, at bench-data/peers.js, and reads the
// figures from window.benchResult.

import { concatenated, HUGE, LONG, median } from './bench-texts.js';

/**
 * How long a peer may take on the 10 MB text, as a multiple of Abridge's time, before its
 * worker is stopped: the peers grow quadratically, and would take hours. A peer that is
 * stopped is at least this many times slower.
 */
const PEER_LIMIT_TIMES = 10;

// The page keeps the app's content security policy: a violation fails the run.
const violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  violations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`);
});

/**
 * Calls per article for the time per article: performance.now() ticks in 0.1 ms steps in a
 * page that is not cross-origin isolated, as coarse as a typical article's time, so each
 * article is timed over several calls. scripts/bench-browser isolates the page (5 µs), where
 * the same calls keep its figures comparable with earlier runs.
 */
const CALLS_PER_ARTICLE = 5;

/** The mean time of a call of `summarize` on `text`. */
function timePerCall(text, summarize) {
  return time(() => {
    for (let i = 0; i < CALLS_PER_ARTICLE; i++) summarize(text);
  }) / CALLS_PER_ARTICLE;
}

/**
 * The floor in the browser, as natively (benches/summarize.rs): iterate the text's Unicode
 * words (UAX #29) and nothing else, here through the browser's own segmenter.
 */
const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });

function floor(text) {
  let words = 0;
  for (const segment of wordSegmenter.segment(text)) if (segment.isWordLike) words++;
  return words;
}

/** Runs of the 6,000-word text; its figure is their median. */
const LONG_RUNS = 5;

/**
 * Runs of the 10 MB text: the first, which also grows the wasm memory from a few MiB to what
 * the text needs, is printed on its own, and the figure is the median of all, since one call
 * of a second varies by a fifth on a shared machine.
 */
const HUGE_RUNS = 3;

/**
 * About how many articles are timed after a pause (every n-th of the set, n its length ÷
 * this: 54 of the 1,114 BBC articles), and the pause: as `examples/idle.rs` does natively,
 * the way a reader's text comes, after the engine has sat idle.
 */
const PAUSED_ARTICLES = 51;
const PAUSE_MS = 100;

/** The median time of `f` on articles spread over the set, each after a pause, and their count. */
async function medianAfterPause(articles, f) {
  const step = Math.max(1, Math.floor(articles.length / PAUSED_ARTICLES));
  const times = [];
  for (let i = 0; i < articles.length; i += step) {
    await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
    times.push(time(() => f(articles[i])));
  }
  return [median(times), times.length];
}

function time(f) {
  const start = performance.now();
  f();
  return performance.now() - start;
}

/** The time `peer` takes on `text` in a worker, or null if it did not finish in `limitMs`. */
function timeInWorker(peer, text, limitMs) {
  return new Promise((resolve, reject) => {
    const worker = new Worker('bench-data/peers.js');
    const done = (settle, value) => {
      clearTimeout(timer);
      worker.terminate();
      settle(value);
    };
    const timer = setTimeout(() => done(resolve, null), limitMs);
    worker.onmessage = ({ data }) => done(resolve, data);
    worker.onerror = (e) => done(reject, new Error(`${peer} in a worker: ${e.message}`));
    worker.postMessage({ peer, text });
  });
}

/** The peers: a classic script, since some of their code needs sloppy mode. */
function loadPeers() {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = 'bench-data/peers.js';
    script.onload = () => resolve(window.abridgePeers.peers);
    script.onerror = () => reject(new Error(`${script.src} did not load`));
    document.head.append(script);
  });
}

/**
 * Abridge's and each peer's times on the same texts, taken in turns (an article through each,
 * then the next) so that a change in the machine's load touches all of them alike.
 */
async function sideBySide(articles, long, huge, summarize, limitMs) {
  // The peers give a summary and nothing else: Abridge is also timed doing only that.
  const summarizeOnly = (text) => summarize(text, { maxQuotes: 0, maxKeywords: 0 });
  const contenders = [
    ['Abridge', summarize],
    ['Abridge, summary only', summarizeOnly],
    ['floor', floor],
    ...Object.entries(await loadPeers()),
  ];
  // The first contender on a text meets it after another text, and after what the previous
  // round's last contender left behind: each takes that place in turn, from one text (or run)
  // to the next.
  const inRotation = (n, f) => contenders.forEach((_, k) => {
    const i = (n + k) % contenders.length;
    f(contenders[i][1], i);
  });
  const perArticle = contenders.map(() => []);
  articles.forEach((text, n) => inRotation(n, (f, i) => perArticle[i].push(timePerCall(text, f))));
  const longRuns = contenders.map(() => []);
  for (let run = 0; run < LONG_RUNS; run++) {
    inRotation(run, (f, i) => longRuns[i].push(time(() => f(long))));
  }
  // Each article once, one after the other, as a batch meets them: a text timed right after
  // itself runs faster, since the processor has learned its branches and holds its data.
  const inTurn = contenders.map(([, f]) => time(() => articles.forEach((text) => f(text))) / articles.length);
  const figures = contenders.map(([name], i) => ({
    name,
    inTurnArticleMs: inTurn[i],
    medianArticleMs: median(perArticle[i]),
    maxArticleMs: Math.max(...perArticle[i]),
    sixThousandWordsMs: median(longRuns[i]),
  }));
  const [abridge, summaryOnly, words, ...peers] = figures;
  words.tenMbMs = time(() => floor(huge));
  for (const peer of peers) peer.tenMbMs = await timeInWorker(peer.name, huge, limitMs);
  return { abridge, summaryOnly, floor: words, peers };
}

async function run() {
  const articles = await (await fetch('bench-data/articles.json')).json();
  const coldStart = performance.now();
  const { default: init, summarize } = await import('./pkg/abridge.js');
  const wasm = await init();
  summarize(articles[0]);
  const result = {
    coldStartMs: performance.now() - coldStart,
    articles: articles.length,
    crossOriginIsolated: window.crossOriginIsolated,
  };

  const times = articles.map((text) => timePerCall(text, summarize));
  result.callsPerArticle = CALLS_PER_ARTICLE;
  result.medianArticleMs = median(times);
  result.maxArticleMs = Math.max(...times);

  [result.afterPauseArticleMs, result.pausedArticles] = await medianAfterPause(articles, summarize);
  [result.floorAfterPauseArticleMs] = await medianAfterPause(articles, floor);
  result.pauseMs = PAUSE_MS;

  const heap = () => performance.memory?.usedJSHeapSize ?? null;
  result.wasmMemoryBefore = wasm.memory.buffer.byteLength;
  result.jsHeapBefore = heap();
  result.inTurnArticleMs = time(() => {
    for (let i = 0; i < 10000; i++) summarize(articles[i % articles.length]);
  }) / 10000;
  result.wasmMemoryAfter = wasm.memory.buffer.byteLength;
  result.jsHeapAfter = heap();

  const long = concatenated(articles, LONG);
  result.sixThousandWordsMs = median(Array.from({ length: LONG_RUNS }, () => time(() => summarize(long))));
  const huge = concatenated(articles, HUGE);
  const hugeRuns = Array.from({ length: HUGE_RUNS }, () => time(() => summarize(huge)));
  result.tenMbRuns = HUGE_RUNS;
  result.tenMbFirstMs = hugeRuns[0];
  result.tenMbMs = median(hugeRuns);

  result.peerLimitMs = PEER_LIMIT_TIMES * result.tenMbMs;
  result.sideBySide = await sideBySide(articles, long, huge, summarize, result.peerLimitMs);
  if (violations.length) throw new Error(`content security policy: ${violations.join('; ')}`);
  return result;
}

window.benchResult = run().catch((e) => ({ error: String(e) }));
document.getElementById('out').textContent = JSON.stringify(await window.benchResult, null, 2);
