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
//! let quote = summary.key_quotes().next().expect("a key quote");
//! assert_eq!(quote.speaker, Some("Ana Ruiz"));
//! assert!(summary.keywords.iter().any(|k| k.text == "bridge"));
//! # Ok::<(), abridge::Error>(())
//! ```
//!
//! # What it returns
//!
//! [`summarize`] gives a [`Summary`]: every [`Sentence`] with its [`Score`] (and why), the
//! indices of the chosen ones, the [`Quote`]s with their speakers and cue verbs (key quotes
//! first), and the [`Keyword`]s. Everything borrows from the text; nothing is copied but
//! the keywords' forms and the title.
//!
//! # Offsets
//!
//! Every [`Span`] is a range of UTF-8 bytes of the text given: `&text[span.start..span.end]`.
//! [`OffsetMap`] converts them into UTF-16 code units, as JavaScript indexes strings (what
//! the wasm package returns), or into code points, as Python does (what `abridge batch`
//! writes).
//!
//! # Options and errors
//!
//! [`Options`] sets the length ([`Length`]: a number of sentences, a share, a word or
//! character budget; by default a fifth of the sentences, 3 to 7), a title, a language and
//! how many quotes and keywords to return. A call fails with an [`Error`] that says what to
//! do: empty text, text of symbols alone, an invalid length, an unknown language code, a
//! text over 4 GiB. Nothing panics on any text (the fuzz and property tests hold it to that).
//!
//! # Languages
//!
//! The language is detected ([`Language::detect`]) unless given. Twenty have stop words and
//! a stemmer, with the default `languages` feature; without it, English alone, for the
//! smallest wasm. Any other well-formed code gets generic rules ([`Language::get`]).
//!
//! The same core runs the `abridge` command (batch work on every core, and the evaluation
//! against reference summaries) and, compiled to WebAssembly, the browser package (the
//! `wasm` module, built by wasm-pack).
#![deny(missing_docs)]

#[cfg(not(target_arch = "wasm32"))]
#[doc(hidden)]
pub mod bench;
mod error;
mod keywords;
mod lang;
mod lists;
mod offsets;
mod options;
mod quotes;
mod score;
mod segment;
mod select;
mod summary;
mod terms;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use error::Error;
pub use lang::{Language, Words};
pub use offsets::{OffsetMap, Unit};
pub use options::{Length, Options};
#[doc(hidden)]
pub use score::Signals;
pub use segment::{segment, Segment, Segmentation};
pub use summary::{Keyword, Quote, QuoteKind, Score, Sentence, Span, Summary};

// Compiles and runs the README's Rust example with the doctests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

/// Summarizes `text`: its sentences with their scores, the chosen ones, its key quotes and
/// its keywords.
///
/// Fails on empty text, on text with no sentence, and on invalid options.
pub fn summarize<'t>(text: &'t str, options: &Options) -> Result<Summary<'t>, Error> {
    summarize_with(text, options, Signals::ALL)
}

