//! The words the quote finder reads to attribute quotations: speech verbs, titles, pronouns.

use rustc_hash::FxHashMap as HashMap;

/// A word's role in naming who said something.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u16)]
pub(crate) enum Class {
    /// Reports speech as the verb of its own clause (`said`, `told`).
    Verb,
    /// Reports speech but continues an earlier clause (`adding`).
    Participle,
    /// Goes before a name without being part of it (`Sen.`, `spokeswoman`).
    Title,
    /// Ends the name of an organisation (`Department`).
    Organisation,
    /// Capitalised but never a speaker's name (`Monday`, `March`).
    NotName,
    /// A name though stop lists hold it (`Don`, `Will`).
    Name,
    /// May stand between a speaker and the verb (`later`, `has`).
    Adverb,
    /// Opens a described speaker (`a`, `the`).
    Determiner,
    /// Joins a quotation to the verb after it, in a language written without spaces
    /// (Japanese `と` in `「…」と述べた`).
    Quotative,
    /// Follows the speaker, in a language written without spaces (Japanese `は` in
    /// `田中首相は`).
    Topic,
}

/// A speaker's sex, as told by a pronoun or a title.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Sex {
    Male,
    Female,
}

/// Everything the lists say of one word, found with one lookup: the quote finder asks
/// this of every word it reads.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Entry {
    /// A bit for each [`Class`] the word is of.
    classes: u16,
    /// The sex a title tells (`spokeswoman`, `mr`).
    sex: Option<Sex>,
    /// For a pronoun that stands for a speaker (`he`, `they`): the sex it tells, if any.
    pronoun: Option<Option<Sex>>,
}

impl Entry {
    /// Whether the word is of `class`.
    pub(crate) fn is(self, class: Class) -> bool {
        self.classes & (1 << class as u16) != 0
    }

    /// The sex a title tells, if any.
    pub(crate) fn sex(self) -> Option<Sex> {
        self.sex
    }

    /// For a pronoun that stands for a speaker: the sex it tells, if any.
    pub(crate) fn pronoun(self) -> Option<Option<Sex>> {
        self.pronoun
    }
}

/// The bits of a [`Speech::sketch`].
const SKETCH_BITS: usize = 1 << 13;

/// Where `word` falls in a [`Speech::sketch`]: the low five bits of its first and last bytes
/// and the low three of its length.
fn sketch_bit(word: &str) -> usize {
    let bytes = word.as_bytes();
    let low = |b: Option<&u8>| usize::from(b.copied().unwrap_or(0) & 0x1f);
    (low(bytes.first()) << 8 | low(bytes.last()) << 3 | word.len() & 7) % SKETCH_BITS
}

/// One language's attribution words, read from its plain-text lists.
#[derive(Default)]
pub(crate) struct Speech {
    entries: HashMap<&'static str, Entry>,
    /// A bit set for each listed word at its [`sketch_bit`]. The quote finder looks up every
    /// word of a text, and most are in no list: for about two in three of those (in English
    /// news) the bit is clear, which is cheaper to tell than a missing key.
    sketch: Vec<u64>,
    /// The words of each class in the order of the lists, for [`Speech::words`], which is
    /// asked at every speech verb: filtering `entries` there cost a third of a summary.
    words: Vec<(Class, Vec<&'static str>)>,
}

impl Speech {
    /// The lists of the language with this ISO 639-1 code (`speech_verbs.txt` and
    /// `speakers.txt`); empty for a language that has none yet, whose quotes are then found
    /// without speakers.
    pub(crate) fn for_language(code: &str) -> Speech {
        Speech::parse(&[
            super::list(code, "speech_verbs"),
            super::list(code, "speakers"),
        ])
    }

    /// Reads lists made of `[section]` headers followed by one lowercase word a line.
    fn parse(lists: &[&'static str]) -> Speech {
        let mut speech = Speech {
            sketch: vec![0; SKETCH_BITS / 64],
            ..Speech::default()
        };
        for list in lists {
            let mut section = "";
            for line in list.lines().map(str::trim) {
                if line.is_empty() || line.starts_with('#') {
                    continue;
                }
                if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                    section = name;
                    continue;
                }
                let bit = sketch_bit(line);
                speech.sketch[bit / 64] |= 1 << (bit % 64);
                let class = match section {
                    "finite" => Class::Verb,
                    "participle" => Class::Participle,
                    "title" => Class::Title,
                    "organisation" => Class::Organisation,
                    "not-name" => Class::NotName,
                    "name" => Class::Name,
                    "adverb" => Class::Adverb,
                    "determiner" => Class::Determiner,
                    "quotative" => Class::Quotative,
                    "topic" => Class::Topic,
                    "male" => {
                        speech.entries.entry(line).or_default().sex = Some(Sex::Male);
                        continue;
                    }
                    "female" => {
                        speech.entries.entry(line).or_default().sex = Some(Sex::Female);
                        continue;
                    }
                    "pronoun-male" | "pronoun-female" | "pronoun-any" => {
                        let sex = match section {
                            "pronoun-male" => Some(Sex::Male),
                            "pronoun-female" => Some(Sex::Female),
                            _ => None,
                        };
                        speech.entries.entry(line).or_default().pronoun = Some(sex);
                        continue;
                    }
                    _ => continue,
                };
                speech.entries.entry(line).or_default().classes |= 1 << class as u16;
                match speech.words.iter_mut().find(|(c, _)| *c == class) {
                    Some((_, words)) => words.push(line),
                    None => speech.words.push((class, vec![line])),
                }
            }
        }
        speech
    }

    /// What the lists say of `word`, lowercased and without a final period.
    #[inline]
    pub(crate) fn entry(&self, word: &str) -> Entry {
        let bit = sketch_bit(word);
        let maybe = self
            .sketch
            .get(bit / 64)
            .is_some_and(|b| b >> (bit % 64) & 1 != 0);
        if !maybe {
            return Entry::default();
        }
        self.listed(word)
    }

    /// [`Speech::entry`] past the sketch, out of line: the sketch alone tells most words,
    /// without a call.
    #[inline(never)]
    fn listed(&self, word: &str) -> Entry {
        self.entries.get(word).copied().unwrap_or_default()
    }

    /// Whether any word is of `class`: a language without topic particles (`は`) need not
    /// look for them.
    pub(crate) fn has(&self, class: Class) -> bool {
        self.words.iter().any(|(c, _)| *c == class)
    }

    /// The words of `class` in their list's order, for text without spaces, where they are
    /// found inside longer runs of letters rather than looked up as words.
    pub(crate) fn words(&self, class: Class) -> impl Iterator<Item = &'static str> + '_ {
        self.words
            .iter()
            .filter(move |(c, _)| *c == class)
            .flat_map(|(_, words)| words.iter().copied())
    }

    /// For a lowercased pronoun that stands for a speaker (`he`, `she`, `they`): the sex it
    /// tells, if any.
    pub(crate) fn pronoun(&self, word: &str) -> Option<Option<Sex>> {
        self.entry(word).pronoun
    }
}
