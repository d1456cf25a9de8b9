//! Keywords: the terms and the multi-word names that characterise a text.
//!
//! A name is a run of two or more capitalized words that are not stop words (`Marco Rubio`,
//! `State Department`, `Jean-Claude Juncker`: Unicode words break at a hyphen); joining words
//! such as `of` are language data the scorer does not have, so `Bank of England` gives two
//! keywords. In a headline in title case, where every word has a capital, only words the text
//! never writes in lowercase make names. A person's name is kept without the titles before it
//! and what they describe, where the text tells them apart ([`titles`]: `Secretary of State
//! Marco Rubio` names `Marco Rubio`, as its key quotes do, a title that goes on past `of`
//! into another being all titles, [`titled`]), and where the text goes on to call them by
//! surname alone (`Rubio`, `Mr Rubio`), those uses are the name's. A single term scores by
//! the uses that are not part of a name, so that `State` inside `State Department` is not
//! listed twice; a name scores by its uses times its length in words, since a name of two
//! words used twice says more than one common word used twice.

use std::hash::{Hash, Hasher};

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::lang::{is_hiragana, Language};
use crate::lists::Lists;
use crate::terms::{Sentences, Token};
use crate::{Keyword, Span};

/// A term or a name that may be a keyword.
struct Candidate {
    /// How many words it has.
    words: usize,
    /// Where it is first used.
    first: Span,
    /// Uses that count towards its score.
    counted: usize,
    /// A term's number or a name's: the uses of both are gathered for the kept ones only (a
    /// story has hundreds of terms, and a list each for its names cost an allocation or two
    /// per name).
    kind: Kind,
}

enum Kind {
    Term(u32),
    Name(u32),
}

/// The uses of the names, in the order of the text, each with its name's number: in full,
/// with whether it opens a sentence, and by surname alone.
#[derive(Default)]
struct NameUses {
    full: Vec<(u32, Span, bool)>,
    surname: Vec<(u32, Span)>,
}

impl Candidate {
    fn score(&self) -> usize {
        self.counted * self.words
    }
}

/// The words of a name where the text uses it, equal to and hashed as any other use of the
/// same terms: a key that needs no copy of the terms, of which a long text has many.
#[derive(Clone, Copy)]
struct Name<'t>(&'t [Token]);

impl PartialEq for Name<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.0.len() == other.0.len() && self.0.iter().zip(other.0).all(|(a, b)| a.term == b.term)
    }
}

impl Eq for Name<'_> {}

impl Hash for Name<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_usize(self.0.len());
        self.0.iter().for_each(|t| state.write_u32(t.term));
    }
}

/// Whether a token can be a keyword on its own: `said` and `told`, `also` and `would` run
/// through every news story without saying what it is about (but `May` may name someone).
fn is_candidate(token: &Token) -> bool {
    !token.stop() && (token.capitalized() || !(token.reporting() || token.function()))
}

/// Whether a candidate's use, the first word of its sentence if `opens`, counts for its term:
/// a capital that opens a sentence makes no name of `Après` or `Also`.
fn is_term_use(token: &Token, opens: bool) -> bool {
    !(opens && (token.reporting() || token.function()))
}

