//! Splitting text into paragraphs and sentences.

use unicode_segmentation::UnicodeSegmentation;

use crate::lang::Language;
use crate::Span;

/// A sentence's place in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Segment {
    /// The sentence, white space at either end excluded.
    pub span: Span,
    /// The index of its paragraph.
    pub paragraph: usize,
}

/// The paragraphs and sentences of a text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Segmentation {
    /// Every paragraph, white space at either end excluded.
    pub paragraphs: Vec<Span>,
    /// Every sentence, in order.
    pub sentences: Vec<Segment>,
}

/// Splits `text` into paragraphs (lines) and sentences.
pub fn segment(text: &str, _language: &Language) -> Segmentation {
    let mut out = Segmentation::default();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let start = offset + (line.len() - line.trim_start().len());
        let end = offset + line.trim_end().len();
        offset += line.len();
        if start >= end {
            continue;
        }
        let paragraph = out.paragraphs.len();
        out.paragraphs.push(Span::new(start, end));
        for (i, s) in text[start..end].split_sentence_bound_indices() {
            let trimmed = s.trim();
            if trimmed.is_empty() {
                continue;
            }
            let lead = s.len() - s.trim_start().len();
            let s_start = start + i + lead;
            out.sentences.push(Segment {
                span: Span::new(s_start, s_start + trimmed.len()),
                paragraph,
            });
        }
    }
    out
}
