//! Who is named as the speaker around a quotation: the patterns of attribution.

use super::tokens::{Kind, Token};
use crate::lang::{Class, Entry, Language, Sex, Speech};
use crate::Span;

/// How far from a quotation (in tokens) its attribution is looked for. Attributions are
/// short; a bound keeps the work per quotation constant.
pub(super) const REACH: usize = 40;

/// The most words of a name with its titles (`Senate Majority Leader Mitch McConnell`):
/// in text set in capitals, a bound keeps each look at a name short.
const NAME_WORDS: usize = 10;

/// The most tokens between commas taken as an appositive (`X, a doctor in Ohio, said`).
const APPOSITIVE: usize = 30;

/// The most tokens after a speaker's name for an attribution with no known verb
/// (`"…," Toomey fumed on Tuesday.`), or after a quotation that ends its sentence.
const SHORT_ATTRIBUTION: usize = 5;

/// The most words of a described speaker (`a senior White House official`).
const DESCRIPTION: usize = 6;

/// How a speaker is written near a quotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Mention {
    /// A name, `first..last` token indices (inclusive); `name` skips the titles before it.
    Name {
        run: (usize, usize),
        name: (usize, usize),
        sex: Option<Sex>,
    },
    /// A pronoun to resolve, with the sex it tells.
    Pronoun(usize, Option<Sex>),
    /// A description (`the senator`), `first..last` token indices.
    Description(usize, usize),
    /// A speaker written inside a word, in text without spaces (`李克强` in `李克强表示`).
    Phrase(Span),
}

/// A speaker found with the verb that reports the quotation.
#[derive(Clone, Copy, Debug)]
pub(super) struct Attribution {
    pub mention: Mention,
    pub cue: Option<Span>,
}

/// What is read of a word token once, when its paragraph is: every pattern of attribution
/// looks at the words near a quotation or a verb, so each word is looked at several times.
#[derive(Clone, Copy, Default)]
struct Word {
    /// The word, lowercased, without a final period or a possessive `'s`: where it is in
    /// the text when it is written so already, else in [`Words::lowered`].
    lower: (usize, usize),
    copied: bool,
    entry: Entry,
    /// Whether it can be part of a name (see [`Reader::is_name_word`]).
    name: bool,
    /// Whether it ends with a possessive `'s` (`Trump's`), which ends a name.
    possessive: bool,
}

/// What is read of the words of a paragraph. Kept from one paragraph to the next, so that
/// reading one allocates nothing once the buffers have grown.
#[derive(Default)]
pub(super) struct Words {
    /// The words that are not written in lowercase, lowercased, one after the other.
    lowered: String,
    /// One for each token; the default for tokens other than words.
    words: Vec<Word>,
    /// For each token, the first word at or after it that ends with a topic particle
    /// (`시장은`), or the number of tokens when none does. Empty in a language without
    /// topic particles.
    topics: Vec<usize>,
}

/// The tokens of one paragraph and the words to read them with.
pub(super) struct Reader<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    pub language: &'a Language,
    words: &'a Words,
}

impl<'a> Reader<'a> {
    /// Reads the words of `tokens` into `words`.
    pub fn new(
        text: &'a str,
        tokens: &'a [Token],
        language: &'a Language,
        words: &'a mut Words,
    ) -> Self {
        let speech = language.speech();
        words.lowered.clear();
        words.words.clear();
        words.words.reserve(tokens.len());
        for token in tokens {
            if token.kind != Kind::Word {
                words.words.push(Word::default());
                continue;
            }
            let written = token.span.slice(text);
            let bare = strip_possessive(written.strip_suffix('.').unwrap_or(written));
            // Most words are written in lowercase already: only the others are copied.
            let (lower, copied) = if token.lowercase {
                ((token.span.start, token.span.start + bare.len()), false)
            } else {
                let start = words.lowered.len();
                push_lowercase(&mut words.lowered, bare);
                ((start, words.lowered.len()), true)
            };
            let lowered = if copied {
                &words.lowered[lower.0..lower.1]
            } else {
                bare
            };
            let entry = speech.entry(lowered);
            words.words.push(Word {
                lower,
                copied,
                entry,
                // Most words are written in lowercase, which no name is: told without
                // decoding a character.
                name: !token.lowercase && can_name(written, lowered, entry, language),
                // A word that ends with a period (`Co.`) is not possessive: its `bare` is
                // shorter by the period.
                possessive: bare.len() < written.len() && !written.ends_with('.'),
            });
        }
        words.topics.clear();
        if speech.has(Class::Topic) {
            let mut next = tokens.len();
            words.topics.resize(tokens.len(), next);
            for (j, token) in tokens.iter().enumerate().rev() {
                if token.kind == Kind::Word
                    && topic_particle(speech, token.span.slice(text)).is_some()
                {
                    next = j;
                }
                words.topics[j] = next;
            }
        }
        Reader {
            text,
            tokens,
            language,
            words,
        }
    }

