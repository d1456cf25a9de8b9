//! Words, and the terms that scoring counts.

use unicode_segmentation::UnicodeSegmentation;

use crate::lang::Language;
use crate::Span;

/// One word of the text.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Token<'t> {
    /// Where it is.
    pub span: Span,
    /// As written.
    pub word: &'t str,
    /// Lowercased and stemmed: what is counted.
    pub term: String,
    /// Whether it is a stop word.
    pub stop: bool,
}

/// The words of `span` in `text`.
pub(crate) fn tokenize<'t>(text: &'t str, span: Span, language: &Language) -> Vec<Token<'t>> {
    span.slice(text)
        .unicode_word_indices()
        .map(|(i, word)| {
            let lower = word.to_lowercase();
            let stop = language.is_stopword(&lower);
            let term = language.stem(&lower).into_owned();
            Token {
                span: Span::new(span.start + i, span.start + i + word.len()),
                word,
                term,
                stop,
            }
        })
        .collect()
}
