//! The English stemmer: Snowball's Porter2 algorithm (the `english` of `rust-stemmers`), the
//! same stem for every word, written directly. Snowball's generated code took about 3,700
//! instructions a word, a third of a reader's first text, in which most words are new; this
//! takes about 1,000 (the tests check it against Snowball's on any text).
//!
//! The algorithm is Martin Porter's, as he describes it at
//! <https://snowballstem.org/algorithms/english/stemmer.html>; the comments name its steps.

use std::borrow::Cow;

/// The stem of `word`, lowercase as the word is.
pub(super) fn stem(word: &str) -> Cow<'_, str> {
    if let Some(stem) = exception(word) {
        return Cow::Borrowed(stem);
    }
    // A byte a character: one beyond ASCII is neither a vowel nor in any suffix, so the rules
    // need only know that it is there.
    let mut w: Vec<u8> = if word.is_ascii() {
        word.as_bytes().to_vec()
    } else {
        let byte = |c: char| u8::try_from(c).ok().filter(u8::is_ascii).unwrap_or(OTHER);
        word.chars().map(byte).collect()
    };
    if w.len() < 3 {
        return Cow::Borrowed(word);
    }
    let (word, y_found) = prelude(word, &mut w);
    let regions = Regions::mark(&w);
    step_1a(&mut w);
    if !is_invariant(&w) {
        step_1b(&mut w, regions);
        step_1c(&mut w);
        step_2(&mut w, regions);
        step_3(&mut w, regions);
        step_4(&mut w, regions);
        step_5(&mut w, regions);
    }
    if y_found {
        w.iter_mut().filter(|c| **c == b'Y').for_each(|c| *c = b'y');
    }
    if w == word.as_bytes() {
        return Cow::Borrowed(word);
    }
    // All ASCII, as most words are, or with [`OTHER`], which is never UTF-8.
    let w = match String::from_utf8(w) {
        Ok(stem) => return Cow::Owned(stem),
        Err(e) => e.into_bytes(),
    };
    // The steps only change the end of the word, and write ASCII.
    let mut originals = word.chars();
    let mut stem = String::with_capacity(word.len());
    for b in w {
        stem.push(match originals.next() {
            Some(original) if b == OTHER => original,
            _ => char::from(b),
        });
    }
    Cow::Owned(stem)
}

/// The byte that stands for a character beyond ASCII.
const OTHER: u8 = 0xff;

/// The stem of a word the rules would get wrong, or that is its own.
fn exception(word: &str) -> Option<&'static str> {
    Some(match word {
        "skis" => "ski",
        "skies" => "sky",
        "dying" => "die",
        "lying" => "lie",
        "tying" => "tie",
        "idly" => "idl",
        "gently" => "gentl",
        "ugly" => "ugli",
        "early" => "earli",
        "only" => "onli",
        "singly" => "singl",
        "sky" => "sky",
        "news" => "news",
        "howe" => "howe",
        "atlas" => "atlas",
        "cosmos" => "cosmos",
        "bias" => "bias",
        "andes" => "andes",
        _ => return None,
    })
}

/// Words left as they are after step 1a: the rules would take `-ing` or `-eed` off them.
fn is_invariant(w: &[u8]) -> bool {
    const WORDS: [&str; 8] = [
        "inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed",
    ];
    WORDS.iter().any(|word| word.as_bytes() == w)
}

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
}

/// Whether `w` ends in `suffix`.
fn ends(w: &[u8], suffix: &str) -> bool {
    w.ends_with(suffix.as_bytes())
}

/// Suffixes, longest first as in Porter's tables a longer suffix wins, each with what goes
/// with it. A suffix is kept as a number, to compare with the end of a word at once:
/// comparing them with `ends_with` took more than half of the stemmer's time.
struct Suffixes<T: 'static, const N: usize> {
    /// Each suffix's [`last_letters`], and a mask of as many bytes.
    numbers: [(u64, u64); N],
    then: [T; N],
}

impl<T: Copy, const N: usize> Suffixes<T, N> {
    const fn new(rules: [(&str, T); N]) -> Self {
        let mut numbers = [(0, 0); N];
        let mut then = [rules[0].1; N];
        let mut i = 0;
        while i < N {
            let suffix = rules[i].0.as_bytes();
            // At most eight letters (a longer one fails to compile).
            numbers[i] = (last_letters(suffix), u64::MAX >> (64 - 8 * suffix.len()));
            then[i] = rules[i].1;
            i += 1;
        }
        Suffixes { numbers, then }
    }

