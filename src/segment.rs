//! Splitting text into paragraphs and sentences.
//!
//! One pass over the text, with look-ahead and look-behind bounded to a word, so the time is
//! linear in the length of the text whatever it holds.
//!
//! # Paragraphs
//!
//! A blank line always ends a paragraph. A single line break ends one too when a sentence
//! ends there (news text often puts every paragraph on one line) or when the line is a
//! heading, a list item or a metadata line (`Date: unknown`). It is a hard wrap, and the
//! sentence goes on, when the line ends with an abbreviation, a comma or a dash, when the
//! next line starts in lowercase after a line of three words or more, and, after a long
//! line (eight words or more), when the next line starts with a digit or a bracket, the
//! line ends with a function word before a name (`…said she would meet with\nPresident
//! Lee`), or a line of running text (most of its words lowercase, as a heading's are not)
//! breaks a name (`…officials said Marco\nRubio had`).
//!
//! # Sentences
//!
//! A sentence ends after a terminator (`.`, `!`, `?`, `…`, and every Unicode sentence
//! terminator: `。！？`, `।`, `؟`, `۔`, `።`, …, plus the marks a language adds, such as
//! Greek `;`) together with the closing quotes and brackets that follow it (`."`, `?»`,
//! `.)`), when what follows starts a sentence:
//!
//! - Nothing ends before a lowercase word (`Yahoo! in`, `"Hi!" he said`, `e.g. a hat`), a
//!   comma or a dash before a lowercase word (`alone!, he yelled`, `бар? — деді`).
//! - Without a space after the stop, only `world.Today` (a word of three letters or more,
//!   then a capital) and footnote marks (`saint.[1] The`, `known.12 Take`) end a sentence:
//!   `3.5%`, `v2.0.1`, `J.C.`, URLs and e-mail addresses do not. CJK and Ethiopic stops need
//!   no space, except inside `「…」` and in a full-width decimal (`３．２９`).
//! - After a period, the word before decides, from the language's abbreviation list
//!   (`src/lang/<code>/abbreviations.txt`, and the English one, whose `U.S.` and `Mr.` turn
//!   up in news in every language). A prefix (`Mr.`, `Dr.`, `St.`, `Mt.`, `e.g.`) never
//!   ends a sentence, nor does `No.` or `p.` before a number. Other abbreviations (`Inc.`,
//!   `etc.`, `Jan.`, `a.m.`), dotted ones (`U.S.`, `E.U.`), single letters (`E.`, `I.`) and,
//!   in languages that write ordinals with a period, small numbers (German `12. Juni`) end
//!   one only before a word that opens sentences (a capitalized stop word of the language
//!   or of English such as `The`, `He`, `How`, or a title such as `Mr.`, but not an initial
//!   such as `A.`), and never after three words or fewer (`At 5 a.m. Mr. Smith…`). So
//!   `U.S. officials` and `the U.S. Government` go on while `…in the U.S. The next…`
//!   splits, and `J. R. R. Tolkien` stays whole.
//! - Ellipses: `...` and `…` end a sentence before a capital, `. . .` never does, and
//!   `. . . .` (an ellipsis after a full stop) does; `[...]` never does.
//! - List items: a label at the start of a sentence (`1.`, `a)`, `(iv)`) does not end it,
//!   and a run of labels in sequence (`1) … 2) …`, `a. … b. …`) or a bullet (`•`) starts a
//!   new sentence even without a stop before it.
//! - `"Go!" Smith said.`: a name and one lowercase verb after a closing quote are an
//!   attribution, not a new sentence.
//!
//! # Quotations
//!
//! A quotation (or bracketed passage) of several sentences stays inside one sentence when the
//! sentence goes on after it, as in `"We will win. We always do," he said.`: splitting it
//! would leave `We always do," he said.` as a summary sentence with no subject. A quotation
//! that ends the sentence (`He said: "We will win. We always do."`) is split like any text,
//! and so is a long one (more than [`MAX_QUOTED_SENTENCES`] sentences), so a quoted
//! paragraph never becomes one huge sentence. Quote marks are paired per paragraph:
//! `"…"`, `“…”`, `„…“`, `«…»`, `»…«`, `‘…’`, `「…」`, `『…』` and brackets; unpaired
//! marks change nothing.
//!
//! A piece with no letter or digit (a stray `.` or `)`) is no sentence of its own: it joins
//! the sentence before it in its paragraph.

use crate::lang::{Abbreviation, Language, SentenceRules};
use crate::terms::lowercase;
use crate::Span;

/// A sentence's place in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Segment {
    /// The sentence, white space at either end excluded.
    pub span: Span,
    /// The index of its paragraph.
    pub paragraph: usize,
}

/// The paragraphs and sentences of a text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Segmentation {
    /// Every paragraph, white space at either end excluded.
    pub paragraphs: Vec<Span>,
    /// Every sentence, in order.
    pub sentences: Vec<Segment>,
}

/// The most sentences a quotation followed by more of its sentence (`"…," he said`) may
/// hold and still stay in one sentence. Three keeps the usual quote-and-attribution
/// paragraph of news whole while a quoted speech of many sentences is still split, so no
/// summary sentence grows to a paragraph.
const MAX_QUOTED_SENTENCES: usize = 3;

/// A sentence of this many words or fewer is not ended by an ambiguous abbreviation:
/// `At 5 a.m. Mr. Smith left` is one sentence, a three-word fragment rarely is.
const SHORTEST_AMBIGUOUS_SENTENCE: usize = 3;

/// A line of this many words or more that runs into a digit or a bracket is hard-wrapped
/// text, not a heading: headings are shorter.
const LONG_LINE_WORDS: usize = 8;

/// How far, in bytes, the splitter looks back for the word before a stop or ahead for the
/// word after it. Words are shorter; the bound keeps the pass linear on text without spaces.
const WORD_REACH: usize = 64;

/// How deep quotations and brackets nest before the outermost open one is forgotten; keeps
/// pairing linear on thousands of unbalanced marks.
const MAX_NESTING: usize = 8;

