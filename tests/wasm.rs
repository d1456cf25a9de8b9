//! The JavaScript API in a real browser: UTF-16 offsets, errors as JS `Error`s, the shape of
//! the result. Run with `wasm-pack test --headless --chrome`.
#![cfg(target_arch = "wasm32")]

use abridge::wasm::{languages, sentences, summarize, version};
use js_sys::{Array, JsString, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A news-like text whose sentences hold characters outside the Basic Multilingual Plane
/// (two UTF-16 units, four UTF-8 bytes) and CJK (one UTF-16 unit, three bytes), so that
/// byte, code point and UTF-16 offsets all differ.
const MIXED: &str = "Officials in 東京 announced a festival 🎉 for the whole city on Monday. \
    \"We expect 😀 crowds,\" Mayor Aiko Tanaka said. \
    The budget of ¥40 million covers music, food and 🚇 transport.\n\
    東京都は月曜日に祭りを発表した。市長は「大勢の人出を期待している」と述べた。\n\
    Critics said the money 💴 should fund schools instead.";

fn get(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &key.into()).unwrap_or_else(|_| panic!("no field {key}"))
}

fn number(object: &JsValue, key: &str) -> u32 {
    get(object, key)
        .as_f64()
        .unwrap_or_else(|| panic!("{key} is not a number")) as u32
}

fn string(object: &JsValue, key: &str) -> String {
    get(object, key)
        .as_string()
        .unwrap_or_else(|| panic!("{key} is not a string"))
}

fn array(object: &JsValue, key: &str) -> Vec<JsValue> {
    get(object, key)
        .dyn_into::<Array>()
        .unwrap_or_else(|_| panic!("{key} is not an array"))
        .to_vec()
}

/// Builds a JS options object from JSON, as a page would write it.
fn options(json: &str) -> JsValue {
    js_sys::JSON::parse(json).expect("test options are valid JSON")
}

/// Asserts that slicing the JS string by each span's `start`/`end` gives its `text`.
fn assert_slices_back(text: &JsString, spans: &[JsValue]) {
    assert!(!spans.is_empty());
    for span in spans {
        let (start, end) = (number(span, "start"), number(span, "end"));
        assert!(start < end && end <= text.length(), "{start}..{end}");
        assert_eq!(
            String::from(text.slice(start, end)),
            string(span, "text"),
            "span {start}..{end}"
        );
    }
}

fn error_message(result: Result<JsValue, wasm_bindgen::JsError>) -> String {
    let error = JsValue::from(result.expect_err("expected an error"));
    let error: js_sys::Error = error.dyn_into().expect("a JS Error");
    String::from(error.message())
}

#[wasm_bindgen_test]
fn sentence_offsets_are_utf16_on_emoji_and_cjk() {
    let summary = summarize(MIXED.into(), None).unwrap();
    let sentences = array(&summary, "sentences");
    assert!(sentences.len() >= 5, "{} sentences", sentences.len());
    assert_slices_back(&JsString::from(MIXED), &sentences);
    // The last sentence ends the text: its end is the text's length in UTF-16 units, which
    // differs from both its byte and its code point length here.
    let last = sentences.last().unwrap();
    let utf16_len = MIXED.encode_utf16().count() as u32;
    assert_eq!(number(last, "end"), utf16_len);
    assert_ne!(utf16_len as usize, MIXED.len());
    assert_ne!(utf16_len as usize, MIXED.chars().count());
}

/// Every span the JS API returns covers, in the JS string, what the core's byte span covers
/// in the Rust string.
#[wasm_bindgen_test]
fn every_span_slices_to_what_the_core_found() {
    let core = abridge::summarize(MIXED, &abridge::Options::new()).unwrap();
    let js = summarize(MIXED.into(), None).unwrap();
    let text = JsString::from(MIXED);
    let same = |what: &str, js_span: &JsValue, core_span: abridge::Span| {
        let (start, end) = (number(js_span, "start"), number(js_span, "end"));
        assert_eq!(
            String::from(text.slice(start, end)),
            core_span.slice(MIXED),
            "{what} at {start}..{end}"
        );
    };
    let sentences = array(&js, "sentences");
    assert_eq!(sentences.len(), core.sentences.len());
    for (js, core) in sentences.iter().zip(&core.sentences) {
        same("sentence", js, core.span);
    }
    let quotes = array(&js, "quotes");
    assert_eq!(quotes.len(), core.quotes.len());
    for (js, core) in quotes.iter().zip(&core.quotes) {
        same("quote", js, core.span);
        if let Some(speaker) = core.speaker_span {
            same("speaker", &get(js, "speakerSpan"), speaker);
        }
    }
    let keywords = array(&js, "keywords");
    assert_eq!(keywords.len(), core.keywords.len());
    for (js, core) in keywords.iter().zip(&core.keywords) {
        let spans = array(js, "spans");
        assert_eq!(spans.len(), core.spans.len());
        for (js, &core) in spans.iter().zip(&core.spans) {
            same("keyword", js, core);
        }
    }
}

