//! Invariants of `summarize` and of offset conversion, checked on arbitrary Unicode.
//!
//! The text generator mixes real words, sentence punctuation and quote marks (so that the
//! splitter, the quote finder and the scorer all take their interesting paths) with the
//! characters that break naive string code: combining marks, ZWJ emoji sequences,
//! bidirectional controls, NUL and other control characters, and any `char` at all.

use abridge::{Error, Length, OffsetMap, Options, Summary, Unit};
use proptest::prelude::*;

mod common;

/// Pieces of text that steer the generator towards sentence and quote boundaries.
#[rustfmt::skip]
const PIECES: &[&str] = &[
    "The", "minister", "said", "Mr.", "Ms", "Hewitt", "U.S.", "J. R.", "No. 5", "3.14",
    "$40m", "e.g.", "he", "added", "told", "according to", "It", "But", "reporters", "talks",
    "www.example.com", "a@b.org", "...", "…", ".", ". ", "!", "?", "?!", "。", "！", "？",
    ",", ":", ";", " - ", "—", "(", ")", "[", "]", "\"", "\u{201c}", "\u{201d}", "\u{2018}",
    "\u{2019}", "'", "«", "»", "„", "「", "」", "『", "』", " ", "  ", "\n", "\n\n", "\r\n",
    "\t", "\u{a0}", "\u{2028}", "\u{2029}", "\u{3000}",
    // Combining marks, on their own and after a letter.
    "\u{301}", "e\u{301}", "a\u{308}\u{323}",
    // Emoji: single, with skin tone, ZWJ family, flag, keycap.
    "😀", "👍🏽", "👩\u{200d}👩\u{200d}👧", "🇫🇷", "1\u{fe0f}\u{20e3}",
    // Bidirectional marks and overrides, Arabic and Hebrew words.
    "\u{200f}", "\u{200e}", "\u{202e}", "\u{2066}", "\u{2069}", "مرحبا", "שלום",
    // Controls: NUL, escape, bell, vertical tab, form feed, next line, BOM, zero widths.
    "\0", "\u{1b}", "\u{7}", "\u{b}", "\u{c}", "\u{85}", "\u{feff}", "\u{200b}", "\u{200d}",
    // CJK, and a character outside the BMP that is no emoji.
    "北京", "東京は晴れ", "𝔘𝔫𝔦",
    // French and Italian words elided before an apostrophe, and a possessive's `s`.
    "l", "L", "qu", "dell", "s",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => proptest::sample::select(PIECES).prop_map(str::to_string),
        2 => "[A-Z][a-z]{0,8}",
        1 => any::<char>().prop_map(String::from),
    ]
}

/// Texts of up to a few hundred pieces, joined by spaces or by nothing.
fn text() -> impl Strategy<Value = String> {
    (proptest::collection::vec(piece(), 0..300), any::<bool>())
        .prop_map(|(pieces, spaced)| pieces.join(if spaced { " " } else { "" }))
}

fn length() -> impl Strategy<Value = Length> {
    prop_oneof![
        Just(Length::Auto),
        (1usize..12).prop_map(Length::Sentences),
        (0.01f64..=1.0).prop_map(Length::Ratio),
        (1usize..80).prop_map(Length::Words),
        (1usize..400).prop_map(Length::Chars),
    ]
}

