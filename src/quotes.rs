//! Direct quotations and their speakers.
//!
//! One pass over the paragraphs, in order. In each, quote marks are paired
//! ([`marks`]), the words around the quotations are read as tokens ([`tokens`]), and each
//! quotation's speaker is looked for in its sentence ([`speaker`]): after it (`"…," X said`),
//! then before it (`X said: "…"`). What the pass has seen so far is kept in running state, so
//! that nothing is looked up twice: the full name each surname was first written with, the
//! sex titles and pronouns told, and the most recent named source, which `he said` stands for.

mod marks;
mod speaker;
mod tokens;
mod unspaced;

use rustc_hash::FxHashMap as HashMap;

use crate::lang::{Language, Sex};
use crate::lists::Lists;
use crate::{Quote, QuoteKind, Span};
use marks::Pair;
use speaker::{Attribution, Mention, Reader, Words};
use tokens::{Kind, Token};

/// A quotation embedded in the writer's sentence (`called it "rigged."`) is a fragment when
/// it has fewer words than this; longer ones are statements worth showing on their own.
const STATEMENT_WORDS: usize = 4;

/// The most tokens of an adverbial that opens a sentence before its subject (`On Sunday,`,
/// `In an earlier article from Western Journalism,`).
const INTRODUCTION: usize = 8;

/// The quotations of `text`, in document order.
pub(crate) fn find<'t>(
    text: &'t str,
    paragraphs: &[Span],
    language: &'t Language,
) -> Vec<Quote<'t>> {
    // What the paragraphs after the last quotation tell can no longer change a quotation,
    // except that the one right after may name its speaker (`- Bernie Sanders.`): reading
    // stops there. Most of a text without quotations is not read at all.
    let mut pairs = Lists::new();
    for &paragraph in paragraphs {
        marks::pair(text, paragraph, &mut pairs);
        pairs.end();
    }
    let Some(last) = pairs.iter().rposition(|p| !p.is_empty()) else {
        return Vec::new();
    };
    let mut finder = Finder {
        text,
        language,
        quotes: Vec::new(),
        single: Vec::new(),
        people: People::new(text),
        previous: None,
        intro: None,
        tokens: Vec::new(),
        words: Words::default(),
        sentences: Default::default(),
    };
    for (index, (&paragraph, pairs)) in paragraphs
        .iter()
        .zip(pairs.iter())
        .enumerate()
        .take(last + 2)
    {
        finder.paragraph(index, paragraph, pairs);
    }
    // House style: a text that quotes people in double quotes uses single ones for
    // something else (a headline's quote, a title, a term), so those are fragments.
    if finder.single.contains(&false) {
        for (quote, _) in finder
            .quotes
            .iter_mut()
            .zip(&finder.single)
            .filter(|(_, &s)| s)
        {
            quote.kind = QuoteKind::Fragment;
        }
    }
    finder.quotes
}

/// The last quotation seen, which a quotation with no attribution of its own continues.
struct Previous<'a> {
    paragraph: usize,
    /// Left open at the end of its paragraph.
    runs_on: bool,
    speaker: Option<&'a str>,
    speaker_span: Option<Span>,
    cue: Option<&'a str>,
}

/// A speaker as shown to a reader, where it is written and the cue verb: all read from the
/// text, copied only into the quotation that shows them.
type Speaker<'a> = (Option<&'a str>, Option<Span>, Option<&'a str>);

struct Finder<'a> {
    text: &'a str,
    language: &'a Language,
    quotes: Vec<Quote<'a>>,
    /// For each quote, whether it is in single quotes.
    single: Vec<bool>,
    people: People<'a>,
    previous: Option<Previous<'a>>,
    /// A paragraph that ends by introducing a quotation (`Reporter Jomana Karadsheh
    /// says:`), and its speaker, for a quotation that opens the next paragraph.
    intro: Option<Previous<'a>>,
    tokens: Vec<Token>,
    words: Words,
    /// For each token, the first token of its sentence and one past its last.
    sentences: (Vec<usize>, Vec<usize>),
}

