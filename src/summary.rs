//! What [`summarize`](crate::summarize) returns.

use serde::Serialize;

/// A range of the original text, as UTF-8 byte offsets: `&text[span.start..span.end]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Span {
    /// The first byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// The span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Span { start, end }
    }

    /// The text this span covers.
    pub fn slice(self, text: &str) -> &str {
        &text[self.start..self.end]
    }

    /// Its length in bytes.
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// Whether it covers nothing.
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }
}

/// One sentence of the text, with its score.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Sentence<'t> {
    /// Where the sentence is, white space at either end excluded.
    #[serde(flatten)]
    pub span: Span,
    /// The sentence's text.
    pub text: &'t str,
    /// The index of the paragraph it belongs to.
    pub paragraph: usize,
    /// Its words, as counted for length limits.
    pub words: usize,
    /// Why it scored as it did.
    pub score: Score,
}

/// A sentence's score and the part each signal contributed, so that a reader can see why a
/// sentence was chosen. `total` is the sum of the parts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Score {
    /// The score that ranks sentences.
    pub total: f64,
    /// From the weights of the sentence's terms in the whole text.
    pub terms: f64,
    /// From where the sentence stands in the text.
    pub position: f64,
    /// From words it shares with the title.
    pub title: f64,
    /// From its length: very short and very long sentences make poor summaries.
    pub length: f64,
    /// A penalty (zero or negative) for opening with a word that needs what came before
    /// (`He`, `But`, `This`).
    pub opener: f64,
    /// A penalty (zero or negative) for repeating terms the summary already covers: for a
    /// chosen sentence, those of the sentences chosen before it; for another, those of the
    /// whole summary.
    pub redundancy: f64,
}

/// Whether a quotation is worth showing on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum QuoteKind {
    /// A quoted statement: a key quote.
    Statement,
    /// A short quoted fragment inside the writer's own sentence (`"desperate"`).
    Fragment,
}

/// A direct quotation.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Quote<'t> {
    /// The quoted words, without the quote marks or a final comma that led into the
    /// attribution (`"We won," she said` quotes `We won`).
    #[serde(flatten)]
    pub span: Span,
    /// The quoted words.
    pub text: &'t str,
    /// Who said it, as the text names them (resolved to a full name where it can be).
    pub speaker: Option<&'t str>,
    /// Where the speaker is named in the text, when it is named near the quote.
    pub speaker_span: Option<Span>,
    /// The verb that reports it (`said`, `told`, `added`), as written.
    pub cue: Option<&'t str>,
    /// A statement or a fragment.
    pub kind: QuoteKind,
    /// How central the quote is to the text, by the same term weights as sentences.
    pub score: f64,
}

/// A term or multi-word name that characterises the text.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Keyword {
    /// The keyword as it is most often written in the text.
    pub text: String,
    /// Its weight: higher is more characteristic.
    pub score: f64,
    /// Where it occurs; for a person's name, where it is written in full and then where the
    /// text calls them by surname alone (`Rubio` for `Marco Rubio`).
    pub spans: Vec<Span>,
}

/// The summary of a text, with everything that went into it. The texts of its sentences and
/// quotes are slices of the text summarized, not copies: a long text has many sentences.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Summary<'t> {
    /// The ISO 639-1 code of the language the text was read as.
    pub language: String,
    /// The title used for scoring: given, or taken from a headline-like first line.
    pub title: Option<String>,
    /// Every sentence of the text, in order.
    pub sentences: Vec<Sentence<'t>>,
    /// The indices into `sentences` of the summary, in document order.
    pub selected: Vec<usize>,
    /// The key quotes and fragments, best first.
    pub quotes: Vec<Quote<'t>>,
    /// The keywords, best first.
    pub keywords: Vec<Keyword>,
}

impl<'t> Summary<'t> {
    /// The summary's sentences, in document order.
    pub fn summary_sentences(&self) -> impl Iterator<Item = &Sentence<'t>> {
        self.selected.iter().map(|&i| &self.sentences[i])
    }

    /// The quotes that are statements (not fragments), best first.
    pub fn key_quotes(&self) -> impl Iterator<Item = &Quote<'t>> {
        self.quotes
            .iter()
            .filter(|q| q.kind == QuoteKind::Statement)
    }

    /// Rewrites every offset with `map`, which takes a UTF-8 byte offset into the text and
    /// returns the same position in another unit (UTF-16 code units for JavaScript, code
    /// points for Python).
    pub fn map_offsets(&mut self, mut map: impl FnMut(usize) -> usize) {
        let mut span = |s: &mut Span| *s = Span::new(map(s.start), map(s.end));
        for sentence in &mut self.sentences {
            span(&mut sentence.span);
        }
        for quote in &mut self.quotes {
            span(&mut quote.span);
            if let Some(s) = &mut quote.speaker_span {
                span(s);
            }
        }
        for keyword in &mut self.keywords {
            keyword.spans.iter_mut().for_each(&mut span);
        }
    }
}
