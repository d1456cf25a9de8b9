//! Words, and the terms that scoring counts.
//!
//! A word becomes a term by case folding, dropping a possessive `'s`, writing numbers one way
//! (`6,000` and `6000` are one term) and stemming through the [`Language`], so `Trump's`,
//! `Trump` and `TRUMP` count as one term and `governments` as `government`.

use std::borrow::Cow;
use std::cell::RefCell;

use rustc_hash::FxHashMap;

use crate::lang::{Class, Language};
use crate::lists::Lists;
use crate::{Error, Segment, Span};

/// One word of the text: a few of these per word of a long text are most of the memory a
/// summary needs, so it holds no more than it must (12 bytes: offsets fit in 32 bits, as
/// [`check_length`] makes sure, and a word's length in 16, as [`Vocabulary::tokenize`] does).
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Token {
    start: u32,
    /// Its term's number in the document's [`Vocabulary`]: what is counted.
    pub term: u32,
    len: u16,
    /// Bits of [`STOP`], [`CAPITALIZED`], [`REPORTING`], [`OPENER`], [`TITLE`],
    /// [`ORGANISATION`] and [`FUNCTION`].
    flags: u8,
}

/// A [`Token`] that is a stop word, which scoring ignores.
const STOP: u8 = 1;
/// A [`Token`] written with a capital (or title-case) first letter: names are.
const CAPITALIZED: u8 = 2;
/// A [`Token`] that is a content word reporting speech (`said`, `told`), as the language's
/// speech lists have it.
const REPORTING: u8 = 4;
/// A [`Token`] that needs the sentence before when it opens one (`He`, `But`, `This`).
const OPENER: u8 = 8;
/// A [`Token`] that the language's speech lists have as a title: a word that goes before a
/// name without being part of it (`Sen.`, `spokeswoman`).
const TITLE: u8 = 16;
/// A [`Token`] that the language's speech lists have as ending an organisation's name
/// (`Department`).
const ORGANISATION: u8 = 32;
/// A [`Token`] that is a function word though no stop word: an adverb or auxiliary that may
/// stand between a speaker and the verb, as the language's speech lists have them (`also`,
/// `would`, `later`), or a word of its function word list (`après`, `cette`).
const FUNCTION: u8 = 64;

/// `flag` if `set`, else none.
fn flag(set: bool, flag: u8) -> u8 {
    u8::from(set) * flag
}

impl Token {
    /// Where it is, as written (without a possessive `'s`, or an elided word before it).
    pub fn span(&self) -> Span {
        let start = self.start as usize;
        Span::new(start, start + usize::from(self.len))
    }

    pub fn stop(&self) -> bool {
        self.flags & STOP != 0
    }

    pub fn capitalized(&self) -> bool {
        self.flags & CAPITALIZED != 0
    }

    pub fn reporting(&self) -> bool {
        self.flags & REPORTING != 0
    }

    pub fn opener(&self) -> bool {
        self.flags & OPENER != 0
    }

    pub fn title(&self) -> bool {
        self.flags & TITLE != 0
    }

    pub fn organisation(&self) -> bool {
        self.flags & ORGANISATION != 0
    }

    pub fn function(&self) -> bool {
        self.flags & FUNCTION != 0
    }
}

/// The words of each sentence of a text.
pub(crate) type Sentences = Lists<Token>;

/// Fails on a text too long for a [`Token`]'s 32-bit offsets: 4 GiB, far beyond what a
/// summary has the memory for anyway.
pub(crate) fn check_length(bytes: usize) -> Result<(), Error> {
    match u32::try_from(bytes) {
        Ok(_) => Ok(()),
        Err(_) => Err(Error::TextTooLong { bytes }),
    }
}

/// The terms of one document, numbered in order of first use.
///
/// A news story uses each word several times, and every story the same common words: each
/// spelling is folded, looked up and stemmed once per thread (in a [`Lexicon`]), and terms are
/// counted by number rather than by string.
pub(crate) struct Vocabulary<'l> {
    language: &'l Language,
    /// This thread's lexicon of the language, taken for the document's lifetime and given
    /// back when it is dropped.
    lexicon: Lexicon,
    /// The document's number of each lexicon term it uses, plus one (0: unused); the
    /// lexicon's buffer, zeroed again when the document is done.
    local: Vec<u32>,
    /// The lexicon term of each document term, in order.
    used: Vec<u32>,
}

