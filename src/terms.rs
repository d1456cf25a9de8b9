//! Words, and the terms that scoring counts.
//!
//! A word becomes a term by case folding, dropping a possessive `'s`, writing numbers one way
//! (`6,000` and `6000` are one term) and stemming through the [`Language`], so `Trump's`,
//! `Trump` and `TRUMP` count as one term and `governments` as `government`.

use std::borrow::Cow;
use std::cell::RefCell;

use rustc_hash::FxHashMap;

use crate::lang::Language;
use crate::Span;

/// One word of the text: a few of these per word of a long text are most of the memory a
/// summary needs, so it holds no more than it must.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Token {
    /// Where it is, as written (without a possessive `'s`).
    pub span: Span,
    /// Its term's number in the document's [`Vocabulary`]: what is counted.
    pub term: u32,
    /// Whether it is a stop word, which scoring ignores.
    pub stop: bool,
    /// Whether it is written with a capital (or title-case) first letter: names are.
    pub capitalized: bool,
}

impl Token {
    /// The word as written in `text`.
    pub fn word<'t>(&self, text: &'t str) -> &'t str {
        self.span.slice(text)
    }
}

/// The terms of one document, numbered in order of first use.
///
/// A news story uses each word several times; folding, looking up and stemming it once per
/// spelling, and counting terms by number rather than by string, halves the cost of a summary.
pub(crate) struct Vocabulary<'t> {
    language: &'t Language,
    /// Each spelling met, with its term's number and whether it is a stop word.
    words: FxHashMap<&'t str, (u32, bool)>,
    /// Each term's number.
    terms: FxHashMap<String, u32>,
}

impl<'t> Vocabulary<'t> {
    pub fn new(language: &'t Language) -> Vocabulary<'t> {
        Vocabulary {
            language,
            words: FxHashMap::default(),
            terms: FxHashMap::default(),
        }
    }

    /// How many terms it has numbered.
    pub fn len(&self) -> usize {
        self.terms.len()
    }

    /// The words of `span` in `text`, numbering the terms not met before.
    pub fn tokenize(&mut self, text: &'t str, span: Span) -> Vec<Token> {
        self.language
            .words(span.slice(text))
            .map(|(i, word)| {
                let (term, stop) = self.term(word);
                // `Ruiz's` is written `Ruiz` where it is shown as a keyword.
                let word = if stop {
                    word
                } else {
                    &word[..word.len() - possessive_len(word)]
                };
                Token {
                    span: Span::new(span.start + i, span.start + i + word.len()),
                    term,
                    stop,
                    capitalized: word.chars().next().is_some_and(char::is_uppercase),
                }
            })
            .collect()
    }

    /// The numbers of the content terms of `text` that it already has, such as a title's;
    /// `text` need not live as long as the document.
    pub fn known(&self, text: &str) -> Vec<u32> {
        self.language
            .words(text)
            .filter_map(|(_, word)| match self.words.get(word) {
                Some(&(term, stop)) => (!stop).then_some(term),
                None => {
                    let (term, stop) = normalize(word, self.language);
                    self.terms.get(&term).copied().filter(|_| !stop)
                }
            })
            .collect()
    }

    fn term(&mut self, word: &'t str) -> (u32, bool) {
        if let Some(&known) = self.words.get(word) {
            return known;
        }
        let (term, stop) = remembered(word, self.language);
        // Four billion distinct words would take more memory than a summary can have.
        let next = self.terms.len() as u32;
        let found = (*self.terms.entry(term).or_insert(next), stop);
        self.words.insert(word, found);
        found
    }
}

/// How many spellings [`remembered`] keeps per thread before it starts afresh: about
/// 700 KB at most, and the words of a few hundred news stories.
const REMEMBERED: usize = 8192;

/// Terms and stop-word flags by spelling, for one language.
type Remembered = FxHashMap<String, (String, bool)>;

thread_local! {
    /// The terms of spellings met in earlier texts on this thread, by language code. Stemming
    /// is most of the cost of a term, and every story uses the same common words; the page
    /// also summarizes one text again at each change of length.
    static TERMS: RefCell<Vec<(&'static str, Remembered)>> =
        const { RefCell::new(Vec::new()) };
}

/// [`normalize`], remembered.
fn remembered(word: &str, language: &Language) -> (String, bool) {
    TERMS.with_borrow_mut(|languages| {
        let code = language.code();
        let i = match languages.iter().position(|(c, _)| *c == code) {
            Some(i) => i,
            None => {
                languages.push((code, FxHashMap::default()));
                languages.len() - 1
            }
        };
        let terms = &mut languages[i].1;
        if let Some(known) = terms.get(word) {
            return known.clone();
        }
        let found = normalize(word, language);
        if terms.len() >= REMEMBERED {
            terms.clear();
        }
        terms.insert(word.to_string(), found.clone());
        found
    })
}

/// The term of one word and whether it is a stop word.
fn normalize(word: &str, language: &Language) -> (String, bool) {
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

/// `word` in lowercase, borrowed when it is ASCII and already lowercase, as most words are.
pub(crate) fn lowercase(word: &str) -> Cow<'_, str> {
    if word
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.to_lowercase())
    }
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
