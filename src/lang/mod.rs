//! What Abridge knows of each language: stop words, abbreviations, a stemmer.
//!
//! The scorer, the splitter and the quote finder ask a [`Language`] and never name a
//! language themselves, so a language is added here and nowhere else.

use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::OnceLock;

use rust_stemmers::{Algorithm, Stemmer};

use crate::Error;

/// One language's data.
pub struct Language {
    code: &'static str,
    stopwords: HashSet<&'static str>,
    abbreviations: HashSet<&'static str>,
    openers: HashSet<&'static str>,
    stemmer: Option<Stemmer>,
}

/// The plain-text word lists of one language, one entry a line.
struct Data {
    code: &'static str,
    stopwords: &'static str,
    abbreviations: &'static str,
    /// Words that, opening a sentence, need the sentence before (`he`, `but`, `this`).
    openers: &'static str,
    stemmer: Option<Algorithm>,
}

/// English. Stop words: the Snowball list as shipped in NLTK's stopwords corpus (BSD).
const ENGLISH: Data = Data {
    code: "en",
    stopwords: include_str!("en/stopwords.txt"),
    abbreviations: include_str!("en/abbreviations.txt"),
    openers: include_str!("en/openers.txt"),
    stemmer: Some(Algorithm::English),
};

const ALL: [Data; 1] = [ENGLISH];

fn lines(list: &'static str) -> HashSet<&'static str> {
    list.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

impl Language {
    fn build(data: &Data) -> Language {
        Language {
            code: data.code,
            stopwords: lines(data.stopwords),
            abbreviations: lines(data.abbreviations),
            openers: lines(data.openers),
            stemmer: data.stemmer.map(Stemmer::create),
        }
    }

    /// The language with this ISO 639-1 code.
    pub fn get(code: &str) -> Result<&'static Language, Error> {
        static LANGUAGES: OnceLock<Vec<Language>> = OnceLock::new();
        let all = LANGUAGES.get_or_init(|| ALL.iter().map(Language::build).collect());
        all.iter()
            .find(|l| l.code.eq_ignore_ascii_case(code.trim()))
            .ok_or_else(|| Error::UnknownLanguage(code.to_string()))
    }

    /// The language of `text`: English until detection lands.
    pub fn detect(_text: &str) -> &'static Language {
        Language::get("en").expect("English is built in")
    }

    /// Its ISO 639-1 code.
    pub fn code(&self) -> &'static str {
        self.code
    }

    /// Whether `word`, lowercased, carries too little meaning to score.
    pub fn is_stopword(&self, word: &str) -> bool {
        self.stopwords.contains(word)
    }

    /// Whether `word`, lowercased and without its final period, is an abbreviation that a
    /// period does not end a sentence after (`mr`, `jan`, `e.g`).
    pub fn is_abbreviation(&self, word: &str) -> bool {
        self.abbreviations.contains(word)
    }

    /// Whether `word`, lowercased, points back to what came before when it opens a
    /// sentence (`he`, `but`, `this`): such a sentence reads badly without its predecessor.
    pub fn needs_antecedent(&self, word: &str) -> bool {
        self.openers.contains(word)
    }

    /// The stem of `word`, lowercased: `governments` and `government` share one.
    pub fn stem<'w>(&self, word: &'w str) -> Cow<'w, str> {
        match &self.stemmer {
            Some(stemmer) => stemmer.stem(word),
            None => Cow::Borrowed(word),
        }
    }
}
