//! The words of a text as UAX #29 defines them (`unicode_word_indices`), read byte by byte
//! where the text is ASCII, which is most of the words of most texts.
//!
//! In ASCII the rules are few: letters, digits and `_` join, and `:`, `.`, `'`, `,`, `;`
//! join two letters or two digits (`can't`, `e.g`, `6,000`). Any other ASCII character is in
//! no word and has a boundary on either side. So have the typographic quotes and dashes of
//! text written for the web (`“`, `—`), and `’` joins as `'` does: they are read here too.
//! A word that meets any other character beyond ASCII, and the stretch up to the next ASCII
//! separator, goes to `unicode-segmentation` whole.

use unicode_segmentation::{UnicodeSegmentation, UnicodeWordIndices};

/// The UAX #29 word class of a byte, as far as ASCII words need it.
#[derive(Clone, Copy, PartialEq)]
enum Class {
    /// ASCII in no word, with a boundary on either side: spaces, hyphens, brackets.
    Separator,
    /// ALetter.
    Letter,
    /// Numeric.
    Digit,
    /// ExtendNumLet: `_`.
    Connector,
    /// MidLetter: `:`, between letters.
    MidLetter,
    /// MidNum: `,` and `;`, between digits.
    MidNum,
    /// MidNumLet and Single_Quote: `.` and `'`, between letters or between digits.
    MidNumLet,
    /// Double_Quote: `"`, which joins only Hebrew letters.
    DoubleQuote,
    /// Part of a character beyond ASCII.
    Beyond,
}

/// Each byte's class.
static CLASSES: [Class; 256] = {
    let mut classes = [Class::Beyond; 256];
    let mut byte = 0;
    while byte < 128 {
        classes[byte] = match byte as u8 {
            b'a'..=b'z' | b'A'..=b'Z' => Class::Letter,
            b'0'..=b'9' => Class::Digit,
            b'_' => Class::Connector,
            b':' => Class::MidLetter,
            b',' | b';' => Class::MidNum,
            b'.' | b'\'' => Class::MidNumLet,
            b'"' => Class::DoubleQuote,
            _ => Class::Separator,
        };
        byte += 1;
    }
    classes
};

fn class(byte: u8) -> Class {
    CLASSES[usize::from(byte)]
}

/// Letters, digits and `_` join one another (WB5, WB8–WB10, WB13a–b).
fn is_word_char(class: Class) -> bool {
    matches!(class, Class::Letter | Class::Digit | Class::Connector)
}

/// Whether `mid` joins `before` and `after` into one word (WB6–WB7, WB11–WB12).
fn joins(before: Class, mid: Class, after: Class) -> bool {
    match (before, after) {
        (Class::Letter, Class::Letter) => matches!(mid, Class::MidLetter | Class::MidNumLet),
        (Class::Digit, Class::Digit) => matches!(mid, Class::MidNum | Class::MidNumLet),
        _ => false,
    }
}

/// The UTF-8 length of each [`typographic`] mark: all are in U+2000–U+2FFF.
const TYPOGRAPHIC_LEN: usize = 3;

/// The class of the typographic mark at `bytes[i..]` that words are read past as they are
/// past ASCII: `‘` and `’` join as `'` does (MidNumLet); `“`, `”`, `–`, `—` and `…` are in
/// no word (Other). Text copied from a web page has them in most sentences, where
/// `unicode-segmentation` took a fifth more instructions per article than ASCII.
fn typographic(bytes: &[u8], i: usize) -> Option<Class> {
    match bytes.get(i..i + TYPOGRAPHIC_LEN)? {
        [0xe2, 0x80, 0x98 | 0x99] => Some(Class::MidNumLet),
        [0xe2, 0x80, 0x93 | 0x94 | 0x9c | 0x9d | 0xa6] => Some(Class::Separator),
        _ => None,
    }
}

/// The end of the ASCII word starting at `start`, a letter, digit or `_`; `None` when it
/// meets a character beyond ASCII, other than a [`typographic`] mark, before its end is
/// certain.
fn ascii_word_end(bytes: &[u8], start: usize) -> Option<usize> {
    let mut end = start + 1;
    while let Some(&byte) = bytes.get(end) {
        let mut here = class(byte);
        if is_word_char(here) {
            end += 1;
            continue;
        }
        // What joins ends in an ASCII letter or digit: so does the word so far.
        let before = class(bytes[end - 1]);
        let mut len = 1;
        if here == Class::Beyond {
            (here, len) = (typographic(bytes, end)?, TYPOGRAPHIC_LEN);
        }
        if here == Class::Separator {
            break;
        }
        let after = match bytes.get(end + len).map(|&b| class(b)) {
            None => Class::Separator,
            Some(Class::Beyond) => typographic(bytes, end + len)?,
            Some(after) => after,
        };
        if !joins(before, here, after) {
            break;
        }
        end += len + 1;
    }
    Some(end)
}

