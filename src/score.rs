//! Scoring sentences: how central their terms are, where they stand, what they share with
//! the title, how long they are and how they open.
//!
//! Every step is linear in the text: terms are counted once for the whole document, and
//! each sentence is compared with the document's term vector, never with every other
//! sentence.

use crate::lists::Lists;
use crate::terms::Sentences;
use crate::Score;

/// The signals that take part in a score. All of them do in every public entry point;
/// switching some off measures what each adds (`abridge eval --ablation`).
#[doc(hidden)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Signals {
    /// Favour the opening sentences.
    pub position: bool,
    /// Favour sentences sharing terms with the title.
    pub title: bool,
    /// Disfavour very short and very long sentences.
    pub length: bool,
    /// Disfavour sentences whose terms the summary already covers.
    pub redundancy: bool,
    /// Disfavour sentences opening with a word that needs what came before.
    pub openers: bool,
}

impl Signals {
    /// Every signal: what users get.
    pub const ALL: Signals = Signals {
        position: true,
        title: true,
        length: true,
        redundancy: true,
        openers: true,
    };
    /// Term weights alone.
    pub const TERMS_ONLY: Signals = Signals {
        position: false,
        title: false,
        length: false,
        redundancy: false,
        openers: false,
    };
}

impl Default for Signals {
    fn default() -> Self {
        Signals::ALL
    }
}

/// Tunable values, found on the CNN/Daily Mail and BBC dev sets (see the README's Quality
/// section) and kept few and general. Centrality is normalised to `[0, 1]`, so every other
/// weight reads as a share of the most central sentence's score; the ones marked "lead"
/// are multiplied by [`selectivity`].
#[derive(Clone, Copy, Debug)]
pub(crate) struct Weights {
    /// Centrality divides by the number of distinct terms to this power: 0 would favour
    /// the longest sentences, 1 the densest short ones.
    pub length_exponent: f64,
    /// Lead: the first sentence's bonus.
    pub position: f64,
    /// The bonus falls as `1 / (1 + rank / position_decay)`: halved at this rank.
    pub position_decay: f64,
    /// How fast [`selectivity`] grows as the summary's share of the text shrinks.
    pub selectivity_exponent: f64,
    /// The bonus for using every content term of the title, at a selectivity of 1.
    pub title: f64,
    /// The title bonus grows with this power of [`selectivity`]: the fewer sentences a
    /// summary has, the more it must tell the story the headline tells. A one-sentence
    /// summary of a dozen sentences is the sentence nearest the headline; a summary of
    /// half the text must cover the body, which the headline does not.
    pub title_selectivity: f64,
    /// The largest penalty for a short sentence (a one-word one gets nearly all of it).
    pub short: f64,
    /// Sentences shorter than this many words are penalised.
    pub short_words: f64,
    /// Lead: the largest penalty for a long sentence (at twice `long_words`).
    pub long: f64,
    /// Sentences longer than this many words are penalised.
    pub long_words: f64,
    /// Lead: the penalty for an opener that needs the sentence before.
    pub opener: f64,
    /// Lead: the penalty for a sentence all of whose terms the summary already has.
    pub redundancy: f64,
}

pub(crate) const WEIGHTS: Weights = Weights {
    length_exponent: 0.4,
    position: 1.25,
    position_decay: 3.0,
    selectivity_exponent: 2.25,
    title: 0.3,
    title_selectivity: 2.0,
    short: 0.3,
    short_words: 8.0,
    long: 1.0,
    long_words: 30.0,
    opener: 0.05,
    redundancy: 0.25,
};

/// The share of sentences at which [`selectivity`] is 1: the default summary's.
const REFERENCE_SHARE: f64 = 0.2;

/// How much a summary keeping `share` of the sentences must lean on the signals that make
/// a short summary good: the lead, concise sentences, no repetition. A summary of a tenth of
/// an article is its lead and little else; one of half of it must cover the body, where
/// centrality decides.
pub(crate) fn selectivity(share: f64, w: &Weights) -> f64 {
    (REFERENCE_SHARE / share).powf(w.selectivity_exponent)
}

/// The document's terms: each content term numbered, with its weight in the document.
pub(crate) struct Model {
    /// The distinct content terms of each sentence, by number, in order of first use, in
    /// 32 bits as a token's: a long text has one for most of its words.
    pub sentences: Lists<u32>,
    /// Each term's weight in the redundancy penalty: sub-linear in how often the document
    /// uses it, so that repeating a main term costs more than repeating a rare one, but not
    /// in proportion.
    pub weight: Vec<f64>,
    /// How often each term occurs.
    count: Vec<u32>,
    /// The best centrality of any sentence, so that scores fall in `[0, 1]`.
    best: f64,
    /// The length penalty of [`Model::raw_centrality`] for each number of terms up to the
    /// most in a sentence: `powf` is slow in wasm, and a long text would call it for every
    /// sentence twice.
    norms: Vec<f64>,
    weights: Weights,
}