/// The JS summary is the core's, field for field and in the same order, with UTF-16 offsets,
/// though `wasm.js` builds it from numbers and slices of the caller's string: also where a
/// speaker is shown by a name written elsewhere than where the quote names them (`Tanaka`,
/// `she`), after an emoji, in a text that is not all ASCII and in one that is.
#[wasm_bindgen_test]
fn the_summary_is_the_cores_with_utf16_offsets() {
    let named = "Mayor Aiko Tanaka 🎉 opened the fair on Monday.\n\
        \"It is a good day for the city,\" Tanaka said. \"We waited years for it,\" she added.";
    let ascii = named.replace(" 🎉", "");
    for text in [MIXED, named, &ascii] {
        let mut core = abridge::summarize(text, &abridge::Options::new()).unwrap();
        let map = abridge::OffsetMap::new(text, abridge::Unit::Utf16);
        core.map_offsets(|byte| map.convert(byte));
        let expected = js_sys::JSON::parse(&serde_json::to_string(&core).unwrap()).unwrap();
        let js = summarize(text.into(), None).unwrap();
        let json = |value: &JsValue| String::from(js_sys::JSON::stringify(value).unwrap());
        assert_eq!(json(&js), json(&expected));
    }
}

#[wasm_bindgen_test]
fn sentences_export_gives_utf16_spans() {
    let spans = sentences(MIXED.into(), None)
        .unwrap()
        .dyn_into::<Array>()
        .unwrap();
    let spans = spans.to_vec();
    assert_slices_back(&JsString::from(MIXED), &spans);
    let from_summary = array(&summarize(MIXED.into(), None).unwrap(), "sentences");
    assert_eq!(spans.len(), from_summary.len());
}

