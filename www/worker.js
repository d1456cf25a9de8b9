// Runs the engine off the page's thread, so that even a very long text never freezes it.
//
// Messages in:  {type: 'init', module}                 a compiled WebAssembly.Module
//               {type: 'text', textId, index, parts, part}   a text, in order, in parts
//               {type: 'run', id, textId, options}
//               {type: 'languages', id}
//               {type: 'warm-up', text}             a real article, summarized to warm up
// Messages out: {type: 'ready'} | {type: 'started', id} | {type: 'result', id, result, ms}
//               | {type: 'error', id, message} | {type: 'languages', id, languages}
//
// The text is sent once per version (`textId`), in parts, and kept here, so that moving the
// length slider over a 20 MB article does not copy it again. Results go back packed in typed
// arrays, which transfer without copying: a per-sentence object each would take the page
// longer to receive than the engine takes to compute.

import init, * as abridge from './pkg/abridge.js';

let ready = null;
let text = '';
let textId = -1;
let parts = [];

self.onmessage = async ({ data }) => {
  if (data.type === 'init') {
    ready = init({ module_or_path: data.module }).then(() => {
      self.postMessage({ type: 'ready' });
      warmUp();
    });
    ready.catch((e) => self.postMessage({ type: 'error', id: -1, message: String(e && e.message || e) }));
    return;
  }
  await ready;
  if (data.type === 'warm-up') {
    warmUps.push([data.text]);
    if (!warming) warmUp();
    return;
  }
  if (data.type === 'languages') {
    self.postMessage({ type: 'languages', id: data.id, languages: languages() });
    return;
  }
  if (data.type === 'text') {
    if (data.index === 0) parts = [];
    parts.push(data.part);
    if (parts.length === data.parts) {
      text = parts.join('');
      textId = data.textId;
      parts = [];
    }
    return;
  }
  if (data.type === 'run') {
    if (data.textId !== textId) {
      self.postMessage({ type: 'error', id: data.id, message: 'the text was lost: please try again' });
      return;
    }
    self.postMessage({ type: 'started', id: data.id });
    try {
      const t0 = performance.now();
      const summary = abridge.summarize(text, data.options);
      const ms = performance.now() - t0;
      const { result, transfer } = pack(summary);
      self.postMessage({ type: 'result', id: data.id, result, ms }, transfer);
    } catch (e) {
      self.postMessage({ type: 'error', id: data.id, message: String(e && e.message || e) });
    }
  }
};

// A reader's first text is slow three times over: the first summary builds the tables of
// language detection and of English; most of the text's words are new to the engine, which
// stems each and keeps it; and the browser compiles each of the engine's functions when it is
// first called, in haste, and optimizes it only after it has run enough, which only later
// calls gain. A short summary, one of made-up words, two of a longer text and one of the real
// article the page sends (its first sample), while the page waits for an article, spare the
// reader much of it (the README's Performance section has the figures). Each is a task of its
// own, so a reader's text waits for one at most. The texts are written as news on the web is
// (curly quotes, dashes, accents, abbreviations, amounts, a described speaker, a long
// quotation whose words came before it in another order), and the longer one's sentences
// differ, so that what a reader's text calls has been called before: V8 compiled, after a
// reader's paste, each function that the warm-up had not called.
const WARM_UP = 'Officials in the U.S. approved the plan on Monday, at a cost of £5.2m ($6,500,000). '
  + '“It’s a good day for the city,” said Mayor Ana Núñez. Mr. Lee, 54, disagreed: “We were '
  + 'not asked.” Builders will close schools, clinics, parks and markets. “Residents of the '
  + 'northern districts will pay higher rents, face longer journeys and lose shops while '
  + 'builders close roads, bridges, schools, clinics, parks, libraries and markets across '
  + 'three boroughs for several difficult years,” a spokesman for tenants said. Work starts '
  + 'in May — early.';
/** Paragraphs of the longer text (26 KB): WARM_UP and two made-up sentences each. */
const WARM_UP_PARAGRAPHS = 34;
const WARM_UP_ROUNDS = 2;

/**
 * Sentences of words no text has, of made-up stems and English endings: most words of a
 * reader's first text are new to the engine, which stems each and keeps it, and a text of
 * words it knows would not warm that up.
 */