/// The `max` best keywords of a text whose terms are numbered below `terms`, best first, as
/// most often written in it.
pub(crate) fn extract(
    text: &str,
    sentences: &Sentences,
    terms: usize,
    language: &Language,
    max: usize,
) -> Vec<Keyword> {
    let fragments = if language.is_unspaced() {
        fragments(text, sentences, terms, language)
    } else {
        Vec::new()
    };
    let mut runs = Lists::with_capacity(0, sentences.len());
    // Whether each term is a name word written without another, as a surname is; whether
    // it is written in lowercase somewhere, as a surname is not; and whether it is
    // capitalized after a sentence's first word, as a name's words are.
    let mut alone = vec![false; terms];
    let mut lowercase = vec![false; terms];
    let mut capitalized_inside = vec![false; terms];
    for tokens in sentences.iter() {
        for (i, token) in tokens.iter().enumerate() {
            if !token.capitalized() {
                lowercase[token.term as usize] = true;
            } else if i > 0 {
                capitalized_inside[token.term as usize] = true;
            }
        }
    }
    let written = Written {
        lowercase: &lowercase,
        capitalized_inside: &capitalized_inside,
    };
    for tokens in sentences.iter() {
        name_runs(text, tokens, &mut runs, &mut alone, written);
        runs.end();
    }
    // Where each name starts once the titles before it are left out. A title that goes on
    // past `of` (`US Secretary` of `US Secretary of State Marco Rubio`) names no one, and the
    // title after `of` (`State`) is one even as a run's first word.
    let named = |tokens: &[Token], start: usize, end: usize| {
        if titled(text, tokens, end - 1) {
            return end;
        }
        let after_title = start > 1 && titled(text, tokens, start - 2);
        start + titles(text, &tokens[start..end], &alone, after_title)
    };
    let seen: HashSet<Name> = sentences
        .iter()
        .zip(runs.iter())
        .flat_map(|(tokens, runs)| {
            runs.iter()
                .map(|&(start, end)| &tokens[named(tokens, start, end)..end])
                .filter(|name| name.len() >= 2)
                .map(Name)
        })
        .collect();
    let surnames = surnames(&seen, &lowercase);
    let mut names: HashMap<Name, Candidate> = HashMap::default();
    let mut name_uses = NameUses::default();
    // Each term's first use and the uses that count, by term number.
    let mut counts: Vec<Option<(Span, usize)>> = vec![None; terms];
    let mut inside = Vec::new();
    for (tokens, runs) in sentences.iter().zip(runs.iter()) {
        let headline = is_title_case(tokens);
        inside.clear();
        inside.resize(tokens.len(), false);
        for &(written, end) in runs {
            let named = named(tokens, written, end);
            // Titles, and the words before them that describe the person (`House Speaker`,
            // `Apple CEO`), are part of no name and no keyword.
            inside[written..named].iter_mut().for_each(|x| *x = true);
            // A surname after its titles is a use of the surname, read with the other words.
            if end - named < 2 {
                continue;
            }
            let start = named + also_named(&seen, &tokens[named..end]);
            let run = &tokens[start..end];
            let span = Span::new(run[0].span().start, run[run.len() - 1].span().end);
            let name = candidate(&mut names, Name(run), span);
            if let Kind::Name(k) = name.kind {
                name_uses.full.push((k, span, start == 0 || headline));
            }
            // A person the text never calls by surname alone weighs as written, titles and
            // all: `JD Vance` of `Vice President JD Vance` keeps the rank the four words had.
            if named > written && !alone[run[run.len() - 1].term as usize] {
                name.words = name.words.max(end - written);
            }
            name.counted += 1;
            inside[start..end].iter_mut().for_each(|x| *x = true);
        }
        for (i, (token, &inside)) in tokens.iter().zip(&inside).enumerate() {
            if !is_candidate(token) || fragments.get(token.term as usize) == Some(&true) {
                continue;
            }
            // `Secretary` of `Secretary of State` is part of a title, as a run's titles are.
            let inside = inside || (token.title() && titled(text, tokens, i));
            // Not an if/else, whose wasm gzipped 0.4 KB larger: most of what the page had to spare.
            let person = (token.capitalized() && !inside)
                .then(|| surnames[token.term as usize].flatten())
                .flatten();
            match person {
                Some(person) => {
                    let name = candidate(&mut names, person, token.span());
                    if let Kind::Name(k) = name.kind {
                        name_uses.surname.push((k, token.span()));
                    }
                    name.counted += 1;
                }
                None if !is_term_use(token, i == 0 || headline) => {}
                None => {
                    let (_, counted) = counts[token.term as usize].get_or_insert((token.span(), 0));
                    *counted += usize::from(!inside);
                }
            }
        }
    }
    // Room for every candidate at once: a long text has thousands, which collecting them
    // would copy each time the list doubled. A name is counted where it is met; a term may
    // be used inside names only.
    let name_count = names.len();
    let mut candidates: Vec<Candidate> = Vec::with_capacity(names.len() + counts.len());
    candidates.extend(names.into_values());
    candidates.extend((0u32..).zip(counts).filter_map(|(term, count)| {
        let (first, counted) = count.filter(|c| c.1 > 0)?;
        Some(Candidate {
            words: 1,
            first,
            counted,
            kind: Kind::Term(term),
        })
    }));
    // On a tie, the first used, then the shorter (a name's first word before the name): no
    // two candidates are equal, so only the best need sorting.
    let order = |a: &Candidate, b: &Candidate| {
        b.score()
            .cmp(&a.score())
            .then(a.first.cmp(&b.first))
            .then(a.words.cmp(&b.words))
    };
    if candidates.len() > max {
        // The best are chosen among those that score at least as the max-th best may, found
        // by counting how many score each number (the last counting every score above):
        // selecting among all the candidates, moving each, cost 1.6% more of an article's
        // instructions, and selecting among their scores alone weighed 2 KB more gzipped.
        let mut scored = [0; 64];
        for candidate in &candidates {
            scored[candidate.score().min(scored.len() - 1)] += 1;
        }
        let (mut least, mut kept) = (scored.len(), 0);
        while kept < max && least > 0 {
            least -= 1;
            kept += scored[least];
        }
        candidates.retain(|c| c.score() >= least);
        if candidates.len() > max {
            candidates.select_nth_unstable_by(max, order);
            candidates.truncate(max);
        }
    }
    candidates.sort_unstable_by(order);
    let uses = kept_uses(sentences, &candidates, terms, name_count, &name_uses);
    candidates
        .into_iter()
        .zip(uses)
        .map(|(c, (uses, surname))| {
            let score = c.score() as f64;
            let spans = uses.iter().map(|u| u.0).chain(surname).collect();
            Keyword {
                text: written_form(text, &uses),
                score,
                spans,
            }
        })
        .collect()
}

