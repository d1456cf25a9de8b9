//! `abridge batch`: JSON Lines in, JSON Lines out, in input order, on every core.

use std::io::{self, BufRead, Write};

use abridge::{Length, OffsetMap, Options, Unit};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::{Article, CliError};

/// Lines summarized together: enough to keep every core busy, few enough that memory stays
/// bounded on an endless stream.
const CHUNK_LINES: usize = 256;

/// What `batch` reads of an article besides its text: the summary's length, its language and
/// how many quotes to give. Other fields are the dataset's own, ignored: a corpus's annotated
/// `quotes` among them, hence `maxQuotes`, as the JavaScript option is named.
#[derive(Deserialize)]
struct Request {
    sentences: Option<usize>,
    words: Option<usize>,
    ratio: Option<f64>,
    language: Option<String>,
    /// The most quotes to return; all of them when absent.
    #[serde(rename = "maxQuotes")]
    max_quotes: Option<usize>,
}

#[derive(Serialize)]
struct Output<'a> {
    id: Value,
    summary: Vec<&'a str>,
    quotes: Vec<QuoteOut<'a>>,
    keywords: Vec<String>,
}

#[derive(Serialize)]
struct QuoteOut<'a> {
    text: &'a str,
    speaker: Option<&'a str>,
    cue: Option<&'a str>,
    kind: abridge::QuoteKind,
    /// Code points into `text`, as Python indexes strings.
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct Failure {
    id: Value,
    error: String,
}

pub fn run(parser: &mut lexopt::Parser, out: &mut impl Write) -> Result<(), CliError> {
    use lexopt::prelude::*;
    let mut threads = 0;
    // Only statements, no fragments: what the PolNeAR quote scorer counts, since it treats
    // a scare-quoted fragment that no one is reported as saying as a false positive.
    let mut key_quotes = false;
    while let Some(arg) = parser.next()? {
        match arg {
            Long("threads") => threads = super::number(parser, "threads")?,
            Long("key-quotes") => key_quotes = true,
            other => return Err(other.unexpected().into()),
        }
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map_err(|e| CliError::Usage(e.to_string()))?;
    let stdin = io::stdin();
    let mut lines = stdin.lock().lines().enumerate();
    loop {
        let chunk: Vec<(usize, io::Result<String>)> = lines.by_ref().take(CHUNK_LINES).collect();
        if chunk.is_empty() {
            return Ok(());
        }
        let results: Vec<String> = pool.install(|| {
            chunk
                .into_par_iter()
                .filter(|(_, line)| !matches!(line, Ok(l) if l.trim().is_empty()))
                .map(|(n, line)| process(n + 1, line, key_quotes))
                .collect()
        });
        for line in results {
            writeln!(out, "{line}")?;
        }
    }
}

/// One output line for input line `number`: a summary, or an error that names the article.
fn process(number: usize, line: io::Result<String>, key_quotes: bool) -> String {
    let fail = |id: Value, error: String| {
        serde_json::to_string(&Failure { id, error }).expect("strings and ids serialize")
    };
    let line = match line {
        Ok(line) => line,
        Err(e) => return fail(Value::from(number), format!("line {number}: {e}")),
    };
    let article: Article<Request> = match serde_json::from_str(&line) {
        Ok(a) => a,
        Err(e) => {
            let id = serde_json::from_str::<Value>(&line)
                .ok()
                .and_then(|v| v.get("id").cloned())
                .unwrap_or(Value::from(number));
            return fail(id, format!("line {number}: {e}"));
        }
    };
    match summarize(&article, key_quotes) {
        Ok(out) => serde_json::to_string(&out).expect("summaries serialize"),
        Err(e) => fail(article.id, format!("line {number}: {e}")),
    }
}

fn summarize(article: &Article<Request>, key_quotes: bool) -> Result<Output<'_>, abridge::Error> {
    let request = &article.fields;
    let lengths = [
        request.sentences.map(Length::Sentences),
        request.words.map(Length::Words),
        request.ratio.map(Length::Ratio),
    ];
    let mut given = lengths.into_iter().flatten();
    let mut options = Options::new().length(given.next().unwrap_or(Length::Auto));
    if given.next().is_some() {
        return Err(abridge::Error::ConflictingLengths);
    }
    options.title = article.title.clone();
    options.language = request.language.clone();
    options.max_quotes = request.max_quotes.unwrap_or(usize::MAX);
    let summary = abridge::summarize(&article.text, &options)?;
    let map = OffsetMap::new(&article.text, Unit::CodePoint);
    Ok(Output {
        id: article.id.clone(),
        summary: summary.summary_sentences().map(|s| s.text).collect(),
        quotes: summary
            .quotes
            .iter()
            .filter(|q| !key_quotes || q.kind == abridge::QuoteKind::Statement)
            .map(|q| QuoteOut {
                text: q.text,
                speaker: q.speaker,
                cue: q.cue,
                kind: q.kind,
                start: map.convert(q.span.start),
                end: map.convert(q.span.end),
            })
            .collect(),
        keywords: summary.keywords.iter().map(|k| k.text.clone()).collect(),
    })
}