/// A valid `Options` can only fail on the text, and only for the two documented reasons.
fn summarize<'t>(text: &'t str, options: &Options) -> Result<Option<Summary<'t>>, TestCaseError> {
    match abridge::summarize(text, options) {
        Ok(summary) => Ok(Some(summary)),
        Err(Error::EmptyText) => {
            prop_assert!(text.trim().is_empty(), "EmptyText for a text with words");
            Ok(None)
        }
        Err(Error::NoSentences) => {
            prop_assert!(!text.trim().is_empty(), "NoSentences for blank text");
            Ok(None)
        }
        Err(other) => Err(TestCaseError::fail(format!("unexpected error {other:?}"))),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn segmentation_nests_sentences_in_paragraphs(text in text()) {
        let language = abridge::Language::get("en").unwrap();
        let seg = abridge::segment(&text, language);
        let on_boundaries = |span: abridge::Span| span.start <= span.end
            && text.get(span.start..span.end).is_some();
        for &p in &seg.paragraphs {
            prop_assert!(on_boundaries(p), "paragraph {:?}", p);
        }
        for s in &seg.sentences {
            prop_assert!(on_boundaries(s.span), "sentence {:?}", s.span);
            let Some(p) = seg.paragraphs.get(s.paragraph) else {
                return Err(TestCaseError::fail(format!("no paragraph {}", s.paragraph)));
            };
            prop_assert!(p.start <= s.span.start && s.span.end <= p.end,
                "sentence {:?} outside its paragraph {:?}", s.span, p);
        }
    }

    /// Spans slice back to their text, and the summary is a subsequence of the sentences in
    /// document order (see `common::check_summary`), whatever language the text is read as.
    #[test]
    fn spans_and_selection_are_consistent(
        text in text(),
        length in length(),
        language in proptest::sample::select(&["", "en", "fr", "it", "de", "zh"][..]),
    ) {
        let mut options = Options::new().length(length);
        if !language.is_empty() {
            options = options.language(language);
        }
        let Some(summary) = summarize(&text, &options)? else { return Ok(()) };
        common::check_summary(&text, &summary).map_err(TestCaseError::fail)?;
    }

    #[test]
    fn same_input_same_output(text in text(), length in length()) {
        let options = Options::new().length(length);
        let first = abridge::summarize(&text, &options);
        let second = abridge::summarize(&text, &options);
        prop_assert_eq!(first, second);
    }

    #[test]
    fn summary_respects_the_requested_length(text in text(), length in length()) {
        let options = Options::new().length(length);
        let Some(summary) = summarize(&text, &options)? else { return Ok(()) };
        let n = summary.sentences.len();
        let chosen = summary.selected.len();
        let chosen_sentences = || summary.summary_sentences();
        match length {
            Length::Auto => prop_assert!(
                (Length::AUTO_MIN.min(n)..=Length::AUTO_MAX.min(n)).contains(&chosen),
                "auto chose {} of {}", chosen, n),
            Length::Sentences(k) => prop_assert_eq!(chosen, k.min(n)),
            Length::Ratio(r) => {
                let expected = ((r * n as f64).ceil() as usize).clamp(1, n);
                prop_assert_eq!(chosen, expected, "ratio {}", r);
            }
            // One sentence is always given, even when it alone is over the limit.
            Length::Words(w) => {
                let words: usize = chosen_sentences().map(|s| s.words).sum();
                prop_assert!(chosen == 1 || words <= w, "{} words for a limit of {}", words, w);
            }
            Length::Chars(c) => {
                let chars: usize = chosen_sentences().map(|s| s.text.chars().count()).sum();
                prop_assert!(chosen == 1 || chars <= c, "{} chars for a limit of {}", chars, c);
            }
        }
    }

    #[test]
    fn utf16_and_code_point_offsets_count_the_prefix(text in text()) {
        let utf16 = OffsetMap::new(&text, Unit::Utf16);
        let points = OffsetMap::new(&text, Unit::CodePoint);
        // The prefix counts, grown piece by piece so that the check stays linear.
        let (mut units, mut chars, mut previous) = (0, 0, 0);
        for byte in (0..=text.len()).filter(|&b| text.is_char_boundary(b)) {
            units += text[previous..byte].encode_utf16().count();
            chars += text[previous..byte].chars().count();
            previous = byte;
            prop_assert_eq!(utf16.convert(byte), units, "UTF-16 at byte {}", byte);
            prop_assert_eq!(points.convert(byte), chars, "code points at byte {}", byte);
        }
    }

    /// What JavaScript sees: spans mapped to UTF-16 index the same text in the UTF-16 string.
    #[test]
    fn utf16_spans_index_the_same_text(text in text()) {
        let Some(mut summary) = summarize(&text, &Options::new())? else { return Ok(()) };
        let map = OffsetMap::new(&text, Unit::Utf16);
        summary.map_offsets(|b| map.convert(b));
        let units: Vec<u16> = text.encode_utf16().collect();
        let spans = summary.sentences.iter().map(|s| (s.span, s.text))
            .chain(summary.quotes.iter().map(|q| (q.span, q.text)));
        for (span, expected) in spans {
            let slice = String::from_utf16(&units[span.start..span.end]).ok();
            prop_assert_eq!(slice.as_deref(), Some(expected), "at {:?}", span);
        }
    }
}