/// A keyword's uses: each in full, with whether it opens a sentence, then a name's by its
/// surname alone.
type Uses = (Vec<(Span, bool)>, Vec<Span>);

/// The uses of each of `candidates`, in their order: each occurrence's span and whether it
/// opens a sentence, and a name's uses by surname alone. Terms are numbered below `terms`,
/// names below `names`.
fn kept_uses(
    sentences: &Sentences,
    candidates: &[Candidate],
    terms: usize,
    names: usize,
    name_uses: &NameUses,
) -> Vec<Uses> {
    let mut uses = vec![(Vec::new(), Vec::new()); candidates.len()];
    // Each term's and each name's place among the candidates, by number (past the end for
    // none): read for every word of the text, where a map would hash each.
    let mut kept_terms = vec![usize::MAX; terms];
    let mut kept_names = vec![usize::MAX; names];
    for (i, candidate) in candidates.iter().enumerate() {
        match candidate.kind {
            Kind::Term(term) => kept_terms[term as usize] = i,
            Kind::Name(name) => kept_names[name as usize] = i,
        }
    }
    for tokens in sentences.iter() {
        let headline = is_title_case(tokens);
        for (i, token) in tokens.iter().enumerate() {
            let opens = i == 0 || headline;
            if let Some((uses, _)) = uses
                .get_mut(kept_terms[token.term as usize])
                .filter(|_| is_candidate(token) && is_term_use(token, opens))
            {
                uses.push((token.span(), opens));
            }
        }
    }
    for &(name, span, opens) in &name_uses.full {
        if let Some((uses, _)) = uses.get_mut(kept_names[name as usize]) {
            uses.push((span, opens));
        }
    }
    for &(name, span) in &name_uses.surname {
        if let Some((_, surname)) = uses.get_mut(kept_names[name as usize]) {
            surname.push(span);
        }
    }
    uses
}