/// [`summarize`] with only some scoring signals, to measure what each adds.
#[doc(hidden)]
pub fn summarize_with<'t>(
    text: &'t str,
    options: &Options,
    signals: Signals,
) -> Result<Summary<'t>, Error> {
    options.validate()?;
    if text.trim().is_empty() {
        return Err(Error::EmptyText);
    }
    terms::check_length(text.len())?;
    // A blank title is none given, as a form's empty field is.
    let title = options.title.as_deref().filter(|t| !t.trim().is_empty());
    let language = Language::given_or_detected(options.language.as_deref(), text)?;
    let segmentation = segment(text, language);
    if segmentation.sentences.is_empty() {
        return Err(Error::NoSentences);
    }
    let mut vocabulary = terms::Vocabulary::new(language);
    let tokens = vocabulary.sentences(text, &segmentation.sentences);
    // Punctuation, symbols or emoji alone (`!!! ???`) make sentences of no words.
    if tokens.iter().all(|t| t.is_empty()) {
        return Err(Error::NoSentences);
    }
    let headline = headline(text, &segmentation, &tokens, title);
    let title = match (title, headline) {
        (Some(title), _) => Some(title.to_string()),
        (None, Some(i)) => Some(one_line(segmentation.sentences[i].span.slice(text))),
        (None, None) => None,
    };
    let weights = score::WEIGHTS;
    let model = score::Model::new(&tokens, vocabulary.len(), weights);
    let title_terms = title
        .as_deref()
        .map_or_else(Vec::new, |title| model.distinct(vocabulary.known(title)));
    // A headline introduces the text; the summary is made of the text it introduces, unless
    // it is asked for every sentence.
    let every = !matches!(options.length, Length::Words(_) | Length::Chars(_))
        && select::sentence_count(options.length, tokens.len()) >= tokens.len();
    let mut candidates = Vec::with_capacity(tokens.len());
    candidates.extend((0..tokens.len()).filter(|&i| Some(i) != headline || every));
    let mut features: Vec<score::Features> = tokens
        .iter()
        .map(|t| score::Features {
            rank: 0,
            words: t.len(),
            dependent_opener: t.first().is_some_and(|first| first.opener()),
        })
        .collect();
    for (rank, &i) in candidates.iter().enumerate() {
        features[i].rank = rank;
    }
    let costs: Vec<select::Cost> = segmentation
        .sentences
        .iter()
        .zip(tokens.iter())
        .map(|(s, t)| select::Cost {
            words: t.len(),
            chars: s.span.slice(text).chars().count(),
        })
        .collect();
    let selectivity =
        score::selectivity(select::share(options.length, &costs, &candidates), &weights);
    let mut scores = score::score(&model, &features, &title_terms, selectivity, signals);
    let redundancy = if signals.redundancy {
        weights.redundancy * selectivity
    } else {
        0.0
    };
    let selection = select::select(
        &model,
        &scores,
        &costs,
        &candidates,
        options.length,
        redundancy,
    );
    for (score, penalty) in scores.iter_mut().zip(&selection.redundancy) {
        score.redundancy = *penalty;
        score.total += penalty;
    }
    let sentences = segmentation
        .sentences
        .iter()
        .zip(tokens.iter())
        .zip(scores)
        .map(|((s, tokens), score)| Sentence {
            span: s.span,
            text: s.span.slice(text),
            paragraph: s.paragraph,
            words: tokens.len(),
            score,
        })
        .collect();
    // Quotes and keywords are a third of the work: none is done for none asked.
    let mut quotes = if options.max_quotes > 0 {
        quotes::find(text, &segmentation.paragraphs, language)
    } else {
        Vec::new()
    };
    // A quotation's words are those of the sentences it is in, found by where they start
    // rather than read again.
    let words = tokens.items();
    for quote in &mut quotes {
        let first = words.partition_point(|t| t.span().start < quote.span.start);
        let inside = words[first..]
            .iter()
            .take_while(|t| t.span().end <= quote.span.end);
        let terms = model.distinct(inside.filter(|t| !t.stop()).map(|t| t.term));
        quote.score = model.centrality(&terms);
    }
    // Key quotes first, the most central first; fragments after them.
    quotes.sort_by(|a, b| {
        (a.kind != QuoteKind::Statement)
            .cmp(&(b.kind != QuoteKind::Statement))
            .then(b.score.total_cmp(&a.score))
            .then(a.span.cmp(&b.span))
    });
    quotes.truncate(options.max_quotes);
    Ok(Summary {
        language: language.code().to_string(),
        title,
        sentences,
        selected: selection.chosen,
        quotes,
        keywords: match options.max_keywords {
            0 => Vec::new(),
            max => keywords::extract(text, &tokens, vocabulary.len(), language, max),
        },
    })
}

/// The most words a headline has: longer first lines are sentences.
const HEADLINE_MAX_WORDS: usize = 20;
/// The fewest words a headline has: a shorter first line is a label or a dateline
/// (`Date: unknown`, `WASHINGTON`).
const HEADLINE_MIN_WORDS: usize = 3;

/// The index of the sentence that is the text's headline, if any: the given title repeated
/// as the first line, or else a short first line without a sentence's final stop, followed
/// by more text.
fn headline(
    text: &str,
    segmentation: &Segmentation,
    tokens: &terms::Sentences,
    title: Option<&str>,
) -> Option<usize> {
    let first = segmentation.sentences.first()?;
    let alone = segmentation.sentences.get(1)?.paragraph != first.paragraph;
    if !alone {
        return None;
    }
    let line = first.span.slice(text);
    if let Some(title) = title {
        let same = line.split_whitespace().eq(title.split_whitespace());
        return same.then_some(0);
    }
    let stop = line.ends_with(['.', ',', ';', ':', '\u{3002}']);
    let words = tokens.get(0).len();
    (!stop && (HEADLINE_MIN_WORDS..=HEADLINE_MAX_WORDS).contains(&words)).then_some(0)
}

/// `text` on one line.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