impl<'a> Finder<'a> {
    /// Reads paragraph `index`, whose quotations are `pairs`.
    fn paragraph(&mut self, index: usize, paragraph: Span, pairs: &[Pair]) {
        let text = self.text;
        let reopened = self
            .previous
            .as_ref()
            .is_some_and(|p| p.runs_on && p.paragraph + 1 == index)
            && marks::reopens(text, paragraph, pairs);
        let mut tokens = std::mem::take(&mut self.tokens);
        tokens.clear();
        let mut at = paragraph.start;
        for (k, pair) in pairs.iter().enumerate() {
            tokens::lex(text, Span::new(at, pair.open), self.language, &mut tokens);
            tokens.push(Token {
                kind: Kind::Quote(k),
                span: Span::new(pair.open, pair.close),
                lowercase: false,
            });
            at = pair.close;
        }
        tokens::lex(
            text,
            Span::new(at, paragraph.end),
            self.language,
            &mut tokens,
        );
        let (mut starts, mut ends) = std::mem::take(&mut self.sentences);
        tokens::sentences(
            text,
            &tokens,
            |k| pairs[k].inner.slice(text).ends_with(['.', '!', '?', '…']),
            (&mut starts, &mut ends),
        );
        let mut words = std::mem::take(&mut self.words);
        let reader = Reader::new(text, &tokens, self.language, &mut words);
        self.people.learn_names(&reader);
        for i in 0..tokens.len() {
            if starts[i] == i {
                self.sentence_subject(&reader, i);
            }
            match tokens[i].kind {
                Kind::Word if reader.is_verb(i) => {
                    let mention = reader
                        .topic_subject(starts[i], i)
                        .or_else(|| reader.subject(i, starts[i]))
                        .or_else(|| reader.object(i, ends[i]));
                    match mention {
                        Some(Mention::Name { name, sex, .. }) => {
                            let person = reader.is_person(name);
                            let shown = self.people.display(&reader, name);
                            self.people.source(shown, sex, person);
                        }
                        // `김민수 시장은 예산을 발표했다.`: a source written without capitals.
                        Some(Mention::Phrase(written)) => {
                            self.people.source(written.slice(text), None, true);
                        }
                        _ => {}
                    }
                }
                Kind::Quote(k) => {
                    let continues = k == 0 && reopened;
                    let (quote, (speaker, speaker_span, cue)) =
                        self.quote(&reader, index, i, &pairs[k], starts[i], continues);
                    self.previous = Some(Previous {
                        paragraph: index,
                        runs_on: !pairs[k].closed && k + 1 == pairs.len(),
                        speaker,
                        speaker_span,
                        cue,
                    });
                    self.quotes.push(quote);
                    self.single.push(pairs[k].single);
                }
                _ => {}
            }
        }
        self.attribute_ending(&reader, index, &starts);
        self.tokens = tokens;
        self.words = words;
        self.sentences = (starts, ends);
    }

    /// Reads a paragraph's ending that attributes a quotation in a neighbouring paragraph:
    /// `X says:` before it, `- X` after it.
    fn attribute_ending(&mut self, reader: &Reader, index: usize, starts: &[usize]) {
        let tokens = reader.tokens;
        self.intro = None;
        let Some(last) = tokens.len().checked_sub(1) else {
            return;
        };
        if tokens[last].kind == Kind::Colon {
            if let Some(found) = reader.before(last + 1, starts[last]) {
                let (speaker, speaker_span, cue) = self.speaker(reader, found);
                self.intro = Some(Previous {
                    paragraph: index,
                    runs_on: false,
                    speaker,
                    speaker_span,
                    cue,
                });
            }
        }
        // `"…"` then a paragraph of its own: `- Bernie Sanders.`
        let follows = self
            .previous
            .as_ref()
            .is_some_and(|p| p.paragraph + 1 == index);
        if tokens[0].kind == Kind::Dash && follows {
            let Some(Mention::Name { name, .. }) = reader.object(0, tokens.len()) else {
                return;
            };
            let shown = self.people.display(reader, name);
            if let Some(quote) = self.quotes.last_mut().filter(|q| q.speaker.is_none()) {
                quote.speaker = Some(shown);
                quote.speaker_span = Some(Span::new(
                    tokens[name.0].span.start,
                    tokens[name.1].span.end,
                ));
            }
        }
    }

    /// Notes the person a sentence starting at token `start` is about, if it opens with
    /// one, possibly after an adverbial (`On Sunday, Hillary Clinton called…`). A lone
    /// capitalised word there may be any word (`Often, …`): it counts only as a known
    /// surname.
    fn sentence_subject(&mut self, reader: &Reader, start: usize) {
        let tokens = reader.tokens;
        let intro = (start..tokens.len().min(start + INTRODUCTION))
            .find(|&j| tokens[j].kind == Kind::Comma)
            .map(|comma| comma + 1);
        let subject = reader
            .sentence_subject(start)
            .or_else(|| intro.and_then(|i| reader.sentence_subject(i)));
        let Some(Mention::Name { run, name, sex }) = subject else {
            return;
        };
        let shown = self.people.display(reader, name);
        if run.0 == run.1 && !self.people.is_known(shown) {
            return;
        }
        self.people.source(shown, sex, reader.is_person(name));
    }