impl<'l> Vocabulary<'l> {
    pub fn new(language: &'l Language) -> Vocabulary<'l> {
        let mut lexicon = Lexicon::take(language.code());
        Vocabulary {
            language,
            local: std::mem::take(&mut lexicon.numbers),
            lexicon,
            used: Vec::new(),
        }
    }

    /// How many terms it has numbered.
    pub fn len(&self) -> usize {
        self.used.len()
    }

    /// Gives `add` the words of `span` in `text`, numbering the terms not met before. A
    /// "word" of 64 KB or more is no word of any language but a run of letters in junk
    /// (encoded data, a binary file read as text): it is left out.
    pub fn tokenize(&mut self, text: &str, span: Span, mut add: impl FnMut(Token)) {
        for (i, word) in self.language.words(span.slice(text)) {
            if word.len() > usize::from(u16::MAX) {
                continue;
            }
            let (term, spelling) = self.term(word);
            let skip = usize::from(spelling.skip);
            let capitalized = word[skip..].chars().next().is_some_and(char::is_uppercase);
            add(Token {
                // `check_length` keeps every offset of the text within 32 bits.
                start: (span.start + i + skip) as u32,
                term,
                len: spelling.len,
                flags: spelling.flags | flag(capitalized, CAPITALIZED),
            });
        }
    }

    /// The words of each of `sentences` in `text`.
    pub fn sentences(&mut self, text: &str, sentences: &[Segment]) -> Sentences {
        // A word and what follows it take five bytes or more in most texts (six in English
        // news): room for every token at once, where growing by doubling would leave up to
        // half the list unused, and a long text's largest list at that.
        let mut tokens = Lists::with_capacity(text.len() / 5, sentences.len());
        for sentence in sentences {
            self.tokenize(text, sentence.span, |token| tokens.push(token));
            tokens.end();
        }
        tokens
    }

    /// The numbers of the content terms of `text` that it already has, such as a title's.
    pub fn known(&self, text: &str) -> Vec<u32> {
        self.language
            .words(text)
            .filter_map(|(_, word)| {
                let (term, stop) = match self.lexicon.spellings.get(word) {
                    Some(found) => (found.term, found.flags & STOP != 0),
                    None => {
                        let (_, term, stop) = normalize(word, self.language);
                        (*self.lexicon.terms.get(term.as_str())?, stop)
                    }
                };
                let local = *self.local.get(term as usize)?;
                (!stop && local > 0).then(|| local - 1)
            })
            .collect()
    }

    /// The document's number of the term of `word`, and what the lexicon knows of it.
    fn term(&mut self, word: &str) -> (u32, Spelling) {
        let spelling = self.lexicon.spelling(word, self.language);
        let term = spelling.term as usize;
        if term >= self.local.len() {
            self.local.resize(term + 1, 0);
        }
        if self.local[term] == 0 {
            self.used.push(term as u32);
            // Four billion distinct words would take more memory than a summary can have.
            self.local[term] = self.used.len() as u32;
        }
        (self.local[term] - 1, spelling)
    }
}

impl Drop for Vocabulary<'_> {
    fn drop(&mut self) {
        // Zeroing only the entries used spares a short text the zeroing of a buffer as long
        // as the lexicon.
        for &term in &self.used {
            self.local[term as usize] = 0;
        }
        let mut lexicon = std::mem::take(&mut self.lexicon);
        lexicon.numbers = std::mem::take(&mut self.local);
        lexicon.give_back();
    }
}

/// How many spellings a [`Lexicon`] keeps between texts before it forgets the less used
/// half: about 1.5 MB at most, and the words of a few hundred news stories.
const REMEMBERED: usize = 16_384;

/// The terms of the spellings met on one thread in one language, numbered in order of first
/// use.
#[derive(Default)]
struct Lexicon {
    /// The language's code.
    code: &'static str,
    /// Each spelling met.
    spellings: FxHashMap<Box<str>, Spelling>,
    /// Each term's number.
    terms: FxHashMap<Box<str>, u32>,
    /// A [`Vocabulary`]'s numbers of the terms, kept between texts, all zeros.
    numbers: Vec<u32>,
}

thread_local! {
    /// The lexicons of this thread, one per language met. The page also summarizes one text
    /// again at each change of length.
    static LEXICONS: RefCell<Vec<Lexicon>> = const { RefCell::new(Vec::new()) };
}

