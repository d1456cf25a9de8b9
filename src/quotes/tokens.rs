//! The words and punctuation of a paragraph around its quotations, and its sentences.

use crate::lang::Language;
use crate::Span;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    Word,
    Comma,
    Colon,
    Dash,
    /// Ends a sentence: `.`, `!`, `?`, `;`.
    Stop,
    /// `(` or `[`.
    Open,
    /// `)` or `]`.
    Close,
    /// A whole quotation, marks included: the index of its pair in the paragraph.
    Quote(usize),
    Other,
}

#[derive(Clone, Copy, Debug)]
pub(super) struct Token {
    pub kind: Kind,
    pub span: Span,
}

/// Characters that join two word characters into one word (`O'Brien`, `U.S`, `de-escalate`).
const JOINERS: &str = "'’-.&";

/// Appends the tokens of `text[range]` to `out`. A period that ends an initial, an
/// abbreviation or a dotted word (`U.S.`) belongs to the word.
pub(super) fn lex(text: &str, range: Span, language: &Language, out: &mut Vec<Token>) {
    let body = range.slice(text);
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let start = range.start + i;
        let kind = match c {
            c if c.is_alphanumeric() => {
                let mut end = i + c.len_utf8();
                let mut dotted = false;
                while let Some(&(j, n)) = chars.peek() {
                    let joined = JOINERS.contains(n)
                        && body[j + n.len_utf8()..]
                            .chars()
                            .next()
                            .is_some_and(char::is_alphanumeric);
                    if !(n.is_alphanumeric() || is_mark(n) || joined) {
                        break;
                    }
                    dotted |= n == '.';
                    end = j + n.len_utf8();
                    chars.next();
                }
                let word = &body[i..end];
                if body[end..].starts_with('.') {
                    let initial = word.chars().count() == 1 && c.is_uppercase();
                    // `Cambridge, Mass., said`, `Calif. officials`: a period that a comma
                    // or a lowercase word follows ends an abbreviation, not a sentence.
                    let after = body[end + 1..].trim_start_matches(' ');
                    let continues = after.starts_with([',', ';'])
                        || after.starts_with(char::is_lowercase)
                            && after.len() < body.len() - end - 1;
                    if initial
                        || dotted
                        || continues
                        || language.is_abbreviation(&word.to_lowercase())
                    {
                        chars.next();
                        end += 1;
                    }
                }
                out.push(Token {
                    kind: Kind::Word,
                    span: Span::new(start, range.start + end),
                });
                continue;
            }
            c if c.is_whitespace() => continue,
            ',' | '、' | '，' | '،' => Kind::Comma,
            ':' | '：' => Kind::Colon,
            '—' | '–' => Kind::Dash,
            '-' if chars
                .peek()
                .is_some_and(|&(_, n)| n == '-' || n.is_whitespace()) =>
            {
                if chars.peek().is_some_and(|&(_, n)| n == '-') {
                    chars.next();
                }
                Kind::Dash
            }
            '.' | '!' | '?' | ';' | '…' | '。' | '！' | '？' | '।' | '؟' | '؛' => {
                Kind::Stop
            }
            '(' | '[' => Kind::Open,
            ')' | ']' => Kind::Close,
            _ => Kind::Other,
        };
        let end = chars.peek().map_or(range.end, |&(j, _)| range.start + j);
        out.push(Token {
            kind,
            span: Span::new(start, end),
        });
    }
}

/// Whether `c` is a combining mark that Unicode does not count as a letter but that belongs
/// to the word it follows: a Devanagari virama or nukta (the `्` of `मंत्री`), Arabic
/// vowel marks, Latin combining accents, and the joiners of Indic and Arabic spelling.
fn is_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036f}'
        | '\u{0610}'..='\u{061a}'
        | '\u{064b}'..='\u{065f}'
        | '\u{06d6}'..='\u{06ed}'
        | '\u{0900}'..='\u{0903}'
        | '\u{093a}'..='\u{094f}'
        | '\u{0951}'..='\u{0957}'
        | '\u{0962}'..='\u{0963}'
        | '\u{200c}'..='\u{200d}')
}

/// For each token, the index of the first token of its sentence and one past its last.
/// A quotation that ends with a full stop (`quote_ends`) ends its sentence when a new
/// sentence or quotation follows.
pub(super) fn sentences(
    text: &str,
    tokens: &[Token],
    quote_ends: impl Fn(usize) -> bool,
) -> (Vec<usize>, Vec<usize>) {
    let mut starts = Vec::with_capacity(tokens.len());
    let mut start = 0;
    for (i, token) in tokens.iter().enumerate() {
        starts.push(start);
        let ends = match token.kind {
            Kind::Stop => true,
            Kind::Quote(k) => {
                quote_ends(k)
                    && tokens.get(i + 1).is_none_or(|next| match next.kind {
                        Kind::Quote(_) => true,
                        Kind::Word => next.span.slice(text).starts_with(char::is_uppercase),
                        _ => false,
                    })
            }
            _ => false,
        };
        if ends {
            start = i + 1;
        }
    }
    let mut ends = vec![0; tokens.len()];
    let mut end = tokens.len();
    for i in (0..tokens.len()).rev() {
        ends[i] = end;
        if starts[i] == i {
            end = i;
        }
    }
    (starts, ends)
}