/// Splits `text` into paragraphs and sentences, with the rules of `language`.
///
/// Spans exclude surrounding white space and lie on character boundaries of `text`.
///
/// ```
/// let text = "Mr. Smith went to Washington. He met U.S. officials at 5 p.m. on Friday.";
/// let parts = abridge::segment(text, abridge::Language::get("en")?);
/// let sentences: Vec<&str> = parts.sentences.iter().map(|s| s.span.slice(text)).collect();
/// assert_eq!(
///     sentences,
///     ["Mr. Smith went to Washington.", "He met U.S. officials at 5 p.m. on Friday."]
/// );
/// # Ok::<(), abridge::Error>(())
/// ```
pub fn segment(text: &str, language: &Language) -> Segmentation {
    let splitter = Splitter {
        text,
        language,
        rules: language.sentence_rules(),
        english: Language::get("en")
            .ok()
            .filter(|english| !std::ptr::eq(*english, language)),
    };
    let mut out = Segmentation::default();
    let lines = lines(text);
    // One buffer for the cuts of every block: a text of many short paragraphs would
    // otherwise allocate for each.
    let mut cuts = Vec::new();
    let mut first = 0;
    while first < lines.len() {
        let mut last = first + 1;
        while last < lines.len() && !lines[last].after_blank {
            last += 1;
        }
        splitter.block(&lines[first..last], &mut cuts, &mut out);
        first = last;
    }
    out
}

/// One non-blank line, trimmed.
struct Line {
    span: Span,
    /// Whether a blank line (or the start of the text) comes before it.
    after_blank: bool,
}

/// The non-blank lines of `text`. `\n`, `\r\n`, `\r` and the Unicode line separators end a
/// line; a form feed or U+2029 PARAGRAPH SEPARATOR counts as a blank line.
fn lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut after_blank = true;
    let mut start = 0;
    let mut push = |start: usize, end: usize, after_blank: &mut bool| {
        let span = trim(text, Span::new(start, end));
        if span.is_empty() {
            *after_blank = true;
        } else {
            out.push(Line {
                span,
                after_blank: *after_blank,
            });
            *after_blank = false;
        }
    };
    let bytes = text.as_bytes();
    let mut scan = 0;
    while let Some(i) = find_byte(bytes, scan, &LINE_BREAK_BYTES) {
        let Some(c) = char_at(text, i) else { break };
        scan = i + c.len_utf8();
        if !is_line_break(c) {
            continue;
        }
        if c == '\n' && i > 0 && bytes[i - 1] == b'\r' {
            start = i + 1;
            continue;
        }
        push(start, i, &mut after_blank);
        if matches!(c, '\u{0C}' | '\u{2029}') {
            after_blank = true;
        }
        start = i + c.len_utf8();
    }
    push(start, text.len(), &mut after_blank);
    out
}

/// The characters that end a line (see [`lines`]).
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// The bytes that may start a line break: the ASCII ones, and the first bytes of U+0085
/// (`C2 85`) and of U+2028 and U+2029 (`E2 80 A8`, `E2 80 A9`).
static LINE_BREAK_BYTES: ByteSet = byte_set(b"\n\r\x0B\x0C\xC2\xE2");

/// The bytes that may start a quote mark or bracket that [`Splitter::quote_role`] gives a
/// role: the ASCII marks, and the first bytes of `«»` (U+00AB, U+00BB), of the curly quotes
/// (U+2018–U+203A), of the CJK brackets (U+3008–U+3015) and of the full-width ones
/// (U+FF08–U+FF5D).
static QUOTE_BYTES: ByteSet = byte_set(b"\"'()[]{}\xC2\xE2\xE3\xEF");

/// ASCII letters and digits: a table is quicker than [`u8::is_ascii_alphanumeric`]'s
/// three ranges when [`Splitter::cuts`] skips a word byte by byte, and when
/// [`Splitter::next_word`] measures one (and when the quote finder's lexer does).
pub(crate) static ASCII_WORD_BYTES: ByteSet =
    byte_set(b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

/// Whether each byte value is in a set: looked up without a branch.
pub(crate) type ByteSet = [bool; 256];

pub(crate) const fn byte_set(bytes: &[u8]) -> ByteSet {
    let mut set = [false; 256];
    let mut i = 0;
    while i < bytes.len() {
        set[bytes[i] as usize] = true;
        i += 1;
    }
    set
}

/// Where the first byte from `from` on that is in `set` is. The bytes sought (line breaks,
/// quote marks) are rare: the text is read sixteen bytes at a time, without a branch per
/// byte, and only a stretch that holds one is searched byte by byte.
pub(crate) fn find_byte(bytes: &[u8], from: usize, set: &ByteSet) -> Option<usize> {
    let mut at = from;
    while let Some(chunk) = bytes.get(at..).and_then(<[u8]>::first_chunk::<16>) {
        if chunk
            .iter()
            .fold(false, |any, &b| any | set[usize::from(b)])
        {
            break;
        }
        at += 16;
    }
    let found = bytes.get(at..)?.iter().position(|&b| set[usize::from(b)])?;
    Some(at + found)
}

/// Characters that are no part of a sentence's ends: white space, and the invisible marks
/// (byte-order mark, zero-width space) that editors leave there.
fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{FEFF}')
}

fn trim(text: &str, span: Span) -> Span {
    let s = span.slice(text);
    let start = span.start + (s.len() - s.trim_start_matches(is_space).len());
    let end = span.end - (s.len() - s.trim_end_matches(is_space).len());
    Span::new(start, end.max(start))
}