impl Model {
    /// Counts the content terms of `sentences`, whose terms are numbered below `terms`.
    pub fn new(sentences: &Sentences, terms: usize, weights: Weights) -> Model {
        let mut count: Vec<u32> = vec![0; terms];
        // The sentence (counted from 1) that last used each term: a set without hashing.
        let mut last_use: Vec<usize> = vec![0; terms];
        // Room for every word at once: a sentence's distinct content terms are fewer.
        let mut distinct = Lists::with_capacity(sentences.items().len(), sentences.len());
        for (n, tokens) in sentences.iter().enumerate() {
            for token in tokens.iter().filter(|t| !t.stop()) {
                let id = token.term as usize;
                count[id] += 1;
                if last_use[id] != n + 1 {
                    last_use[id] = n + 1;
                    distinct.push(token.term);
                }
            }
            distinct.end();
        }
        let weight = count.iter().map(|&c| sublinear(f64::from(c))).collect();
        let most = distinct.iter().map(<[_]>::len).max().unwrap_or(0);
        let norms = (0..=most).map(|n| length_norm(n, &weights)).collect();
        let mut model = Model {
            sentences: distinct,
            weight,
            count,
            best: 0.0,
            norms,
            weights,
        };
        model.best = model
            .sentences
            .iter()
            .map(|terms| model.raw_centrality(terms))
            .fold(0.0, f64::max);
        model
    }

    /// How strongly a passage of the text with the distinct terms `terms` speaks of what
    /// the rest of the document speaks of: how often the rest uses its terms (a term only
    /// the passage uses adds nothing), divided by a power of its number of terms so that
    /// long sentences do not win by length alone. Plain counts beat sub-linear ones here:
    /// the words a story repeats are what it is about.
    fn raw_centrality(&self, terms: &[u32]) -> f64 {
        if terms.is_empty() {
            return 0.0;
        }
        let rest: f64 = terms
            .iter()
            .map(|&t| f64::from(self.count[t as usize]) - 1.0)
            .sum();
        // A quotation may run over several sentences, past the table.
        let norm = (self.norms.get(terms.len()).copied())
            .unwrap_or_else(|| length_norm(terms.len(), &self.weights));
        rest / norm
    }

    /// The centrality of a passage in `[0, 1]` relative to the most central sentence.
    pub fn centrality(&self, terms: &[u32]) -> f64 {
        if self.best > 0.0 {
            (self.raw_centrality(terms) / self.best).min(1.0)
        } else {
            0.0
        }
    }

    /// The distinct terms among `terms` that the sentences use, in order.
    pub fn distinct(&self, terms: impl IntoIterator<Item = u32>) -> Vec<u32> {
        let mut terms: Vec<u32> = terms
            .into_iter()
            .filter(|&t| self.count.get(t as usize).is_some_and(|&c| c > 0))
            .collect();
        terms.sort_unstable();
        terms.dedup();
        terms
    }
}

/// `1 + ln(n)` for a term used `n > 0` times: the tenth use of a word adds far less than
/// the second. Most terms are used once, which weighs 1 without calling `ln` (computed in
/// software in wasm).
fn sublinear(n: f64) -> f64 {
    if n > 1.0 {
        1.0 + n.ln()
    } else {
        n
    }
}

/// What [`Model::raw_centrality`] divides a sentence's term counts by, for a sentence of
/// `terms` distinct terms, so that long sentences do not win by length alone.
fn length_norm(terms: usize, weights: &Weights) -> f64 {
    (terms as f64).powf(weights.length_exponent)
}

/// What the scorer knows of one sentence besides its terms.
pub(crate) struct Features {
    /// Its rank among the sentences the summary may use (0 for the first).
    pub rank: usize,
    /// Its number of words.
    pub words: usize,
    /// Whether its first word needs a missing antecedent (`He`, `But`, `This`).
    pub dependent_opener: bool,
}

/// Scores each sentence of `model` given its `features` and the title's terms.
pub(crate) fn score(
    model: &Model,
    features: &[Features],
    title: &[u32],
    selectivity: f64,
    signals: Signals,
) -> Vec<Score> {
    let w = model.weights;
    let mut in_title = vec![false; model.weight.len()];
    for &t in title {
        in_title[t as usize] = true;
    }
    let title_weight = w.title * selectivity.powf(w.title_selectivity);
    model
        .sentences
        .iter()
        .zip(features)
        .map(|(terms, f)| {
            let mut score = Score {
                terms: model.centrality(terms),
                ..Score::default()
            };
            if signals.position {
                score.position =
                    w.position * selectivity / (1.0 + f.rank as f64 / w.position_decay);
            }
            if signals.title && !title.is_empty() {
                let shared = terms.iter().filter(|&&t| in_title[t as usize]).count();
                score.title = title_weight * shared as f64 / title.len() as f64;
            }
            if signals.length {
                score.length = length_prior(f.words, &w, selectivity);
            }
            if signals.openers && f.dependent_opener {
                score.opener = -w.opener * selectivity;
            }
            score.total = score.terms + score.position + score.title + score.length + score.opener;
            score
        })
        .collect()
}

/// Zero for sentences of a readable length, falling linearly below `short_words` and
/// above `long_words`.
fn length_prior(words: usize, w: &Weights, selectivity: f64) -> f64 {
    let words = words as f64;
    if words < w.short_words {
        -w.short * (w.short_words - words) / w.short_words
    } else if words > w.long_words {
        -w.long * selectivity * ((words - w.long_words) / w.long_words).min(1.0)
    } else {
        0.0
    }
}
