//! The JavaScript API: converts types and calls the core, nothing else.
//!
//! Offsets cross into JavaScript as UTF-16 code units, so that `text.slice(start, end)` in
//! JS gives back what the core found. Results are plain objects (no classes to free), built
//! by `wasm.js` from one array of numbers: every sentence, quote, speaker and cue is a slice
//! of the text, which `wasm.js` takes from the caller's own string, so only the language, the
//! title and the keywords cross as text. `None` becomes `null`.
//!
//! Results first crossed as a call per field, then as one JSON string read by the engine's
//! `JSON.parse` (in Chromium, a BBC article's summary 0.62 → 0.38 ms, 10 MB split into
//! sentences 0.35 → 0.25 s); then the sentences, most of the JSON, as numbers (an article
//! 0.42–0.44 → 0.36–0.42 ms, 6,000 words 4.3–5.7 → 2.9–3.3 ms, 10 MB 1.45–1.58 →
//! 0.98–1.27 s), then the keywords' spans (5–8% an article), and now everything.

use js_sys::{Array, JsString, Map, Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::options::OptionsObject;
use crate::{Language, OffsetMap, Options, QuoteKind, Span, Summary, Unit};

/// The longest text the functions take, in UTF-8 bytes. Summarizing needs about 17 times the
/// text in memory and a wasm32 memory holds at most 4 GiB: past this, the engine could run out
/// of memory and abort with no message, where it can say what to do instead.
const MAX_TEXT_BYTES: usize = 100_000_000;

/// Talc rather than Rust's default for wasm, dlmalloc, which weighs 2.5 KB more gzipped: the
/// page has a 250 KB budget. Neither was faster on articles or a 10 MB text in Chromium.
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
/**
 * Options of `summarize`; every field is optional, and at most one length is given. With
 * none, the summary is a fifth of the sentences, 3 to 7; a null or undefined field, or an
 * empty title or language, counts as not given.
 */
export interface Options {
  /** Exactly this many sentences (or all, when the text has fewer); at least 1. */
  sentences?: number;
  /** This share of the sentences, rounded up, above 0 and at most 1. */
  ratio?: number;
  /** As many sentences as fit in this many words (always at least one sentence). */
  words?: number;
  /** As many sentences as fit in this many characters (always at least one sentence). */
  chars?: number;
  /** The article's title; when missing, a headline-like first line is used. */
  title?: string;
  /**
   * An ISO 639-1 language code (`de`), or a BCP 47 tag (`de-AT`, read as `de`); when missing,
   * the language is detected. A code without data here (see `languages()`) gets generic
   * rules: no stop words and no stemming.
   */
  language?: string;
  /** The most key quotes to return: 5 when missing; 0 skips looking for quotes. */
  maxQuotes?: number;
  /** The most keywords to return: 10 when missing; 0 skips looking for keywords. */
  maxKeywords?: number;
}

/**
 * A range of the text in UTF-16 code units: `text.slice(start, end)`. The `text` given
 * beside a span is that slice, except that a lone surrogate (half of an emoji cut in two)
 * reads there as U+FFFD, as the engine read it; the offsets still index the original.
 */
export interface Span {
  start: number;
  end: number;
}

/** Why a sentence scored as it did: `total` is the sum of the other parts. */
export interface Score {
  /** The score that ranks sentences. */
  total: number;
  /** From the weights of the sentence's terms in the whole text. */
  terms: number;
  /** From where the sentence stands in the text. */
  position: number;
  /** From words it shares with the title. */
  title: number;
  /** From its length: very short and very long sentences make poor summaries. */
  length: number;
  /** A penalty (zero or negative) for opening with a word that needs what came before. */
  opener: number;
  /** A penalty (zero or negative) for repeating terms the summary already covers. */
  redundancy: number;
}

/** One sentence of the text, with its score. */
export interface Sentence extends Span {
  text: string;
  paragraph: number;
  words: number;
  score: Score;
}

/** A direct quotation: a key quote (`statement`) or a scare-quoted `fragment`. */
export interface Quote extends Span {
  /** The quoted words, without the marks or a final comma that led into the attribution. */
  text: string;
  speaker: string | null;
  speakerSpan: Span | null;
  cue: string | null;
  kind: "statement" | "fragment";
  score: number;
}

/** A term or multi-word name that characterises the text. */
export interface Keyword {
  text: string;
  score: number;
  /** Where it occurs; for a person's name, in full and then by surname alone. */
  spans: Span[];
}

/** The summary of a text, with everything that went into it. */
export interface Summary {
  language: string;
  title: string | null;
  /** Every sentence, in order. */
  sentences: Sentence[];
  /** Indices into `sentences` of the summary, in document order. */
  selected: number[];
  /** Key quotes and fragments, best first. */
  quotes: Quote[];
  /** Keywords, best first. */
  keywords: Keyword[];
}

/** A language Abridge has data for. */
export interface LanguageInfo {
  /** Its ISO 639-1 code, as `Options.language` takes it. */
  code: string;
  /** Its name in English. */
  name: string;
}

/** A sentence as the splitter finds it, before scoring. */
export interface SentenceSpan extends Span {
  text: string;
  paragraph: number;
}
"#;

/// Summarizes `text`. `options` is an object such as `{sentences: 3, title: "…"}`, or
/// missing; offsets in the result are UTF-16 code units into `text`. Throws an `Error` that
/// says what to do for bad options, empty text, a text over 100 MB (of UTF-8) and a text
/// that is not a string.
#[wasm_bindgen(unchecked_return_type = "Summary")]
pub fn summarize(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsString,
    #[wasm_bindgen(unchecked_optional_param_type = "Options | null")] options: Option<JsValue>,
) -> Result<JsValue, JsError> {
    let options = match options {
        Some(value) if !value.is_null() && !value.is_undefined() => read_options(value)?,
        _ => Options::new(),
    };
    let source = read_text(&text)?;
    let summary = crate::summarize(&source, &options)?;
    let keywords: Vec<&str> = summary.keywords.iter().map(|k| k.text.as_str()).collect();
    Ok(summary_object(
        &text,
        &summary.language,
        summary.title.as_deref(),
        &keywords.join("\n"),
        &summary_numbers(&source, &summary),
    ))
}

#[wasm_bindgen(module = "/src/wasm.js")]
extern "C" {
    /// The summary's object, built from [`summary_numbers`], every text but the keywords'
    /// sliced from `text`; `keywords` are their texts, a line each.
    #[wasm_bindgen(js_name = summaryObject)]
    fn summary_object(
        text: &JsString,
        language: &str,
        title: Option<&str>,
        keywords: &str,
        numbers: &[f64],
    ) -> JsValue;

    /// The objects of [`sentences`], built from three numbers each (start, end, paragraph),
    /// their texts sliced from `text`.
    #[wasm_bindgen(js_name = segmentObjects)]
    fn segment_objects(text: &JsString, numbers: &[f64]) -> JsValue;

    /// Writes as much of `text` as UTF-8 into `bytes` as fits, whole characters only, and
    /// returns how many bytes it wrote.
    #[wasm_bindgen(js_name = encodeText)]
    fn encode_text(text: &JsString, bytes: &mut [u8]) -> usize;
}

/// A summary as `summaryObject` in `wasm.js` reads it, every offset in UTF-16 code units.
/// Each list is its length, then its items: a sentence's start, end, paragraph and words,
/// then its score's total and parts in the order of [`crate::Score`]'s fields; the selected
/// sentences' indices; a quote's start and end, then the start and end of its speaker's
/// text, of its speaker's span and of its cue (-1 for none), its kind (1 for a fragment)
/// and score; a keyword's score, how many spans it has, then each one's start and end.
/// Numbers of 64 bits: a score needs them, and one array reads fastest.
fn summary_numbers(text: &str, summary: &Summary) -> Vec<f64> {
    let map = OffsetMap::new(text, Unit::Utf16);
    let span = |s: Span| [map.convert(s.start) as f64, map.convert(s.end) as f64];
    let maybe = |s: Option<Span>| s.map_or([-1.0; 2], span);
    // A speaker or a cue is a slice of the text: its span is where it lies.
    let within = |part: &str| {
        let start = part.as_ptr().addr() - text.as_ptr().addr();
        Span::new(start, start + part.len())
    };
    let Summary {
        sentences,
        selected,
        quotes,
        keywords,
        ..
    } = summary;
    let spans: usize = keywords.iter().map(|k| 2 + 2 * k.spans.len()).sum();
    let size = 4 + 11 * sentences.len() + selected.len() + 10 * quotes.len() + spans;
    let mut numbers = Vec::with_capacity(size);
    numbers.push(sentences.len() as f64);
    for sentence in sentences {
        let score = &sentence.score;
        numbers.extend(span(sentence.span));
        numbers.extend([
            sentence.paragraph as f64,
            sentence.words as f64,
            score.total,
            score.terms,
            score.position,
            score.title,
            score.length,
            score.opener,
            score.redundancy,
        ]);
    }
    numbers.push(selected.len() as f64);
    numbers.extend(selected.iter().map(|&i| i as f64));
    numbers.push(quotes.len() as f64);
    for quote in quotes {
        numbers.extend(span(quote.span));
        numbers.extend(maybe(quote.speaker.map(within)));
        numbers.extend(maybe(quote.speaker_span));
        numbers.extend(maybe(quote.cue.map(within)));
        let fragment = quote.kind == QuoteKind::Fragment;
        numbers.extend([f64::from(u8::from(fragment)), quote.score]);
    }
    numbers.push(keywords.len() as f64);
    for keyword in keywords {
        numbers.extend([keyword.score, keyword.spans.len() as f64]);
        numbers.extend(keyword.spans.iter().copied().flat_map(span));
    }
    numbers
}

/// Splits `text` into sentences, with UTF-16 offsets. `language` is an ISO 639-1 code;
/// when missing, the language is detected. Throws for an unknown code, a text over 100 MB and
/// a text that is not a string.
#[wasm_bindgen(unchecked_return_type = "SentenceSpan[]")]
pub fn sentences(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsString,
    #[wasm_bindgen(unchecked_optional_param_type = "string | null")] language: Option<JsValue>,
) -> Result<JsValue, JsError> {
    // Read here rather than by wasm-bindgen, whose error for a number (`sentences(text, 5)`,
    // the count `summarize` takes in its options) is a TypeError about its own encoder.
    let language = match language {
        Some(value) => field("language", &value, JsValue::as_string, "a string")
            .map_err(|why| JsError::new(&why))?,
        None => None,
    };
    let source = read_text(&text)?;
    let language = Language::given_or_detected(language.as_deref(), &source)?;
    let map = OffsetMap::new(&source, Unit::Utf16);
    let sentences = crate::segment(&source, language).sentences;
    let mut numbers = Vec::with_capacity(3 * sentences.len());
    for sentence in &sentences {
        let span = sentence.span;
        let [start, end] = [span.start, span.end].map(|byte| map.convert(byte) as f64);
        numbers.extend([start, end, sentence.paragraph as f64]);
    }
    Ok(segment_objects(&text, &numbers))
}

/// The languages Abridge has data for, English first: what the page offers in its
/// language menu.
#[wasm_bindgen(unchecked_return_type = "LanguageInfo[]")]
pub fn languages() -> Array {
    Language::supported()
        .map(|language| {
            let info = Object::new();
            // Setting a property of a new plain object cannot fail.
            for (key, value) in [("code", language.code()), ("name", language.name())] {
                let _ = Reflect::set(&info, &key.into(), &value.into());
            }
            info
        })
        .collect()
}

/// The version of Abridge, as in its `Cargo.toml`.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// Reads options from a JS object: each field the `Options` interface names, as
/// [`OptionsObject`] takes them; any other is refused, since a misspelt option would
/// otherwise pass unnoticed. Read field by field here rather than through serde: for these
/// eight fields serde-wasm-bindgen's reader weighed 5.7 KB gzipped.
fn read_options(value: JsValue) -> Result<Options, JsError> {
    // An array's or a Map's entries are no options: read as an object, they would give none.
    let (array, map) = (Array::is_array(&value), value.is_instance_of::<Map>());
    if !value.is_object() || array || map {
        let kind = match (array, map) {
            (true, _) => "an array".into(),
            (_, true) => "a Map".into(),
            _ => kind(&value),
        };
        return Err(invalid_options(format_args!(
            "expected an object, got {kind}"
        )));
    }
    let mut fields = OptionsObject::default();
    for entry in Object::entries(value.unchecked_ref()) {
        let entry: Array = entry.unchecked_into();
        let (key, value) = (entry.get(0).as_string().unwrap_or_default(), entry.get(1));
        let count = || {
            field(&key, &value, whole_number, "a whole number, 0 or more").map_err(invalid_options)
        };
        let text = || field(&key, &value, JsValue::as_string, "a string").map_err(invalid_options);
        match key.as_str() {
            "sentences" => fields.sentences = count()?,
            "ratio" => {
                fields.ratio =
                    field(&key, &value, JsValue::as_f64, "a number").map_err(invalid_options)?
            }
            "words" => fields.words = count()?,
            "chars" => fields.chars = count()?,
            "title" => fields.title = text()?,
            "language" => fields.language = text()?,
            "maxQuotes" => fields.max_quotes = count()?,
            "maxKeywords" => fields.max_keywords = count()?,
            _ => {
                return Err(invalid_options(format_args!(
                    "unknown field `{key}`, expected one of `sentences`, `ratio`, `words`, \
                     `chars`, `title`, `language`, `maxQuotes`, `maxKeywords`"
                )))
            }
        }
    }
    Options::try_from(fields).map_err(invalid_options)
}

/// A count given as a whole number; one past what the engine counts (`usize`) reads as the
/// most it counts: as many as there are.
fn whole_number(value: &JsValue) -> Option<usize> {
    value
        .as_f64()
        .filter(|n| n.fract() == 0.0 && *n >= 0.0)
        .map(|n| n as usize)
}

/// The value of the option `key`, read by `read`; none if it is null or undefined, which
/// as in JSON is not giving it. The error says what it must be.
fn field<T>(
    key: &str,
    value: &JsValue,
    read: impl Fn(&JsValue) -> Option<T>,
    expected: &str,
) -> Result<Option<T>, String> {
    if value.is_null() || value.is_undefined() {
        return Ok(None);
    }
    read(value)
        .map(Some)
        .ok_or_else(|| format!("{key} must be {expected}, got {}", shown(value)))
}

fn invalid_options(why: impl std::fmt::Display) -> JsError {
    JsError::new(&format!("invalid options: {why}"))
}

/// JavaScript's `typeof value`: `number`, `object`.
fn type_of(value: &JsValue) -> String {
    value.js_typeof().as_string().unwrap_or_default()
}

/// What `value` is, for a message: `a number`, `an object`.
fn kind(value: &JsValue) -> String {
    let kind = type_of(value);
    let article = if kind.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    };
    format!("{article} {kind}")
}

