//! What a caller can ask of a summary.

use serde::Deserialize;

use crate::Error;

/// How long a summary should be.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Length {
    /// About a fifth of the sentences, at least [`Length::AUTO_MIN`] and at most
    /// [`Length::AUTO_MAX`] (fewer only when the text has fewer).
    Auto,
    /// Exactly this many sentences (or all of them, when the text has fewer).
    Sentences(usize),
    /// This share of the sentences, rounded up, in `(0, 1]`.
    Ratio(f64),
    /// As many sentences as fit in this many words (always at least one sentence).
    Words(usize),
    /// As many sentences as fit in this many characters (always at least one sentence).
    Chars(usize),
}

impl Length {
    /// The share of sentences an automatic summary keeps: a fifth reads as a summary
    /// without dropping whole threads of a news story.
    pub const AUTO_RATIO: f64 = 0.2;
    /// The fewest sentences of an automatic summary: fewer rarely tell a story.
    pub const AUTO_MIN: usize = 3;
    /// The most sentences of an automatic summary: more stops being a summary.
    pub const AUTO_MAX: usize = 7;

    fn validate(self) -> Result<Self, Error> {
        let invalid = |option, expected, got: String| Error::InvalidLength {
            option,
            expected,
            got,
        };
        match self {
            Length::Sentences(0) => Err(invalid("sentences", "at least 1", "0".into())),
            Length::Words(0) => Err(invalid("words", "at least 1", "0".into())),
            Length::Chars(0) => Err(invalid("chars", "at least 1", "0".into())),
            Length::Ratio(r) if !(r > 0.0 && r <= 1.0) => Err(invalid(
                "ratio",
                "a number above 0 and at most 1",
                decimal(r),
            )),
            ok => Ok(ok),
        }
    }
}

/// `r` written in decimals, to nine places without trailing zeros, as `{}` writes the numbers
/// people give (`2`, `1.5`, `-0.25`): `{}` itself would link Rust's float printing, 12 KB of
/// the gzipped wasm, for this one message.
fn decimal(r: f64) -> String {
    const PLACES: u32 = 9;
    if r.is_nan() {
        return "NaN".into();
    }
    let sign = if r < 0.0 { "-" } else { "" };
    if r.is_infinite() {
        return format!("{sign}inf");
    }
    let scale = 10u64.pow(PLACES);
    // Past what nine places of u64 hold, the whole number tells (an `as` saturates at
    // u128's greatest, 3.4e38).
    if r.abs() >= (u64::MAX / scale) as f64 {
        return format!("{sign}{}", r.abs() as u128);
    }
    let units = (r.abs() * scale as f64).round() as u64;
    let (whole, fraction) = (units / scale, units % scale);
    if fraction == 0 {
        return format!("{sign}{whole}");
    }
    let digits = format!("{fraction:0width$}", width = PLACES as usize);
    format!("{sign}{whole}.{}", digits.trim_end_matches('0'))
}

/// Options of [`summarize`](crate::summarize).
///
/// Build them with [`Options::new`] and its setters, or deserialize them from a JS object
/// or JSON with camelCase names, where every field is optional:
/// `{"sentences": 3, "title": "…", "language": "en", "maxQuotes": 5, "maxKeywords": 10}`.
///
/// ```
/// use abridge::{Length, Options};
///
/// let options = Options::new().length(Length::Sentences(3)).title("Rubio urges talks");
/// assert_eq!(options.length, Length::Sentences(3));
/// ```
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(try_from = "OptionsObject")]
pub struct Options {
    /// How long the summary is.
    pub length: Length,
    /// The article's title. When `None` (or blank), a first line that looks like a headline
    /// is used.
    pub title: Option<String>,
    /// An ISO 639-1 language code. When `None` (or blank), the language is detected.
    pub language: Option<String>,
    /// The most key quotes to return; 0 skips looking for quotes, which saves a fifth of
    /// the time.
    pub max_quotes: usize,
    /// The most keywords to return; 0 skips looking for keywords.
    pub max_keywords: usize,
}

