//! The pipeline's stages one at a time, for `benches/summarize.rs` to split the cost of a
//! summary, and the floor the benchmarks compare a summary with. Not part of the API: hidden
//! from the docs and left out of the wasm.

use unicode_segmentation::UnicodeSegmentation;

use crate::lang::Language;
use crate::terms::{Sentences, Vocabulary};
use crate::{keywords, quotes, score, Options, Segmentation};

/// A text read up to its terms, so that each later stage can be run on its own.
pub struct Stages<'t> {
    text: &'t str,
    language: &'static Language,
    segmentation: Segmentation,
    tokens: Sentences,
    terms: usize,
}

impl<'t> Stages<'t> {
    /// Splits and tokenizes `text`, in its detected language.
    pub fn new(text: &'t str) -> Stages<'t> {
        let language = Language::detect(text);
        let segmentation = crate::segment(text, language);
        let (tokens, terms) = Self::tokenize(text, language, &segmentation);
        Stages {
            text,
            language,
            segmentation,
            tokens,
            terms,
        }
    }

    fn tokenize(
        text: &'t str,
        language: &'t Language,
        segmentation: &Segmentation,
    ) -> (Sentences, usize) {
        let mut vocabulary = Vocabulary::new(language);
        let tokens = vocabulary.sentences(text, &segmentation.sentences);
        (tokens, vocabulary.len())
    }

    /// Language detection; returns the language's code.
    pub fn detect(&self) -> &'static str {
        Language::detect(self.text).code()
    }

    /// Sentence splitting; returns the sentence count.
    pub fn segment(&self) -> usize {
        crate::segment(self.text, self.language).sentences.len()
    }

    /// Words, case folding, stop words and stems of every sentence; returns the word count.
    pub fn terms(&self) -> usize {
        let (tokens, _) = Self::tokenize(self.text, self.language, &self.segmentation);
        tokens.iter().map(<[_]>::len).sum()
    }

    /// The term weights and sentence centralities that scores are made of; returns the
    /// number of distinct terms.
    pub fn model(&self) -> usize {
        score::Model::new(&self.tokens, self.terms, score::WEIGHTS)
            .weight
            .len()
    }

    /// Quotations and their speakers; returns how many.
    pub fn quotes(&self) -> usize {
        quotes::find(self.text, &self.segmentation.paragraphs, self.language).len()
    }

    /// Keywords and names; returns how many.
    pub fn keywords(&self) -> usize {
        let max = Options::DEFAULT_MAX_KEYWORDS;
        keywords::extract(self.text, &self.tokens, self.terms, self.language, max).len()
    }
}

/// The floor the benchmarks compare a summary with: `text`'s Unicode words, counted, as
/// any summarizer must at least read them.
///
/// Read line by line, which gives the same words (UAX #29 breaks on both sides of a line
/// break) at the library's best speed: `unicode-segmentation` reads a text without a
/// character beyond ASCII on a path of its own, about twice as fast, and one `é` or curly
/// quote anywhere in a 10 MB text would otherwise turn it off for all of it.
pub fn floor(text: &str) -> usize {
    text.split('\n')
        .map(|line| line.unicode_words().count())
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn the_floor_counts_the_words_of_the_whole_text(
            text in "([a-zA-Z0-9]{1,6}|[ .,'\u{2019}]|\r?\n|[éß日本]|\\PC){0,200}",
        ) {
            proptest::prop_assert_eq!(floor(&text), text.unicode_words().count());
        }
    }
}
