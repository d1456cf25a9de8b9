//! Which language a text is in: its script first, then, among languages sharing that
//! script, the nearest trigram profile (Cavnar and Trenkle's "out of place" distance, as
//! `whatlang` computes it, over `whatlang`'s profiles of Abridge's languages).

use rustc_hash::FxHashMap;
use std::cell::RefCell;

/// The writing systems that tell Abridge's languages apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Script {
    Latin,
    Cyrillic,
    Greek,
    Arabic,
    Devanagari,
    Hangul,
    /// Japanese: kana, with the kanji between them.
    Kana,
    /// Chinese: ideographs without kana.
    Han,
}

/// How much of a text detection reads: a few paragraphs tell the language as well as a
/// whole article, in constant time.
const SAMPLE_CHARS: usize = 2048;

/// How much of a text detection reads first, and how much nearer than any other its
/// nearest profile must be for those characters to decide. On 2,900 texts longer than
/// this (the shared English and French articles, and 2,048-character stretches of Vim's
/// tutor in 25 languages) a first paragraph that decided by this margin never named
/// another language than the whole sample; where they differed, the margin was at most
/// 518 for a language Abridge has a profile of (Norwegian read as Danish), 2,689 for
/// one it has not. 96% of the English and all the French articles are decided so, at a
/// quarter of the reading.
const GLANCE_CHARS: usize = 512;
const SURE_MARGIN: usize = 4000;

/// The share of kana among the ideographs and kana of a text above which it is Japanese:
/// Japanese prose is about half kana, Chinese has none but in a quoted Japanese name.
const KANA_SHARE: f64 = 0.1;

/// The trigrams of a text ranked after this many are ignored, as in `whatlang`: twice a
/// profile's length.
const TEXT_TRIGRAMS: usize = 600;

/// The distance of a profile trigram missing from the text, or too far in rank: a
/// profile's length.
const MAX_DISTANCE: usize = 300;

/// A letter's script, for the scripts of Abridge's languages.
fn script_of(c: char) -> Option<Script> {
    // The ranges first: a character in none, such as a typographic quote, is told without
    // looking up whether it is a letter (hundreds of instructions beyond ASCII).
    let script = match c {
        '\0'..='\u{024f}' | '\u{1e00}'..='\u{1eff}' => Script::Latin,
        '\u{0370}'..='\u{03ff}' | '\u{1f00}'..='\u{1fff}' => Script::Greek,
        '\u{0400}'..='\u{052f}' => Script::Cyrillic,
        '\u{0600}'..='\u{06ff}'
        | '\u{0750}'..='\u{077f}'
        | '\u{fb50}'..='\u{fdff}'
        | '\u{fe70}'..='\u{feff}' => Script::Arabic,
        '\u{0900}'..='\u{097f}' => Script::Devanagari,
        '\u{1100}'..='\u{11ff}' | '\u{3130}'..='\u{318f}' | '\u{ac00}'..='\u{d7af}' => {
            Script::Hangul
        }
        '\u{3040}'..='\u{30ff}' | '\u{31f0}'..='\u{31ff}' | '\u{ff66}'..='\u{ff9f}' => Script::Kana,
        '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}' => Script::Han,
        _ => return None,
    };
    c.is_alphabetic().then_some(script)
}

/// The first [`SAMPLE_CHARS`] of `text`, which detection reads.
pub(super) fn sample(text: &str) -> &str {
    first_chars(text, SAMPLE_CHARS)
}

/// The first `n` characters of `text`, or all of it.
fn first_chars(text: &str, n: usize) -> &str {
    // Most texts open with n bytes of ASCII, which are n characters.
    if text.as_bytes().get(..n).is_some_and(<[u8]>::is_ascii) {
        return &text[..n];
    }
    let mut rest = text.chars();
    // `nth` counts characters without decoding them.
    match rest.nth(n) {
        Some(_) => &text[..text.len() - rest.as_str().len()],
        None => text,
    }
}

