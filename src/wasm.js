// The JavaScript half of src/wasm.rs: writes the caller's text into the engine's memory, and
// builds a summary's sentence objects and its keywords' spans from numbers, which cross from
// wasm far faster than the same as JSON, slicing each sentence's text from the caller's
// string instead of copying it out of wasm again.

/** The numbers of a sentence, in the order of `sentence_numbers` in src/wasm.rs. */
const FIELDS = 11;

export function addNumbers(summary, text, numbers, spans) {
  // The engine read each lone surrogate as U+FFFD, one UTF-16 unit as well: sentences say
  // what it read, as quotes and keywords do.
  const source = text.isWellFormed() ? text : text.toWellFormed();
  const sentences = summary.sentences;
  for (let i = 0; i < numbers.length; i += FIELDS) {
    const start = numbers[i];
    const end = numbers[i + 1];
    sentences.push({
      start,
      end,
      text: source.slice(start, end),
      paragraph: numbers[i + 2],
      words: numbers[i + 3],
      score: {
        total: numbers[i + 4],
        terms: numbers[i + 5],
        position: numbers[i + 6],
        title: numbers[i + 7],
        length: numbers[i + 8],
        opener: numbers[i + 9],
        redundancy: numbers[i + 10],
      },
    });
  }
  // For each keyword, how many spans, then each one's start and end (`keyword_spans`).
  let i = 0;
  for (const keyword of summary.keywords) {
    const last = i + 1 + 2 * spans[i];
    for (i++; i < last; i += 2) keyword.spans.push({ start: spans[i], end: spans[i + 1] });
  }
}

const encoder = new TextEncoder();

// `bytes` is a view of the engine's memory: the text is written there in one native call.
export function encodeText(text, bytes) {
  return encoder.encodeInto(text, bytes).written;
}
