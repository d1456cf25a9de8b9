//! Scoring sentences.

use std::collections::HashMap;

use crate::terms::Token;
use crate::Score;

/// Scores each sentence from the frequency of its terms and its position.
pub(crate) fn score(sentences: &[Vec<Token>]) -> Vec<Score> {
    let mut tf: HashMap<&str, f64> = HashMap::new();
    for token in sentences.iter().flatten().filter(|t| !t.stop) {
        *tf.entry(token.term.as_str()).or_default() += 1.0;
    }
    let n = sentences.len() as f64;
    sentences
        .iter()
        .enumerate()
        .map(|(i, tokens)| {
            let content: Vec<_> = tokens.iter().filter(|t| !t.stop).collect();
            let terms = if content.is_empty() {
                0.0
            } else {
                content.iter().map(|t| tf[t.term.as_str()]).sum::<f64>() / content.len() as f64
            };
            let position = 1.0 - i as f64 / n;
            Score {
                total: terms + position,
                terms,
                position,
                ..Score::default()
            }
        })
        .collect()
}
