//! The JavaScript API: converts types and calls the core, nothing else.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::{OffsetMap, Options, Unit};

/// Summarizes `text`. `options` is an object such as `{sentences: 3, title: "…"}` or
/// `undefined`; offsets in the result are UTF-16 code units into `text`.
#[wasm_bindgen]
pub fn summarize(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    let options: Options = if options.is_undefined() || options.is_null() {
        Options::new()
    } else {
        serde_wasm_bindgen::from_value(options).map_err(|e| JsError::new(&e.to_string()))?
    };
    let mut summary = crate::summarize(text, &options)?;
    let map = OffsetMap::new(text, Unit::Utf16);
    summary.map_offsets(|byte| map.convert(byte));
    Ok(summary.serialize(&serde_wasm_bindgen::Serializer::json_compatible())?)
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