/// Adds to `runs` the token ranges of `tokens` that form names: runs of two or more adjacent
/// capitalized words that are not stop words (so `The State Department` gives `State
/// Department`, `Mr. Trump`, `Jean-Claude Juncker`). Marks the terms of such words written
/// without another, or after titles only (`alone`). `lowercase` tells the terms the text
/// writes in lowercase somewhere, which name no one in a headline in title case.
/// How each term is written in the text, by term number.
#[derive(Clone, Copy)]
struct Written<'a> {
    /// In lowercase somewhere.
    lowercase: &'a [bool],
    /// Capitalized somewhere after its sentence's first word.
    capitalized_inside: &'a [bool],
}

fn name_runs(
    text: &str,
    tokens: &[Token],
    runs: &mut Lists<(usize, usize)>,
    alone: &mut [bool],
    written: Written,
) {
    let between = |a: &Token, b: &Token| &text[a.span().end..b.span().start];
    // Unicode words break at a hyphen, which joins the parts of a name (`Jean-Claude`,
    // `Mercedes-Benz`, `Etats-Unis`).
    let hyphenated = |a: &Token, b: &Token| between(a, b) == "-";
    // A title's abbreviation joins the name after it (`Mr. Trump`, `Sen. Sanders`).
    let adjacent = |a: &Token, b: &Token| {
        let spaced = |s: &str| s.chars().all(char::is_whitespace);
        spaced(between(a, b))
            || hyphenated(a, b)
            || between(a, b)
                .strip_prefix('.')
                .is_some_and(|rest| spaced(rest) && a.title())
    };
    // In a headline in title case, a capital tells no name: words the text also writes in
    // lowercase are none (`Terror Attacks Highlight`).
    let title_case = is_title_case(tokens);
    let is_name_word = |t: &Token| {
        t.capitalized() && !t.stop() && !(title_case && written.lowercase[t.term as usize])
    };
    // `Although Diageo`, `Selon TBM`: a capital that opens a sentence makes no name of a
    // function word, unless the text writes it capitalized inside a sentence too (`One
    // Music` of `under the One Music title`).
    let opens_name =
        |t: &Token| is_term_use(t, true) || written.capitalized_inside[t.term as usize];
    let mut i = 0;
    while i < tokens.len() {
        if !is_name_word(&tokens[i]) || i == 0 && !opens_name(&tokens[i]) {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i + 1;
        while tokens
            .get(end)
            .is_some_and(|next| is_name_word(next) && adjacent(&tokens[end - 1], next))
        {
            end += 1;
        }
        // A word after titles alone (`Mr. Cruz`) is written alone too, as is the last of
        // hyphenated words (`Mr Kilroy-Silk`).
        let last = &tokens[end - 1];
        let mut surname = end - 1;
        while surname > start && hyphenated(&tokens[surname - 1], &tokens[surname]) {
            surname -= 1;
        }
        if tokens[start..surname].iter().all(Token::title) {
            alone[last.term as usize] = true;
        }
        if end - start >= 2 {
            runs.push((start, end));
        }
        i = end;
    }
}

/// Whether the words of a sentence but its stop words, four or more, are all capitalized: a
/// headline as US sites write them, where a capital opens every word as it opens a sentence.
fn is_title_case(tokens: &[Token]) -> bool {
    let content = tokens.iter().filter(|t| !t.stop());
    // Most sentences are told by their first lowercase word, before any counting.
    content.clone().all(Token::capitalized) && content.count() >= 4
}

/// The candidate of the name `name`, first used at `first` if it is new.
fn candidate<'c, 't>(
    names: &'c mut HashMap<Name<'t>, Candidate>,
    name: Name<'t>,
    first: Span,
) -> &'c mut Candidate {
    let number = names.len() as u32;
    names.entry(name).or_insert_with(|| Candidate {
        words: name.0.len(),
        first,
        counted: 0,
        kind: Kind::Name(number),
    })
}

/// How many of a name's first words to leave out where the text also uses the rest as a
/// name (among `seen`), the longest such rest: `Mayor Ana Ruiz` is `Ana Ruiz` when the text
/// also names her so.
fn also_named(seen: &HashSet<Name>, run: &[Token]) -> usize {
    (1..run.len() - 1)
        .find(|&s| seen.contains(&Name(&run[s..])))
        .unwrap_or(0)
}

