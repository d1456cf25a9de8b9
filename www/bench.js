// The browser benchmark: cold start, time per article, a 6,000-word and a 10 MB text, and
// memory after 10,000 calls. scripts/bench-browser serves the articles at
// bench-data/articles.json and reads the figures from window.benchResult.

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Articles joined by blank lines until the text has `words` words or `bytes` characters. */
function concatenated(articles, { words = Infinity, chars = Infinity }) {
  const parts = [];
  let count = 0;
  let length = 0;
  for (let i = 0; count < words && length < chars; i = (i + 1) % articles.length) {
    parts.push(articles[i]);
    count += articles[i].split(/\s+/).length;
    length += articles[i].length + 2;
  }
  return parts.join('\n\n');
}

function time(f) {
  const start = performance.now();
  f();
  return performance.now() - start;
}

async function run() {
  const articles = await (await fetch('bench-data/articles.json')).json();
  const coldStart = performance.now();
  const { default: init, summarize } = await import('./pkg/abridge.js');
  const wasm = await init();
  summarize(articles[0]);
  const result = { coldStartMs: performance.now() - coldStart, articles: articles.length };

  const perArticle = articles.map((text) => time(() => summarize(text)));
  result.medianArticleMs = median(perArticle);
  result.maxArticleMs = Math.max(...perArticle);

  const heap = () => performance.memory?.usedJSHeapSize ?? null;
  result.wasmMemoryBefore = wasm.memory.buffer.byteLength;
  result.jsHeapBefore = heap();
  for (let i = 0; i < 10000; i++) summarize(articles[i % articles.length]);
  result.wasmMemoryAfter = wasm.memory.buffer.byteLength;
  result.jsHeapAfter = heap();

  const long = concatenated(articles, { words: 6000 });
  result.sixThousandWordsMs = median([0, 1, 2, 3, 4].map(() => time(() => summarize(long))));
  const huge = concatenated(articles, { chars: 10 * 1024 * 1024 });
  result.tenMbMs = time(() => summarize(huge));
  return result;
}

window.benchResult = run().catch((e) => ({ error: String(e) }));
document.getElementById('out').textContent = JSON.stringify(await window.benchResult, null, 2);