    /// The quotation of `pair`, at token `q` of paragraph `index`, in a sentence that starts
    /// at token `lo`, and its speaker.
    fn quote(
        &mut self,
        reader: &Reader,
        index: usize,
        q: usize,
        pair: &Pair,
        lo: usize,
        continues: bool,
    ) -> (Quote<'a>, Speaker<'a>) {
        let text = self.text;
        let inner = pair.inner.slice(text);
        let tokens = reader.tokens;
        let ends = inner.ends_with(['.', '…']);
        let hi = (q + 1..tokens.len().min(q + 1 + speaker::REACH))
            .find(|&j| match tokens[j].kind {
                Kind::Stop => true,
                // A quotation inside the attribution (`X, wearing "Ted Cruz" pins, said`)
                // does not end it; one that opens a clause or a sentence does.
                Kind::Quote(_) => {
                    ends || matches!(
                        tokens[j - 1].kind,
                        Kind::Comma | Kind::Colon | Kind::Quote(_)
                    )
                }
                _ => false,
            })
            .unwrap_or(tokens.len().min(q + 1 + speaker::REACH));
        let attribution_follows = inner.ends_with([',', '?', '!', '—', '-'])
            || tokens.get(q + 1).is_some_and(|t| t.kind == Kind::Comma);
        // Reported by a verb that ends the sentence after it (`Yılmaz, "…" dedi.`): a
        // statement however short, as `"Yes," he said.` is.
        let mut reported = false;
        let found = if self.language.is_unspaced() {
            let ends = inner.ends_with(['.', '…', '。', '！', '？', '!', '?']);
            unspaced::attribution(reader, q, lo, ends)
        } else {
            let found = if attribution_follows {
                reader.after(q, hi, ends).or_else(|| reader.before(q, lo))
            } else {
                reader.before(q, lo).or_else(|| reader.after(q, hi, ends))
            };
            found.or_else(|| {
                let closing = reader.closing(q, lo, hi);
                reported = closing.is_some();
                closing
            })
        };
        let alone = continues || reader.stands_alone(q, lo);
        let (mut speaker, mut speaker_span, mut cue) = match found {
            Some(found) => self.speaker(reader, found),
            None => (None, None, None),
        };
        if speaker.is_none() && alone {
            // A quotation with no attribution that opens a sentence goes on with the speaker
            // of the quotation before it, in its paragraph or the one before, or that the
            // paragraph before introduced.
            let intro = self
                .intro
                .as_ref()
                .filter(|p| q == 0 && p.paragraph + 1 == index);
            let previous = self.previous.as_ref().filter(|p| p.paragraph + 1 >= index);
            if let Some(previous) = intro.or(previous) {
                speaker = previous.speaker;
                speaker_span = previous.speaker_span;
                cue = previous.cue;
            }
        }
        // Text without spaces has about one word for two letters.
        let words = if self.language.is_unspaced() {
            inner.chars().filter(|c| c.is_alphabetic()).count() / 2
        } else {
            inner.split_whitespace().count()
        };
        let kind = if alone || reported || words >= STATEMENT_WORDS {
            QuoteKind::Statement
        } else {
            QuoteKind::Fragment
        };
        // The comma that led into the attribution (`"…," she said`) is the writer's, not the
        // speaker's: a quote shown on its own, copied or highlighted, ends without it.
        let said = inner
            .strip_suffix([',', '，', '،'])
            .filter(|said| !said.trim().is_empty())
            .unwrap_or(inner);
        let quote = Quote {
            span: Span::new(pair.inner.start, pair.inner.start + said.len()),
            text: said,
            speaker,
            speaker_span,
            cue,
            kind,
            score: 0.0,
        };
        (quote, (speaker, speaker_span, cue))
    }

