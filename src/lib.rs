//! Abridge summarizes news articles: it splits a text into sentences, scores them, and
//! returns an extractive summary, the key quotes with their speakers, and keywords.
//!
//! ```
//! let text = "The city council voted on Tuesday to build a new bridge over the river. \
//!             The bridge will cost $40 million and open in 2028. \
//!             \"This bridge connects two halves of our city,\" Mayor Ana Ruiz said. \
//!             Critics said the money should go to schools instead. \
//!             Construction starts in the spring.";
//! let summary = abridge::summarize(text, &abridge::Options::new())?;
//! assert_eq!(summary.summary_sentences().count(), 3);
//! # Ok::<(), abridge::Error>(())
//! ```
#![deny(missing_docs)]

mod error;
mod keywords;
mod lang;
mod offsets;
mod options;
mod quotes;
mod score;
mod segment;
mod select;
mod summary;
mod terms;
#[cfg(target_arch = "wasm32")]
mod wasm;

pub use error::Error;
pub use lang::Language;
pub use offsets::{OffsetMap, Unit};
pub use options::{Length, Options};
pub use segment::{segment, Segment, Segmentation};
pub use summary::{Keyword, Quote, QuoteKind, Score, Sentence, Span, Summary};

/// Summarizes `text`: its sentences with their scores, the chosen ones, its key quotes and
/// its keywords.
///
/// Fails on empty text, on text with no sentence, and on invalid options.
pub fn summarize(text: &str, options: &Options) -> Result<Summary, Error> {
    options.validate()?;
    if text.trim().is_empty() {
        return Err(Error::EmptyText);
    }
    let language = match &options.language {
        Some(code) => Language::get(code)?,
        None => Language::detect(text),
    };
    let segmentation = segment(text, language);
    if segmentation.sentences.is_empty() {
        return Err(Error::NoSentences);
    }
    let tokens: Vec<_> = segmentation
        .sentences
        .iter()
        .map(|s| terms::tokenize(text, s.span, language))
        .collect();
    let scores = score::score(&tokens);
    let selected = select::select(&scores, options.length);
    let sentences = segmentation
        .sentences
        .iter()
        .zip(&tokens)
        .zip(scores)
        .map(|((s, tokens), score)| Sentence {
            span: s.span,
            text: s.span.slice(text).to_string(),
            paragraph: s.paragraph,
            words: tokens.len(),
            score,
        })
        .collect();
    let mut quotes = quotes::find(text, &segmentation.paragraphs, language);
    quotes.truncate(options.max_quotes);
    Ok(Summary {
        language: language.code().to_string(),
        title: options.title.clone(),
        sentences,
        selected,
        quotes,
        keywords: keywords::extract(&tokens, options.max_keywords),
    })
}
