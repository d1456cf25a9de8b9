//! The one error type of the crate.

use std::fmt;

/// Why a summary could not be made.
///
/// Every variant's message says what was wrong and, where it helps, what to do instead.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum Error {
    /// The text is empty or holds only white space.
    EmptyText,
    /// The text has characters but no sentence (only punctuation or symbols, say).
    NoSentences,
    /// A length option is out of range.
    InvalidLength {
        /// The option's name, as a user writes it (`sentences`, `ratio`, …).
        option: &'static str,
        /// What the option must be.
        expected: &'static str,
        /// The value given, as text.
        got: String,
    },
    /// More than one length option was given.
    ConflictingLengths,
    /// A language code that Abridge has no data for.
    UnknownLanguage(String),
    /// The text is longer than Abridge reads at once (4 GiB).
    TextTooLong {
        /// Its length in bytes.
        bytes: usize,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::EmptyText => write!(f, "the text is empty: paste or load an article"),
            Error::NoSentences => write!(
                f,
                "the text has no words, only symbols or punctuation: paste or load an article"
            ),
            Error::InvalidLength {
                option,
                expected,
                got,
            } => write!(f, "{option} must be {expected}, got {got}"),
            Error::ConflictingLengths => {
                write!(f, "give at most one of sentences, ratio, words and chars")
            }
            Error::UnknownLanguage(code) => write!(
                f,
                "unknown language {code:?}: give a two-letter ISO 639-1 code such as \"de\", \
                 or none to detect the language"
            ),
            // Only ever past 4 GiB: a rounded size would read "4.0 GiB, more than 4 GiB".
            Error::TextTooLong { .. } => write!(
                f,
                "the text is over 4 GiB, more than Abridge reads at once: split it into parts"
            ),
        }
    }
}

impl std::error::Error for Error {}