/// The script most letters of a [`sample`] are written in, if any.
pub(super) fn script(text: &str) -> Option<Script> {
    // Half of English news samples are all ASCII, told without decoding a character.
    if text.is_ascii() {
        return text
            .bytes()
            .any(|b| b.is_ascii_alphabetic())
            .then_some(Script::Latin);
    }
    let mut counts: Vec<(Script, usize)> = Vec::new();
    // Most letters of most texts are ASCII, which needs no lookup: they are counted apart,
    // and Latin takes its place in `counts` at the first.
    let mut ascii_letters = 0;
    let mut i = 0;
    while let Some(&byte) = text.as_bytes().get(i) {
        // ASCII read as bytes: decoding each character cost more than the rest.
        if byte.is_ascii() {
            if byte.is_ascii_alphabetic() {
                if ascii_letters == 0 && !counts.iter().any(|(s, _)| *s == Script::Latin) {
                    counts.push((Script::Latin, 0));
                }
                ascii_letters += 1;
            }
            i += 1;
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        i += c.len_utf8();
        let Some(script) = script_of(c) else {
            continue;
        };
        match counts.iter_mut().find(|(s, _)| *s == script) {
            Some((_, n)) => *n += 1,
            None => counts.push((script, 1)),
        }
    }
    if let Some((_, n)) = counts.iter_mut().find(|(s, _)| *s == Script::Latin) {
        *n += ascii_letters;
    }
    let count = |script| counts.iter().find(|(s, _)| *s == script).map_or(0, |c| c.1);
    let (kana, han) = (count(Script::Kana), count(Script::Han));
    // Kanji count towards Japanese when there is kana enough around them.
    let japanese = kana as f64 > KANA_SHARE * (kana + han) as f64;
    for (script, n) in &mut counts {
        match script {
            Script::Kana if japanese => *n += han,
            Script::Kana => *n = 0,
            Script::Han if japanese => *n = 0,
            Script::Han => *n += kana,
            _ => {}
        }
    }
    // The first script met wins a tie: `max_by_key` would take the last.
    let most = counts.iter().map(|c| c.1).max().filter(|&n| n > 0)?;
    counts.iter().find(|c| c.1 == most).map(|c| c.0)
}

/// What a letter the text has and a profile never uses adds to its distance: as much as
/// three trigrams missing, enough to tell a one-line Swedish text from Danish by its `ä`
/// without outweighing the trigrams of a paragraph (measured on the test texts and their
/// first sentences, and on 700 French and English articles).
const FOREIGN_LETTER: usize = 1000;

/// A language's profile: its most frequent trigrams, most frequent first.
pub(super) type Profile = Vec<[char; 3]>;

/// Reads a profile list: one trigram a line, `_` for a space.
pub(super) fn profile(list: &str) -> Profile {
    // Lines split on a set of characters, which is read character by character: `lines`
    // searches for each line's end, which on lines of three letters cost twice the rest of
    // the parsing. A `\r` ending a line is ignored: a trigram is its first three characters.
    list.split(['\n'])
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let mut chars = l.chars().map(|c| if c == '_' { ' ' } else { c });
            Some([chars.next()?, chars.next()?, chars.next()?])
        })
        .collect()
}

/// Three characters packed in one number, which hashes and compares faster than three
/// `char`s: 21 bits each.
type Trigram = u64;

fn pack([a, b, c]: [char; 3]) -> Trigram {
    (u64::from(a) << 42) | (u64::from(b) << 21) | u64::from(c)
}

/// The letters of a packed trigram.
fn unpack(trigram: Trigram) -> impl Iterator<Item = char> {
    [42, 21, 0]
        .into_iter()
        .filter_map(move |shift| char::from_u32(((trigram >> shift) & 0x1f_ffff) as u32))
}

/// The trigrams of lowercase ASCII letters and spaces, which make most trigrams of a Latin
/// text, have a place in a table, five bits a character (the low five bits: the space 0,
/// `a` to `z` 1 to 26): places in the order of the packed trigrams, a shift apart from
/// them, and a table of 64 KB.
const ASCII_TRIGRAMS: usize = 1 << 15;

/// Bits of a packed trigram that only a character beyond ASCII sets.
const BEYOND_ASCII: Trigram = 0x1f_ff80 * ((1 << 42) | (1 << 21) | 1);

