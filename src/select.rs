//! Choosing the summary's sentences.

use crate::{Length, Score};

/// The indices of the sentences that make the summary, in document order.
pub(crate) fn select(scores: &[Score], length: Length) -> Vec<usize> {
    let n = scores.len();
    let count = match length {
        Length::Sentences(k) => k,
        Length::Ratio(r) => (r * n as f64).ceil() as usize,
        _ => ((n as f64 * Length::AUTO_RATIO).round() as usize)
            .clamp(Length::AUTO_MIN, Length::AUTO_MAX),
    }
    .clamp(1, n.max(1));
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| scores[b].total.total_cmp(&scores[a].total).then(a.cmp(&b)));
    order.truncate(count);
    order.sort_unstable();
    order
}