#[wasm_bindgen_test]
fn summary_has_the_documented_shape() {
    let summary = summarize(
        MIXED.into(),
        Some(options(r#"{"sentences": 2, "title": "A festival"}"#)),
    )
    .unwrap();
    assert!(summary.is_object());
    let mut keys: Vec<String> = Object::keys(summary.unchecked_ref::<Object>())
        .to_vec()
        .iter()
        .filter_map(JsValue::as_string)
        .collect();
    keys.sort();
    assert_eq!(
        keys,
        [
            "keywords",
            "language",
            "quotes",
            "selected",
            "sentences",
            "title"
        ]
    );
    assert_eq!(string(&summary, "language"), "en");
    assert_eq!(string(&summary, "title"), "A festival");
    let selected: Vec<u32> = array(&summary, "selected")
        .iter()
        .map(|i| i.as_f64().unwrap() as u32)
        .collect();
    assert_eq!(selected.len(), 2);
    assert!(selected.windows(2).all(|w| w[0] < w[1]), "{selected:?}");
    let sentence = &array(&summary, "sentences")[0];
    let score = get(sentence, "score");
    for part in [
        "total",
        "terms",
        "position",
        "title",
        "length",
        "opener",
        "redundancy",
    ] {
        assert!(get(&score, part).as_f64().is_some(), "score.{part}");
    }
    assert!(get(sentence, "paragraph").as_f64().is_some());
    assert!(get(sentence, "words").as_f64().is_some());
}

#[wasm_bindgen_test]
fn missing_and_null_options_mean_the_defaults() {
    let with_none = summarize(MIXED.into(), None).unwrap();
    let with_null = summarize(MIXED.into(), Some(JsValue::NULL)).unwrap();
    let with_empty = summarize(MIXED.into(), Some(options("{}"))).unwrap();
    let selected = |s: &JsValue| js_sys::JSON::stringify(&get(s, "selected")).unwrap();
    assert_eq!(selected(&with_none), selected(&with_null));
    assert_eq!(selected(&with_none), selected(&with_empty));
    // A field that is null is not given, as in JSON.
    let with_null_fields = r#"{"sentences": null, "title": null, "maxQuotes": null}"#;
    let with_null_fields = summarize(MIXED.into(), Some(options(with_null_fields))).unwrap();
    assert_eq!(selected(&with_none), selected(&with_null_fields));
}

#[wasm_bindgen_test]
fn a_count_past_what_the_engine_counts_means_all() {
    let all = summarize(MIXED.into(), Some(options(r#"{"ratio": 1}"#))).unwrap();
    let huge = summarize(MIXED.into(), Some(options(r#"{"sentences": 1e15}"#))).unwrap();
    let sentences = array(&all, "sentences").len();
    assert!(sentences > 1);
    assert_eq!(array(&huge, "selected").len(), sentences);
    assert_eq!(array(&all, "selected").len(), sentences);
}

#[wasm_bindgen_test]
fn missing_title_is_null_not_undefined() {
    let summary = summarize(MIXED.into(), Some(options(r#"{"sentences": 1}"#))).unwrap();
    let title = get(&summary, "title");
    assert!(title.is_null() || title.is_string(), "{title:?}");
}

#[wasm_bindgen_test]
fn bad_options_are_js_errors_naming_the_value() {
    let cases = [
        (r#"{"sentences": 0}"#, "sentences must be at least 1, got 0"),
        (r#"{"ratio": 1.5}"#, "ratio must be"),
        (r#"{"sentences": 3, "ratio": 0.5}"#, "at most one of"),
        (r#"{"sentence": 3}"#, "unknown field `sentence`"),
        (
            r#"{"sentences": "three"}"#,
            "sentences must be a whole number, 0 or more, got \"three\"",
        ),
        (r#"{"maxQuotes": 2.5}"#, "maxQuotes must be a whole number"),
        (
            r#"{"ratio": "half"}"#,
            "ratio must be a number, got \"half\"",
        ),
        (r#"{"title": 5}"#, "title must be a string, got 5"),
        (
            r#"{"language": ["en"]}"#,
            "language must be a string, got an object",
        ),
        (r#"{"language": "german"}"#, "unknown language \"german\""),
        ("7", "invalid options"),
    ];
    for (json, expected) in cases {
        let message = error_message(summarize(MIXED.into(), Some(options(json))));
        assert!(
            message.contains(expected),
            "{json}: {message:?} lacks {expected:?}"
        );
    }
}

#[wasm_bindgen_test]
fn empty_text_is_a_js_error() {
    for text in ["", "   \n\t "] {
        let message = error_message(summarize(text.into(), None));
        assert!(message.contains("empty"), "{text:?}: {message:?}");
    }
}

#[wasm_bindgen_test]
fn text_that_is_not_a_string_is_a_js_error() {
    let number: JsString = JsValue::from(7).unchecked_into();
    let message = error_message(summarize(number, None));
    assert_eq!(message, "the text must be a string, got number");
    let message = error_message(sentences(JsValue::UNDEFINED.unchecked_into(), None));
    assert_eq!(message, "the text must be a string, got undefined");
}

#[wasm_bindgen_test]
fn unknown_language_in_sentences_is_a_js_error() {
    let message = error_message(sentences(MIXED.into(), Some("german".into())));
    assert!(message.contains("german"), "{message:?}");
    // A count where `summarize` would take one in its options.
    let message = error_message(sentences(MIXED.into(), Some(JsValue::from(5))));
    assert_eq!(message, "language must be a string, got 5");
}

/// A Map or an array has entries, but no fields read as options: refused, not read as none.
#[wasm_bindgen_test]
fn options_in_a_map_or_an_array_are_a_js_error() {
    let map = js_sys::Map::new();
    map.set(&"sentences".into(), &1.into());
    let array = Array::of1(&options(r#"{"sentences": 1}"#));
    for (value, kind) in [(JsValue::from(map), "a Map"), (array.into(), "an array")] {
        let message = error_message(summarize(MIXED.into(), Some(value)));
        assert_eq!(
            message,
            format!("invalid options: expected an object, got {kind}")
        );
    }
}

#[wasm_bindgen_test]
fn languages_are_the_cores() {
    let listed = languages().to_vec();
    let codes: Vec<String> = listed.iter().map(|l| string(l, "code")).collect();
    let core: Vec<&str> = abridge::Language::supported().map(|l| l.code()).collect();
    assert_eq!(codes, core);
    assert_eq!(codes[0], "en");
    for language in &listed {
        assert!(!string(language, "name").is_empty());
    }
}

#[wasm_bindgen_test]
fn version_is_the_crate_version() {
    assert_eq!(version(), env!("CARGO_PKG_VERSION"));
}
