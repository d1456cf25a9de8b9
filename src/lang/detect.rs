//! Which language a text is in: its script first, then, among languages sharing that
//! script, the nearest trigram profile (Cavnar and Trenkle's "out of place" distance, as
//! `whatlang` computes it, over `whatlang`'s profiles of Abridge's languages).

use rustc_hash::FxHashMap;

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
    Some(match c {
        _ if !c.is_alphabetic() => return None,
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
    })
}

/// The script most letters of `text` are written in, if any.
pub(super) fn script(text: &str) -> Option<Script> {
    let mut counts: Vec<(Script, usize)> = Vec::new();
    for script in text.chars().take(SAMPLE_CHARS).filter_map(script_of) {
        match counts.iter_mut().find(|(s, _)| *s == script) {
            Some((_, n)) => *n += 1,
            None => counts.push((script, 1)),
        }
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
    list.lines()
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

/// The most frequent trigrams of `text`, most frequent first, lowercased, with every
/// character but a letter read as a space.
fn ranks(text: &str) -> Vec<Trigram> {
    let mut counts: FxHashMap<Trigram, u32> =
        FxHashMap::with_capacity_and_hasher(TEXT_TRIGRAMS * 2, Default::default());
    let folded = |c: char| -> Option<char> {
        if c.is_ascii() {
            return Some(c.to_ascii_lowercase()).filter(char::is_ascii_alphabetic);
        }
        Some(c.to_lowercase().next()?).filter(|c| c.is_alphabetic())
    };
    let chars = text
        .chars()
        .take(SAMPLE_CHARS)
        .map(|c| folded(c).unwrap_or(' '))
        .chain([' ']);
    let (mut a, mut b) = (' ', ' ');
    for c in chars {
        // Trigrams of letters, or of a word's edge: not of two spaces around one.
        if !(b == ' ' && (a == ' ' || c == ' ')) {
            *counts.entry(pack([a, b, c])).or_default() += 1;
        }
        (a, b) = (b, c);
    }
    // Most frequent first, then the greater trigram: one number per trigram, whose plain
    // order is that, sorts several times faster than pairs.
    let mut ranked: Vec<u128> = counts
        .into_iter()
        .map(|(trigram, n)| (u128::from(n) << 64) | u128::from(trigram))
        .collect();
    if ranked.len() > TEXT_TRIGRAMS {
        ranked.select_nth_unstable_by(TEXT_TRIGRAMS, |x, y| y.cmp(x));
        ranked.truncate(TEXT_TRIGRAMS);
    }
    ranked.sort_unstable_by(|x, y| y.cmp(x));
    ranked.into_iter().map(|key| key as Trigram).collect()
}

/// The profiles of the languages sharing a script, indexed by trigram: a text's distance to
/// each is summed over its own few hundred trigrams, rather than by looking up every
/// trigram of every profile.
pub(super) struct Profiles {
    /// Where each trigram's ranks are in `ranks`.
    index: FxHashMap<Trigram, (u32, u32)>,
    /// The rank of each trigram in each profile that has it among its first
    /// [`MAX_DISTANCE`], as (profile, rank), grouped by trigram.
    ranks: Vec<(u16, u16)>,
    /// The letters beyond ASCII each profile uses, sorted.
    letters: Vec<Vec<char>>,
}

impl Profiles {
    pub fn new<'p>(profiles: impl Iterator<Item = &'p Profile>) -> Profiles {
        let mut entries: Vec<(Trigram, u16, u16)> = Vec::new();
        let mut letters = Vec::new();
        for (p, profile) in (0u16..).zip(profiles) {
            let ranked = (0u16..).zip(profile.iter().take(MAX_DISTANCE));
            entries.extend(ranked.map(|(rank, &trigram)| (pack(trigram), p, rank)));
            let mut used: Vec<char> = profile.iter().flatten().copied().collect();
            used.retain(|c| !c.is_ascii());
            used.sort_unstable();
            used.dedup();
            letters.push(used);
        }
        entries.sort_unstable();
        let mut index = FxHashMap::default();
        for (i, &(trigram, ..)) in (0u32..).zip(&entries) {
            index.entry(trigram).or_insert((i, i)).1 = i + 1;
        }
        let ranks = entries.into_iter().map(|(_, p, rank)| (p, rank)).collect();
        Profiles {
            index,
            ranks,
            letters,
        }
    }

    /// The index of the profile nearest to `text`: the least trigram distance, plus
    /// [`FOREIGN_LETTER`] for each letter of the text beyond ASCII that the profile never
    /// uses (`ä` is Swedish, `ø` Danish); the first of the nearest on a tie.
    ///
    /// A profile's trigram distance is the sum, over its first [`MAX_DISTANCE`] trigrams,
    /// of how far each is in rank from the text's (at most [`MAX_DISTANCE`], also when the
    /// text lacks it): the most there is, less what each trigram the two share saves.
    pub fn nearest(&self, text: &str) -> usize {
        let trigrams = ranks(text);
        let mut distances = vec![MAX_DISTANCE * MAX_DISTANCE; self.letters.len()];
        for (rank, trigram) in trigrams.iter().enumerate() {
            let Some(&(start, end)) = self.index.get(trigram) else {
                continue;
            };
            for &(p, profile_rank) in &self.ranks[start as usize..end as usize] {
                let apart = rank.abs_diff(usize::from(profile_rank)).min(MAX_DISTANCE);
                distances[usize::from(p)] -= MAX_DISTANCE - apart;
            }
        }
        let mut letters: Vec<char> = trigrams.iter().flat_map(|&t| unpack(t)).collect();
        letters.retain(|c| !c.is_ascii());
        letters.sort_unstable();
        letters.dedup();
        for (distance, used) in distances.iter_mut().zip(&self.letters) {
            let foreign = letters.iter().filter(|c| used.binary_search(c).is_err());
            *distance += foreign.count() * FOREIGN_LETTER;
        }
        let mut best = (0, usize::MAX);
        for (i, &d) in distances.iter().enumerate() {
            if d < best.1 {
                best = (i, d);
            }
        }
        best.0
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
        // Mostly Russian with a Latin name.
        assert_eq!(
            script("Компания Apple заявила об этом"),
            Some(Script::Cyrillic)
        );
    }

    #[test]
    fn trigrams_of_words_and_their_edges() {
        let mut trigrams: Vec<String> = ranks("ab ab")
            .into_iter()
            .map(|t| unpack(t).collect())
            .collect();
        trigrams.sort();
        assert_eq!(trigrams, [" ab", "ab ", "b a"]);
    }
}
