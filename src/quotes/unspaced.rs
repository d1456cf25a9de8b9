//! Speakers in text written without spaces (Chinese, Japanese). There a word token is a
//! whole phrase (`田中首相は`, `と述べた`, `李克强总理表示`), so the speaker and the verb are
//! read inside the words next to the quotation, with the language's lists: its speech verbs,
//! the particles that join a quotation to its verb (`と`) or follow a speaker (`は`), the
//! titles before a name (`总理`) and the words a speaker ends before (`在`, `也`).

use super::speaker::{Attribution, Mention, Reader};
use super::tokens::Kind;
use crate::lang::Class;
use crate::Span;

/// The speaker of the quotation at token `q`, in a sentence from token `lo`:
/// `田中首相は「…」と述べた`, `「…」と田中首相は語った`, `李克强总理表示：“…”`, `“…”张伟说。`.
/// A quotation that ends its sentence (`ends`) is attributed by the words before it first.
pub(super) fn attribution(reader: &Reader, q: usize, lo: usize, ends: bool) -> Option<Attribution> {
    if ends {
        before(reader, q).or_else(|| after(reader, q, lo))
    } else {
        after(reader, q, lo).or_else(|| before(reader, q))
    }
}

/// A speech verb in the word after the quotation (`と述べた`, `张伟说`), with the speaker
/// written in that word before the verb, or else before the quotation (`田中首相は`).
fn after(reader: &Reader, q: usize, lo: usize) -> Option<Attribution> {
    let mut i = q + 1;
    if kind(reader, i) == Some(Kind::Comma) {
        i += 1;
    }
    let (token, word) = word(reader, i)?;
    let speech = reader.language.speech();
    // The earliest verb, and the longest of those that start there (`说道` over `说`).
    let (at, _) = speech
        .words(Class::Verb)
        .filter_map(|verb| Some((find(word, verb)?, verb)))
        .min_by_key(|&(at, verb)| (at, std::cmp::Reverse(verb.len())))?;
    let head = &word[..at];
    let quotative = speech
        .words(Class::Quotative)
        .filter(|p| head.starts_with(p))
        .map(str::len)
        .max();
    // A language that marks its quotations (Japanese `と`) marks every one it reports: a
    // word after a quotation without the mark (`「ユニクロ」は新店舗を発表した`) does not
    // report it.
    let marks = speech.words(Class::Quotative).next().is_some();
    if marks && quotative.is_none() {
        return None;
    }
    let quotative = quotative.unwrap_or(0);
    let start = token.start;
    let mention = speaker_in(reader, i, Span::new(start + quotative, start + at))
        .or_else(|| (lo..q).find_map(|j| topic(reader, j)))?;
    // The verb as written, to the end of its word (`述べた`, not the stem `述べ`).
    Some(Attribution {
        mention,
        cue: Some(Span::new(start + at, token.end)),
    })
}

/// A word before the quotation, a colon or a comma between, that ends with a speech verb:
/// `李克强总理表示：“…”`.
fn before(reader: &Reader, q: usize) -> Option<Attribution> {
    let mut i = q.checked_sub(1)?;
    if matches!(kind(reader, i), Some(Kind::Colon | Kind::Comma)) {
        i = i.checked_sub(1)?;
    }
    let (token, word) = word(reader, i)?;
    let verb = reader
        .language
        .speech()
        .words(Class::Verb)
        .filter(|verb| word.ends_with(verb))
        .max_by_key(|verb| verb.len())?;
    let at = token.end - verb.len();
    let mention = speaker_in(reader, i, Span::new(token.start, at))?;
    Some(Attribution {
        mention,
        cue: Some(Span::new(at, token.end)),
    })
}

fn kind(reader: &Reader, i: usize) -> Option<Kind> {
    reader.tokens.get(i).map(|t| t.kind)
}

/// Token `i`, if it is a word, with its text.
fn word<'t>(reader: &Reader<'t>, i: usize) -> Option<(Span, &'t str)> {
    let token = reader.tokens.get(i).filter(|t| t.kind == Kind::Word)?;
    Some((token.span, token.span.slice(reader.text)))
}

