//! Keywords: the terms that characterise a text.

use std::collections::HashMap;

use crate::terms::Token;
use crate::Keyword;

/// The `max` most frequent content terms, best first.
pub(crate) fn extract(sentences: &[Vec<Token>], max: usize) -> Vec<Keyword> {
    let mut by_term: HashMap<&str, Vec<&Token>> = HashMap::new();
    for token in sentences.iter().flatten().filter(|t| !t.stop) {
        by_term.entry(token.term.as_str()).or_default().push(token);
    }
    let mut keywords: Vec<Keyword> = by_term
        .into_values()
        .map(|tokens| Keyword {
            text: tokens[0].word.to_lowercase(),
            score: tokens.len() as f64,
            spans: tokens.iter().map(|t| t.span).collect(),
        })
        .collect();
    keywords.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.text.cmp(&b.text)));
    keywords.truncate(max);
    keywords
}
