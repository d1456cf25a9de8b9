//! Choosing the summary's sentences.
//!
//! Greedy selection with redundancy control in the spirit of MMR: a sentence loses part of
//! its score for the share of its term weight that the sentences chosen before it already
//! cover. Coverage only grows, so a penalty never shrinks and a lazy queue re-scores only
//! the sentences that reach its top: near-linear, with no sentence-by-sentence comparison.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

use crate::score::Model;
use crate::{Length, Score};

/// A sentence whose terms the summary already has to this share (by weight) is a repeat,
/// chosen only when the summary must have more sentences than the others can give.
const REPEAT_SHARE: f64 = 0.9;

/// What a sentence weighs against a length budget.
pub(crate) struct Cost {
    /// Its words.
    pub words: usize,
    /// Its characters.
    pub chars: usize,
}

/// The chosen sentences and each sentence's redundancy penalty.
pub(crate) struct Selection {
    /// Indices of the chosen sentences, in document order.
    pub chosen: Vec<usize>,
    /// For a chosen sentence, the penalty it carried when it was chosen; for any other, the
    /// penalty it carries against the whole summary. Zero or negative.
    pub redundancy: Vec<f64>,
}

/// How many of `n` sentences a summary of `length` keeps (all of them when the budget is
/// in words or characters: the budget stops it).
pub(crate) fn sentence_count(length: Length, n: usize) -> usize {
    match length {
        Length::Sentences(k) => k,
        Length::Ratio(r) => (r * n as f64).ceil() as usize,
        Length::Words(_) | Length::Chars(_) => n,
        Length::Auto => ((n as f64 * Length::AUTO_RATIO).round() as usize)
            .clamp(Length::AUTO_MIN, Length::AUTO_MAX),
    }
    .clamp(1, n.max(1))
}

/// The share of the `candidates` a summary of `length` keeps, in `(0, 1]`. `costs` has one
/// entry per sentence.
pub(crate) fn share(length: Length, costs: &[Cost], candidates: &[usize]) -> f64 {
    let n = candidates.len().max(1) as f64;
    let of_total = |budget: usize, cost: fn(&Cost) -> usize| {
        let total: usize = candidates.iter().map(|&i| cost(&costs[i])).sum();
        budget as f64 / total.max(1) as f64
    };
    let share = match length {
        Length::Words(w) => of_total(w, |c| c.words),
        Length::Chars(c) => of_total(c, |c| c.chars),
        _ => sentence_count(length, costs.len()) as f64 / n,
    };
    // Not `clamp`, whose check of its bounds formats them in its panic message: that alone
    // linked Rust's float printing into the wasm.
    share.max(1.0 / n).min(1.0)
}

/// Chooses sentences among `candidates` by `scores` within `length`.
pub(crate) fn select(
    model: &Model,
    scores: &[Score],
    costs: &[Cost],
    candidates: &[usize],
    length: Length,
    redundancy_weight: f64,
) -> Selection {
    // Counted over every sentence, as the caller asked; there may be fewer candidates.
    let count = sentence_count(length, scores.len()).min(candidates.len());
    let fits = |used: usize, i: usize| match length {
        Length::Words(w) => used + costs[i].words <= w,
        // Sentences are joined by one space.
        Length::Chars(c) => used + usize::from(used > 0) + costs[i].chars <= c,
        _ => true,
    };
    let cost = |i: usize| match length {
        Length::Words(_) => costs[i].words,
        Length::Chars(_) => costs[i].chars + 1,
        _ => 0,
    };

    let mut covered = vec![false; model.weight.len()];
    // The share of a sentence's term weight that the summary already has.
    let repeated = |covered: &[bool], i: usize| {
        let terms = model.sentences.get(i);
        let total: f64 = terms.iter().map(|&t| model.weight[t as usize]).sum();
        if total == 0.0 {
            return 0.0;
        }
        let known: f64 = terms
            .iter()
            .filter(|&&t| covered[t as usize])
            .map(|&t| model.weight[t as usize])
            .sum();
        known / total
    };
    let penalty = |covered: &[bool], i: usize| -redundancy_weight * repeated(covered, i);

    let mut redundancy = vec![0.0; scores.len()];
    let mut queue: BinaryHeap<Entry> = candidates
        .iter()
        .map(|&i| Entry {
            key: scores[i].total,
            index: i,
            round: 0,
        })
        .collect();
    let mut chosen = Vec::new();
    let mut repeats = Vec::new();
    let mut used = 0;
    while chosen.len() < count {
        let Some(top) = queue.pop() else { break };
        let i = top.index;
        if top.round < chosen.len() {
            redundancy[i] = penalty(&covered, i);
            queue.push(Entry {
                key: scores[i].total + redundancy[i],
                index: i,
                round: chosen.len(),
            });
            continue;
        }
        if !fits(used, i) {
            continue;
        }
        if repeated(&covered, i) >= REPEAT_SHARE {
            repeats.push(i);
            continue;
        }
        used += cost(i);
        chosen.push(i);
        for &t in model.sentences.get(i) {
            covered[t as usize] = true;
        }
    }
    if !matches!(length, Length::Words(_) | Length::Chars(_)) {
        // Asked for more sentences than say something new: repeats, best first.
        let missing = count - chosen.len();
        chosen.extend(repeats.into_iter().take(missing));
    }
    if chosen.is_empty() {
        // Nothing fits the budget: the best sentence alone beats an empty summary.
        let best = candidates
            .iter()
            .copied()
            .max_by(|&a, &b| scores[a].total.total_cmp(&scores[b].total).then(b.cmp(&a)));
        chosen.extend(best);
    }
    let mut is_chosen = vec![false; scores.len()];
    for &i in &chosen {
        is_chosen[i] = true;
    }
    for i in (0..scores.len()).filter(|&i| !is_chosen[i]) {
        redundancy[i] = penalty(&covered, i);
    }
    chosen.sort_unstable();
    Selection { chosen, redundancy }
}

/// A sentence in the queue: its score as last computed, in the round it was computed.
struct Entry {
    key: f64,
    index: usize,
    round: usize,
}

impl Ord for Entry {
    /// Higher scores first; among equal scores the earlier sentence.
    fn cmp(&self, other: &Self) -> Ordering {
        self.key
            .total_cmp(&other.key)
            .then(other.index.cmp(&self.index))
    }
}

impl PartialOrd for Entry {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Entry {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Entry {}
