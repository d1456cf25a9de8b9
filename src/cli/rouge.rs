//! ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 as Google's `rouge-score` 0.1.2 computes them with
//! `use_stemmer=True`, so that `abridge eval` figures compare with published ones.
//!
//! Tokens: the lowercased text with every character outside `[a-z0-9]` read as a space,
//! Porter-stemmed (NLTK's variant) when longer than three characters. Lsum: the summary-level
//! LCS of the ROUGE paper over lines, each token matched at most as often as both sides have
//! it, as ROUGE 1.5.5 does.

use std::collections::HashMap;

use super::porter;

/// Precision, recall and F1 of one measure.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Figure {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Figure {
    fn new(hits: usize, predicted: usize, reference: usize) -> Figure {
        let precision = hits as f64 / predicted.max(1) as f64;
        let recall = hits as f64 / reference.max(1) as f64;
        let f1 = if precision + recall > 0.0 {
            2.0 * precision * recall / (precision + recall)
        } else {
            0.0
        };
        Figure {
            precision,
            recall,
            f1,
        }
    }
}

/// The three figures for one summary.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Rouge {
    pub rouge1: Figure,
    pub rouge2: Figure,
    pub rouge_lsum: Figure,
}

/// Splits text into tokens the way `rouge-score`'s default tokenizer does, remembering
/// stems already computed.
#[derive(Default)]
pub struct Tokenizer {
    stems: HashMap<String, String>,
    /// When set, tokens as `shared/eval/rouge/score.py --lang` makes them for languages
    /// other than English, whose accented letters the default tokenizer drops: lowercased
    /// runs of Unicode letters and digits, stemmed by this language's Snowball stemmer when
    /// longer than three characters.
    unicode: Option<&'static abridge::Language>,
}

impl Tokenizer {
    /// The tokenizer that keeps every letter and stems with `language`.
    pub fn unicode(language: &'static abridge::Language) -> Tokenizer {
        Tokenizer {
            unicode: Some(language),
            ..Tokenizer::default()
        }
    }

    /// The stemmed tokens of `text`.
    pub fn tokenize(&mut self, text: &str) -> Vec<String> {
        if let Some(language) = self.unicode {
            return text
                .to_lowercase()
                .split(|c: char| !c.is_alphanumeric())
                .filter(|t| !t.is_empty())
                .map(|t| match t.chars().nth(3) {
                    Some(_) => language.stem(t).into_owned(),
                    None => t.to_string(),
                })
                .collect();
        }
        let folded: String = text
            .to_lowercase()
            .chars()
            .map(|c| {
                if c.is_ascii_lowercase() || c.is_ascii_digit() {
                    c
                } else {
                    ' '
                }
            })
            .collect();
        folded
            .split_ascii_whitespace()
            .map(|token| {
                if token.len() <= 3 {
                    return token.to_string();
                }
                self.stems
                    .entry(token.to_string())
                    .or_insert_with(|| porter::stem(token))
                    .clone()
            })
            .collect()
    }

    /// The figures of `prediction` against `reference`, each given as lines (one sentence a
    /// line, as `rouge-score` reads them for Lsum).
    pub fn score(&mut self, reference: &[&str], prediction: &[&str]) -> Rouge {
        let reference: Vec<Vec<String>> = reference.iter().map(|l| self.tokenize(l)).collect();
        let prediction: Vec<Vec<String>> = prediction.iter().map(|l| self.tokenize(l)).collect();
        let flat = |lines: &[Vec<String>]| -> Vec<String> { lines.concat() };
        let (r, p) = (flat(&reference), flat(&prediction));
        Rouge {
            rouge1: ngrams(&r, &p, 1),
            rouge2: ngrams(&r, &p, 2),
            rouge_lsum: summary_lcs(&reference, &prediction),
        }
    }
}

/// The lines of a summary as `score.py` reads them: split at line breaks, trimmed, empty
/// lines dropped.
pub fn lines(summary: &str) -> Vec<&str> {
    summary
        .split('\n')
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect()
}

/// ROUGE-N: shared n-grams, each counted at most as often as either side has it.
fn ngrams(reference: &[String], prediction: &[String], n: usize) -> Figure {
    let (r, p) = (count_ngrams(reference, n), count_ngrams(prediction, n));
    let hits = r
        .iter()
        .map(|(gram, &c)| c.min(p.get(gram).copied().unwrap_or(0)))
        .sum();
    let total = |tokens: &[String]| (tokens.len() + 1).saturating_sub(n);
    Figure::new(hits, total(prediction), total(reference))
}