    /// The speaker of an attribution, as shown to a reader, with where it is written and the
    /// cue verb.
    fn speaker(&mut self, reader: &Reader, found: Attribution) -> Speaker<'a> {
        let text = self.text;
        let tokens = reader.tokens;
        let cue = found.cue.map(|c| c.slice(text));
        let span =
            |first: usize, last: usize| Span::new(tokens[first].span.start, tokens[last].span.end);
        match found.mention {
            Mention::Name { name, sex, .. } => {
                let shown = self.people.display(reader, name);
                self.people.source(shown, sex, reader.is_person(name));
                (Some(shown), Some(span(name.0, name.1)), cue)
            }
            Mention::Pronoun(i, sex) => {
                let resolved = self.people.resolve(sex);
                (resolved, Some(span(i, i)), cue)
            }
            Mention::Phrase(written) => {
                let shown = written.slice(text);
                self.people.source(shown, None, true);
                (Some(shown), Some(written), cue)
            }
            Mention::Description(first, last) => {
                let shown = span(first, last).slice(text);
                (Some(shown), Some(span(first, last)), cue)
            }
        }
    }
}

/// The people named so far: the full name each surname was first written with, their sex
/// where a title or a pronoun told it, and the most recent named sources. Every name is as
/// written in `text`, so noting one copies nothing.
struct People<'a> {
    text: &'a str,
    /// Lowercased last word → the first name of two words or more that ends with it.
    full_names: HashMap<String, &'a str>,
    sexes: HashMap<&'a str, Sex>,
    /// The most recent named source, a person or not: what `they said` stands for.
    last: Option<&'a str>,
    /// The most recent named person not known to be a woman: what `he said` stands for.
    last_not_female: Option<&'a str>,
    /// The most recent named person not known to be a man: what `she said` stands for.
    last_not_male: Option<&'a str>,
    /// A word lowercased to look it up in `full_names`, kept so that a lookup allocates
    /// nothing.
    key: String,
}

impl<'a> People<'a> {
    fn new(text: &'a str) -> Self {
        People {
            text,
            full_names: HashMap::default(),
            sexes: HashMap::default(),
            last: None,
            last_not_female: None,
            last_not_male: None,
            key: String::new(),
        }
    }

    /// Notes the full names of one paragraph, so that a later `Hewitt` reads as the
    /// `Patricia Hewitt` written first.
    fn learn_names(&mut self, reader: &Reader) {
        let mut i = 0;
        while i < reader.tokens.len() {
            // Most words start no name: told apart before looking further.
            if !reader.is_name_word(i) {
                i += 1;
                continue;
            }
            if let Some(Mention::Name { name, sex, .. }) = reader.name_starting(i) {
                if name.1 > name.0 && reader.is_person(name) {
                    let full = self.display(reader, name);
                    let last = full.rsplit(' ').next().unwrap_or_default();
                    if self.full_name(last).is_none() {
                        self.full_names.insert(self.key.clone(), full);
                    }
                    if let Some(sex) = sex {
                        self.sexes.entry(full).or_insert(sex);
                    }
                }
                i = name.1;
            }
            i += 1;
        }
    }

    /// The full name first written with the surname `word`, which is left lowercased in
    /// `key`.
    fn full_name(&mut self, word: &str) -> Option<&'a str> {
        self.key.clear();
        speaker::push_lowercase(&mut self.key, word);
        self.full_names.get(&self.key).copied()
    }

    /// The name over tokens `first..=last` as a reader should see it: a lone surname is
    /// replaced by the full name it was first written with.
    fn display(&mut self, reader: &Reader, (first, last): (usize, usize)) -> &'a str {
        let span = Span::new(
            reader.tokens[first].span.start,
            reader.tokens[last].span.end,
        );
        let name = speaker::strip_possessive(span.slice(self.text));
        if first == last {
            if let Some(full) = self.full_name(name) {
                return full;
            }
        }
        name
    }

    /// Whether `name` is a full name seen before, or a surname of one.
    fn is_known(&mut self, name: &str) -> bool {
        name.contains(' ') || self.full_name(name).is_some()
    }

    /// Notes that `name` was just reported as saying something.
    fn source(&mut self, name: &'a str, sex: Option<Sex>, person: bool) {
        let sex = sex.or_else(|| self.sexes.get(name).copied());
        if let Some(sex) = sex {
            self.sexes.entry(name).or_insert(sex);
        }
        if person {
            if sex != Some(Sex::Female) {
                self.last_not_female = Some(name);
            }
            if sex != Some(Sex::Male) {
                self.last_not_male = Some(name);
            }
        }
        self.last = Some(name);
    }

    /// The named source a pronoun of `sex` stands for: the most recent one that fits.
    fn resolve(&mut self, sex: Option<Sex>) -> Option<&'a str> {
        let name = match sex {
            Some(Sex::Male) => self.last_not_female,
            Some(Sex::Female) => self.last_not_male,
            None => self.last,
        }?;
        if let Some(sex) = sex {
            self.sexes.entry(name).or_insert(sex);
        }
        Some(name)
    }
}
