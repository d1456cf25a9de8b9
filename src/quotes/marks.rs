//! Pairing quote marks, one paragraph at a time.
//!
//! One pass over each paragraph with a small stack of open marks. A mark that cannot be
//! paired is dropped, and whatever is still open at the end of a paragraph is closed there,
//! so that one stray mark costs at most one paragraph.

use crate::lists::Lists;
use crate::segment::{byte_set, find_byte, ByteSet};
use crate::Span;

/// Quotations nested deeper than this are not tracked: their marks are ignored.
const MAX_DEPTH: usize = 4;

/// A kind of quotation, by the marks that open and close it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    /// `"…"`: the same mark both ways.
    Straight,
    /// `''…''`, as some wire copy writes double quotes.
    Apostrophes,
    /// `“…”`.
    Curly,
    /// `„…“` or `„…”`.
    Low,
    /// `«…»`.
    Guillemets,
    /// `»…«`.
    Reversed,
    /// `「…」`.
    Corner,
    /// `『…』`.
    WhiteCorner,
    /// `‘…’`: nested quotations, or British style. Easily confused with apostrophes, so a
    /// single-quoted span counts only when it closes within its paragraph.
    Single,
}

/// A top-level quotation found in one paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Pair {
    /// The opening mark's first byte.
    pub open: usize,
    /// The quoted words, white space at either end excluded.
    pub inner: Span,
    /// One past the closing mark, or the paragraph's end when the quotation is left open.
    pub close: usize,
    /// Whether a closing mark was found.
    pub closed: bool,
    /// Whether it is in single quotes (`‘…’`).
    pub single: bool,
}

/// What a character does to the open quotations.
#[derive(Clone, Copy)]
enum Mark {
    /// Opens a quotation.
    Open(Family),
    /// Closes the open quotation at this depth, and those inside it.
    Close(usize),
    /// Opens a quotation where one of the same kind, at this depth, was never closed.
    Reopen(usize, Family),
}

struct Open {
    family: Family,
    mark: usize,
    inner: usize,
}

/// Whether `c` may stand just before an opening mark.
fn opens_after(c: Option<char>) -> bool {
    c.is_none_or(|c| c.is_whitespace() || "([{—–-/\u{a0}“‘\"'«»„".contains(c))
}

/// Whether a mark between `prev` and `next` ends a word: a closing mark.
fn ends_word(prev: Option<char>, next: Option<char>) -> bool {
    !opens_after(prev) && next.is_none_or(|n| n.is_whitespace() || n.is_ascii_punctuation())
}