/// The one name among `seen` that each surname stands for (`Rubio`: `Marco Rubio`), `None`
/// where names of different people end in it (`Bill Clinton` and `Hillary Clinton`). A name
/// whose first or last word the text also writes in `lowercase` is not a person's: its last
/// word's uses alone are not the name's (`Women` and `American Women`, `Republican` and
/// `Several Republican`).
fn surnames<'t>(seen: &HashSet<Name<'t>>, lowercase: &[bool]) -> Vec<Option<Option<Name<'t>>>> {
    // By term number: a map would add its own hash table's code to the wasm.
    let mut surnames = vec![None; lowercase.len()];
    for name in seen {
        let person = Name(&name.0[also_named(seen, name.0)..]);
        let surname = name.0[name.0.len() - 1].term;
        if lowercase[surname as usize] || lowercase[person.0[0].term as usize] {
            continue;
        }
        let one = surnames[surname as usize].get_or_insert(Some(person));
        if *one != Some(person) {
            *one = None;
        }
    }
    surnames
}

/// How many words of a name `run` are titles before a person's name (`Republican National
/// Committee Chairman` of `Republican National Committee Chairman Reince Priebus`): those
/// up to its last title word, where that is abbreviated (`Sen.`), or the last word of the run
/// is written alone in the text (`Priebus`), as a person's surname is and the last word of
/// `Republican National Convention` is not, or it follows another word of the run (or the
/// run is `titled`: its first word ends a title such as `Secretary of State`) and two words
/// or more follow it that do not end an organisation's name (`JD Vance` of `Vice President
/// JD Vance`, `Jack Straw` of `Foreign Secretary Jack Straw`, `Marco Rubio` of `Secretary of
/// State Marco Rubio`; `Republican`, the first word, titles no one in `Republican National
/// Convention`). The words left are a name of two or more (`Marco Rubio` of `Secretary of
/// State Marco Rubio`), or a surname alone (`Obama` of `President Obama`), but not the last
/// word of an organisation's name (`Department` of `State Department`).
fn titles(text: &str, run: &[Token], alone: &[bool], titled: bool) -> usize {
    let last = &run[run.len() - 1];
    let left = if last.organisation() { 2 } else { 1 };
    let Some(i) = run[..run.len().saturating_sub(left)]
        .iter()
        .rposition(|token| token.title())
    else {
        return 0;
    };
    let named = (i > 0 || titled) && run.len() - i > 2 && !last.organisation();
    if alone[last.term as usize] || text[run[i].span().end..].starts_with('.') || named {
        i + 1
    } else {
        0
    }
}

