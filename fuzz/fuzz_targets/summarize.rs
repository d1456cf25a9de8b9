//! `summarize` on any UTF-8 text with any length option: no panic, only the documented
//! errors, and every invariant of `tests/common` holds.
#![no_main]

use abridge::{Error, Length, Options};
use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/mod.rs"]
mod common;

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
    match abridge::summarize(text, &Options::new().length(length)) {
        Ok(summary) => common::check_summary(text, &summary).unwrap(),
        Err(Error::EmptyText) => assert!(text.trim().is_empty()),
        Err(Error::NoSentences) => assert!(!text.trim().is_empty()),
        Err(other) => panic!("valid options refused: {other:?}"),
    }
});