/// The place of a trigram of lowercase ASCII letters and spaces among
/// [`ASCII_TRIGRAMS`].
fn ascii_index([a, b, c]: [char; 3]) -> usize {
    (a as usize & 0x1f) << 10 | (b as usize & 0x1f) << 5 | (c as usize & 0x1f)
}

/// The character of a five-bit code of [`ascii_index`].
fn ascii_letter(code: usize) -> char {
    match code & 0x1f {
        0 => ' ',
        code => char::from(0x60 | code as u8),
    }
}

/// The packed trigram at `index` of [`ASCII_TRIGRAMS`].
fn ascii_trigram(index: usize) -> Trigram {
    pack([
        ascii_letter(index >> 10),
        ascii_letter(index >> 5),
        ascii_letter(index),
    ])
}

/// The five-bit code of [`ascii_index`] of each ASCII character as trigrams read it: a
/// letter's in either case, a space for anything else.
const ASCII_CODES: [u8; 128] = {
    let mut codes = [0; 128];
    let mut c = b'a';
    while c <= b'z' {
        codes[c as usize] = c & 0x1f;
        codes[(c & !0x20) as usize] = c & 0x1f;
        c += 1;
    }
    codes
};

/// The counts of the [`ASCII_TRIGRAMS`] of a text.
struct AsciiCounts {
    counts: [u16; ASCII_TRIGRAMS],
    /// A bit for each count above zero.
    seen: [u64; ASCII_TRIGRAMS / 64],
}

impl AsciiCounts {
    /// Counts the trigram at `place` among [`ASCII_TRIGRAMS`] once more.
    fn add(&mut self, place: usize) {
        self.counts[place] += 1;
        self.seen[place / 64] |= 1 << (place % 64);
    }
}

thread_local! {
    /// Kept from text to text and zeroed as it is read: allocating and zeroing the table for
    /// each text cost as much as the counting.
    static ASCII_COUNTS: RefCell<Box<AsciiCounts>> = RefCell::new(Box::new(AsciiCounts {
        counts: [0; ASCII_TRIGRAMS],
        seen: [0; ASCII_TRIGRAMS / 64],
    }));
}

/// The trigrams of a [`sample`] with how often each occurs, the greater trigram first:
/// lowercased, with every character but a letter read as a space, trigrams of letters or of
/// a word's edge (not of two spaces around one).
///
/// Trigrams of ASCII letters are counted in a table, in the order of their packed numbers,
/// the others (rare in English) in a map. A bit per table entry marks the trigrams met, so
/// that they are read greatest first without reading the whole table.
fn counts(text: &str) -> Vec<(Trigram, u16)> {
    ASCII_COUNTS.with_borrow_mut(|ascii| {
        let ascii = &mut **ascii;
        let mut others: FxHashMap<Trigram, u16> = FxHashMap::default();
        let bytes = text.as_bytes();
        let (mut a, mut b) = (' ', ' ');
        let mut i = 0;
        // One more character than the text has: a space, which ends its last word.
        while i <= bytes.len() {
            if a.is_ascii() && b.is_ascii() && bytes.get(i).is_some_and(u8::is_ascii) {
                // A stretch of ASCII after two ASCII characters, most of a Latin text, is
                // read a byte at a time, each byte shifted into the place of its trigram
                // among [`ASCII_TRIGRAMS`]: decoding, folding and placing each character
                // took a fifth of detection.
                let mut place = ascii_index([' ', a, b]);
                while let Some(&byte) = bytes.get(i).filter(|byte| byte.is_ascii()) {
                    let code = usize::from(ASCII_CODES[usize::from(byte)]);
                    place = (place << 5 | code) % ASCII_TRIGRAMS;
                    // Not a space between two spaces or at a word's edge.
                    if place & 0x3e0 != 0 || (place >> 10 != 0 && code != 0) {
                        ascii.add(place);
                    }
                    i += 1;
                }
                (a, b) = (ascii_letter(place >> 5), ascii_letter(place));
                continue;
            }
            // `i` is at a character's first byte, or just past the text.
            let c = match text[i..].chars().next() {
                Some(c) => {
                    i += c.len_utf8();
                    (c.to_lowercase().next())
                        .filter(|c| c.is_alphabetic())
                        .unwrap_or(' ')
                }
                None => {
                    i += 1;
                    ' '
                }
            };
            if !(b == ' ' && (a == ' ' || c == ' ')) {
                // All three ASCII: none has a bit above the seventh.
                if (u32::from(a) | u32::from(b) | u32::from(c)) < 0x80 {
                    ascii.add(ascii_index([a, b, c]));
                } else {
                    *others.entry(pack([a, b, c])).or_default() += 1;
                }
            }
            (a, b) = (b, c);
        }
        // Each trigram with its count, greatest trigram first.
        let AsciiCounts { counts, seen } = ascii;
        let mut counted: Vec<(Trigram, u16)> = Vec::with_capacity(TEXT_TRIGRAMS * 2);
        for (word, bits) in seen.iter_mut().enumerate().rev() {
            let mut bits = std::mem::take(bits);
            while let Some(bit) = bits.checked_ilog2() {
                bits ^= 1 << bit;
                let i = word * 64 + bit as usize;
                counted.push((ascii_trigram(i), std::mem::take(&mut counts[i])));
            }
        }
        if !others.is_empty() {
            counted.extend(others);
            // A stable sort merges runs already in order, which the table's trigrams are.
            counted.sort_by(|x, y| y.cmp(x));
        }
        counted
    })
}

