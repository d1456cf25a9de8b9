//! The pipeline's stages one at a time, for `benches/summarize.rs` to split the cost of a
//! summary. Not part of the API: hidden from the docs and left out of the wasm.

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
        keywords::extract(self.text, &self.tokens, self.terms, max).len()
    }
}
