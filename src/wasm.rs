//! The JavaScript API: converts types and calls the core, nothing else.
//!
//! Offsets cross into JavaScript as UTF-16 code units, so that `text.slice(start, end)` in
//! JS gives back what the core found. Results are plain objects (no classes to free): written
//! as JSON and read by the engine's `JSON.parse`, so one string crosses into JavaScript rather
//! than a call per field (in Chromium, a BBC article's summary went from 0.62 to 0.38 ms and
//! 10 MB split into sentences from 0.35 to 0.25 s). `None` becomes `null`. Sentence texts are
//! the exception: each is set on its object as a slice of the caller's string, which costs V8
//! no copy, where JSON would write, parse and copy every character of the text once more (for
//! 10 MB in Chromium, `summarize` took 3–7% less time and `sentences` 9–12% less).

use js_sys::{Array, JsString, Object};
use serde::de::value::MapDeserializer;
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::{Language, OffsetMap, Options, Span, Unit};

/// The longest text the functions take, in UTF-8 bytes. Summarizing needs about 17 times the
/// text in memory and a wasm32 memory holds at most 4 GiB: past this, the engine could run out
/// of memory and abort with no message, where it can say what to do instead.
const MAX_TEXT_BYTES: usize = 100_000_000;

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
/// says what to do for bad options, empty text and a text over 100 MB (of UTF-8).
#[wasm_bindgen(unchecked_return_type = "Summary")]
pub fn summarize(
    text: &JsString,
    #[wasm_bindgen(unchecked_optional_param_type = "Options | null")] options: Option<JsValue>,
) -> Result<JsValue, JsError> {
    let options = match options {
        Some(value) if !value.is_null() && !value.is_undefined() => read_options(value)?,
        _ => Options::new(),
    };
    let original = text;
    let text = &read_text(original)?;
    let mut summary = crate::summarize(text, &options)?;
    let map = OffsetMap::new(text, Unit::Utf16);
    summary.map_offsets(|byte| map.convert(byte));
    // An empty text keeps the field's place in the object until set_texts fills it.
    for sentence in &mut summary.sentences {
        sentence.text = String::new();
    }
    let result = to_js(&summary)?;
    let sentences = result.unchecked_ref::<SummaryObject>().sentences();
    set_texts(
        original,
        &sentences,
        summary.sentences.iter().map(|s| s.span),
    );
    Ok(result)
}

/// Splits `text` into sentences, with UTF-16 offsets. `language` is an ISO 639-1 code;
/// when missing, the language is detected. Throws for an unknown code and a text over 100 MB.
#[wasm_bindgen(unchecked_return_type = "SentenceSpan[]")]
pub fn sentences(text: &JsString, language: Option<String>) -> Result<JsValue, JsError> {
    let original = text;
    let text = &read_text(original)?;
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
            paragraph: s.paragraph,
        })
        .collect();
    let result = to_js(&sentences)?;
    set_texts(
        original,
        &result,
        sentences.iter().map(|s| Span::new(s.start, s.end)),
    );
    Ok(result)
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

/// The JS shape of a sentence from [`sentences`]: the core's `Segment`, to which
/// [`set_texts`] adds its text.
#[derive(Serialize)]
struct SentenceSpan {
    start: usize,
    end: usize,
    paragraph: usize,
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

/// The caller's string as UTF-8, checked against [`MAX_TEXT_BYTES`]. Lone surrogates become
/// U+FFFD, one UTF-16 unit as well, so that offsets into this text still index the caller's.
fn read_text(text: &JsString) -> Result<String, JsError> {
    let Some(text) = text.as_string() else {
        let kind = JsValue::from(text)
            .js_typeof()
            .as_string()
            .unwrap_or_default();
        return Err(JsError::new(&format!(
            "the text must be a string, got {kind}"
        )));
    };
    if text.len() <= MAX_TEXT_BYTES {
        return Ok(text);
    }
    Err(JsError::new(&format!(
        "the text is {:.1} MB, more than the {} MB Abridge takes in a browser: \
         split it into parts, or use the abridge command-line tool",
        text.len() as f64 / 1e6,
        MAX_TEXT_BYTES / 1_000_000
    )))
}

fn to_js(value: &impl Serialize) -> Result<JsValue, JsError> {
    let json = serde_json::to_string(value)?;
    js_sys::JSON::parse(&json)
        .map_err(|e| JsError::new(&format!("the result could not be read as JSON: {e:?}")))
}

/// Sets `text` on each object of the array `objects` to the slice of `text` at the UTF-16
/// span beside it.
fn set_texts(text: &JsString, objects: &JsValue, spans: impl Iterator<Item = Span>) {
    for (object, span) in objects.unchecked_ref::<Array>().iter().zip(spans) {
        let object: &WithText = object.unchecked_ref();
        object.set_text(&text.slice(span.start as u32, span.end as u32));
    }
}

// Plain property accesses on the objects `JSON.parse` made, which cannot throw.
#[wasm_bindgen]
extern "C" {
    /// A result of [`summarize`].
    type SummaryObject;

    #[wasm_bindgen(method, getter)]
    fn sentences(this: &SummaryObject) -> JsValue;

    /// An object of a result that gets a `text`.
    type WithText;

    #[wasm_bindgen(method, setter = text)]
    fn set_text(this: &WithText, text: &JsString);
}