/// Each trigram of `counted` (in its order) ranked among the first [`TEXT_TRIGRAMS`], with
/// its rank: most frequent first, then in the order of `counted`. Ranked by a counting sort,
/// which keeps that order among equal counts: the counts are small, so this is several times
/// faster than a comparison sort, and a distance sums over the trigrams in any order, so
/// they need not be put in their ranks' order.
fn ranked(counted: &[(Trigram, u16)]) -> impl Iterator<Item = (usize, Trigram)> + '_ {
    let most = counted.iter().map(|&(_, n)| n).max().unwrap_or(0);
    // Where the trigrams met each number of times start in the ranking.
    let mut starts = vec![0; usize::from(most) + 1];
    for &(_, n) in counted {
        starts[usize::from(n)] += 1;
    }
    let mut start = 0;
    for count in starts.iter_mut().rev() {
        (start, *count) = (start + *count, start);
    }
    counted.iter().filter_map(move |&(trigram, n)| {
        let rank = &mut starts[usize::from(n)];
        *rank += 1;
        (*rank <= TEXT_TRIGRAMS).then_some((*rank - 1, trigram))
    })
}

/// The profiles of the languages sharing a script, indexed by trigram: a text's distance to
/// each is summed over its own few hundred trigrams, rather than by looking up every
/// trigram of every profile.
pub(super) struct Profiles {
    /// Where the row of each trigram of lowercase ASCII letters and spaces is in `ranks`, by
    /// its place among [`ASCII_TRIGRAMS`] ([`NO_ROW`] for none): most of a Latin text's
    /// trigrams, found without hashing. Empty for a script whose profiles have none.
    ascii: Vec<u16>,
    /// Where the row of each other trigram is in `ranks`. There are at most
    /// [`MOST_PROFILES`] times [`MAX_DISTANCE`] rows.
    index: FxHashMap<Trigram, u16>,
    /// For each trigram that some profile has among its first [`MAX_DISTANCE`], its rank in
    /// each profile, [`ABSENT`] in those without it: one row read at once, which the
    /// compiler turns into a few vector instructions, where a list of the profiles that
    /// have it took one step each (four, on average, for a trigram of English's profile).
    ranks: Vec<[u16; MOST_PROFILES]>,
    /// The letters beyond ASCII each profile uses, sorted.
    letters: Vec<Vec<char>>,
}

/// The most languages one script has profiles of: thirteen write Latin. `lang` checks its
/// table against it when it compiles.
pub(super) const MOST_PROFILES: usize = 16;