    /// Where the longest of the suffixes that `w` ends in starts, and what goes with it.
    fn longest(&self, w: &[u8]) -> Option<(usize, T)> {
        // A word shorter than a suffix has zeros for the letters it lacks, which no suffix has.
        let end = last_letters(w);
        let i = (self.numbers.iter()).position(|&(suffix, mask)| end & mask == suffix)?;
        let len = self.numbers[i].1.count_ones() as usize / 8;
        Some((w.len().checked_sub(len)?, self.then[i]))
    }
}

/// The last eight letters of `w`, or all of a shorter one, the last in the lowest byte.
const fn last_letters(w: &[u8]) -> u64 {
    let mut letters = 0;
    let mut i = w.len().saturating_sub(8);
    while i < w.len() {
        letters = letters << 8 | w[i] as u64;
        i += 1;
    }
    letters
}

fn replace(w: &mut Vec<u8>, start: usize, with: &str) {
    w.truncate(start);
    w.extend_from_slice(with.as_bytes());
}

/// Takes a leading apostrophe off `word` and `w`, and marks the `y`s of `w` that are
/// consonants (a leading one, or one after a vowel) as `Y`; `word` as `w` now spells it, and
/// whether there were any.
fn prelude<'w>(word: &'w str, w: &mut Vec<u8>) -> (&'w str, bool) {
    let word = match word.strip_prefix('\'') {
        Some(rest) => {
            w.remove(0);
            rest
        }
        None => word,
    };
    let mut y_found = false;
    if w.first() == Some(&b'y') {
        w[0] = b'Y';
        y_found = true;
    }
    for i in 1..w.len() {
        if w[i] == b'y' && is_vowel(w[i - 1]) {
            w[i] = b'Y';
            y_found = true;
        }
    }
    (word, y_found)
}

/// R1 and R2, as where they start: R1 after the first consonant that follows a vowel (or
/// after `gener`, `commun` or `arsen`), R2 after the next such consonant.
#[derive(Clone, Copy)]
struct Regions {
    r1: usize,
    r2: usize,
}

impl Regions {
    fn mark(w: &[u8]) -> Regions {
        let prefix = ["gener", "commun", "arsen"]
            .iter()
            .find(|prefix| w.starts_with(prefix.as_bytes()));
        let r1 = match prefix {
            Some(prefix) => Some(prefix.len()),
            None => past_vowel_and_consonant(w, 0),
        };
        let r1 = r1.unwrap_or(w.len());
        let r2 = past_vowel_and_consonant(w, r1).unwrap_or(w.len());
        Regions { r1, r2 }
    }
}

/// Where the first consonant after a vowel, from `from` on, ends.
fn past_vowel_and_consonant(w: &[u8], from: usize) -> Option<usize> {
    let vowel = from + w.get(from..)?.iter().position(|&c| is_vowel(c))?;
    let consonant = vowel + 1 + w[vowel + 1..].iter().position(|&c| !is_vowel(c))?;
    Some(consonant + 1)
}

/// Whether the first `end` letters of `w` end in a short syllable: a consonant, a vowel and
/// a consonant other than `w`, `x` and `Y`, or a vowel and a consonant that are the whole.
fn ends_short_syllable(w: &[u8], end: usize) -> bool {
    match end {
        2 => is_vowel(w[0]) && !is_vowel(w[1]),
        3.. => {
            let last = w[end - 1];
            !is_vowel(last)
                && !matches!(last, b'w' | b'x' | b'Y')
                && is_vowel(w[end - 2])
                && !is_vowel(w[end - 3])
        }
        _ => false,
    }
}

#[derive(Clone, Copy)]
enum Plural {
    Sses,
    Ies,
    Kept,
    S,
}

/// Step 0's suffixes.
const POSSESSIVES: Suffixes<(), 3> = Suffixes::new([("'s'", ()), ("'s", ()), ("'", ())]);

const PLURALS: Suffixes<Plural, 6> = Suffixes::new([
    ("sses", Plural::Sses),
    ("ied", Plural::Ies),
    ("ies", Plural::Ies),
    ("us", Plural::Kept),
    ("ss", Plural::Kept),
    ("s", Plural::S),
]);

