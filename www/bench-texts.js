// What the browser benchmark's page (bench.js) and the reader's runs that scripts/bench-browser
// makes on the app page share: the long texts, built from its articles, and the median.

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

/** The middle value, the greater of the two middle ones for an even count. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
