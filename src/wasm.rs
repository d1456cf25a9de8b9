//! The JavaScript API: converts types and calls the core, nothing else.
//!
//! Offsets cross into JavaScript as UTF-16 code units, so that `text.slice(start, end)` in
//! JS gives back what the core found. Results are plain objects (no classes to free): written
//! as JSON and read by the engine's `JSON.parse`, so one string crosses into JavaScript rather
//! than a call per field (in Chromium, a BBC article's summary went from 0.62 to 0.38 ms and
//! 10 MB split into sentences from 0.35 to 0.25 s). `None` becomes `null`.
//!
//! A summary's sentences, most of its size, cross as numbers instead, from which `wasm.js`
//! builds their objects, slicing each one's text from the caller's own string. In Chromium a
//! BBC article's summary went from 0.42-0.44 to 0.36-0.42 ms, 6,000 words from 4.3-5.7 to
//! 2.9-3.3 ms and 10 MB, whose 87,000 sentences made 32 MB of JSON, from 1.45-1.58 to
//! 0.98-1.27 s. So do the keywords' spans, 41 an article and two thirds of what was left of
//! its JSON.

use js_sys::{Array, JsString, Object};
use serde::de::value::MapDeserializer;
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::{Keyword, Language, OffsetMap, Options, Quote, Sentence, Unit};

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
/** Options of `summarize`; every field is optional, and at most one length is given. */
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
  /** An ISO 639-1 language code; when missing, the language is detected. */
  language?: string;
  /** The most key quotes to return. */
  maxQuotes?: number;
  /** The most keywords to return. */
  maxKeywords?: number;
}

/** A range of the text in UTF-16 code units: `text.slice(start, end)`. */
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
    let mut summary = crate::summarize(&source, &options)?;
    let map = OffsetMap::new(&source, Unit::Utf16);
    summary.map_offsets(|byte| map.convert(byte));
    // Mapped, not flat-mapped: one allocation of the known length, not a doubling.
    let numbers: Vec<_> = summary.sentences.iter().map(sentence_numbers).collect();
    let keywords: Vec<_> = summary
        .keywords
        .iter()
        .map(KeywordWithoutSpans::of)
        .collect();
    let object = to_js(&SummaryWithoutNumbers {
        language: &summary.language,
        title: summary.title.as_deref(),
        sentences: [],
        selected: &summary.selected,
        quotes: &summary.quotes,
        keywords: &keywords,
    })?;
    let spans = keyword_spans(&summary.keywords);
    add_numbers(&object, &text, numbers.as_flattened(), &spans);
    Ok(object)
}

#[wasm_bindgen(module = "/src/wasm.js")]
extern "C" {
    /// Fills the empty `sentences` of `summary` from [`sentence_numbers`], their texts
    /// sliced from `text`, and its keywords' empty `spans` from [`keyword_spans`].
    #[wasm_bindgen(js_name = addNumbers)]
    fn add_numbers(summary: &JsValue, text: &JsString, sentences: &[f64], spans: &[f64]);

    /// Writes as much of `text` as UTF-8 into `bytes` as fits, whole characters only, and
    /// returns how many bytes it wrote.
    #[wasm_bindgen(js_name = encodeText)]
    fn encode_text(text: &JsString, bytes: &mut [u8]) -> usize;
}

/// The spans of keywords as `addNumbers` in `wasm.js` reads them: for each keyword, how many,
/// then each one's start and end. Numbers of 64 bits, as a sentence's: the JS glue that reads
/// them is there already.
fn keyword_spans(keywords: &[Keyword]) -> Vec<f64> {
    let mut numbers = Vec::with_capacity(keywords.iter().map(|k| 1 + 2 * k.spans.len()).sum());
    for keyword in keywords {
        numbers.push(keyword.spans.len() as f64);
        for span in &keyword.spans {
            numbers.extend([span.start as f64, span.end as f64]);
        }
    }
    numbers
}

/// A sentence as `addNumbers` in `wasm.js` reads it: start, end, paragraph, words, then the
/// score's total and parts in the order of [`crate::Score`]'s fields.
fn sentence_numbers(sentence: &Sentence) -> [f64; 11] {
    let score = &sentence.score;
    [
        sentence.span.start as f64,
        sentence.span.end as f64,
        sentence.paragraph as f64,
        sentence.words as f64,
        score.total,
        score.terms,
        score.position,
        score.title,
        score.length,
        score.opener,
        score.redundancy,
    ]
}

/// Splits `text` into sentences, with UTF-16 offsets. `language` is an ISO 639-1 code;
/// when missing, the language is detected. Throws for an unknown code, a text over 100 MB and
/// a text that is not a string.
#[wasm_bindgen(unchecked_return_type = "SentenceSpan[]")]
pub fn sentences(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsString,
    language: Option<String>,
) -> Result<JsValue, JsError> {
    let text = &read_text(&text)?;
    let language = match language.as_deref() {
        Some(code) if !code.trim().is_empty() => Language::get(code)?,
        _ => Language::detect(text),
    };
    let map = OffsetMap::new(text, Unit::Utf16);
    let sentences: Vec<_> = crate::segment(text, language)
        .sentences
        .iter()
        .map(|s| SentenceSpan {
            start: map.convert(s.span.start),
            end: map.convert(s.span.end),
            text: s.span.slice(text),
            paragraph: s.paragraph,
        })
        .collect();
    to_js(&sentences)
}