fn count_ngrams(tokens: &[String], n: usize) -> HashMap<&[String], usize> {
    let mut counts: HashMap<&[String], usize> = HashMap::new();
    for gram in tokens.windows(n) {
        *counts.entry(gram).or_default() += 1;
    }
    counts
}

/// Summary-level LCS: for each reference line, the union of its LCS with every predicted
/// line; a token hits at most as often as both summaries contain it.
fn summary_lcs(reference: &[Vec<String>], prediction: &[Vec<String>]) -> Figure {
    let m: usize = reference.iter().map(Vec::len).sum();
    let n: usize = prediction.iter().map(Vec::len).sum();
    if m == 0 || n == 0 {
        return Figure::default();
    }
    let mut left_r: HashMap<&str, usize> = HashMap::new();
    let mut left_p: HashMap<&str, usize> = HashMap::new();
    for t in reference.iter().flatten() {
        *left_r.entry(t).or_default() += 1;
    }
    for t in prediction.iter().flatten() {
        *left_p.entry(t).or_default() += 1;
    }
    let mut hits = 0;
    for line in reference {
        let mut union: Vec<usize> = prediction
            .iter()
            .flat_map(|p| lcs_indices(line, p))
            .collect();
        union.sort_unstable();
        union.dedup();
        for i in union {
            let token = line[i].as_str();
            let (r, p) = (left_r.get_mut(token), left_p.get_mut(token));
            if let (Some(r), Some(p)) = (r, p) {
                if *r > 0 && *p > 0 {
                    hits += 1;
                    *r -= 1;
                    *p -= 1;
                }
            }
        }
    }
    Figure::new(hits, n, m)
}

/// The indices into `a` of one longest common subsequence of `a` and `b`: the one
/// `rouge-score`'s backtracking finds (it prefers to drop from `a` on ties).
fn lcs_indices(a: &[String], b: &[String]) -> Vec<usize> {
    let cols = b.len() + 1;
    let mut table = vec![0u32; (a.len() + 1) * cols];
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            table[i * cols + j] = if a[i - 1] == b[j - 1] {
                table[(i - 1) * cols + j - 1] + 1
            } else {
                table[(i - 1) * cols + j].max(table[i * cols + j - 1])
            };
        }
    }
    let (mut i, mut j) = (a.len(), b.len());
    let mut found = Vec::new();
    while i > 0 && j > 0 {
        if a[i - 1] == b[j - 1] {
            found.push(i - 1);
            i -= 1;
            j -= 1;
        } else if table[i * cols + j - 1] > table[(i - 1) * cols + j] {
            j -= 1;
        } else {
            i -= 1;
        }
    }
    found.reverse();
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f1s(reference: &str, prediction: &str) -> [f64; 3] {
        let r = Tokenizer::default().score(&lines(reference), &lines(prediction));
        [r.rouge1.f1, r.rouge2.f1, r.rouge_lsum.f1].map(|f| (f * 1e4).round() / 1e4)
    }

    #[test]
    fn tokens_are_folded_split_and_stemmed() {
        let mut t = Tokenizer::default();
        assert_eq!(
            t.tokenize("The U.S. Governments' 2,000 cats—running!"),
            ["the", "u", "s", "govern", "2", "000", "cat", "run"]
        );
    }

    #[test]
    fn unicode_tokens_keep_accents() {
        let mut t = Tokenizer::unicode(abridge::Language::get("fr").unwrap());
        assert_eq!(
            t.tokenize("L'été des élèves, déclarés à 2,5 %"),
            ["l", "été", "des", "élev", "déclar", "à", "2", "5"]
        );
    }

    #[test]
    fn identical_summaries_score_one() {
        assert_eq!(
            f1s("a cat sat.\nthe dog ran", "a cat sat.\nthe dog ran"),
            [1.0; 3]
        );
    }

    /// Figures from `rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"],
    /// use_stemmer=True)` on the same strings.
    #[test]
    fn matches_rouge_score() {
        assert_eq!(
            f1s(
                "the cat was found under the bed\nit was sleeping",
                "the cat was under the bed sleeping\nthe bed was found"
            ),
            [0.8571, 0.5263, 0.8571]
        );
    }

    #[test]
    fn empty_prediction_scores_zero() {
        assert_eq!(f1s("a cat", ""), [0.0; 3]);
    }
}