/// The speaker written in `phrase`, a part of word token `i` before its verb: in a language
/// with topic particles, the name one follows (`と田中首相は`); in another, the phrase up to
/// the first digit or word the speaker ends before (`国务院总理李克强26日`, `他也`), titles
/// before the name dropped (`李克强`). A pronoun (`他`, `彼女`) is one to resolve.
fn speaker_in(reader: &Reader, i: usize, phrase: Span) -> Option<Mention> {
    let speech = reader.language.speech();
    // Where particles mark the speaker (Japanese), only a marked speaker is one.
    if speech.words(Class::Topic).next().is_some() {
        return topic_in(reader, phrase).map(|name| named(reader, i, name));
    }
    let text = phrase.slice(reader.text);
    let end = speech
        .words(Class::Adverb)
        .filter_map(|w| find(text, w))
        .chain(text.find(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c)))
        .min()
        .unwrap_or(text.len());
    let mut name = Span::new(phrase.start, phrase.start + end);
    let text = name.slice(reader.text);
    if speech.pronoun(text).is_some() {
        return Some(named(reader, i, name));
    }
    // `外交部发言人华春莹` → `华春莹`, `李克强总理` → `李克强`; a title alone stays.
    for title in speech.words(Class::Title) {
        if let Some(at) = rfind(text, title) {
            let rest = at + title.len();
            if rest < text.len() {
                name.start = name.start.max(phrase.start + rest);
            } else if at > 0 {
                name.end = phrase.start + at;
            }
        }
    }
    (name.start < name.end).then_some(Mention::Phrase(name))
}

/// The speaker a topic particle follows in word token `i` (`田中首相は記者会見で`).
fn topic(reader: &Reader, i: usize) -> Option<Mention> {
    let (span, _) = word(reader, i)?;
    topic_in(reader, span).map(|name| named(reader, i, name))
}

/// The speaker written at `name` in word token `i`: a pronoun to resolve (`他`, `同氏`), or
/// a name.
fn named(reader: &Reader, i: usize, name: Span) -> Mention {
    match reader.language.speech().pronoun(name.slice(reader.text)) {
        Some(sex) => Mention::Pronoun(i, sex),
        None => Mention::Phrase(name),
    }
}

/// In `phrase`, the first run of letters other than hiragana that a topic particle follows
/// (`小池百合子知事` in `東京都の小池百合子知事は`): a name with its title, written in kanji,
/// katakana or Latin letters, where the particles around it are hiragana.
fn topic_in(reader: &Reader, phrase: Span) -> Option<Span> {
    let text = phrase.slice(reader.text);
    let particles: Vec<&str> = reader.language.speech().words(Class::Topic).collect();
    let mut run = None;
    for (at, c) in text.char_indices() {
        if let Some(start) = run {
            if particles.iter().any(|p| text[at..].starts_with(p)) {
                return Some(Span::new(phrase.start + start, phrase.start + at));
            }
        }
        let in_run = c.is_alphabetic() && !is_hiragana(c);
        run = match (in_run, run) {
            (true, None) => Some(at),
            (true, run) => run,
            (false, _) => None,
        };
    }
    None
}

/// Where `word` first occurs in `text`. A scan of the few short words of a phrase, rather
/// than `str::find`, whose substring searcher would add kilobytes to the wasm.
fn find(text: &str, word: &str) -> Option<usize> {
    (0..text.len()).find(|&at| text.is_char_boundary(at) && text[at..].starts_with(word))
}

/// Where `word` last occurs in `text`.
fn rfind(text: &str, word: &str) -> Option<usize> {
    (0..text.len())
        .rev()
        .find(|&at| text.is_char_boundary(at) && text[at..].starts_with(word))
}

fn is_hiragana(c: char) -> bool {
    ('\u{3040}'..='\u{309f}').contains(&c)
}