/// The languages Abridge has data for, English first: what the page offers in its
/// language menu.
#[wasm_bindgen(unchecked_return_type = "LanguageInfo[]")]
pub fn languages() -> Result<JsValue, JsError> {
    let list: Vec<_> = Language::supported()
        .map(|l| LanguageInfo {
            code: l.code(),
            name: l.name(),
        })
        .collect();
    to_js(&list)
}

/// The version of Abridge, as in its `Cargo.toml`.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// The JS shape of a sentence from [`sentences`]: the core's `Segment` with its text.
#[derive(Serialize)]
struct SentenceSpan<'t> {
    start: usize,
    end: usize,
    text: &'t str,
    paragraph: usize,
}

/// The JS shape of a [`crate::Summary`] with its sentences and its keywords' spans left
/// empty, for `addNumbers` to fill. Serializing the summary itself with its sentences taken
/// out would work as well, but would keep the sentences' JSON code in the wasm, 0.2 KB
/// gzipped that is never run.
#[derive(Serialize)]
struct SummaryWithoutNumbers<'s> {
    language: &'s str,
    title: Option<&'s str>,
    /// Where the sentences go, so that the object's fields keep the order of the Rust API's
    /// JSON.
    sentences: [(); 0],
    selected: &'s [usize],
    quotes: &'s [Quote<'s>],
    keywords: &'s [KeywordWithoutSpans<'s>],
}

/// The JS shape of a [`Keyword`] with its spans left empty.
#[derive(Serialize)]
struct KeywordWithoutSpans<'k> {
    text: &'k str,
    score: f64,
    spans: [(); 0],
}

impl KeywordWithoutSpans<'_> {
    fn of(keyword: &Keyword) -> KeywordWithoutSpans<'_> {
        KeywordWithoutSpans {
            text: &keyword.text,
            score: keyword.score,
            spans: [],
        }
    }
}

/// The JS shape of a language from [`languages`].
#[derive(Serialize)]
struct LanguageInfo {
    code: &'static str,
    name: &'static str,
}

/// Reads options from a JS object. serde-wasm-bindgen reads only the fields a struct names,
/// so a misspelt option would pass unnoticed; handing serde every entry of the object lets
/// `Options` reject the unknown ones.
fn read_options(value: JsValue) -> Result<Options, JsError> {
    let invalid = |e: &dyn std::fmt::Display| JsError::new(&format!("invalid options: {e}"));
    if !value.is_object() {
        let kind = value.js_typeof().as_string().unwrap_or_default();
        return Err(invalid(&format_args!("expected an object, got a {kind}")));
    }
    let entries = Object::entries(value.unchecked_ref())
        .into_iter()
        .map(|entry| {
            let entry: Array = entry.unchecked_into();
            let key = entry.get(0).as_string().unwrap_or_default();
            (key, serde_wasm_bindgen::Deserializer::from(entry.get(1)))
        });
    Options::deserialize(MapDeserializer::new(entries)).map_err(|e| invalid(&e))
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
        let kind = text.js_typeof().as_string().unwrap_or_default();
        return Err(JsError::new(&format!(
            "the text must be a string, got {kind}"
        )));
    }
    // A UTF-16 code unit is one to three bytes of UTF-8 (a surrogate pair, two units, is four),
    // so a text of more units than the limit has more bytes too.
    let units = text.length() as usize;
    if units > MAX_TEXT_BYTES {
        // Counting its bytes would copy it into the engine's memory, which never shrinks.
        return Err(too_long(format_args!(
            "{:.1} million characters long",
            units as f64 / 1e6
        )));
    }
    // Room for the limit and one character more, at most: the encoder stops at a character that
    // does not fit, so a text past the limit fills more than the limit, and its bytes beyond
    // are never held (three bytes a unit would be 300 MB for 100 million units).
    let mut bytes = vec![0; (units * 3).min(MAX_TEXT_BYTES + 4)];
    let written = encode_text(text, &mut bytes);
    if written > MAX_TEXT_BYTES {
        return Err(too_long(format_args!(
            "over {} MB",
            MAX_TEXT_BYTES / 1_000_000
        )));
    }
    bytes.truncate(written);
    bytes.shrink_to_fit();
    String::from_utf8(bytes).map_err(|_| JsError::new("the browser gave the text as invalid UTF-8"))
}

/// The error for a text of `size` (`over 100 MB`), past [`MAX_TEXT_BYTES`].
fn too_long(size: std::fmt::Arguments) -> JsError {
    JsError::new(&format!(
        "the text is {size}: Abridge takes at most {} MB in a browser; \
         split it into parts, or use the abridge command-line tool",
        MAX_TEXT_BYTES / 1_000_000
    ))
}

fn to_js(value: &impl Serialize) -> Result<JsValue, JsError> {
    let json = serde_json::to_string(value)?;
    js_sys::JSON::parse(&json)
        .map_err(|e| JsError::new(&format!("the result could not be read as JSON: {e:?}")))
}