/// For a text written without spaces, whose terms are overlapping character pairs, whether
/// each term is a piece of words rather than one: a pair that joins a particle to the word
/// beside it, holding a one-character stop word that is mostly in other pairs (`的字` of
/// `的字符串`, `寫的`; `中国`, where most uses of `中` are, is a word); the tail of a longer
/// word, every use after the same pair that is no such join (`京都` of `東京都`, `算案` of
/// `予算案`, `通计` of `交通计划`), which is the word's keyword; a pair of hiragana, which
/// write Japanese endings and particles (`しま` of `します`, `しょ` of `しょう`); or a
/// character alone, more often a word's piece than a word (`時` of `0時`, `日` of `10日`).
fn fragments(text: &str, sentences: &Sentences, terms: usize, language: &Language) -> Vec<bool> {
    // Each term's uses and characters, and whether it is a character alone.
    let mut pairs: Vec<(u32, char, char)> = vec![(0, ' ', ' '); terms];
    let mut single = vec![false; terms];
    for token in sentences.items() {
        let mut chars = token.span().slice(text).chars();
        match (chars.next(), chars.next(), chars.next()) {
            (Some(a), Some(b), None) => {
                let pair = &mut pairs[token.term as usize];
                *pair = (pair.0 + 1, a, b);
            }
            (Some(_), None, _) => single[token.term as usize] = true,
            _ => {}
        }
    }
    // How many uses of pairs each one-character stop word opens and ends, by character: a
    // language lists a few hundred.
    let mut buf = [0; 4];
    let mut particles: Vec<(char, [u32; 2])> = Vec::new();
    for &(uses, a, b) in &pairs {
        for (side, c) in [a, b].into_iter().enumerate() {
            if uses > 0 && language.is_stopword(c.encode_utf8(&mut buf)) {
                let at = match particles.binary_search_by_key(&c, |p| p.0) {
                    Ok(at) => at,
                    Err(at) => {
                        particles.insert(at, (c, [0; 2]));
                        at
                    }
                };
                particles[at].1[side] += uses;
            }
        }
    }
    let across = |side: usize, c: char, uses: u32| {
        (particles.binary_search_by_key(&c, |p| p.0))
            .is_ok_and(|at| 2 * uses < particles[at].1[side])
    };
    let mut fragment: Vec<bool> = (pairs.iter())
        .map(|&(uses, a, b)| uses > 0 && (across(0, a, uses) || across(1, b, uses)))
        .collect();

    const UNSEEN: u32 = u32::MAX;
    const MIXED: u32 = u32::MAX - 1;
    const HIRAGANA: u32 = u32::MAX - 2;
    let hiragana = |token: &Token| token.span().slice(text).chars().all(is_hiragana);
    let mut before = vec![UNSEEN; terms];
    for tokens in sentences.iter() {
        let mut previous: Option<&Token> = None;
        for token in tokens {
            let after = previous
                .filter(|p| p.span().end > token.span().start && !fragment[p.term as usize])
                .map_or(MIXED, |p| p.term);
            let seen = &mut before[token.term as usize];
            if *seen == UNSEEN && hiragana(token) {
                *seen = HIRAGANA;
            } else if *seen == UNSEEN {
                *seen = after;
            } else if *seen != after && *seen != HIRAGANA {
                *seen = MIXED;
            }
            previous = Some(token);
        }
    }
    for ((fragment, b), single) in fragment.iter_mut().zip(before).zip(single) {
        *fragment |= b != MIXED && b != UNSEEN || single;
    }
    fragment
}

/// Whether the capitalized title at token `i` goes on past one stop word into another, as
/// `Secretary of State` and `Minister of State` do (a title before an organisation's name,
/// `spokesman for the State Tobacco Monopoly`, does not).
fn titled(text: &str, tokens: &[Token], i: usize) -> bool {
    let spaced = |a: &Token, b: &Token| text[a.span().end..b.span().start].trim().is_empty();
    let title = |t: &Token| t.title() && t.capitalized();
    match &tokens[i..] {
        [first, stop, second, ..] => {
            title(first)
                && stop.stop()
                && title(second)
                && spaced(first, stop)
                && spaced(stop, second)
        }
        _ => false,
    }
}

/// The form a keyword is most often written in, preferring uses that do not open a
/// sentence (where a capital says nothing); among equals, the first.
fn written_form(text: &str, uses: &[(Span, bool)]) -> String {
    let opening = uses.iter().all(|u| u.1);
    let forms = uses.iter().filter(|u| opening || !u.1);
    // Most keywords are written one way or two.
    let mut counts: Vec<(&str, usize)> = Vec::with_capacity(4);
    for form in forms.map(|u| u.0.slice(text)) {
        match counts.iter_mut().find(|(f, _)| *f == form) {
            Some((_, n)) => *n += 1,
            None => counts.push((form, 1)),
        }
    }
    let mut best = counts[0];
    for &(form, n) in &counts[1..] {
        if n > best.1 {
            best = (form, n);
        }
    }
    // Line breaks inside a name read as one space.
    let mut written = String::with_capacity(best.0.len());
    for word in best.0.split_whitespace() {
        if !written.is_empty() {
            written.push(' ');
        }
        written.push_str(word);
    }
    written
}
