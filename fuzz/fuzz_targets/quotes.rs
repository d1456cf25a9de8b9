//! The quote finder through `summarize`, on texts built from quote marks, speech verbs, names
//! and punctuation (each input byte picks one piece), so that nearly every input is dense
//! with opening and closing marks, attributions and paragraph breaks.
#![no_main]

use abridge::Options;
use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/mod.rs"]
mod common;

const PIECES: &[&str] = &[
    "\"",
    "\u{201c}",
    "\u{201d}",
    "\u{2018}",
    "\u{2019}",
    "'",
    "\u{ab}",
    "\u{bb}",
    "\u{201e}",
    "\u{300c}",
    "\u{300d}",
    "\u{300e}",
    "\u{300f}",
    " ",
    " ",
    "\n",
    "\n\n",
    ",",
    ".",
    "!",
    "?",
    ":",
    " - ",
    "\u{2014}",
    "said",
    "says",
    "told",
    "added",
    "according to",
    "he",
    "she",
    "they",
    "Ms Hewitt",
    "Patricia Hewitt",
    "JD Vance",
    "Tammy Bruce",
    "the State Department",
    "a doctor",
    "reporters",
    "We will not",
    "desperate",
    "avoid miscalculation",
    "It is",
    "time",
    "to talk",
    "Mr.",
    "U.S.",
    "e\u{301}",
    "😀",
    "\u{200f}",
    "\0",
];

fuzz_target!(|picks: &[u8]| {
    let text: String = picks
        .iter()
        .map(|&b| PIECES[usize::from(b) % PIECES.len()])
        .collect();
    if let Ok(summary) = abridge::summarize(&text, &Options::new().max_quotes(usize::MAX)) {
        common::check_summary(&text, &summary).unwrap();
    }
});
