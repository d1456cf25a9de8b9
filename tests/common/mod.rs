//! Checks shared by the property and adversarial tests.

use abridge::{Span, Summary};

fn check_span(text: &str, span: Span, what: &str) -> Result<(), String> {
    if span.start > span.end || span.end > text.len() {
        return Err(format!("{what}: {span:?} out of 0..{}", text.len()));
    }
    if !text.is_char_boundary(span.start) || !text.is_char_boundary(span.end) {
        return Err(format!("{what}: {span:?} splits a character"));
    }
    Ok(())
}

/// Every span of `summary` lies on character boundaries of `text` and slices back to the
/// text it claims; sentences are non-empty, trimmed and in order; every score is finite;
/// the selection is a strictly increasing list of sentence indices.
pub fn check_summary(text: &str, summary: &Summary) -> Result<(), String> {
    let mut previous_end = 0;
    for s in &summary.sentences {
        check_span(text, s.span, "sentence")?;
        if s.span.is_empty() || s.span.start < previous_end {
            return Err(format!(
                "sentence {:?} empty or before {previous_end}",
                s.span
            ));
        }
        if s.span.slice(text) != s.text || s.text.trim() != s.text {
            return Err(format!(
                "sentence {:?} is not its trimmed slice {:?}",
                s.span, s.text
            ));
        }
        if !s.score.total.is_finite() {
            return Err(format!("sentence {:?} scored {:?}", s.span, s.score));
        }
        previous_end = s.span.end;
    }
    for q in &summary.quotes {
        check_span(text, q.span, "quote")?;
        if q.span.slice(text) != q.text || !q.score.is_finite() {
            return Err(format!(
                "quote {:?}: {:?} scored {}",
                q.span, q.text, q.score
            ));
        }
        if let Some(span) = q.speaker_span {
            check_span(text, span, "speaker")?;
        }
    }
    for k in &summary.keywords {
        if k.spans.is_empty() || !k.score.is_finite() {
            return Err(format!(
                "keyword {:?}: no span or score {}",
                k.text, k.score
            ));
        }
        for &span in &k.spans {
            check_span(text, span, "keyword")?;
        }
    }
    let n = summary.sentences.len();
    let increasing = summary.selected.windows(2).all(|w| w[0] < w[1]);
    if summary.selected.is_empty() || !increasing || summary.selected.iter().any(|&i| i >= n) {
        return Err(format!("selection {:?} of {n} sentences", summary.selected));
    }
    Ok(())
}