impl Lexicon {
    /// This thread's lexicon of the language `code`, with its less used spellings forgotten
    /// first if it has grown past [`REMEMBERED`]; a new one if there is none.
    fn take(code: &'static str) -> Lexicon {
        let found = LEXICONS.with_borrow_mut(|lexicons| {
            let i = lexicons.iter().position(|l| l.code == code)?;
            Some(lexicons.swap_remove(i))
        });
        match found {
            Some(mut lexicon) => {
                if lexicon.spellings.len() > REMEMBERED {
                    lexicon.forget();
                }
                lexicon
            }
            None => Lexicon {
                code,
                ..Lexicon::default()
            },
        }
    }

    /// Keeps the half of [`REMEMBERED`] spellings used most, and the terms they spell,
    /// numbered afresh. Starting afresh instead would stem the commonest words again after
    /// every few hundred stories of a batch.
    fn forget(&mut self) {
        // How many spellings were met each number of times, up to a number that only the
        // commonest words reach; counting is smaller in wasm than selecting, and as quick.
        let bucket = |s: &Spelling| usize::from(s.uses).min(63);
        let mut met = [0; 64];
        for spelling in self.spellings.values() {
            met[bucket(spelling)] += 1;
        }
        // The fewest uses of a kept spelling: the most used first, as many as fit.
        let (mut least, mut kept) = (met.len(), 0);
        while least > 0 && kept + met[least - 1] <= REMEMBERED / 2 {
            least -= 1;
            kept += met[least];
        }
        self.spellings.retain(|_, s| bucket(s) >= least);
        let mut renumbered = vec![u32::MAX; self.terms.len()];
        let mut next = 0;
        for spelling in self.spellings.values_mut() {
            let term = &mut renumbered[spelling.term as usize];
            if *term == u32::MAX {
                *term = next;
                next += 1;
            }
            spelling.term = *term;
            // Halved, the counts favour what recent texts use.
            spelling.uses /= 2;
        }
        self.terms
            .retain(|_, term| match renumbered[*term as usize] {
                u32::MAX => false,
                kept => {
                    *term = kept;
                    true
                }
            });
        self.numbers.truncate(next as usize);
    }

    /// Keeps it for the next text on this thread.
    fn give_back(self) {
        LEXICONS.with_borrow_mut(|lexicons| lexicons.push(self));
    }

    /// What it knows of `word`, normalizing and numbering it if it is new.
    fn spelling(&mut self, word: &str, language: &Language) -> Spelling {
        if let Some(found) = self.spellings.get_mut(word) {
            found.uses = found.uses.saturating_add(1);
            return *found;
        }
        let (skip, term, stop) = normalize(word, language);
        let term = match self.terms.get(term.as_str()) {
            Some(&known) => known,
            None => {
                let next = self.terms.len() as u32;
                self.terms.insert(term.into(), next);
                next
            }
        };
        // `Ruiz's` is written `Ruiz` where it is shown as a keyword.
        let len = word.len()
            - if stop {
                0
            } else {
                possessive_len(&word[skip..])
            };
        let lower = lowercase(&word[skip..len]);
        // Written in capitals, a function word's letters are an acronym's: `US`, not `us`.
        let acronym = len - skip > 1 && !word[skip..len].chars().any(char::is_lowercase);
        // A lone lowercase letter is a word's fragment (`e` of `e-mail`, `x` of `x-ray`), and
        // a number of one or two digits says how many but not of what (`6` of a tennis score,
        // `1` of `Radio 1`; a longer one may name a thing, `777`, `2016`): both as empty of a
        // story's subject as a function word.
        let fragment = lower.len() == 1 && lower.as_bytes()[0].is_ascii_alphabetic()
            || (1..3).contains(&lower.len()) && lower.bytes().all(|b| b.is_ascii_digit());
        let speech = language.speech().entry(&lower);
        let reporting = !stop && (speech.is(Class::Verb) || speech.is(Class::Participle));
        let spelling = Spelling {
            term,
            // `tokenize` leaves out longer words, and an elided word is a few letters.
            len: (len - skip) as u16,
            skip: skip as u8,
            flags: flag(stop, STOP)
                | flag(reporting, REPORTING)
                | flag(language.needs_antecedent(&lower), OPENER)
                | flag(speech.is(Class::Title), TITLE)
                | flag(speech.is(Class::Organisation), ORGANISATION)
                | flag(
                    speech.is(Class::Adverb)
                        || fragment
                        || (!acronym && language.is_function_word(&lower)),
                    FUNCTION,
                ),
            uses: 1,
        };
        self.spellings.insert(word.into(), spelling);
        spelling
    }
}

