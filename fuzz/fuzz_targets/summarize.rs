//! `summarize` on any UTF-8 text with any length option, its language detected or given (as
//! one with elision, French or Italian, or without spaces): no panic, only the documented
//! errors, and every invariant of `tests/common` holds.
#![no_main]

use abridge::{Error, Length, Options};
use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/mod.rs"]
mod common;

const LANGUAGES: [&str; 6] = ["", "en", "fr", "it", "de", "zh"];

fuzz_target!(|input: (u8, u16, &str)| {
    let (kind, n, text) = input;
    let n = n.max(1);
    let length = match kind % 5 {
        0 => Length::Auto,
        1 => Length::Sentences(n.into()),
        2 => Length::Ratio(f64::from(n) / f64::from(u16::MAX)),
        3 => Length::Words(n.into()),
        _ => Length::Chars(n.into()),
    };
    let mut options = Options::new().length(length);
    let language = LANGUAGES[usize::from(kind / 5) % LANGUAGES.len()];
    if !language.is_empty() {
        options = options.language(language);
    }
    match abridge::summarize(text, &options) {
        Ok(summary) => common::check_summary(text, &summary).unwrap(),
        Err(Error::EmptyText) => assert!(text.trim().is_empty()),
        Err(Error::NoSentences) => assert!(!text.trim().is_empty()),
        Err(other) => panic!("valid options refused: {other:?}"),
    }
});
