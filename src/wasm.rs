//! The JavaScript API: converts types and calls the core, nothing else.
//!
//! Offsets cross into JavaScript as UTF-16 code units, so that `text.slice(start, end)` in
//! JS gives back what the core found. Results are plain objects (no classes to free) made
//! by one JSON-compatible serializer: `None` becomes `null`, maps become objects.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::{Language, OffsetMap, Options, Unit};

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
  total: number;
  terms: number;
  position: number;
  title: number;
  length: number;
  opener: number;
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

/** A sentence as the splitter finds it, before scoring. */
export interface SentenceSpan extends Span {
  text: string;
  paragraph: number;
}
"#;

/// Summarizes `text`. `options` is an object such as `{sentences: 3, title: "…"}`, or
/// missing; offsets in the result are UTF-16 code units into `text`.
#[wasm_bindgen(unchecked_return_type = "Summary")]
pub fn summarize(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "Options")] options: Option<JsValue>,
) -> Result<JsValue, JsError> {
    let options = match options {
        Some(value) if !value.is_null() && !value.is_undefined() => {
            serde_wasm_bindgen::from_value::<Options>(value)
                .map_err(|e| JsError::new(&format!("invalid options: {e}")))?
        }
        _ => Options::new(),
    };
    let mut summary = crate::summarize(text, &options)?;
    let map = OffsetMap::new(text, Unit::Utf16);
    summary.map_offsets(|byte| map.convert(byte));
    to_js(&summary)
}

/// Splits `text` into sentences, with UTF-16 offsets. `language` is an ISO 639-1 code;
/// when missing, the language is detected.
#[wasm_bindgen(unchecked_return_type = "SentenceSpan[]")]
pub fn sentences(text: &str, language: Option<String>) -> Result<JsValue, JsError> {
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

fn to_js(value: &impl Serialize) -> Result<JsValue, JsError> {
    Ok(value.serialize(&serde_wasm_bindgen::Serializer::json_compatible())?)
}

/// The languages Abridge has data for, English first, as `[{code, name}]`: what the page
/// offers in its language menu.
#[wasm_bindgen]
pub fn languages() -> Result<JsValue, JsError> {
    let list: Vec<_> = crate::Language::supported()
        .map(|l| LanguageInfo {
            code: l.code(),
            name: l.name(),
        })
        .collect();
    Ok(list.serialize(&serde_wasm_bindgen::Serializer::json_compatible())?)
}

#[derive(Serialize)]
struct LanguageInfo {
    code: &'static str,
    name: &'static str,
}