function madeUpSentences() {
  const stems = ['bal', 'cor', 'dem', 'fis', 'gan', 'hol', 'jur', 'kem', 'lop', 'mar', 'nov', 'per'];
  const endings = ['', 's', 'es', 'ed', 'ing', 'ly', 'er', 'est', 'ness', 'ment', 'ation', 'ational',
    'ies', 'ful', 'ous', 'ive', 'ize', 'ism', 'ity', 'able'];
  const words = stems.flatMap((a) => stems.flatMap((b) => endings.map((e) => a + b + e)));
  const sentences = [];
  for (let i = 0; i < words.length; i += 12) {
    const sentence = words.slice(i, i + 12).join(' ');
    sentences.push(`${sentence[0].toUpperCase()}${sentence.slice(1)}.`);
  }
  return sentences;
}

/** WARM_UP with made-up sentences between, so that the sentences score differently. */
function longerText(madeUp) {
  const paragraphs = [];
  for (let i = 0; i < WARM_UP_PARAGRAPHS; i++) {
    // A line break inside a paragraph, as text copied from a page has.
    paragraphs.push(`${WARM_UP}\n${madeUp[(2 * i) % madeUp.length]} ${madeUp[(2 * i + 1) % madeUp.length]}`);
  }
  return paragraphs.join('\n\n');
}

/**
 * The summaries still to make, each's text and options (a reader's always has some): made-up
 * words are English as told, not as detected. A real article comes last, when the page sends
 * one.
 */
const madeUp = madeUpSentences();
const warmUps = [
  [WARM_UP, { sentences: 2 }],
  [madeUp.join(' '), { language: 'en' }],
  ...Array(WARM_UP_ROUNDS).fill([longerText(madeUp), { sentences: 5 }]),
];
let warming = false;

async function warmUp() {
  warming = true;
  while (warmUps.length) {
    summarizeQuietly(warmUps.shift());
    // A task each, so that a reader's text waits for one summary at most.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  warming = false;
}

function summarizeQuietly(args) {
  try {
    abridge.summarize(...args);
  } catch {
    // Only a head start: the reader's own text reports any error.
  }
}

// The languages the engine has data for, as [{code, name}]; none from an engine too old to say.
function languages() {
  return typeof abridge.languages === 'function' ? abridge.languages() : [];
}

function pack(summary) {
  const sentences = summary.sentences;
  const n = sentences.length;
  const scoreKeys = n ? Object.keys(sentences[0].score) : [];
  const k = scoreKeys.length;
  const starts = new Uint32Array(n);
  const ends = new Uint32Array(n);
  const paragraphs = new Uint32Array(n);
  const words = new Uint32Array(n);
  const scores = new Float64Array(n * k);
  for (let i = 0; i < n; i++) {
    const s = sentences[i];
    starts[i] = s.start;
    ends[i] = s.end;
    paragraphs[i] = s.paragraph;
    words[i] = s.words;
    for (let j = 0; j < k; j++) scores[i * k + j] = s.score[scoreKeys[j]];
  }
  const selected = Uint32Array.from(summary.selected);
  const ranks = rank(scores, k, scoreKeys.indexOf('total'), selected);
  const transfer = [starts.buffer, ends.buffer, paragraphs.buffer, words.buffer, scores.buffer, selected.buffer, ranks.buffer];
  const keywords = summary.keywords.map((kw) => {
    const spans = new Uint32Array(kw.spans.length * 2);
    kw.spans.forEach((s, i) => { spans[2 * i] = s.start; spans[2 * i + 1] = s.end; });
    transfer.push(spans.buffer);
    return { text: kw.text, score: kw.score, spans };
  });
  const result = {
    language: summary.language,
    title: summary.title,
    count: n,
    starts, ends, paragraphs, words, scoreKeys, scores, selected, ranks,
    quotes: summary.quotes,
    keywords,
  };
  return { result, transfer };
}

/** Each selected sentence's place among all by total score (1 = best), for the "Why?" view. */
function rank(scores, k, totalAt, selected) {
  const n = k ? scores.length / k : 0;
  const totals = new Float64Array(n);
  for (let i = 0; i < n; i++) totals[i] = scores[i * k + totalAt];
  const sorted = totals.slice().sort();
  return selected.map((i) => {
    // Sentences with a higher total: those after the last equal to this one.
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] <= totals[i]) lo = mid + 1;
      else hi = mid;
    }
    return n - lo + 1;
  });
}