/// Invisible formatting characters (bidirectional marks, joiners, soft hyphen) that the
/// rules look through.
fn is_format(c: char) -> bool {
    matches!(c, '\u{00AD}' | '\u{061C}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// What kind of sentence terminator a character is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Stop {
    /// `.`: ambiguous, decided by the words around it.
    Period,
    /// `…`: three periods in one character.
    Ellipsis,
    /// `!`, `?` and the full stops of scripts without abbreviations: end a sentence before
    /// a space.
    Strong,
    /// Stops of scripts written without spaces (`。`, `！`, `።`): end a sentence even with
    /// no space after.
    Dense,
}

fn stop(c: char, rules: &SentenceRules) -> Option<Stop> {
    Some(match c {
        '.' => Stop::Period,
        '…' => Stop::Ellipsis,
        '!'
        | '?'
        | '‼'
        | '‽'
        | '⁇'
        | '⁈'
        | '⁉'
        | '⸮'
        | '؟'
        | '\u{061D}'
        | '\u{061E}'
        | '۔'
        | '।'
        | '॥'
        | '։'
        | '\u{0700}'..='\u{0702}'
        | '\u{07F9}'
        | '\u{1944}'
        | '\u{1945}'
        | '\u{2E3C}' => Stop::Strong,
        '。' | '｡' | '．' | '！' | '？' | '﹒' | '﹖' | '﹗' | '።' | '፧' | '፨' | '။' | '᙮'
        | '᠃' | '᠉' | '꓿' | '꘎' | '꘏' | '꛳' | '꛷' => Stop::Dense,
        c if rules.is_terminator(c) => Stop::Strong,
        _ => return None,
    })
}

/// Quote marks and brackets that can close a sentence's end (`."`, `?»`, `.)`, `。」`).
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '”'
            | '’'
            | '“'
            | '‘'
            | '»'
            | '«'
            | '›'
            | '‹'
            | ')'
            | ']'
            | '}'
            | '」'
            | '』'
            | '》'
            | '〉'
            | '）'
            | '］'
            | '｝'
            | '】'
            | '〕'
            | '〗'
            | '〙'
            | '〛'
    )
}

/// Marks that open a quotation or bracket, or a Spanish question (`¿`).
fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '“'
            | '‘'
            | '„'
            | '‚'
            | '«'
            | '»'
            | '‹'
            | '›'
            | '('
            | '['
            | '{'
            | '「'
            | '『'
            | '《'
            | '〈'
            | '（'
            | '［'
            | '｛'
            | '【'
            | '〔'
            | '¡'
            | '¿'
            | '*'
            | '_'
    )
}

fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '•' | '◦'
            | '▪'
            | '▫'
            | '‣'
            | '⁃'
            | '●'
            | '○'
            | '■'
            | '□'
            | '➢'
            | '►'
            | '▶'
            | '✓'
            | '✔'
    )
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | '―')
}

/// Letters that have no case (CJK, Arabic, Devanagari…): they start sentences like capitals.
fn is_caseless_letter(c: char) -> bool {
    c.is_alphabetic() && !c.is_lowercase() && !c.is_uppercase()
}

fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..)?.chars().next()
}

fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i)?.chars().next_back()
}

/// A stop and what closes it: `."`, `?!`, `. . . .`, `?».`.
struct Run {
    start: usize,
    /// Just past the last stop or closing mark: where a sentence ends if it ends here.
    end: usize,
    dots: usize,
    /// Dots separated by spaces (`. . .`).
    spaced: bool,
    strong: bool,
    dense: bool,
    /// A closing quote or bracket is part of the run.
    closed: bool,
}

/// The word after a stop.
struct Next<'t> {
    /// Its first character (after any opening quotes), if the block goes on.
    first: Option<char>,
    /// The letters (or digits) of the word.
    word: &'t str,
    /// Whether the stop is followed by white space before it.
    spaced: bool,
    /// Whether an opening quote or bracket comes before it.
    opened: bool,
    /// Where the word starts.
    at: usize,
}

/// Where a block's text is cut into sentences.
#[derive(Clone, Copy)]
struct Cut {
    at: usize,
    /// Cuts after a stop can be undone inside a quotation; cuts before a list item cannot.
    after_stop: bool,
    /// Whether the cut stands, false once undone inside a quotation.
    kept: bool,
}

impl Cut {
    /// A cut after a sentence's stop.
    fn after_stop(at: usize) -> Cut {
        Cut {
            at,
            after_stop: true,
            kept: true,
        }
    }

    /// A cut before a list item or a bullet.
    fn before_item(at: usize) -> Cut {
        Cut {
            at,
            after_stop: false,
            kept: true,
        }
    }
}

/// The style of a list label: how it counts and what punctuation follows it.
#[derive(Clone, Copy, PartialEq, Eq)]
struct LabelStyle {
    kind: u8,
    punct: u8,
}

struct Splitter<'a> {
    text: &'a str,
    language: &'a Language,
    rules: &'a SentenceRules,
    /// English, whose abbreviations (`U.S.`, `Mr.`, `Inc.`) and sentence openers (`The`)
    /// turn up in news in every language; `None` when the language is English, so that a
    /// word missing from its lists is not looked up twice.
    english: Option<&'a Language>,
}