/// The rank of a trigram in a profile without it: further from any text's than
/// [`MAX_DISTANCE`].
const ABSENT: u16 = u16::MAX;

/// The row of a trigram that no profile has.
const NO_ROW: u16 = u16::MAX;

/// The place among [`ASCII_TRIGRAMS`] of a packed trigram of lowercase ASCII letters and
/// spaces, which [`counts`] makes of every trigram without a character beyond ASCII.
fn ascii_place(trigram: Trigram) -> usize {
    ((trigram >> 32) & 0x7c00 | (trigram >> 16) & 0x3e0 | trigram & 0x1f) as usize
}

impl Profiles {
    pub fn new(profiles: impl Iterator<Item = Profile>) -> Profiles {
        let mut ascii = Vec::new();
        let mut index: FxHashMap<Trigram, u16> = FxHashMap::default();
        let mut ranks = Vec::new();
        let mut letters = Vec::new();
        for (p, profile) in profiles.enumerate() {
            for (rank, &trigram) in (0..).zip(profile.iter().take(MAX_DISTANCE)) {
                let row = if trigram.iter().all(|&c| c == ' ' || c.is_ascii_lowercase()) {
                    if ascii.is_empty() {
                        ascii = vec![NO_ROW; ASCII_TRIGRAMS];
                    }
                    &mut ascii[ascii_index(trigram)]
                } else {
                    index.entry(pack(trigram)).or_insert(NO_ROW)
                };
                if *row == NO_ROW {
                    ranks.push([ABSENT; MOST_PROFILES]);
                    *row = (ranks.len() - 1) as u16;
                }
                ranks[usize::from(*row)][p] = rank;
            }
            let used = profile.iter().flatten().filter(|c| !c.is_ascii());
            let mut used: Vec<char> = used.copied().collect();
            used.sort_unstable();
            used.dedup();
            letters.push(used);
        }
        Profiles {
            ascii,
            index,
            ranks,
            letters,
        }
    }

    /// The index of the profile nearest to a [`sample`], decided by its first
    /// [`GLANCE_CHARS`] when they are nearer to one profile by [`SURE_MARGIN`]. Profile `i`
    /// is `bonus[i]` nearer (none past the end of `bonus`).
    pub fn nearest(&self, sample: &str, bonus: &[usize]) -> usize {
        let glance = first_chars(sample, GLANCE_CHARS);
        if glance.len() < sample.len() {
            let (nearest, margin) = self.nearest_by(glance, bonus);
            if margin >= SURE_MARGIN {
                return nearest;
            }
        }
        self.nearest_by(sample, bonus).0
    }