impl Options {
    /// Key quotes returned by default: enough to hear each side of a typical story.
    pub const DEFAULT_MAX_QUOTES: usize = 5;
    /// Keywords returned by default: a line's worth of tags.
    pub const DEFAULT_MAX_KEYWORDS: usize = 10;

    /// The defaults: [`Length::Auto`], no title, detected language.
    pub fn new() -> Self {
        Options {
            length: Length::Auto,
            title: None,
            language: None,
            max_quotes: Self::DEFAULT_MAX_QUOTES,
            max_keywords: Self::DEFAULT_MAX_KEYWORDS,
        }
    }

    /// Sets the summary's length.
    pub fn length(mut self, length: Length) -> Self {
        self.length = length;
        self
    }

    /// Sets the article's title.
    pub fn title(mut self, title: impl Into<String>) -> Self {
        self.title = Some(title.into());
        self
    }

    /// Sets the language instead of detecting it.
    pub fn language(mut self, code: impl Into<String>) -> Self {
        self.language = Some(code.into());
        self
    }

    /// Sets the most key quotes to return.
    pub fn max_quotes(mut self, n: usize) -> Self {
        self.max_quotes = n;
        self
    }

    /// Sets the most keywords to return.
    pub fn max_keywords(mut self, n: usize) -> Self {
        self.max_keywords = n;
        self
    }

    /// Checks every value, so that a bad option fails before any work is done.
    pub fn validate(&self) -> Result<(), Error> {
        self.length.validate().map(|_| ())
    }
}

impl Default for Options {
    fn default() -> Self {
        Options::new()
    }
}

/// The shape of options as JS and JSON callers write them, each field as given: `try_from`
/// checks and combines them. The wasm layer fills one from a JS object itself.
#[derive(Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(crate) struct OptionsObject {
    pub sentences: Option<usize>,
    pub ratio: Option<f64>,
    pub words: Option<usize>,
    pub chars: Option<usize>,
    pub title: Option<String>,
    pub language: Option<String>,
    pub max_quotes: Option<usize>,
    pub max_keywords: Option<usize>,
}

impl TryFrom<OptionsObject> for Options {
    type Error = Error;

    fn try_from(o: OptionsObject) -> Result<Self, Error> {
        let lengths = [
            o.sentences.map(Length::Sentences),
            o.ratio.map(Length::Ratio),
            o.words.map(Length::Words),
            o.chars.map(Length::Chars),
        ];
        let mut given = lengths.into_iter().flatten();
        let length = given.next().unwrap_or(Length::Auto);
        if given.next().is_some() {
            return Err(Error::ConflictingLengths);
        }
        let defaults = Options::new();
        let options = Options {
            length: length.validate()?,
            title: o.title,
            language: o.language,
            max_quotes: o.max_quotes.unwrap_or(defaults.max_quotes),
            max_keywords: o.max_keywords.unwrap_or(defaults.max_keywords),
        };
        Ok(options)
    }
}

#[cfg(test)]
mod tests {
    use super::decimal;

    #[test]
    fn decimal_writes_what_people_give_as_rust_does() {
        for thousandths in -5000..=5000 {
            let r = f64::from(thousandths) / 1000.0;
            assert_eq!(decimal(r), format!("{r}"), "{thousandths}");
        }
        for r in [1.000_000_001, 123_456.789, 1e15, 0.1 + 0.2 + 1.0] {
            assert_eq!(decimal(r), format!("{}", (r * 1e9).round() / 1e9));
        }
        assert_eq!(decimal(f64::NAN), "NaN");
        assert_eq!(decimal(f64::INFINITY), "inf");
        assert_eq!(decimal(f64::NEG_INFINITY), "-inf");
        assert_eq!(decimal(1e20), "100000000000000000000");
    }
}