/// Step 0 (`'s`) and plurals (`-sses`, `-ies`, `-s`).
fn step_1a(w: &mut Vec<u8>) {
    if let Some((start, _)) = POSSESSIVES.longest(w) {
        w.truncate(start);
    }
    match PLURALS.longest(w) {
        Some((start, Plural::Sses)) => replace(w, start, "ss"),
        Some((start, Plural::Ies)) => replace(w, start, if start > 1 { "i" } else { "ie" }),
        Some((start, Plural::S)) if start > 0 && w[..start - 1].iter().any(|&c| is_vowel(c)) => {
            w.truncate(start);
        }
        _ => {}
    }
}

/// The endings of step 1b, and whether each is `-eed`.
const ENDINGS: Suffixes<bool, 6> = Suffixes::new([
    ("eedly", true),
    ("ingly", false),
    ("edly", false),
    ("eed", true),
    ("ing", false),
    ("ed", false),
]);

/// `-eed`, `-ed` and `-ing`, and what their loss leaves to mend (`hoping` to `hope`).
fn step_1b(w: &mut Vec<u8>, regions: Regions) {
    match ENDINGS.longest(w) {
        Some((start, true)) if start >= regions.r1 => replace(w, start, "ee"),
        Some((start, false)) if w[..start].iter().any(|&c| is_vowel(c)) => {
            w.truncate(start);
            let doubles = ["bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt"];
            if ["at", "bl", "iz"].iter().any(|end| ends(w, end)) {
                w.push(b'e');
            } else if doubles.iter().any(|end| ends(w, end)) {
                w.pop();
            } else if regions.r1 == w.len() && ends_short_syllable(w, w.len()) {
                w.push(b'e');
            }
        }
        _ => {}
    }
}

/// A final `y` after a consonant that is not the first letter becomes `i`.
fn step_1c(w: &mut [u8]) {
    let n = w.len();
    if n > 2 && matches!(w[n - 1], b'y' | b'Y') && !is_vowel(w[n - 2]) {
        w[n - 1] = b'i';
    }
}

/// A suffix's replacement, and the letters it must follow (any, when none).
type Rule = (&'static str, &'static str);

/// Replaces the suffix `found` at the end of `w`, if it starts at `from` or later and
/// follows a letter its rule asks for.
fn apply(w: &mut Vec<u8>, from: usize, found: Option<(usize, Rule)>) {
    let Some((start, (with, after))) = found else {
        return;
    };
    let follows = after.is_empty() || start > 0 && after.as_bytes().contains(&w[start - 1]);
    if start >= from && follows {
        replace(w, start, with);
    }
}

/// Step 2: derivational suffixes in R1, `-ational` to `-ate`, `-iveness` to `-ive`.
const STEP_2: Suffixes<Rule, 24> = Suffixes::new([
    ("ational", ("ate", "")),
    ("fulness", ("ful", "")),
    ("iveness", ("ive", "")),
    ("ization", ("ize", "")),
    ("ousness", ("ous", "")),
    ("biliti", ("ble", "")),
    ("lessli", ("less", "")),
    ("tional", ("tion", "")),
    ("alism", ("al", "")),
    ("aliti", ("al", "")),
    ("ation", ("ate", "")),
    ("entli", ("ent", "")),
    ("fulli", ("ful", "")),
    ("iviti", ("ive", "")),
    ("ousli", ("ous", "")),
    ("abli", ("able", "")),
    ("alli", ("al", "")),
    ("anci", ("ance", "")),
    ("ator", ("ate", "")),
    ("enci", ("ence", "")),
    ("izer", ("ize", "")),
    ("bli", ("ble", "")),
    ("ogi", ("og", "l")),
    ("li", ("", "cdeghkmnrt")),
]);

/// Step 3: more derivational suffixes in R1, `-alize` to `-al`, `-ness` gone (and `-ative`
/// gone in R2, apart).
const STEP_3: Suffixes<Rule, 8> = Suffixes::new([
    ("ational", ("ate", "")),
    ("tional", ("tion", "")),
    ("alize", ("al", "")),
    ("icate", ("ic", "")),
    ("iciti", ("ic", "")),
    ("ical", ("ic", "")),
    ("ness", ("", "")),
    ("ful", ("", "")),
]);