impl Splitter<'_> {
    fn english_rules(&self) -> Option<&SentenceRules> {
        self.english.map(Language::sentence_rules)
    }

    /// Whether `word` (lowercase) opens sentences in this language or in English.
    fn is_stopword(&self, word: &str) -> bool {
        self.language.is_stopword(word) || self.english.is_some_and(|en| en.is_stopword(word))
    }

    /// The sections of this language's abbreviations and of English's that `word`
    /// (lowercase) is in.
    fn abbreviation(&self, word: &str) -> Abbreviation {
        let own = self.rules.abbreviation(word);
        match self.english_rules() {
            Some(english) => own | english.abbreviation(word),
            None => own,
        }
    }

    /// Splits a run of lines with no blank line between them into paragraphs and sentences.
    fn block(&self, lines: &[Line], cuts: &mut Vec<Cut>, out: &mut Segmentation) {
        let Some(first) = lines.first() else { return };
        let end = lines[lines.len() - 1].span.end;
        cuts.clear();
        self.cuts(first.span.start, end, cuts);
        let mut paragraph_start = first.span.start;
        let mut next_cut = 0;
        for (i, line) in lines.iter().enumerate() {
            let ends_paragraph = match lines.get(i + 1) {
                None => true,
                Some(next) => {
                    while next_cut < cuts.len() && cuts[next_cut].at < line.span.end {
                        next_cut += 1;
                    }
                    let cut_here = cuts.get(next_cut).is_some_and(|c| c.at == line.span.end);
                    cut_here || !self.wraps(line.span, next.span)
                }
            };
            if ends_paragraph {
                let span = Span::new(paragraph_start, line.span.end);
                self.paragraph(span, cuts, out);
                if let Some(next) = lines.get(i + 1) {
                    paragraph_start = next.span.start;
                }
            }
        }
    }

    /// Emits one paragraph and its sentences, given the block's cuts.
    fn paragraph(&self, span: Span, cuts: &mut [Cut], out: &mut Segmentation) {
        let inside = {
            let from = cuts.partition_point(|c| c.at <= span.start);
            let to = cuts.partition_point(|c| c.at < span.end);
            &mut cuts[from..to]
        };
        self.keep_quotations(span, inside);
        let index = out.paragraphs.len();
        out.paragraphs.push(span);
        let mut start = span.start;
        let mut ends = inside
            .iter()
            .filter(|c| c.kept)
            .map(|c| c.at)
            .chain([span.end])
            .peekable();
        let first = out.sentences.len();
        while let Some(end) = ends.next() {
            let sentence = trim(self.text, Span::new(start, end));
            if sentence.is_empty() {
                start = end;
                continue;
            }
            // A piece without a letter or digit (a stray `.` or `)`) is no sentence: it
            // joins the one before it, or the one after it at the paragraph's start.
            let wordless = !sentence.slice(self.text).chars().any(char::is_alphanumeric);
            match out.sentences[first..].last_mut() {
                Some(last) if wordless => last.span.end = sentence.end,
                None if wordless && ends.peek().is_some() => continue,
                _ => out.sentences.push(Segment {
                    span: sentence,
                    paragraph: index,
                }),
            }
            start = end;
        }
    }

    /// Whether the line break between two lines of a block is a hard wrap inside a
    /// sentence rather than the end of a paragraph (no sentence ends at the break).
    fn wraps(&self, line: Span, next: Span) -> bool {
        let text = self.text;
        if self.list_item_at(next.start) {
            return false;
        }
        let Some(last) = char_before(text, line.end) else {
            return false;
        };
        if stop(last, self.rules).is_some() {
            // A stop that ends no sentence: an abbreviation (`Mr.`) before the break.
            return true;
        }
        if matches!(last, ',' | ';' | '&' | '(' | '/') || is_dash(last) {
            return true;
        }
        let words = line.slice(text).split_whitespace().count();
        let mut rest = next.slice(text).chars();
        let Some(lead) = rest.next() else {
            return false;
        };
        if lead.is_lowercase() {
            return words >= 3;
        }
        let first = if is_opener(lead) {
            rest.find(|c| !is_space(*c) && !is_opener(*c))
        } else {
            Some(lead)
        };
        match first {
            Some(c) if c.is_lowercase() || c.is_numeric() || lead != c => words >= LONG_LINE_WORDS,
            Some(_) => {
                let last_word = line.slice(text).rsplit(is_space).next().unwrap_or("");
                let next_word = next.slice(text).split(is_space).next().unwrap_or("");
                // `…met with\nPresident Lee`: a function word before a name.
                let before_name = || {
                    last_word.chars().all(char::is_lowercase)
                        && self.language.is_stopword(last_word)
                };
                // `…officials said Marco\nRubio had`: a name broken across the lines of running
                // text, most of whose words are lowercase, as a headline's are not.
                let inside_name = || {
                    let lowercase_words = line
                        .slice(text)
                        .split_whitespace()
                        .filter(|w| w.starts_with(char::is_lowercase))
                        .count();
                    last_word.starts_with(char::is_uppercase)
                        && last_word.ends_with(char::is_alphabetic)
                        && 2 * lowercase_words > words
                };
                words >= LONG_LINE_WORDS
                    && (before_name() || inside_name())
                    && !self.is_stopword(&lowercase(next_word))
            }
            None => false,
        }
    }

    /// Whether a list item starts at `at`: a bullet, a dash or asterisk and a space, or a
    /// label (`1.`, `2)`, `(b)`, `iv.`) and a space.
    fn list_item_at(&self, at: usize) -> bool {
        let text = self.text;
        let Some(c) = char_at(text, at) else {
            return false;
        };
        if is_bullet(c) {
            return true;
        }
        if matches!(c, '-' | '*' | '–' | '—') {
            return char_at(text, at + c.len_utf8()).is_some_and(is_space);
        }
        self.label_at(at).is_some()
    }

    /// The list label at `at` (`12.`, `3)`, `1.)`, `(a)`, `iv.`), followed by a space: its
    /// style, its value, and where it ends.
    fn label_at(&self, at: usize) -> Option<(LabelStyle, u32, usize)> {
        let text = self.text;
        let bytes = text.as_bytes();
        // Asked at every word: look no further than a label can be long, and give up at
        // once, reading bytes, unless its `.` or `)` follows.
        let paren = bytes.get(at) == Some(&b'(');
        let from = at + usize::from(paren);
        let len = bytes
            .get(from..)?
            .iter()
            .take(5)
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        if !(1..=4).contains(&len) || !matches!(bytes.get(from + len), Some(b'.' | b')')) {
            return None;
        }
        // ASCII from `from` on: these are character boundaries.
        let label = &text[from..from + len];
        let after = &text[from + len..];
        let (punct, tail) = if paren {
            (0, after.strip_prefix(')')?)
        } else if let Some(t) = after.strip_prefix(".)") {
            (1, t)
        } else if let Some(t) = after.strip_prefix(')') {
            (2, t)
        } else if let Some(t) = after.strip_prefix('.') {
            (3, t)
        } else {
            return None;
        };
        if !tail.starts_with(is_space) {
            return None;
        }
        let (kind, value) = if label.bytes().all(|b| b.is_ascii_digit()) {
            if len > 3 {
                return None;
            }
            (0, label.parse().ok()?)
        } else if let Some(v) = roman(label) {
            (
                if label.as_bytes()[0].is_ascii_lowercase() {
                    1
                } else {
                    2
                },
                v,
            )
        } else if len == 1 {
            let b = label.as_bytes()[0];
            if b.is_ascii_lowercase() {
                (3, u32::from(b - b'a') + 1)
            } else {
                (4, u32::from(b.to_ascii_lowercase() - b'a') + 1)
            }
        } else {
            return None;
        };
        let end = text.len() - tail.len();
        Some((LabelStyle { kind, punct }, value, end))
    }

    /// Adds to `cuts` every place the text between `start` and `end` may be cut into
    /// sentences.
    fn cuts(&self, start: usize, end: usize, cuts: &mut Vec<Cut>) {
        let text = self.text;
        let mut words = 0;
        let mut in_word = false;
        // The last list label seen, and where it starts.
        let mut labels: Option<(LabelStyle, u32, usize)> = None;
        let bytes = text.as_bytes();
        let mut i = start;
        while i < end {
            let b = bytes[i];
            if b == b' ' {
                in_word = false;
                i += 1;
                continue;
            }
            // Most of a text is words of ASCII letters and digits, which hold no stop (in
            // any language: see `SentenceRules::parse`), bullet or dash: skip each whole,
            // without decoding a `char`, after counting it where it starts.
            if b.is_ascii_alphanumeric() {
                let len = bytes[i..end]
                    .iter()
                    .position(|&b| !ASCII_WORD_BYTES[usize::from(b)])
                    .unwrap_or(end - i);
                if !in_word {
                    in_word = true;
                    // Only a word of four characters or fewer, then `.` or `)`, can be a
                    // label: spare the others the full reading.
                    if len <= 4 && matches!(bytes.get(i + len), Some(b'.' | b')')) {
                        self.list_label(i, &mut words, &mut labels, cuts);
                    }
                    words += 1;
                }
                i += len;
                continue;
            }
            let c = if b.is_ascii() {
                char::from(b)
            } else {
                let Some(c) = char_at(text, i) else { break };
                c
            };
            if let Some(kind) = stop(c, self.rules) {
                let mut run = self.run(i, end, kind);
                self.split_off_ellipsis(&mut run, end);
                if self.ends_sentence(&run, words, end) {
                    cuts.push(Cut::after_stop(run.end));
                    words = 0;
                    in_word = false;
                } else {
                    in_word = char_at(text, run.end).is_some_and(|c| !is_space(c));
                }
                i = run.end;
                continue;
            }
            if is_space(c) {
                in_word = false;
            } else if !in_word {
                in_word = true;
                if is_bullet(c) {
                    if words > 0 {
                        cuts.push(Cut::before_item(i));
                        words = 0;
                    }
                    in_word = false;
                } else {
                    // Besides a letter or digit, only `(` starts a label (`(a)`).
                    if c == '(' {
                        self.list_label(i, &mut words, &mut labels, cuts);
                    }
                    if !is_dash(c) {
                        words += 1;
                    }
                }
            }
            i += c.len_utf8();
        }
    }

    /// Reads the list label at `at`, if one is there, at the start of a word `words` words
    /// into a sentence: cuts before it when it goes on from the last label (`1) … 2) …`) or
    /// starts a new list in the same style, and remembers it in `labels`.
    fn list_label(
        &self,
        at: usize,
        words: &mut usize,
        labels: &mut Option<(LabelStyle, u32, usize)>,
        cuts: &mut Vec<Cut>,
    ) {
        let Some((style, value, _)) = self.label_at(at) else {
            return;
        };
        let same_style = labels.filter(|&(s, _, _)| s == style);
        let previous = same_style
            .filter(|&(_, v, _)| v + 1 == value)
            .map(|(_, _, at)| at);
        if value == 1 && same_style.is_some() && *words > 0 {
            // A new list after one in the same style.
            cuts.push(Cut::before_item(at));
            *words = 0;
        }
        if let Some(previous) = previous {
            // `a. here b. there`: the first label starts an item too.
            let k = cuts.partition_point(|c| c.at < previous);
            if value == 2
                && self.after_stop(previous)
                && cuts.get(k).is_none_or(|c| c.at != previous)
            {
                cuts.insert(k, Cut::before_item(previous));
            }
            if *words > 0 {
                cuts.push(Cut::before_item(at));
                *words = 0;
            }
        }
        if previous.is_some() || value == 1 && (*words == 0 || self.after_stop(at)) {
            *labels = Some((style, value, at));
        }
    }

    /// Whether `at` starts a text or follows a stop and white space.
    fn after_stop(&self, at: usize) -> bool {
        let before = self.text[..at].trim_end_matches(is_space);
        before
            .chars()
            .next_back()
            .is_none_or(|c| stop(c, self.rules).is_some() || is_closer(c))
    }

    /// Where the footnote marks after a sentence's stop end (`.[1]`, `.[7][8]`,
    /// `consultation.11 12 Take`), if there are any.
    fn footnotes(&self, run: &Run, limit: usize) -> Option<usize> {
        let text = &self.text[..limit];
        let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
        let mut j = run.end;
        while let Some(rest) = text[j..].strip_prefix('[') {
            let n = digits(rest);
            let close = rest
                .bytes()
                .take(12)
                .position(|b| b == b']')
                .filter(|_| n > 0)?;
            if !rest[..close]
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b',' || b == b'-')
            {
                break;
            }
            j += close + 2;
        }
        if j > run.end {
            return Some(j);
        }
        let after_word = run.closed
            || char_before(text, run.start).is_some_and(|c| c.is_alphabetic() || is_closer(c));
        if run.dots != 1 || !after_word {
            return None;
        }
        loop {
            let n = digits(&text[j..]);
            if n == 0 || n > 3 {
                return None;
            }
            j += n;
            let rest = &text[j..];
            match rest.strip_prefix(' ') {
                Some(more) if more.starts_with(|c: char| c.is_ascii_digit()) => j += 1,
                Some(more) if more.starts_with(char::is_uppercase) => return Some(j),
                _ => return None,
            }
        }
    }

    /// Reads the stops and closing marks from `start`.
    fn run(&self, start: usize, limit: usize, first: Stop) -> Run {
        let text = self.text;
        let mut run = Run {
            start,
            end: start,
            dots: 0,
            spaced: false,
            strong: false,
            dense: false,
            closed: false,
        };
        let mut j = start;
        let mut kind = Some(first);
        loop {
            while let Some(k) = kind {
                match k {
                    Stop::Period => run.dots += 1,
                    Stop::Ellipsis => run.dots += 3,
                    Stop::Strong => run.strong = true,
                    Stop::Dense => run.dense = true,
                }
                j += char_at(text, j).map_or(1, char::len_utf8);
                kind = char_at(text, j)
                    .filter(|_| j < limit)
                    .and_then(|c| stop(c, self.rules));
                if kind.is_none() && run.dots > 0 && self.spaced_dot(j, limit) {
                    run.spaced = true;
                    j += 1;
                    kind = Some(Stop::Period);
                }
            }
            run.end = j;
            while j < limit {
                let Some(c) = char_at(text, j) else { break };
                if is_format(c) {
                    j += c.len_utf8();
                } else if is_closer(c) && self.closes(j, c) {
                    j += c.len_utf8();
                    run.end = j;
                    run.closed = true;
                } else if matches!(c, ' ' | '\u{A0}' | '\u{202F}')
                    && char_at(text, j + c.len_utf8()) == Some('»')
                    && self.closes(j + c.len_utf8(), '»')
                {
                    // French spacing: `… ! »`.
                    j += c.len_utf8();
                } else {
                    break;
                }
            }
            if let Some(end) = self.footnotes(&run, limit) {
                run.end = end;
                return run;
            }
            kind = char_at(text, j)
                .filter(|_| j < limit)
                .and_then(|c| stop(c, self.rules));
            if kind.is_none() {
                return run;
            }
        }
    }

    /// `compounds. . . . The practice`: a full stop on a word, then a spaced ellipsis before
    /// a capital, ends the sentence at the full stop; the ellipsis opens the next one.
    fn split_off_ellipsis(&self, run: &mut Run, limit: usize) {
        let on_word = char_before(self.text, run.start).is_some_and(char::is_alphanumeric);
        // A full stop, not `…` (three bytes), which the new end below would cut into.
        let full_stop = self.text.as_bytes()[run.start] == b'.';
        if run.spaced && run.dots >= 4 && on_word && full_stop && !run.closed && run.end < limit {
            let next = self.next_word(run.end, limit);
            if next.first.is_some_and(char::is_uppercase) {
                run.end = run.start + 1;
                run.dots = 1;
                run.spaced = false;
            }
        }
    }

    /// Whether a space at `at` is inside a spaced ellipsis: ` .` followed by a space, a
    /// closing mark or the end.
    fn spaced_dot(&self, at: usize, limit: usize) -> bool {
        let text = self.text.as_bytes();
        at + 1 < limit
            && text[at] == b' '
            && text[at + 1] == b'.'
            && (at + 2 >= limit
                || text[at + 2] == b' '
                || char_at(self.text, at + 2).is_some_and(is_closer))
    }

    /// Whether the quote mark or bracket `c` at `at`, after a stop, closes: an apostrophe
    /// or opening quote followed by a letter does not (`Jr.'s`).
    fn closes(&self, at: usize, c: char) -> bool {
        match c {
            '"' | '\'' | '’' | '“' | '‘' | '«' | '»' | '‹' | '›' => {
                !char_at(self.text, at + c.len_utf8()).is_some_and(char::is_alphanumeric)
            }
            _ => true,
        }
    }

    /// The word after `at`, skipping white space and opening marks.
    fn next_word(&self, at: usize, limit: usize) -> Next<'_> {
        let text = self.text;
        let mut j = at;
        let mut spaced = false;
        let mut opened = false;
        let mut first = None;
        while j < limit {
            let Some(c) = char_at(text, j) else { break };
            if is_space(c) || is_format(c) {
                spaced |= is_space(c);
            } else if is_opener(c) && j - at < WORD_REACH {
                opened = true;
            } else {
                first = Some(c);
                break;
            }
            j += c.len_utf8();
        }
        let rest = &text[j..limit.max(j)];
        // ASCII letters and digits by table, then any other letters character by character.
        let ascii = rest
            .bytes()
            .take(WORD_REACH)
            .take_while(|&b| ASCII_WORD_BYTES[usize::from(b)])
            .count();
        let len = rest[ascii..]
            .char_indices()
            .take_while(|&(i, c)| ascii + i < WORD_REACH && c.is_alphanumeric())
            .last()
            .map_or(ascii, |(i, c)| ascii + i + c.len_utf8());
        Next {
            first,
            word: &rest[..len],
            spaced,
            opened,
            at: j,
        }
    }

    /// The word before a stop at `at`: back to the last space, leading punctuation dropped.
    fn word_before(&self, at: usize) -> &str {
        let text = self.text;
        let mut j = at;
        while at - j < WORD_REACH {
            match char_before(text, j) {
                Some(c) if !is_space(c) => j -= c.len_utf8(),
                _ => break,
            }
        }
        let mut word = text[j..at]
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .trim_end_matches(is_format);
        // `l'Avv.`, `dell'Ing.`: an elided article is no part of the abbreviation.
        if let Some((head, tail)) = word.rsplit_once(['\'', '’']) {
            if head.chars().count() <= 4 && !tail.is_empty() {
                word = tail;
            }
        }
        // `Tuesday.Mr`: a sentence ended at the first period, the word is what follows it.
        match word.rsplit_once('.') {
            Some((head, tail))
                if !dotted(word)
                    && head.chars().count() >= 3
                    && tail.starts_with(char::is_uppercase) =>
            {
                tail
            }
            _ => word,
        }
    }

    /// Whether a sentence ends after `run`, `words` words into it, in a block ending at
    /// `limit`.
    fn ends_sentence(&self, run: &Run, words: usize, limit: usize) -> bool {
        let text = self.text;
        let next = self.next_word(run.end, limit);
        let Some(first) = next.first else {
            return true;
        };
        if !next.spaced && !next.opened {
            return self.ends_unspaced(run, first);
        }
        if first.is_lowercase() || matches!(first, ',' | ';' | ':') {
            return false;
        }
        if is_dash(first) {
            let dashes =
                text[next.at..limit].len() - text[next.at..limit].trim_start_matches(is_dash).len();
            let after = self.next_word(next.at + dashes, limit);
            return !after.first.is_some_and(char::is_lowercase);
        }
        if run.dense {
            return true;
        }
        if run.dots >= 2 {
            if run.spaced && run.dots < 4 || char_before(text, run.start) == Some('[') {
                return false;
            }
            return first.is_uppercase() || is_caseless_letter(first);
        }
        if run.strong {
            return !self.attribution(run, &next, limit);
        }
        self.period_ends(run, &next, first, words, limit)
    }

    /// A stop with no space after it ends a sentence only in `world.Today` and in scripts
    /// written without spaces.
    fn ends_unspaced(&self, run: &Run, first: char) -> bool {
        if run.dense {
            // A full-width period between digits is a decimal point (`３．２９`); a closing
            // bracket before a letter is a quotation inside the sentence (`「…。」と`).
            let decimal = matches!(char_at(self.text, run.start), Some('．' | '﹒'));
            return !(decimal && first.is_numeric() || run.closed && first.is_alphabetic());
        }
        if !first.is_uppercase() || run.dots >= 2 {
            return false;
        }
        let word = self.word_before(run.start);
        let long_enough = word.chars().count() >= 3
            && word
                .chars()
                .last()
                .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit());
        long_enough && !self.abbreviation(&lowercase(word)).is_any() && !self.in_address(run)
    }

    /// Whether the stop is inside a URL or an e-mail address.
    fn in_address(&self, run: &Run) -> bool {
        let text = self.text;
        let mut from = run.start;
        while run.start - from < WORD_REACH {
            match char_before(text, from) {
                Some(c) if !is_space(c) => from -= c.len_utf8(),
                _ => break,
            }
        }
        let mut to = run.end;
        while to - run.end < WORD_REACH {
            match char_at(text, to) {
                Some(c) if !is_space(c) => to += c.len_utf8(),
                _ => break,
            }
        }
        let token = &text[from..to];
        token.contains("://")
            || token.contains('@')
            || token.contains("www.")
            || token.contains('/')
    }

    /// Whether a single period followed by a space and `next` ends a sentence.
    fn period_ends(&self, run: &Run, next: &Next, first: char, words: usize, limit: usize) -> bool {
        let word = self.word_before(run.start);
        if word.is_empty() {
            return true;
        }
        let abbreviation = self.abbreviation(&lowercase(word));
        if abbreviation.is_prefix() {
            return false;
        }
        let single_letter = word.chars().count() == 1 && word.chars().all(char::is_alphabetic);
        let number = word.chars().all(|c| c.is_ascii_digit());
        if words == 1 && (single_letter || (number && word.len() <= 3) || roman(word).is_some()) {
            // A list label: `1. The first item`.
            return false;
        }
        if first.is_numeric() && abbreviation.is_before_number() {
            return false;
        }
        let ambiguous = abbreviation.is_other()
            || single_letter
            || dotted(word)
            || (self.rules.ordinal_dot() && (number && word.len() <= 3 || roman(word).is_some()));
        if ambiguous {
            return words > SHORTEST_AMBIGUOUS_SENTENCE && self.opens_sentence(next, first);
        }
        if abbreviation.is_before_number() && words <= 1 {
            return false;
        }
        !self.attribution(run, next, limit)
    }

    /// Whether the word after an ambiguous abbreviation opens a sentence: a capitalized
    /// stop word (`The`, `He`, `How`) or a title (`Mr.`).
    fn opens_sentence(&self, next: &Next, first: char) -> bool {
        if !(first.is_uppercase() || is_caseless_letter(first)) {
            return false;
        }
        let after = char_at(self.text, next.at + next.word.len());
        if next.word.chars().nth(1).is_none() && after == Some('.') {
            // An initial (`А. И. Семенов`), even when the letter is a stop word.
            return false;
        }
        let lower = lowercase(next.word);
        self.is_stopword(&lower)
            || (self.abbreviation(&lower).is_prefix()
                && char_at(self.text, next.at + next.word.len()) == Some('.'))
    }

    /// Whether the words after a closing quote are an attribution (`"Go!" Smith said.`):
    /// capitalized names, then one lowercase word and a stop or a comma.
    fn attribution(&self, run: &Run, next: &Next, limit: usize) -> bool {
        if !run.closed || next.opened {
            return false;
        }
        let first = next.first.unwrap_or(' ');
        if !first.is_uppercase() || self.is_stopword(&lowercase(next.word)) {
            return false;
        }
        let end = (next.at + WORD_REACH).min(limit);
        let Some(span) = self.text.get(next.at..end) else {
            return false;
        };
        let mut names = 0;
        for word in span.split(' ') {
            let Some(c) = word.chars().next() else {
                return false;
            };
            if c.is_uppercase() && word.chars().all(char::is_alphabetic) {
                names += 1;
                if names > 3 {
                    return false;
                }
                continue;
            }
            let letters = word.trim_end_matches(['.', ',', '!', '?']);
            return names > 0
                && letters.len() < word.len()
                && !letters.is_empty()
                && letters.chars().all(char::is_lowercase);
        }
        false
    }

    /// Undoes the cuts inside quotations and brackets that the sentence goes on after,
    /// when they hold at most [`MAX_QUOTED_SENTENCES`] sentences.
    fn keep_quotations(&self, span: Span, cuts: &mut [Cut]) {
        if cuts.is_empty() {
            return;
        }
        let text = self.text;
        let mut open: Vec<(char, usize)> = Vec::new();
        let mut scan = span.start;
        // Only quote marks and brackets have a role: jump from one to the next.
        let bytes = &text.as_bytes()[..span.end];
        while let Some(at) = find_byte(bytes, scan, &QUOTE_BYTES) {
            let Some(c) = char_at(text, at) else { break };
            scan = at + c.len_utf8();
            let prev = char_before(text, at).filter(|_| at > span.start);
            let next = char_at(text, scan).filter(|_| scan < span.end);
            match self.quote_role(c, prev, next, &open) {
                Role::Open => {
                    if open.len() == MAX_NESTING {
                        open.remove(0);
                    }
                    open.push((c, at));
                }
                Role::Close(k) => {
                    let (_, start) = open[k];
                    open.truncate(k);
                    let end = at + c.len_utf8();
                    let ends_sentence = end == span.end || {
                        let i = cuts.partition_point(|cut| cut.at < end);
                        cuts.get(i).is_some_and(|cut| cut.at == end)
                    };
                    if !ends_sentence {
                        let from = cuts.partition_point(|cut| cut.at <= start);
                        let to = cuts.partition_point(|cut| cut.at < end);
                        if to > from && to - from < MAX_QUOTED_SENTENCES {
                            for cut in &mut cuts[from..to] {
                                cut.kept &= !cut.after_stop;
                            }
                        }
                    }
                }
                Role::None => {}
            }
        }
    }

    /// Whether the mark `c` opens a quotation or bracket, closes the one open at some depth,
    /// or neither (an apostrophe, a stray mark).
    fn quote_role(
        &self,
        c: char,
        prev: Option<char>,
        next: Option<char>,
        open: &[(char, usize)],
    ) -> Role {
        let after_space = prev.is_none_or(|p| is_space(p) || is_opener(p) || is_dash(p));
        let before_space = next.is_none_or(|n| is_space(n) || !n.is_alphanumeric());
        let find = |openers: &[char]| {
            open.iter()
                .rposition(|(o, _)| openers.contains(o))
                .map_or(Role::None, Role::Close)
        };
        match c {
            '(' | '[' | '{' | '「' | '『' | '《' | '〈' | '（' | '［' | '｛' | '【' | '〔'
            | '„' | '‚' => Role::Open,
            ')' => find(&['(']),
            ']' => find(&['[']),
            '}' => find(&['{']),
            '」' => find(&['「']),
            '』' => find(&['『']),
            '》' => find(&['《']),
            '〉' => find(&['〈']),
            '）' => find(&['（']),
            '］' => find(&['［']),
            '｝' => find(&['｛']),
            '】' => find(&['【']),
            '〕' => find(&['〔']),
            '“' => match find(&['„']) {
                Role::None => Role::Open,
                close => close,
            },
            '”' => match find(&['“', '„', '”']) {
                Role::None if after_space => Role::Open,
                close => close,
            },
            '«' => match find(&['»']) {
                Role::None => Role::Open,
                close => close,
            },
            '»' => match find(&['«']) {
                Role::None if after_space => Role::Open,
                close => close,
            },
            '‹' => match find(&['›']) {
                Role::None => Role::Open,
                close => close,
            },
            '›' => match find(&['‹']) {
                Role::None if after_space => Role::Open,
                close => close,
            },
            '‘' => match find(&['‚']) {
                Role::None if after_space => Role::Open,
                close => close,
            },
            '’' if before_space => find(&['‘']),
            '"' => {
                let open_quote = find(&['"']);
                if after_space && !next.is_none_or(is_space) {
                    Role::Open
                } else if matches!(open_quote, Role::Close(_)) {
                    open_quote
                } else if after_space {
                    Role::Open
                } else {
                    Role::None
                }
            }
            '\'' => {
                if after_space && next.is_some_and(char::is_alphabetic) {
                    Role::Open
                } else if before_space && !prev.is_none_or(is_space) {
                    find(&['\''])
                } else {
                    Role::None
                }
            }
            _ => Role::None,
        }
    }
}

