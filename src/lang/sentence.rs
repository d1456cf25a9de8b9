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

use rustc_hash::FxHashSet as HashSet;

/// The sentence rules of one language.
#[derive(Debug, Default)]
pub(crate) struct SentenceRules {
    prefix: HashSet<&'static str>,
    numbers: HashSet<&'static str>,
    other: HashSet<&'static str>,
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
            match section {
                "prefix" => {
                    rules.prefix.insert(line);
                }
                "numbers" => {
                    rules.numbers.insert(line);
                }
                "other" => {
                    rules.other.insert(line);
                }
                "rules" => match line.split_once(' ') {
                    // A letter or digit never ends a sentence: the splitter skips words
                    // without looking for stops in them.
                    Some(("terminator", mark)) => rules
                        .terminators
                        .extend(mark.trim().chars().filter(|c| !c.is_alphanumeric())),
                    _ if line == "ordinal-dot" => rules.ordinal_dot = true,
                    _ => {}
                },
                _ => {}
            }
        }
        rules
    }

    /// Whether a period after `word` (lowercase) never ends a sentence: `mr`, `e.g`.
    pub(crate) fn is_prefix(&self, word: &str) -> bool {
        self.prefix.contains(word)
    }

    /// Whether `word` (lowercase) leads into a number: `no`, `p`.
    pub(crate) fn is_before_number(&self, word: &str) -> bool {
        self.numbers.contains(word)
    }

    /// Whether a period after `word` (lowercase) ends a sentence only when a sentence
    /// opener follows: `inc`, `etc`, `jan`.
    pub(crate) fn is_other(&self, word: &str) -> bool {
        self.other.contains(word)
    }

    /// Whether `word` (lowercase) is an abbreviation of any kind.
    pub(crate) fn is_abbreviation(&self, word: &str) -> bool {
        self.is_prefix(word) || self.is_before_number(word) || self.is_other(word)
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
        assert!(rules.is_prefix("mr") && !rules.is_prefix("inc"));
        assert!(rules.is_before_number("no"));
        assert!(rules.is_other("inc") && rules.is_abbreviation("inc"));
        assert!(!rules.is_abbreviation("# comment"));
        assert!(rules.ordinal_dot());
        assert!(rules.is_terminator(';') && !rules.is_terminator(':'));
    }
}