/// The words of a text with their byte offsets, as `unicode_word_indices` gives them.
pub(crate) struct WordIndices<'t> {
    text: &'t str,
    /// Where reading goes on: a word boundary.
    at: usize,
    /// The stretch being read by `unicode-segmentation`, with its offset in the text.
    unicode: Option<(usize, UnicodeWordIndices<'t>)>,
}

impl<'t> WordIndices<'t> {
    pub fn new(text: &'t str) -> WordIndices<'t> {
        WordIndices {
            text,
            at: 0,
            unicode: None,
        }
    }

    /// Hands the stretch from `start` up to the next ASCII separator to `unicode-segmentation`,
    /// and gives its first word. Out of line, as few words need it: the ASCII path then keeps
    /// fewer registers to save at each word.
    #[cold]
    #[inline(never)]
    fn read_unicode(&mut self, start: usize) -> Option<(usize, &'t str)> {
        let len = self.text.as_bytes()[start..]
            .iter()
            .position(|&b| class(b) == Class::Separator)
            .unwrap_or(self.text.len() - start);
        let stretch = &self.text[start..start + len];
        self.unicode = Some((start, stretch.unicode_word_indices()));
        self.at = start + len;
        self.unicode_word()
    }

    /// The next word of the stretch `unicode-segmentation` reads; none at its end.
    fn unicode_word(&mut self) -> Option<(usize, &'t str)> {
        let (offset, words) = self.unicode.as_mut()?;
        let word = words.next().map(|(i, word)| (*offset + i, word));
        if word.is_none() {
            self.unicode = None;
        }
        word
    }
}

impl<'t> Iterator for WordIndices<'t> {
    type Item = (usize, &'t str);

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(word) = self.unicode_word() {
            return Some(word);
        }
        let bytes = self.text.as_bytes();
        loop {
            // ASCII outside words, each a segment of its own unless it joins two words.
            let skipped = bytes[self.at..]
                .iter()
                .position(|&b| matches!(class(b), Class::Beyond) || is_word_char(class(b)))?;
            let start = self.at + skipped;
            let end = match class(bytes[start]) {
                Class::Beyond if typographic(bytes, start).is_some() => {
                    // A mark outside words, as ASCII punctuation is.
                    self.at = start + TYPOGRAPHIC_LEN;
                    continue;
                }
                Class::Beyond => None,
                _ => ascii_word_end(bytes, start),
            };
            let Some(end) = end else {
                match self.read_unicode(start) {
                    Some(word) => return Some(word),
                    None => continue,
                }
            };
            self.at = end;
            // A word has a letter or a digit: `__` is none.
            if bytes[start] != b'_' || bytes[start..end].iter().any(|&b| b != b'_') {
                return Some((start, &self.text[start..end]));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn words(text: &str) -> Vec<(usize, &str)> {
        WordIndices::new(text).collect()
    }

    fn reference(text: &str) -> Vec<(usize, &str)> {
        text.unicode_word_indices().collect()
    }

    #[test]
    fn ascii_words_join_as_uax_29_joins_them() {
        let text = "Can't stop: e.g. U.S. 6,000 3.7; a_b __ x:y 1,a a.1 end.";
        assert_eq!(words(text), reference(text));
        assert!(words(text).contains(&(0, "Can't")));
        assert!(words(text).contains(&(22, "6,000")));
    }

    #[test]
    fn stretches_beyond_ascii_are_read_whole() {
        for text in [
            "don\u{2019}t caf\u{e9}s na\u{ef}ve",
            "\u{201c}Yes,\u{201d} she said \u{2014} 3\u{a0}000",
            "\u{2018}Tis the \u{2019}90s\u{2019}: it\u{2019}s 1\u{2019}000 \u{2013} l\u{2019}\u{e9}t\u{e9} \u{2026}",
            "it\u{2019}\u{301}s a\u{2019}\u{5d0} \u{5d0}\u{2019}a x\u{201d}\u{301}y \u{2019}",
            "\u{5e6}\"\u{5d1} \u{5d0}\"\u{5d1} \u{5d0}'",
            "\u{4e2d}\u{534e}\u{4eba}\u{6c11} ab\u{200d}cd \u{1f600}a",
            " \u{301}abc \u{ad}def\n\u{301}x",
        ] {
            assert_eq!(words(text), reference(text), "{text:?}");
        }
    }

    proptest! {
        #[test]
        fn same_words_as_unicode_segmentation(
            text in "[a-zA-Z0-9_:.',;\" \\-\n!?()\u{2018}\u{2019}\u{201c}\u{201d}\u{2013}\u{2014}\u{2026}\u{2024}\u{e9}\u{5d0}\u{4e2d}\u{301}\u{ad}\u{200d}\u{1f600}\u{ff10}]{0,40}"
        ) {
            prop_assert_eq!(words(&text), reference(&text));
        }
    }
}