/// Appends the top-level quotations of `text[paragraph]` to the open list of `pairs`, in
/// order.
pub(super) fn pair(text: &str, paragraph: Span, pairs: &mut Lists<Pair>) {
    let body = paragraph.slice(text);
    // Marks around no word (`" "`, `"..."`) quote nothing.
    let mut push = |pair: Pair| {
        if pair.inner.slice(text).chars().any(char::is_alphanumeric) {
            pairs.push(pair);
        }
    };
    let mut stack: Vec<Open> = Vec::new();
    let mut from = 0;
    while let Some(i) = find_byte(body.as_bytes(), from, &MARK_STARTS) {
        let at = paragraph.start + i;
        let prev = body[..i].chars().next_back();
        let mut chars = body[i..].chars();
        let Some(c) = chars.next() else { break };
        let next = chars.clone().next();
        let mut width = c.len_utf8();
        let position =
            |family: Family, stack: &[Open]| stack.iter().rposition(|o| o.family == family);
        let mut action = None;
        match c {
            '"' => {
                let curly = position(Family::Curly, &stack).max(position(Family::Low, &stack));
                action = match position(Family::Straight, &stack) {
                    // A mark that opens a word after a space while one is open, in a paragraph
                    // of an odd number of straight marks (`"apprécié par X, "déteste Y"`):
                    // that one was never closed. With an even number, a quotation inside one
                    // (`"…says, "I'd like…," you know…"`) closes and opens as it did.
                    Some(k)
                        if opens_after(prev)
                            && next.is_some_and(char::is_alphanumeric)
                            && body.bytes().filter(|&b| b == b'"').count() % 2 == 1 =>
                    {
                        Some(Mark::Reopen(k, Family::Straight))
                    }
                    Some(k) => Some(Mark::Close(k)),
                    // `“…," she said`: texts that mix marks close a curly quotation with a
                    // straight mark that ends a word.
                    None if curly.is_some() && ends_word(prev, next) => curly.map(Mark::Close),
                    None if next.is_some_and(|n| !n.is_whitespace()) => {
                        Some(Mark::Open(Family::Straight))
                    }
                    None => None,
                }
            }
            '\'' if next == Some('\'') => {
                chars.next();
                width = 2;
                let after = chars.next();
                action = match position(Family::Apostrophes, &stack) {
                    Some(k) => Some(Mark::Close(k)),
                    None if opens_after(prev) && after.is_some_and(|n| !n.is_whitespace()) => {
                        Some(Mark::Open(Family::Apostrophes))
                    }
                    None => None,
                };
            }
            '“' => {
                action = match position(Family::Low, &stack) {
                    Some(k) => Some(Mark::Close(k)),
                    // Some texts close with `“` by mistake: a mark that ends a word and is
                    // followed by a space closes.
                    None if ends_word(prev, next) => {
                        position(Family::Curly, &stack).map(Mark::Close)
                    }
                    // A new quotation while one is open: that one was never closed.
                    None => match position(Family::Curly, &stack) {
                        Some(k) => Some(Mark::Reopen(k, Family::Curly)),
                        None => Some(Mark::Open(Family::Curly)),
                    },
                }
            }
            '”' => {
                let open = position(Family::Curly, &stack)
                    .max(position(Family::Low, &stack))
                    .max(position(Family::Straight, &stack));
                action = match open {
                    Some(k) => Some(Mark::Close(k)),
                    // Some texts open with `”` too.
                    None if stack.is_empty() && opens_after(prev) => next
                        .filter(|n| !n.is_whitespace())
                        .map(|_| Mark::Open(Family::Curly)),
                    None => None,
                }
            }
            '„' => action = Some(Mark::Open(Family::Low)),
            '«' => {
                action = Some(match position(Family::Reversed, &stack) {
                    Some(k) => Mark::Close(k),
                    None => Mark::Open(Family::Guillemets),
                });
            }
            '»' => {
                action = match position(Family::Guillemets, &stack) {
                    Some(k) => Some(Mark::Close(k)),
                    None if opens_after(prev) => Some(Mark::Open(Family::Reversed)),
                    None => None,
                }
            }
            '「' => action = Some(Mark::Open(Family::Corner)),
            '」' => action = position(Family::Corner, &stack).map(Mark::Close),
            '『' => action = Some(Mark::Open(Family::WhiteCorner)),
            '』' => action = position(Family::WhiteCorner, &stack).map(Mark::Close),
            '‘' if opens_after(prev) && next.is_some_and(|n| !n.is_whitespace()) => {
                action = Some(Mark::Open(Family::Single));
            }
            // `’` inside or before a word is an apostrophe (`don’t`, `’90s`).
            '’' if !next.is_some_and(char::is_alphanumeric) => {
                action = position(Family::Single, &stack).map(Mark::Close);
            }
            _ => {}
        }
        if let Some(Mark::Close(k) | Mark::Reopen(k, _)) = action {
            let closed = matches!(action, Some(Mark::Close(_)));
            if k == 0 {
                push(Pair {
                    open: stack[0].mark,
                    inner: trim(text, Span::new(stack[0].inner, at)),
                    close: if closed { at + width } else { at },
                    closed,
                    single: stack[0].family == Family::Single,
                });
            }
            stack.truncate(k);
        }
        if let Some(Mark::Open(family) | Mark::Reopen(_, family)) = action {
            if stack.len() < MAX_DEPTH {
                stack.push(Open {
                    family,
                    mark: at,
                    inner: at + width,
                });
            }
        }
        from = i + width;
    }
    // Recovery: a quotation still open at the paragraph's end ends there. Single quotes that
    // never closed were apostrophes.
    if let Some(open) = stack.first().filter(|o| o.family != Family::Single) {
        push(Pair {
            open: open.mark,
            inner: trim(text, Span::new(open.inner, paragraph.end)),
            close: paragraph.end,
            closed: false,
            single: false,
        });
    }
}

/// The bytes that may start a quote mark: every mark is either ASCII (`"`, `'`) or starts
/// with one of three lead bytes (`«` and `»` with 0xC2, `“` and the other curly marks with
/// 0xE2, `「` and the corner brackets with 0xE3). Most of a paragraph is none of them, so its
/// bytes are skipped without decoding characters.
static MARK_STARTS: ByteSet = byte_set(b"\"'\xC2\xE2\xE3");

/// Whether the paragraph opens with a quote mark: the sign that an open quotation of the
/// paragraph before runs on.
pub(super) fn reopens(text: &str, paragraph: Span, pairs: &[Pair]) -> bool {
    pairs.first().is_some_and(|p| p.open == paragraph.start)
        && paragraph
            .slice(text)
            .starts_with(['"', '“', '”', '«', '»', '„', '「', '『', '\''])
}

fn trim(text: &str, span: Span) -> Span {
    let s = span.slice(text);
    let start = span.start + (s.len() - s.trim_start().len());
    Span::new(start, start.max(span.start + s.trim_end().len()))
}