    fn word(&self, i: usize) -> Option<&str> {
        let t = self.tokens.get(i)?;
        (t.kind == Kind::Word).then(|| t.span.slice(self.text))
    }

    /// The word, lowercased, without a final period or a possessive `'s`.
    fn lower(&self, i: usize) -> Option<&str> {
        self.word(i)?;
        let Word {
            lower: (start, end),
            copied,
            ..
        } = self.words.words[i];
        Some(if copied {
            &self.words.lowered[start..end]
        } else {
            &self.text[start..end]
        })
    }

    /// What the lists say of token `i`: nothing unless it is a word.
    fn entry(&self, i: usize) -> Entry {
        self.words.words.get(i).map(|w| w.entry).unwrap_or_default()
    }

    fn is(&self, i: usize, class: Class) -> bool {
        self.entry(i).is(class)
    }

    /// For a pronoun that stands for a speaker: the sex it tells, if any.
    fn pronoun(&self, i: usize) -> Option<Option<Sex>> {
        self.entry(i).pronoun()
    }

    fn kind(&self, i: usize) -> Option<Kind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    pub fn is_verb(&self, i: usize) -> bool {
        self.is(i, Class::Verb)
    }

    /// Whether the name over tokens `first..=last` is a person's: not an organisation's
    /// (`State Department`) nor an acronym (`CNN`).
    pub fn is_person(&self, (first, last): (usize, usize)) -> bool {
        let acronym = first == last
            && self.word(last).is_some_and(|w| {
                w.chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase)
            });
        !acronym && !self.is(last, Class::Organisation)
    }

    fn is_possessive(&self, i: usize) -> bool {
        self.words.words.get(i).is_some_and(|w| w.possessive)
    }

    /// Whether word `i` can be part of a name: capitalised, and not a function word, a
    /// pronoun, a month or a day.
    pub fn is_name_word(&self, i: usize) -> bool {
        self.words.words.get(i).is_some_and(|w| w.name)
    }

    /// Lowercase particles inside names (`Charles de Gaulle`, `Osama bin Laden`).
    fn is_particle(&self, i: usize) -> bool {
        matches!(
            self.word(i),
            Some("de" | "van" | "von" | "der" | "da" | "di" | "bin" | "al" | "la" | "le" | "del")
        )
    }

    /// Not capitalised, which a script without capitals (Hangul) never is.
    fn is_adverb(&self, i: usize) -> bool {
        self.word(i).is_some_and(|w| {
            !w.starts_with(char::is_uppercase) && (w.ends_with("ly") || self.is(i, Class::Adverb))
        })
    }

    /// The name that ends at token `last`, extended backwards while the words belong to it,
    /// no further than `lo`: none if `last` itself is before `lo`.
    fn name_ending(&self, last: usize, lo: usize) -> Option<Mention> {
        if last < lo || !self.is_name_word(last) {
            return None;
        }
        let mut first = last;
        while first > lo && last - first + 1 < NAME_WORDS {
            let prev = first - 1;
            let joins = (self.is_name_word(prev) && !self.is_possessive(prev))
                || (self.is_particle(prev) && prev > lo && self.is_name_word(prev - 1));
            if !joins {
                break;
            }
            first = prev;
        }
        Some(self.name(first, last))
    }

    /// The name that starts at token `first`.
    pub fn name_starting(&self, first: usize) -> Option<Mention> {
        self.name_before(first, self.tokens.len())
    }

    /// The name that starts at token `first` and ends before token `hi`.
    fn name_before(&self, first: usize, hi: usize) -> Option<Mention> {
        if !self.is_name_word(first) {
            return None;
        }
        let mut last = first;
        while last + 1 < hi && last - first + 1 < NAME_WORDS && !self.is_possessive(last) {
            let next = last + 1;
            let joins = self.is_name_word(next)
                || (self.is_particle(next) && next + 1 < hi && self.is_name_word(next + 1));
            if !joins {
                break;
            }
            last = next;
        }
        Some(self.name(first, last))
    }

    /// A name over tokens `first..=last`, its titles set apart: the name proper starts after
    /// the last title (`White House Press Secretary Sean Spicer`), unless the run names an
    /// organisation (`State Department`).
    fn name(&self, first: usize, last: usize) -> Mention {
        let mut start = first;
        let mut sex = None;
        if !self.is(last, Class::Organisation) {
            for i in first..last {
                if self.is(i, Class::Title) {
                    start = i + 1;
                }
            }
        }
        // `spokeswoman Tammy Bruce`, `Mrs. Clinton`: a title before the name tells its sex.
        let from = first.saturating_sub(1);
        for i in from..start.max(first) {
            if let Some(s) = self.entry(i).sex() {
                sex = Some(s);
            }
        }
        Mention::Name {
            run: (first, last),
            name: (start, last),
            sex,
        }
    }

    /// A pronoun that stands for a speaker, or a described speaker ending at `last`.
    fn other_ending(&self, last: usize, lo: usize) -> Option<Mention> {
        let lower = self.lower(last)?;
        if let Some(sex) = self.pronoun(last) {
            return Some(Mention::Pronoun(last, sex));
        }
        let caseless = self.is_caseless(last);
        let lowercase = self.word(last)?.starts_with(char::is_lowercase);
        if !(lowercase || caseless) || self.language.is_stopword(lower) {
            return None;
        }
        let mut first = last;
        while first > lo && last - first + 1 < DESCRIPTION {
            let prev = first - 1;
            if self.is(prev, Class::Determiner) {
                return Some(Mention::Description(prev, last));
            }
            let function = caseless
                && self
                    .lower(prev)
                    .is_some_and(|w| self.language.is_stopword(w));
            if self.kind(prev) != Some(Kind::Word) || self.is_verb(prev) || function {
                break;
            }
            first = prev;
        }
        // A script without capitals (Hindi `वित्त मंत्री ने कहा`) cannot tell a name from
        // other words: the speaker is the phrase back to a function word.
        Some(Mention::Description(
            if caseless { first } else { last },
            last,
        ))
    }

    /// Whether word `i` is in a script without capitals (Arabic, Devanagari, Hangul).
    fn is_caseless(&self, i: usize) -> bool {
        self.word(i)
            .and_then(|w| w.chars().next())
            .is_some_and(|c| c.is_alphabetic() && !c.is_lowercase() && !c.is_uppercase())
    }

    /// The subject of the verb at `verb`, looking no further back than `lo`: `X said`,
    /// `X, a doctor, said`, `X (D-Mo.) said`, `X later said`.
    pub fn subject(&self, verb: usize, lo: usize) -> Option<Mention> {
        let mut i = verb.checked_sub(1)?;
        while i > lo && self.is_adverb(i) {
            i -= 1;
        }
        if i < lo {
            return None;
        }
        if self.kind(i) == Some(Kind::Close) {
            i = self.back_to(i, lo, Kind::Open)?.checked_sub(1)?;
        }
        if self.kind(i) == Some(Kind::Comma) {
            if let Some(name) = self.appositive_head(i, lo) {
                return Some(name);
            }
            let open = self.back_to(i, lo.max(i.saturating_sub(APPOSITIVE)), Kind::Comma)?;
            i = open.checked_sub(1)?;
            if self.kind(i) == Some(Kind::Close) {
                i = self.back_to(i, lo, Kind::Open)?.checked_sub(1)?;
            }
        }
        if i < lo {
            return None;
        }
        self.name_ending(i, lo).or_else(|| self.other_ending(i, lo))
    }

    /// The name an appositive ending at the comma `comma` describes: of the names followed
    /// by a comma before it, the furthest one that opens a phrase, so that commas inside the
    /// appositive (`Mr. Daniloff, now retired in Cambridge, Mass., said`) do not matter.
    fn appositive_head(&self, comma: usize, lo: usize) -> Option<Mention> {
        let floor = lo.max(comma.saturating_sub(APPOSITIVE));
        let mut head = None;
        let mut j = comma;
        while let Some(c) = self.back_to(j, floor, Kind::Comma) {
            if let Some(name @ Mention::Name { run, .. }) =
                c.checked_sub(1).and_then(|e| self.name_ending(e, floor))
            {
                let opens = run.0 == lo
                    || matches!(
                        self.kind(run.0 - 1),
                        Some(Kind::Comma | Kind::Quote(_) | Kind::Colon | Kind::Dash | Kind::Stop)
                    );
                if opens {
                    head = Some(name);
                }
            }
            j = c;
        }
        head
    }

    /// The index of the nearest token of `kind` before `from`, not before `lo`, with no
    /// sentence end between. Quotations may lie between (`X, wearing "Ted Cruz" pins, said`).
    fn back_to(&self, from: usize, lo: usize, kind: Kind) -> Option<usize> {
        (lo.max(from.saturating_sub(APPOSITIVE))..from)
            .rev()
            .find_map(|j| match self.kind(j)? {
                k if k == kind => Some(Some(j)),
                Kind::Stop => Some(None),
                _ => None,
            })?
    }

    /// The speaker named after token `at` (a verb, `according to`, a dash): `said X`,
    /// `said GOP strategist Keith Nahigian`, `wrote a Trump supporter who…`. The phrase ends
    /// at punctuation or a function word; its speaker is the last name in it, or the whole
    /// phrase when it ends with a common noun.
    pub fn object(&self, at: usize, hi: usize) -> Option<Mention> {
        let mut i = at + 1;
        while i < hi && self.is_adverb(i) {
            i += 1;
        }
        if i >= hi || self.kind(i) != Some(Kind::Word) {
            return None;
        }
        if let Some(sex) = self.pronoun(i) {
            return Some(Mention::Pronoun(i, sex));
        }
        let mut end = i;
        while end < hi && end < i + DESCRIPTION && self.kind(end) == Some(Kind::Word) {
            let lower = self.lower(end)?;
            let function = self.language.is_stopword(lower) && !self.is(end, Class::Determiner);
            if function && !self.is_name_word(end) || end > i && self.is_verb(end) {
                break;
            }
            end += 1;
        }
        let last = end.checked_sub(1).filter(|&l| l >= i)?;
        if let Some(name) = self.name_ending(last, i) {
            return Some(name);
        }
        // Without capitals, the phrase up to a function word (Arabic `وقال وزير الخارجية
        // أحمد علي في…`).
        let described = self.is(i, Class::Determiner) && last > i || self.is_caseless(i);
        if !described {
            return None;
        }
        Some(
            self.named_after(last + 1, hi)
                .unwrap_or(Mention::Description(i, last)),
        )
    }

    /// The name set off by a comma from the description ending before token `after`, which
    /// may go on for a few words: `said the mayor, Claire Dubois, on Monday`, `disse a
    /// presidente da câmara, Clara Duarte.`
    fn named_after(&self, after: usize, hi: usize) -> Option<Mention> {
        let comma = (after..hi.min(after + DESCRIPTION))
            .find(|&j| self.kind(j) != Some(Kind::Word))
            .filter(|&j| self.kind(j) == Some(Kind::Comma))?;
        let name @ Mention::Name { run, .. } = self.name_before(comma + 1, hi)? else {
            return None;
        };
        let closed =
            run.1 + 1 >= hi || matches!(self.kind(run.1 + 1), Some(Kind::Comma | Kind::Stop));
        closed.then_some(name)
    }

    /// A speaker written right after a quotation, from token `i`: a name, a pronoun or a
    /// described speaker, and the token after it.
    fn leading(&self, i: usize, hi: usize) -> Option<(Mention, usize)> {
        let mention = match self.name_before(i, hi) {
            Some(name) => name,
            None => {
                let sex = self.pronoun(i)?;
                Mention::Pronoun(i, sex)
            }
        };
        let next = match mention {
            Mention::Name { run, .. } => run.1 + 1,
            _ => i + 1,
        };
        Some((mention, next))
    }

    /// The speaker named after a quotation at token `q`, before token `hi`: `"…," X said`,
    /// `"…," said X`, `"…" - X`, `"…," according to X`. After a quotation that ends its
    /// sentence (`ends`), only a short attribution counts (`"…." Trump said.`).
    pub fn after(&self, q: usize, hi: usize, ends: bool) -> Option<Attribution> {
        let mut i = q + 1;
        if self.kind(i) == Some(Kind::Comma) {
            i += 1;
        }
        if i >= hi || ends && hi - i > SHORT_ATTRIBUTION {
            return None;
        }
        if self.kind(i) == Some(Kind::Dash) {
            let mention = self.object(i, hi)?;
            return matches!(mention, Mention::Name { .. })
                .then_some(Attribution { mention, cue: None });
        }
        if let Some(a) = self.according(i, hi) {
            return Some(a);
        }
        let verb = (i..hi.min(q + REACH)).find(|&j| self.is_verb(j));
        // `"…," Mr. Daniloff, now 81, said`: the speaker opens the attribution.
        if let Some((mention, next)) = self.leading(i, hi) {
            let to_verb = verb.is_some_and(|v| {
                v >= next && (next..v).all(|j| self.is_adverb(j))
                    || matches!(self.kind(next), Some(Kind::Comma | Kind::Open))
            });
            // `"…," Toomey fumed on Tuesday.`: a verb missing from the list.
            let short = !ends
                && verb.is_none()
                && !self.is(next, Class::Title)
                && hi - next <= SHORT_ATTRIBUTION
                && self
                    .word(next)
                    .is_some_and(|w| w.starts_with(char::is_lowercase))
                && matches!(mention, Mention::Name { .. } | Mention::Pronoun(..));
            if to_verb || short {
                let cue = verb.or(Some(next)).map(|v| self.tokens[v].span);
                return Some(Attribution { mention, cue });
            }
        }
        let verb = verb?;
        let cue = Some(self.tokens[verb].span);
        let mention = if (i..verb).all(|j| self.is_adverb(j)) {
            self.object(verb, hi)?
        } else {
            self.subject(verb, i)?
        };
        Some(Attribution { mention, cue })
    }

    /// `according to X` at token `i`.
    fn according(&self, i: usize, hi: usize) -> Option<Attribution> {
        if self.lower(i) != Some("according") || self.lower(i + 1) != Some("to") {
            return None;
        }
        let mention = self.object(i + 1, hi)?;
        let cue = Span::new(self.tokens[i].span.start, self.tokens[i + 1].span.end);
        Some(Attribution {
            mention,
            cue: Some(cue),
        })
    }

    /// The speaker named before a quotation at token `q`, in its sentence from token `lo`:
    /// `X said: "…"`, `X told Y that "…"`, `According to X, "…"`, `"…," X said, "…"`,
    /// `X reacted, saying: "…"`, `Here is X in 1992: "…"`.
    pub fn before(&self, q: usize, lo: usize) -> Option<Attribution> {
        let lo = lo.max(q.saturating_sub(REACH));
        let mut participle = None;
        for j in (lo..q).rev() {
            if j > lo && self.lower(j) == Some("to") {
                if let Some(a) = self.according(j - 1, q) {
                    return Some(a);
                }
            }
            if self.is_verb(j) {
                if let Some(mention) = self.subject(j, lo).or_else(|| self.object(j, q)) {
                    return Some(Attribution {
                        mention,
                        cue: Some(self.tokens[j].span),
                    });
                }
            } else if participle.is_none() && self.is(j, Class::Participle) {
                participle = Some(j);
            }
        }
        // No speech verb with a subject: the nearest name that acts (`Rep. Hakeem Jeffries
        // (D-N.Y.) reacted…, saying:`), or, for a quotation introduced by a colon, the
        // nearest name at all (`More from Jones:`).
        let colon = self.kind(q.checked_sub(1)?) == Some(Kind::Colon);
        if participle.is_none() && !colon {
            return None;
        }
        let from = participle.unwrap_or(q);
        // A colon introduces a speaker named just before it (`Here is Clinton in 1992:`).
        let lo = if participle.is_none() {
            lo.max(q.saturating_sub(SHORT_ATTRIBUTION + 1))
        } else {
            lo
        };
        (lo..from).rev().find_map(|j| {
            let acts = colon
                || self.kind(j + 1) == Some(Kind::Open)
                || self.word(j + 1).is_some_and(|w| {
                    w.starts_with(char::is_lowercase) && !self.is(j + 1, Class::Title)
                });
            let name @ Mention::Name { name: n, .. } = self.name_ending(j, lo)? else {
                return None;
            };
            (acts && self.is_person(n)).then_some(Attribution {
                mention: name,
                cue: participle.map(|p| self.tokens[p].span),
            })
        })
    }

    /// The speaker of a quotation at token `q` that its verb follows and ends the sentence,
    /// in a language that ends its clauses with the verb (Turkish): `Yılmaz, "…" dedi.`, `Yılmaz, yaptığı
    /// açıklamada "…" diye konuştu.` The speaker is the name the sentence from token `lo`
    /// opens with (a name or a pronoun), or else the nearest name before the quotation that
    /// a comma, a quotation or a lowercase word follows.
    pub fn closing(&self, q: usize, lo: usize, hi: usize) -> Option<Attribution> {
        let mut verb = q + 1;
        while verb < hi && self.is_adverb(verb) {
            verb += 1;
        }
        // The verb ends the clause, not capitalised: not the capital of a new sentence
        // (`"…." Asked whether…`) nor a verb with an object (`promote "…," note that`).
        let ends_clause = matches!(self.kind(verb + 1), None | Some(Kind::Stop));
        let capital = self
            .word(verb)
            .is_some_and(|w| w.starts_with(char::is_uppercase));
        if !(self.is_verb(verb) && ends_clause && !capital) {
            return None;
        }
        let acts = |next: usize| {
            matches!(self.kind(next), Some(Kind::Comma | Kind::Quote(_)))
                || self
                    .word(next)
                    .is_some_and(|w| w.starts_with(char::is_lowercase))
        };
        let nearest = || {
            (lo.max(q.saturating_sub(REACH))..q).rev().find_map(|j| {
                let name @ Mention::Name { run, .. } = self.name_ending(j, lo)? else {
                    return None;
                };
                acts(run.1 + 1).then_some(name)
            })
        };
        // `O, "…" dedi.`: a pronoun opening the sentence.
        let pronoun = || {
            let sex = self.pronoun(lo)?;
            acts(lo + 1).then_some(Mention::Pronoun(lo, sex))
        };
        let mention = self
            .sentence_subject(lo)
            .or_else(pronoun)
            .or_else(nearest)
            .or_else(|| self.topic_subject(lo, q))?;
        Some(Attribution {
            mention,
            cue: Some(self.tokens[verb].span),
        })
    }

    /// In a script without capitals, where a particle marks the topic (Korean `은`, `는`):
    /// the first word of the sentence from token `lo` before token `q` (a quotation or a
    /// verb) that ends with one, the particle dropped (`김민수 시장은 "…"고 말했다` gives `김민수 시장`). A title
    /// (`시장`) follows the name, so the word before it joins it; a pronoun (`그는`) is one
    /// to resolve.
    pub fn topic_subject(&self, lo: usize, q: usize) -> Option<Mention> {
        let j = self.words.topics.get(lo).copied().filter(|&j| j < q)?;
        let speech = self.language.speech();
        let word = self.word(j)?;
        let stem = &word[..word.len() - topic_particle(speech, word)?.len()];
        if let Some(sex) = speech.pronoun(stem) {
            return Some(Mention::Pronoun(j, sex));
        }
        // `시장`, and `서울시장` (Seoul's mayor) too.
        let title = speech.words(Class::Title).any(|t| stem.ends_with(t));
        let titled = title && j > lo && self.word(j - 1).is_some();
        let first = if titled { j - 1 } else { j };
        let start = self.tokens[first].span.start;
        let end = self.tokens[j].span.start + stem.len();
        Some(Mention::Phrase(Span::new(start, end)))
    }

    /// The name a sentence starting at token `start` is about, when it opens with one that
    /// a verb or an appositive follows (`Mr. Obama made clear…`, `The Washington Post
    /// columnist Ruth Marcus has…`, `Clinton, for her part, sided…`): the person a later
    /// `he said` most likely stands for.
    pub fn sentence_subject(&self, start: usize) -> Option<Mention> {
        let end = self.tokens.len().min(start + REACH);
        // The last name seen, and the token after it.
        let mut name: Option<(Mention, usize)> = None;
        let mut j = start;
        while j < end {
            let kind = self.kind(j)?;
            if kind == Kind::Word && self.is_name_word(j) {
                let found = self.name_before(j, end)?;
                let Mention::Name { run, .. } = found else {
                    return None;
                };
                name = (!self.is_possessive(run.1)).then_some((found, run.1 + 1));
                j = run.1 + 1;
                continue;
            }
            let after_name = name.filter(|&(_, next)| next == j).map(|(found, _)| found);
            let describes =
                kind == Kind::Word && (self.is(j, Class::Determiner) || self.is(j, Class::Title));
            if !describes || after_name.is_some() {
                let acts = kind == Kind::Comma
                    || kind == Kind::Open
                    || self
                        .word(j)
                        .is_some_and(|w| w.starts_with(char::is_lowercase));
                return after_name.filter(|_| acts);
            }
            j += 1;
        }
        None
    }

    /// Whether the quotation at token `q` stands on its own in its sentence, starting at
    /// token `lo`: first in it, or introduced (`X said: "…"`, `"…," she said, "…"`).
    pub fn stands_alone(&self, q: usize, lo: usize) -> bool {
        if q == lo {
            return true;
        }
        match self.kind(q - 1) {
            Some(Kind::Colon | Kind::Open | Kind::Dash) => true,
            Some(Kind::Comma) => (lo.max(q.saturating_sub(REACH))..q - 1).any(|j| {
                self.is_verb(j)
                    || self.is(j, Class::Participle)
                    || self.lower(j) == Some("according")
            }),
            _ => false,
        }
    }
}

