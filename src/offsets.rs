//! Converting UTF-8 byte offsets into the units other languages index strings by.

/// Maps byte offsets of one text to another unit in O(1) amortised per lookup plus a scan
/// of at most [`OffsetMap::STRIDE`] bytes, without a table as large as the text.
pub struct OffsetMap<'t> {
    text: &'t str,
    unit: Unit,
    /// `checkpoints[i]` is the offset, in the target unit, of byte `i * STRIDE`, rounded
    /// up to a character boundary.
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
    fn width(self, c: char) -> usize {
        match self {
            Unit::Utf16 => c.len_utf16(),
            Unit::CodePoint => 1,
        }
    }
}

impl<'t> OffsetMap<'t> {
    /// How many bytes lie between checkpoints: small enough that a lookup scans little,
    /// large enough that the table is a small fraction of the text.
    pub const STRIDE: usize = 64;

    /// Prepares conversions of offsets into `text`.
    pub fn new(text: &'t str, unit: Unit) -> Self {
        let mut checkpoints = Vec::with_capacity(text.len() / Self::STRIDE + 1);
        let mut converted = 0;
        for (byte, c) in text.char_indices() {
            while checkpoints.len() * Self::STRIDE <= byte {
                checkpoints.push(converted);
            }
            converted += unit.width(c);
        }
        if checkpoints.is_empty() {
            checkpoints.push(0);
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
        while !self.text.is_char_boundary(byte) {
            byte -= 1;
        }
        let slot = (byte / Self::STRIDE).min(self.checkpoints.len() - 1);
        // The checkpoint counts from the first character that starts in its slot, and
        // `byte`, a boundary in that slot, is at or after it.
        let mut from = slot * Self::STRIDE;
        while !self.text.is_char_boundary(from) {
            from += 1;
        }
        let base = self.checkpoints[slot];
        base + self.text[from..byte]
            .chars()
            .map(|c| self.unit.width(c))
            .sum::<usize>()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn naive(text: &str, byte: usize, unit: Unit) -> usize {
        text[..byte].chars().map(|c| unit.width(c)).sum()
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
}
