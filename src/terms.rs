//! Words, and the terms that scoring counts.
//!
//! A word becomes a term by case folding, dropping a possessive `'s`, writing numbers one way
//! (`6,000` and `6000` are one term) and stemming through the [`Language`], so `Trump's`,
//! `Trump` and `TRUMP` count as one term and `governments` as `government`.

use std::borrow::Cow;

use crate::lang::Language;
use crate::Span;

/// One word of the text.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Token<'t> {
    /// Where it is.
    pub span: Span,
    /// As written.
    pub word: &'t str,
    /// Folded, normalised and stemmed: what is counted.
    pub term: String,
    /// Whether it is a stop word, which scoring ignores.
    pub stop: bool,
    /// Whether it is written with a capital (or title-case) first letter: names are.
    pub capitalized: bool,
}

/// The words of `span` in `text`.
pub(crate) fn tokenize<'t>(text: &'t str, span: Span, language: &Language) -> Vec<Token<'t>> {
    language
        .words(span.slice(text))
        .map(|(i, word)| {
            let (term, stop) = normalize(word, language);
            // `Ruiz's` is written `Ruiz` where it is shown as a keyword.
            let word = if stop {
                word
            } else {
                &word[..word.len() - possessive_len(word)]
            };
            Token {
                span: Span::new(span.start + i, span.start + i + word.len()),
                word,
                term,
                stop,
                capitalized: word.chars().next().is_some_and(char::is_uppercase),
            }
        })
        .collect()
}

/// The term of one word and whether it is a stop word.
pub(crate) fn normalize(word: &str, language: &Language) -> (String, bool) {
    let mut lower = word.to_lowercase();
    if lower.contains('\u{2019}') {
        // A typographic apostrophe spells the same word as a straight one (`don’t`).
        lower = lower.replace('\u{2019}', "'");
    }
    if language.is_stopword(&lower) {
        return (lower, true);
    }
    lower.truncate(lower.len() - possessive_len(&lower));
    if is_number(&lower) {
        return (normalize_number(&lower).into_owned(), false);
    }
    let stop = language.is_stopword(&lower);
    let term = language.stem(&lower).into_owned();
    (term, stop)
}

/// The length in bytes of a possessive `'s` (or `’s`) ending `word`, or 0.
fn possessive_len(word: &str) -> usize {
    let Some(rest) = word.strip_suffix(['s', 'S']) else {
        return 0;
    };
    match rest.chars().next_back() {
        Some(mark @ ('\'' | '\u{2019}')) if rest.len() > mark.len_utf8() => 1 + mark.len_utf8(),
        _ => 0,
    }
}

/// Whether `word` is a number as written in running text (`2028`, `6,000`, `3.7`, `1.13bn`).
fn is_number(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_digit())
}

/// Drops digit-group separators, so that `6,000`, `6 000` and `6000` are one term; a
/// decimal point is kept.
fn normalize_number(word: &str) -> Cow<'_, str> {
    if !word.contains([',', '\u{a0}', '\u{202f}', '\'']) {
        return Cow::Borrowed(word);
    }
    Cow::Owned(
        word.chars()
            .filter(|c| !matches!(c, ',' | '\u{a0}' | '\u{202f}' | '\''))
            .collect(),
    )
}