/// Step 4: suffixes in R2, `-ment`, `-ance`, `-ion` after `s` or `t`.
const STEP_4: Suffixes<Rule, 18> = Suffixes::new([
    ("ement", ("", "")),
    ("able", ("", "")),
    ("ance", ("", "")),
    ("ence", ("", "")),
    ("ible", ("", "")),
    ("ment", ("", "")),
    ("ant", ("", "")),
    ("ate", ("", "")),
    ("ent", ("", "")),
    ("ion", ("", "st")),
    ("ism", ("", "")),
    ("iti", ("", "")),
    ("ive", ("", "")),
    ("ize", ("", "")),
    ("ous", ("", "")),
    ("al", ("", "")),
    ("er", ("", "")),
    ("ic", ("", "")),
]);

fn step_2(w: &mut Vec<u8>, regions: Regions) {
    let found = STEP_2.longest(w);
    apply(w, regions.r1, found);
}

fn step_3(w: &mut Vec<u8>, regions: Regions) {
    // No longer suffix of the step ends in `-ative`.
    if ends(w, "ative") {
        let start = w.len() - "ative".len();
        if start >= regions.r2 {
            w.truncate(start);
        }
        return;
    }
    let found = STEP_3.longest(w);
    apply(w, regions.r1, found);
}

fn step_4(w: &mut Vec<u8>, regions: Regions) {
    let found = STEP_4.longest(w);
    apply(w, regions.r2, found);
}

/// A final `e` in R2, or in R1 after no short syllable; a final `l` after `l` in R2.
fn step_5(w: &mut Vec<u8>, regions: Regions) {
    let Some(&last) = w.last() else {
        return;
    };
    let end = w.len() - 1;
    let gone = match last {
        b'e' => end >= regions.r2 || (end >= regions.r1 && !ends_short_syllable(w, end)),
        b'l' => end >= regions.r2 && end > 0 && w[end - 1] == b'l',
        _ => false,
    };
    if gone {
        w.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use rust_stemmers::{Algorithm, Stemmer};

    fn snowball(word: &str) -> String {
        Stemmer::create(Algorithm::English).stem(word).into_owned()
    }

    #[test]
    fn stems_as_porter_describes() {
        let cases = [
            ("consign", "consign"),
            ("consigned", "consign"),
            ("consignment", "consign"),
            ("generously", "generous"),
            ("hoping", "hope"),
            ("hopping", "hop"),
            ("cries", "cri"),
            ("ties", "tie"),
            ("gas", "gas"),
            ("gaps", "gap"),
            ("skies", "sky"),
            ("succeeding", "succeed"),
            ("yearly", "year"),
            ("sayings", "say"),
            ("governments", "govern"),
            ("'tis", "tis"),
            ("nation's", "nation"),
            ("by", "by"),
        ];
        for (word, stem_of_word) in cases {
            assert_eq!(stem(word), stem_of_word, "{word}");
            assert_eq!(snowball(word), stem_of_word, "Snowball's stem of {word}");
        }
    }

    #[test]
    fn suffixes_are_longest_first() {
        fn longest_first<T, const N: usize>(suffixes: &Suffixes<T, N>) -> bool {
            (suffixes.numbers).is_sorted_by_key(|(_, mask)| std::cmp::Reverse(*mask))
        }
        assert!(longest_first(&POSSESSIVES));
        assert!(longest_first(&PLURALS));
        assert!(longest_first(&ENDINGS));
        assert!(longest_first(&STEP_2));
        assert!(longest_first(&STEP_3));
        assert!(longest_first(&STEP_4));
    }

    #[test]
    fn an_unchanged_word_is_borrowed() {
        assert!(matches!(stem("consign"), Cow::Borrowed(_)));
        assert!(matches!(stem("consigned"), Cow::Owned(_)));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4096))]

        /// Words of the letters and endings the rules read, as Snowball stems them.
        #[test]
        fn the_same_stem_as_snowball(
            word in "'?[aeiouybcdglmnrstYwxé]{0,6}(ational|ization|fulness|iveness|ousli|biliti|lessli|entli|alism|ative|icate|ement|ance|ence|ible|able|ing|ingly|eed|eedly|edly|ed|ies|ied|sses|us|ss|s|li|ogi|bli|y|e|l|'s|'s'|')?"
        ) {
            prop_assert_eq!(stem(&word), snowball(&word));
        }

        #[test]
        fn the_same_stem_as_snowball_of_any_text(word in "\\PC{0,12}") {
            prop_assert_eq!(stem(&word), snowball(&word));
        }
    }
}