/// `value` as a message shows it: a string quoted, a number or a boolean as written, anything
/// else by its kind.
fn shown(value: &JsValue) -> String {
    if let Some(s) = value.as_string() {
        format!("\"{s}\"")
    } else if let Some(n) = value.as_f64() {
        // As JavaScript writes them (`Infinity`, not Rust's `inf`), and by JavaScript: Rust's
        // float formatting would weigh several KB in the wasm.
        js_sys::Number::from(n)
            .to_string_with_radix(10)
            .map_or_else(|_| kind(value), String::from)
    } else if let Some(b) = value.as_bool() {
        b.to_string()
    } else {
        kind(value)
    }
}

/// The caller's string as UTF-8, checked against [`MAX_TEXT_BYTES`]; an error that names
/// what was given instead of a string (wasm-bindgen would turn a number into its digits).
///
/// The string is written into the engine's memory by the browser's `TextEncoder` in one call,
/// where wasm-bindgen's own conversion copies each character in JavaScript up to the first
/// beyond ASCII: on a fresh page that loop has not been optimized yet, and a reader's first
/// article spent a tenth of its time in it.
fn read_text(text: &JsString) -> Result<String, JsError> {
    if !text.is_string() {
        return Err(JsError::new(&format!(
            "the text must be a string, got {}",
            type_of(text)
        )));
    }
    // A UTF-16 code unit is one to three bytes of UTF-8 (a surrogate pair, two units, is four),
    // so a text of more units than the limit has more bytes too.
    let units = text.length() as usize;
    if units > MAX_TEXT_BYTES {
        // Counting its bytes would copy it into the engine's memory, which never shrinks.
        return Err(too_long());
    }
    // Room for the limit and one character more, at most: the encoder stops at a character that
    // does not fit, so a text past the limit fills more than the limit, and its bytes beyond
    // are never held (three bytes a unit would be 300 MB for 100 million units).
    let mut bytes = vec![0; (units * 3).min(MAX_TEXT_BYTES + 4)];
    let written = encode_text(text, &mut bytes);
    if written > MAX_TEXT_BYTES {
        return Err(too_long());
    }
    bytes.truncate(written);
    bytes.shrink_to_fit();
    String::from_utf8(bytes).map_err(|_| JsError::new("the browser gave the text as invalid UTF-8"))
}

/// The error for a text past [`MAX_TEXT_BYTES`].
fn too_long() -> JsError {
    let most = MAX_TEXT_BYTES / 1_000_000;
    JsError::new(&format!(
        "the text is over {most} MB (as UTF-8): Abridge takes at most {most} MB in a browser; \
         split it into parts, or use the abridge command-line tool"
    ))
}