    /// The index of the profile nearest to `text`, and how much nearer it is than the next:
    /// the least trigram distance, plus [`FOREIGN_LETTER`] for each letter of the text
    /// beyond ASCII that the profile never uses (`ä` is Swedish, `ø` Danish), less its
    /// `bonus`; the first of the nearest on a tie.
    ///
    /// A profile's trigram distance is the sum, over its first [`MAX_DISTANCE`] trigrams,
    /// of how far each is in rank from the text's (at most [`MAX_DISTANCE`], also when the
    /// text lacks it): the most there is, less what each trigram the two share saves.
    fn nearest_by(&self, text: &str, bonus: &[usize]) -> (usize, usize) {
        let counted = counts(text);
        // What each profile's distance is short of the most there is.
        let mut saved = [0u32; MOST_PROFILES];
        let mut letters: Vec<char> = Vec::new();
        for (rank, trigram) in ranked(&counted) {
            if trigram & BEYOND_ASCII != 0 {
                letters.extend(unpack(trigram).filter(|c| !c.is_ascii()));
            }
            let row = if trigram & BEYOND_ASCII == 0 {
                self.ascii.get(ascii_place(trigram)).copied()
            } else {
                self.index.get(&trigram).copied()
            };
            let Some(row) = row.filter(|&row| row != NO_ROW) else {
                continue;
            };
            // Ranks are below TEXT_TRIGRAMS, which fits 16 bits.
            let rank = rank as u16;
            for (saved, &profile_rank) in saved.iter_mut().zip(&self.ranks[row as usize]) {
                let apart = rank.abs_diff(profile_rank);
                *saved += u32::from((MAX_DISTANCE as u16).saturating_sub(apart));
            }
        }
        let mut distances: Vec<usize> = saved[..self.letters.len()]
            .iter()
            .map(|&saved| MAX_DISTANCE * MAX_DISTANCE - saved as usize)
            .collect();
        letters.sort_unstable();
        letters.dedup();
        for (distance, used) in distances.iter_mut().zip(&self.letters) {
            let foreign = letters.iter().filter(|c| used.binary_search(c).is_err());
            *distance += foreign.count() * FOREIGN_LETTER;
        }
        for (distance, &bonus) in distances.iter_mut().zip(bonus) {
            *distance = distance.saturating_sub(bonus);
        }
        // The nearest, its distance and the next distance.
        let mut best = (0, usize::MAX, usize::MAX);
        for (i, &d) in distances.iter().enumerate() {
            if d < best.1 {
                best = (i, d, best.1);
            } else if d < best.2 {
                best.2 = d;
            }
        }
        (best.0, best.2 - best.1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts() {
        assert_eq!(script("Hello, world"), Some(Script::Latin));
        assert_eq!(script("Привет, мир"), Some(Script::Cyrillic));
        assert_eq!(script("市长在新闻发布会上"), Some(Script::Han));
        assert_eq!(script("市長は記者会見で予算を擁護した"), Some(Script::Kana));
        assert_eq!(script("2024 — 12:30"), None);
        assert_eq!(script("2024 / 12:30"), None);
        // Mostly Russian with a Latin name.
        assert_eq!(
            script("Компания Apple заявила об этом"),
            Some(Script::Cyrillic)
        );
    }

    #[test]
    fn trigrams_of_words_and_their_edges() {
        let mut trigrams: Vec<String> = counts("ab ab")
            .into_iter()
            .map(|(t, _)| unpack(t).collect())
            .collect();
        trigrams.sort();
        assert_eq!(trigrams, [" ab", "ab ", "b a"]);
    }

    /// The trigrams [`ranked`] gives, in their ranks' order.
    fn ranks(text: &str) -> Vec<Trigram> {
        let counted = counts(text);
        let mut ranks: Vec<(usize, Trigram)> = ranked(&counted).collect();
        ranks.sort_unstable();
        ranks.into_iter().map(|(_, t)| t).collect()
    }

    /// [`ranks`] the plain way: every trigram counted in a map, then sorted.
    fn ranks_by_sorting(text: &str) -> Vec<Trigram> {
        let folded = text.chars().map(|c| {
            let lower = c.to_lowercase().next().unwrap_or(c);
            if lower.is_alphabetic() {
                lower
            } else {
                ' '
            }
        });
        let chars: Vec<char> = [' ', ' '].into_iter().chain(folded).chain([' ']).collect();
        let mut counts: FxHashMap<Trigram, usize> = FxHashMap::default();
        for w in chars.windows(3) {
            if !(w[1] == ' ' && (w[0] == ' ' || w[2] == ' ')) {
                *counts.entry(pack([w[0], w[1], w[2]])).or_default() += 1;
            }
        }
        let mut ranked: Vec<(usize, Trigram)> = counts.into_iter().map(|(t, n)| (n, t)).collect();
        ranked.sort_unstable_by(|x, y| y.cmp(x));
        ranked.truncate(TEXT_TRIGRAMS);
        ranked.into_iter().map(|(_, t)| t).collect()
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
        // Long enough for more than [`TEXT_TRIGRAMS`] trigrams, many of them tied; letters
        // beyond ASCII among ASCII ones, and some that lowercase to ASCII (the Kelvin sign,
        // `İ`).
        #[test]
        fn ranks_are_by_count_then_trigram(
            text in "([a-zA-Z]{1,8}|[ .,'0-9]|[éàüßøÆİ\u{212a}жΣ]|\\PC){0,1000}",
        ) {
            let text = sample(&text);
            proptest::prop_assert_eq!(ranks(text), ranks_by_sorting(text));
        }
    }
}
