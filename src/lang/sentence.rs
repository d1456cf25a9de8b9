//! The sentence rules of each language: the abbreviations a period does not end a sentence
//! after, and the few marks that end a sentence in one language only (Greek `;`).
//!
//! Each language's rules are one plain-text file, `<code>/abbreviations.txt`, in sections:
//!
//! - `[prefix]`: words that always lead into what follows (`Mr.`, `Dr.`, `Mt.`, `e.g.`):
//!   a period after them never ends a sentence before a capital.
//! - `[numbers]`: words that lead into a number (`No. 5`, `p. 55`).
//! - `[other]`: words that usually continue the sentence but can end it (`Inc.`, `etc.`,
//!   `Jan.`): the splitter ends the sentence only when a word that starts sentences follows.
//! - `[rules]`: `ordinal-dot` when a number with a period is an ordinal (German `12. Juni`);
//!   `terminator X` for each mark X that ends a sentence in this language.
//!
//! Entries are lowercase, without their final period; `#` starts a comment line.

use std::ops::BitOr;

use rustc_hash::FxHashMap as HashMap;

/// The sections of the rules a word is in, none for most words: one lookup tells all,
/// where a set per section took one each (the splitter asks up to four of each period).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct Abbreviation(u8);

impl Abbreviation {
    const PREFIX: u8 = 1;
    const NUMBERS: u8 = 2;
    const OTHER: u8 = 4;

    /// A period after it never ends a sentence: `mr`, `e.g`.
    pub(crate) fn is_prefix(self) -> bool {
        self.0 & Self::PREFIX != 0
    }

    /// It leads into a number: `no`, `p`.
    pub(crate) fn is_before_number(self) -> bool {
        self.0 & Self::NUMBERS != 0
    }

    /// A period after it ends a sentence only when a sentence opener follows: `inc`, `etc`,
    /// `jan`.
    pub(crate) fn is_other(self) -> bool {
        self.0 & Self::OTHER != 0
    }

    /// It is an abbreviation of any kind.
    pub(crate) fn is_any(self) -> bool {
        self.0 != 0
    }
}

/// The sections of either.
impl BitOr for Abbreviation {
    type Output = Abbreviation;

    fn bitor(self, other: Abbreviation) -> Abbreviation {
        Abbreviation(self.0 | other.0)
    }
}

/// The sentence rules of one language.
#[derive(Debug, Default)]
pub(crate) struct SentenceRules {
    abbreviations: HashMap<&'static str, Abbreviation>,
    terminators: Vec<char>,
    ordinal_dot: bool,
}

impl SentenceRules {
    /// Reads a rules file; unknown sections and directives are ignored so that a file
    /// written for a newer splitter still loads.
    pub(super) fn parse(source: &'static str) -> SentenceRules {
        let mut rules = SentenceRules::default();
        let mut section = "";
        for line in source.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                section = name;
                continue;
            }
            let kind = match section {
                "prefix" => Abbreviation::PREFIX,
                "numbers" => Abbreviation::NUMBERS,
                "other" => Abbreviation::OTHER,
                "rules" => {
                    match line.split_once(' ') {
                        // A letter or digit never ends a sentence: the splitter skips words
                        // without looking for stops in them.
                        Some(("terminator", mark)) => rules
                            .terminators
                            .extend(mark.trim().chars().filter(|c| !c.is_alphanumeric())),
                        _ if line == "ordinal-dot" => rules.ordinal_dot = true,
                        _ => {}
                    }
                    continue;
                }
                _ => continue,
            };
            rules.abbreviations.entry(line).or_default().0 |= kind;
        }
        rules
    }

    /// The sections `word` (lowercase) is in.
    pub(crate) fn abbreviation(&self, word: &str) -> Abbreviation {
        self.abbreviations.get(word).copied().unwrap_or_default()
    }

    /// Whether `c` ends a sentence in this language besides the Unicode terminators.
    pub(crate) fn is_terminator(&self, c: char) -> bool {
        self.terminators.contains(&c)
    }

    /// Whether a number followed by a period may be an ordinal (`am 12. Juni`).
    pub(crate) fn ordinal_dot(&self) -> bool {
        self.ordinal_dot
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_sort_entries() {
        let rules = SentenceRules::parse(
            "# comment\n[prefix]\nmr\n[numbers]\nno\n[other]\ninc\n[rules]\nordinal-dot\nterminator ;\n",
        );
        let [mr, no, inc] = ["mr", "no", "inc"].map(|word| rules.abbreviation(word));
        assert!(mr.is_prefix() && !mr.is_other() && !inc.is_prefix());
        assert!(no.is_before_number() && !no.is_prefix());
        assert!(inc.is_other() && inc.is_any());
        assert!(!rules.abbreviation("# comment").is_any());
        assert!(rules.ordinal_dot());
        assert!(rules.is_terminator(';') && !rules.is_terminator(':'));
    }
}
