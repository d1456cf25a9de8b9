//! The words and punctuation of a paragraph around its quotations, and its sentences.

use crate::lang::Language;
use crate::segment::{byte_set, ByteSet, ASCII_WORD_BYTES};
use crate::terms;
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
    /// A word written in lowercase ASCII only, which its readers need not lowercase.
    pub lowercase: bool,
}

/// Whether `c` joins two word characters into one word (`O'Brien`, `U.S`, `de-escalate`).
fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '.' | '&')
}

/// The character at byte `i` of `s`, a character boundary, decoded only when not ASCII:
/// the lexer reads every character of a paragraph, and most are ASCII.
fn char_at(s: &str, i: usize) -> Option<char> {
    match s.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        _ => s.get(i..)?.chars().next(),
    }
}

/// ASCII capitals: the lexer notes whether a word has any, by table as it measures the word.
static CAPITALS: ByteSet = byte_set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ");

/// Appends the tokens of `text[range]` to `out`. A period that ends an initial, an
/// abbreviation or a dotted word (`U.S.`) belongs to the word.
pub(super) fn lex(text: &str, range: Span, language: &Language, out: &mut Vec<Token>) {
    let body = range.slice(text);
    let mut i = 0;
    while let Some(c) = char_at(body, i) {
        // Every other character is a space between words.
        if c == ' ' {
            i += 1;
            continue;
        }
        let start = range.start + i;
        let mut width = c.len_utf8();
        let mut lowercase = false;
        let kind = match c {
            c if c.is_alphanumeric() => {
                let mut end = i + width;
                let mut dotted = false;
                lowercase = c.is_ascii_lowercase() || c.is_ascii_digit();
                loop {
                    // Most of a word is ASCII letters: read by table, without the checks below.
                    let mut capitals = false;
                    while let Some(&b) = body.as_bytes().get(end) {
                        if !ASCII_WORD_BYTES[usize::from(b)] {
                            break;
                        }
                        capitals |= CAPITALS[usize::from(b)];
                        end += 1;
                    }
                    lowercase &= !capitals;
                    // Most words end at a space: told before decoding what follows.
                    let Some(n) = char_at(body, end).filter(|&n| n != ' ') else {
                        break;
                    };
                    let after = end + n.len_utf8();
                    // An ASCII character here is not alphanumeric, nor a mark.
                    let joins = !n.is_ascii() && (n.is_alphanumeric() || is_mark(n))
                        || is_joiner(n) && char_at(body, after).is_some_and(char::is_alphanumeric);
                    if !joins {
                        break;
                    }
                    dotted |= n == '.';
                    lowercase &= n.is_ascii();
                    end = after;
                }
                if body.as_bytes().get(end) == Some(&b'.') {
                    let word = &body[i..end];
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
                        || language.is_abbreviation(&terms::lowercase(word))
                    {
                        end += 1;
                    }
                }
                width = end - i;
                Kind::Word
            }
            c if c.is_whitespace() => {
                i += width;
                continue;
            }
            ',' | '、' | '，' | '،' => Kind::Comma,
            ':' | '：' => Kind::Colon,
            '—' | '–' => Kind::Dash,
            '-' if char_at(body, i + 1).is_some_and(|n| n == '-' || n.is_whitespace()) => {
                if char_at(body, i + 1) == Some('-') {
                    width = 2;
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
        out.push(Token {
            kind,
            span: Span::new(start, start + width),
            lowercase,
        });
        i += width;
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

/// Fills `starts` and `ends` with, for each token, the index of the first token of its
/// sentence and one past its last. A quotation that ends with a full stop (`quote_ends`)
/// ends its sentence when a new sentence or quotation follows.
pub(super) fn sentences(
    text: &str,
    tokens: &[Token],
    quote_ends: impl Fn(usize) -> bool,
    (starts, ends): (&mut Vec<usize>, &mut Vec<usize>),
) {
    starts.clear();
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
    ends.clear();
    ends.resize(tokens.len(), 0);
    let mut end = tokens.len();
    for i in (0..tokens.len()).rev() {
        ends[i] = end;
        if starts[i] == i {
            end = i;
        }
    }
}
