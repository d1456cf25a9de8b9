//! Keywords: the terms and the multi-word names that characterise a text.
//!
//! A name is a run of two or more capitalized words that are not stop words (`Marco Rubio`,
//! `State Department`); joining words such as `of` are language data the scorer does not
//! have, so `Bank of England` gives two keywords. A single term scores by
//! the uses that are not part of a name, so that `State` inside `State Department` is not
//! listed twice; a name scores by its uses times its length in words, since a name of two
//! words used twice says more than one common word used twice.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::lang::{Class, Language};
use crate::terms::{lowercase, Token};
use crate::{Keyword, Span};

/// A term or a name, with every place it occurs.
struct Candidate {
    /// How many words it has.
    words: usize,
    /// Each occurrence's span, and whether it opens a sentence.
    uses: Vec<(Span, bool)>,
    /// Uses that count towards its score.
    counted: usize,
}

impl Candidate {
    fn score(&self) -> usize {
        self.counted * self.words
    }
}

/// The `max` best keywords of a text, best first, as most often written in it.
pub(crate) fn extract<'t>(
    text: &str,
    sentences: &'t [Vec<Token>],
    language: &Language,
    max: usize,
) -> Vec<Keyword> {
    let runs: Vec<Vec<(usize, usize)>> = sentences.iter().map(|t| name_runs(text, t)).collect();
    let key = |tokens: &'t [Token], range: (usize, usize)| -> Vec<u32> {
        tokens[range.0..range.1].iter().map(|t| t.term).collect()
    };
    let seen: HashSet<Vec<u32>> = sentences
        .iter()
        .zip(&runs)
        .flat_map(|(tokens, runs)| runs.iter().map(|&r| key(tokens, r)))
        .collect();
    let mut names: HashMap<Vec<u32>, Candidate> = HashMap::default();
    let mut in_name: Vec<Vec<bool>> = Vec::with_capacity(sentences.len());
    for (tokens, runs) in sentences.iter().zip(&runs) {
        let mut inside = vec![false; tokens.len()];
        for &(start, end) in runs {
            // `Mayor Ana Ruiz` is `Ana Ruiz` when the text also names her so.
            let start = (start + 1..end - 1)
                .find(|&s| seen.contains(&key(tokens, (s, end))))
                .unwrap_or(start);
            let run = &tokens[start..end];
            let span = Span::new(run[0].span.start, run[run.len() - 1].span.end);
            let key: Vec<u32> = run.iter().map(|t| t.term).collect();
            let words = key.len();
            let name = names.entry(key).or_insert_with(|| Candidate {
                words,
                uses: Vec::new(),
                counted: 0,
            });
            name.uses.push((span, start == 0));
            name.counted += 1;
            inside[start..end].iter_mut().for_each(|x| *x = true);
        }
        in_name.push(inside);
    }
    let mut terms: HashMap<u32, Candidate> = HashMap::default();
    for (tokens, inside) in sentences.iter().zip(&in_name) {
        for (i, token) in tokens.iter().enumerate().filter(|(_, t)| !t.stop) {
            // `said` and `told` run through every news story without saying what it is about.
            if !token.capitalized && is_reporting(&lowercase(token.word(text)), language) {
                continue;
            }
            let term = terms.entry(token.term).or_insert_with(|| Candidate {
                words: 1,
                uses: Vec::new(),
                counted: 0,
            });
            term.uses.push((token.span, i == 0));
            term.counted += usize::from(!inside[i]);
        }
    }
    // Written forms are worked out for the keywords kept only: a story has hundreds of
    // candidates.
    let mut candidates: Vec<Candidate> = names
        .into_values()
        .chain(terms.into_values())
        .filter(|c| c.counted > 0)
        .collect();
    // On a tie, the first used, then the shorter (a name's first word before the name).
    candidates.sort_by(|a, b| {
        b.score()
            .cmp(&a.score())
            .then(a.uses[0].0.cmp(&b.uses[0].0))
            .then(a.words.cmp(&b.words))
    });
    candidates.truncate(max);
    candidates
        .into_iter()
        .map(|c| Keyword {
            text: written_form(text, &c.uses),
            score: c.score() as f64,
            spans: c.uses.iter().map(|u| u.0).collect(),
        })
        .collect()
}

fn is_reporting(word: &str, language: &Language) -> bool {
    let speech = language.speech();
    speech.is(word, Class::Verb) || speech.is(word, Class::Participle)
}

/// The token ranges of `tokens` that form names: runs of two or more adjacent capitalized
/// words that are not stop words (so `The State Department` gives `State Department`).
fn name_runs(text: &str, tokens: &[Token]) -> Vec<(usize, usize)> {
    let adjacent = |a: &Token, b: &Token| {
        text[a.span.end..b.span.start]
            .chars()
            .all(|c| c.is_whitespace())
    };
    let is_name_word = |t: &Token| t.capitalized && !t.stop;
    let mut runs = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if !is_name_word(&tokens[i]) {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i + 1;
        while tokens
            .get(end)
            .is_some_and(|next| is_name_word(next) && adjacent(&tokens[end - 1], next))
        {
            end += 1;
        }
        if end - start >= 2 {
            runs.push((start, end));
        }
        i = end;
    }
    runs
}

/// The form a keyword is most often written in, preferring uses that do not open a
/// sentence (where a capital says nothing); among equals, the first.
fn written_form(text: &str, uses: &[(Span, bool)]) -> String {
    let mid: Vec<&str> = uses
        .iter()
        .filter(|u| !u.1)
        .map(|u| u.0.slice(text))
        .collect();
    let forms: Vec<&str> = if mid.is_empty() {
        uses.iter().map(|u| u.0.slice(text)).collect()
    } else {
        mid
    };
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for form in forms {
        match counts.iter_mut().find(|(f, _)| *f == form) {
            Some((_, n)) => *n += 1,
            None => counts.push((form, 1)),
        }
    }
    let mut best = counts[0];
    for &(form, n) in &counts[1..] {
        if n > best.1 {
            best = (form, n);
        }
    }
    // Line breaks inside a name read as one space.
    best.0.split_whitespace().collect::<Vec<_>>().join(" ")
}
