// The JavaScript half of src/wasm.rs: writes the caller's text into the engine's memory, and
// builds a summary's objects from numbers, which cross from wasm far faster than the same as
// JSON, slicing each text from the caller's string instead of copying it out of wasm again.

export function summaryObject(text, language, title, keywords, numbers) {
  const source = wellFormed(text);
  let i = 0;
  const span = () => {
    const start = numbers[i];
    const end = numbers[i + 1];
    i += 2;
    return start < 0 ? null : { start, end };
  };
  const slice = (s) => s && source.slice(s.start, s.end);
  // Each list is its length, then its items, in the order of `summary_numbers` in src/wasm.rs.
  const list = (item) => {
    const items = [];
    for (let n = numbers[i++]; n > 0; n--) items.push(item(items.length));
    return items;
  };
  const texts = keywords.split('\n');
  // The fields in the order of the Rust API's JSON, which exports and tests read.
  return {
    language,
    title: title ?? null,
    sentences: list(() => {
      const { start, end } = span();
      i += 9;
      return {
        start,
        end,
        text: source.slice(start, end),
        paragraph: numbers[i - 9],
        words: numbers[i - 8],
        score: {
          total: numbers[i - 7],
          terms: numbers[i - 6],
          position: numbers[i - 5],
          title: numbers[i - 4],
          length: numbers[i - 3],
          opener: numbers[i - 2],
          redundancy: numbers[i - 1],
        },
      };
    }),
    selected: list(() => numbers[i++]),
    quotes: list(() => {
      const { start, end } = span();
      const speaker = slice(span());
      const speakerSpan = span();
      const cue = slice(span());
      i += 2;
      return {
        start,
        end,
        text: source.slice(start, end),
        speaker,
        speakerSpan,
        cue,
        kind: numbers[i - 2] ? 'fragment' : 'statement',
        score: numbers[i - 1],
      };
    }),
    keywords: list((k) => ({ text: texts[k], score: numbers[i++], spans: list(span) })),
  };
}

export function segmentObjects(text, numbers) {
  const source = wellFormed(text);
  const sentences = [];
  for (let i = 0; i < numbers.length; i += 3) {
    const start = numbers[i];
    const end = numbers[i + 1];
    sentences.push({ start, end, text: source.slice(start, end), paragraph: numbers[i + 2] });
  }
  return sentences;
}

// The engine read each lone surrogate as U+FFFD, one UTF-16 unit as well: texts are sliced
// from what it read.
function wellFormed(text) {
  return text.isWellFormed() ? text : text.toWellFormed();
}

const encoder = new TextEncoder();

// `bytes` is a view of the engine's memory: the text is written there in one native call.
export function encodeText(text, bytes) {
  return encoder.encodeInto(text, bytes).written;
}