/// Whether `written`, a word, can be part of a name: capitalised, and not a function word,
/// a pronoun, a month or a day. `lower` is the word lowercased, `entry` what the lists say
/// of it.
fn can_name(written: &str, lower: &str, entry: Entry, language: &Language) -> bool {
    if !written.starts_with(char::is_uppercase) {
        return false;
    }
    // An initial (`Donald J. Trump`), which stop lists may hold as a word (`m`, `s`).
    if written.ends_with('.') && written.chars().count() == 2 {
        return true;
    }
    entry.pronoun().is_none()
        && !entry.is(Class::NotName)
        && (entry.is(Class::Name) || !language.is_stopword(lower))
}

/// The longest topic particle (Korean `은`) that `word` ends with, after at least one
/// letter of its own.
fn topic_particle(speech: &Speech, word: &str) -> Option<&'static str> {
    speech
        .words(Class::Topic)
        .filter(|p| word.len() > p.len() && word.ends_with(p))
        .max_by_key(|p| p.len())
}

/// Appends `word` to `out` as [`str::to_lowercase`] gives it, without a `String` of its own:
/// the quote finder lowercases every capitalised word of a text.
pub(super) fn push_lowercase(out: &mut String, word: &str) {
    if word.is_ascii() {
        let start = out.len();
        out.push_str(word);
        out[start..].make_ascii_lowercase();
    } else if word.contains('Σ') {
        // A capital sigma lowercases by its place in the word (`ς` at the end), which only
        // the whole word's lowercasing tells.
        out.push_str(&word.to_lowercase());
    } else {
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
}

/// `Trump's` → `Trump`, `Jones'` → `Jones`.
// Inlined: asked of every word, most of which leave at the first check.
#[inline]
pub(super) fn strip_possessive(word: &str) -> &str {
    // The last byte of every suffix (`’` ends with 0x99): most words end otherwise, told
    // without decoding a character.
    if !matches!(word.as_bytes().last(), Some(b's' | b'\'' | 0x99)) {
        return word;
    }
    for suffix in ["'s", "’s", "'", "’"] {
        if let Some(stem) = word.strip_suffix(suffix) {
            if !stem.is_empty() {
                return stem;
            }
        }
    }
    word
}