/// What a quote mark or bracket does.
enum Role {
    Open,
    /// Closes the open mark at this depth.
    Close(usize),
    None,
}

/// Whether `word` is a dotted abbreviation (`U.S`, `e.g`, `Ph.D`, `LL.AA`): short letter
/// groups joined by periods.
fn dotted(word: &str) -> bool {
    word.contains('.')
        && word.split('.').all(|part| {
            let n = part.chars().count();
            (1..=3).contains(&n) && part.chars().all(char::is_alphabetic)
        })
}

/// The value of a small Roman numeral (`iv`, `XII`), all in one case.
fn roman(word: &str) -> Option<u32> {
    const NUMERALS: [&str; 12] = [
        "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii",
    ];
    let same_case = word.bytes().all(|b| b.is_ascii_lowercase())
        || word.bytes().all(|b| b.is_ascii_uppercase());
    let position = NUMERALS.iter().position(|n| n.eq_ignore_ascii_case(word))?;
    (same_case).then_some(position as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `keep_quotations` reads only the marks that start with a byte of `QUOTE_BYTES`:
    /// every other character must have no role, whatever comes around it.
    #[test]
    fn quote_bytes_start_every_mark_with_a_role() {
        let language = Language::get("en").unwrap();
        let splitter = Splitter {
            text: "",
            language,
            rules: language.sentence_rules(),
            english: None,
        };
        let open: Vec<(char, usize)> = "\"'“‘„‚«»‹›([{「『《〈（［｛【〔"
            .chars()
            .map(|c| (c, 0))
            .collect();
        let mut utf8 = [0; 4];
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            if QUOTE_BYTES[usize::from(c.encode_utf8(&mut utf8).as_bytes()[0])] {
                continue;
            }
            for (prev, next) in [(None, None), (Some(' '), Some('a')), (Some('a'), Some(' '))] {
                let role = splitter.quote_role(c, prev, next, &open);
                assert!(matches!(role, Role::None), "{c:?} has a role");
            }
        }
    }

    /// `lines` looks for line breaks only at the bytes of `LINE_BREAK_BYTES`.
    #[test]
    fn line_break_bytes_start_every_line_break() {
        let mut utf8 = [0; 4];
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let first = c.encode_utf8(&mut utf8).as_bytes()[0];
            assert!(
                !is_line_break(c) || LINE_BREAK_BYTES[usize::from(first)],
                "{c:?}"
            );
        }
    }
}