/// What a [`Lexicon`] knows of one spelling.
#[derive(Clone, Copy)]
struct Spelling {
    /// Its term's number in the lexicon.
    term: u32,
    /// Its length in bytes, without a possessive `'s` or an elided word before it.
    len: u16,
    /// The bytes of an elided word and its apostrophe before it (`l'`), which its tokens
    /// leave out.
    skip: u8,
    /// The flags of its [`Token`]s but [`CAPITALIZED`].
    flags: u8,
    /// How often it has been met, for [`Lexicon::forget`].
    uses: u16,
}

/// How many bytes of an elided word open `word` (`l'`, left out: `l'économie` is a use of
/// `économie`, and `qu'il` of the stop word `il`), the term of the rest and whether it is a
/// stop word.
fn normalize(word: &str, language: &Language) -> (usize, String, bool) {
    let skip = language.elision(word);
    // Borrowed where the word is lowercase ASCII already: the term is then its stem's one
    // string.
    let mut lower = lowercase(&word[skip..]);
    if lower.contains('\u{2019}') {
        // A typographic apostrophe spells the same word as a straight one (`don’t`).
        lower = Cow::Owned(lower.replace('\u{2019}', "'"));
    }
    if language.is_stopword(&lower) {
        return (skip, lower.into_owned(), true);
    }
    let possessive = possessive_len(&lower);
    let word = &lower[..lower.len() - possessive];
    if is_number(word) {
        return (skip, normalize_number(word).into_owned(), false);
    }
    // Without its possessive it may be a stop word; as it is, it was not.
    let stop = possessive > 0 && language.is_stopword(word);
    (skip, language.stem(word).into_owned(), stop)
}

/// `word` in lowercase, borrowed when it is ASCII and already lowercase, as most words are.
pub(crate) fn lowercase(word: &str) -> Cow<'_, str> {
    if word
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.to_lowercase())
    }
}

/// The length in bytes of a possessive `'s` (or `’s`) ending `word`, or 0.
fn possessive_len(word: &str) -> usize {
    let Some(rest) = word.strip_suffix(['s', 'S']) else {
        return 0;
    };
    match rest.chars().next_back() {
        Some(mark @ ('\'' | '\u{2019}')) if rest.len() > mark.len_utf8() => 1 + mark.len_utf8(),
        _ => 0,
    }
}

/// Whether `word` is a number as written in running text (`2028`, `6,000`, `3.7`, `1.13bn`).
fn is_number(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_digit())
}

/// Drops digit-group separators, so that `6,000`, `6 000` and `6000` are one term; a
/// decimal point is kept.
fn normalize_number(word: &str) -> Cow<'_, str> {
    if !word.contains([',', '\u{a0}', '\u{202f}', '\'']) {
        return Cow::Borrowed(word);
    }
    Cow::Owned(
        word.chars()
            .filter(|c| !matches!(c, ',' | '\u{a0}' | '\u{202f}' | '\''))
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_lexicon_keeps_the_spellings_used_most_and_their_terms() {
        let english = Language::get("en").unwrap();
        let many = (0..REMEMBERED)
            .map(|i| format!("word{i} "))
            .collect::<String>()
            + "running running running";
        Vocabulary::new(english).tokenize(&many, Span::new(0, many.len()), drop);
        let mut vocabulary = Vocabulary::new(english);
        let kept = &vocabulary.lexicon.spellings;
        assert!(kept.len() <= REMEMBERED / 2, "{} kept", kept.len());
        assert!(kept.contains_key("running"));
        assert!(!kept.contains_key("word7"));
        // `Running` is new and `running` known, and both spell the term `run`.
        let text = "Running running word7";
        let mut tokens = Vec::new();
        vocabulary.tokenize(text, Span::new(0, text.len()), |token| tokens.push(token));
        assert_eq!(tokens[0].term, tokens[1].term);
        assert_ne!(tokens[0].term, tokens[2].term);
    }

    // On a 32-bit target no text is long enough to refuse.
    #[cfg(target_pointer_width = "64")]
    #[test]
    fn texts_beyond_32_bit_offsets_are_refused() {
        assert_eq!(check_length(u32::MAX as usize), Ok(()));
        let bytes = u32::MAX as usize + 1;
        assert_eq!(check_length(bytes), Err(Error::TextTooLong { bytes }));
        let message = Error::TextTooLong { bytes }.to_string();
        assert!(message.starts_with("the text is over 4 GiB"), "{message}");
    }
}
