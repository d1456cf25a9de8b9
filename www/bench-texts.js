// The long texts of the browser benchmark, built from its articles: the same in the benchmark
// page (bench.js) and in the reader's runs that scripts/bench-browser makes on the app page.

/** Articles joined by blank lines until the text has `words` words or `chars` characters. */
export function concatenated(articles, { words = Infinity, chars = Infinity }) {
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

/** The 6,000-word text and the 10 MB (10 MiB of characters) one. */
export const LONG = { words: 6000 };
export const HUGE = { chars: 10 * 1024 * 1024 };
