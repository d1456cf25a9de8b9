//! Direct quotations and their speakers.

use crate::lang::Language;
use crate::{Quote, Span};

/// The quotations of `text`, in document order.
pub(crate) fn find(_text: &str, _paragraphs: &[Span], _language: &Language) -> Vec<Quote> {
    Vec::new()
}
