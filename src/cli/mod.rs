//! Argument parsing and the subcommands.

use std::ffi::OsString;
use std::fmt;
use std::io::{self, BufWriter, Write};
use std::str::FromStr;

use abridge::{Length, Options};
use lexopt::prelude::*;
use serde::Deserialize;
use serde_json::Value;

mod batch;
mod eval;
mod porter;
mod rouge;

const USAGE: &str = "\
usage: abridge summarize [FILE|-] [--sentences N | --ratio R | --words W | --chars C] [--title T] [--language L] [--json]
       abridge sentences [FILE|-] [--language L] [--json]
       abridge batch [--threads N] [--key-quotes] < articles.jsonl > summaries.jsonl
       abridge eval DATA.jsonl [--sentences N | --k-field FIELD] [--ablation] [--output FILE]
                    [--language L [--tokenizer unicode]]";

/// What went wrong, with the exit code it is reported by. Each is one line on stderr that
/// says what to do.
#[derive(Debug)]
pub enum CliError {
    /// The command line is wrong (exit 2).
    Usage(String),
    /// A file could not be opened (exit 1).
    Open(String, io::Error),
    /// The input is not what a command reads, such as text that is not UTF-8 (exit 1).
    Input(String),
    /// Reading or writing failed (exit 1).
    Io(io::Error),
    /// The core refused the input (exit 1).
    Abridge(abridge::Error),
}

impl CliError {
    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::Usage(_) => 2,
            _ => 1,
        }
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CliError::Usage(msg) => write!(f, "{msg} (abridge --help shows the usage)"),
            CliError::Open(path, e) => write!(f, "cannot read {path}: {e}"),
            CliError::Input(msg) => write!(f, "{msg}"),
            CliError::Io(e) => write!(f, "{e}"),
            CliError::Abridge(e) => write!(f, "{e}"),
        }
    }
}

impl From<io::Error> for CliError {
    fn from(e: io::Error) -> Self {
        CliError::Io(e)
    }
}

impl From<lexopt::Error> for CliError {
    fn from(e: lexopt::Error) -> Self {
        CliError::Usage(e.to_string())
    }
}

impl From<abridge::Error> for CliError {
    fn from(e: abridge::Error) -> Self {
        CliError::Abridge(e)
    }
}

impl From<serde_json::Error> for CliError {
    fn from(e: serde_json::Error) -> Self {
        CliError::Io(e.into())
    }
}

/// One line of the JSON Lines that `batch` and `eval` read: an article and what the command
/// reads of it besides (`Fields`).
#[derive(Deserialize)]
struct Article<Fields> {
    /// Any JSON value, given back as it is; null when missing.
    #[serde(default)]
    id: Value,
    text: String,
    title: Option<String>,
    #[serde(flatten)]
    fields: Fields,
}

/// The number given to option `--name`; an error names the option and the value.
fn number<T: FromStr>(parser: &mut lexopt::Parser, name: &str) -> Result<T, CliError> {
    let value = parser.value()?.string()?;
    value
        .parse()
        .map_err(|_| CliError::Usage(format!("--{name} needs a number, got {value:?}")))
}

/// The options and input shared by the subcommands that read one text.
struct TextArgs {
    input: Option<String>,
    options: Options,
    json: bool,
}

impl TextArgs {
    fn parse(parser: &mut lexopt::Parser) -> Result<TextArgs, CliError> {
        let mut options = Options::new();
        let mut input = None;
        let mut json = false;
        let mut lengths = 0;
        while let Some(arg) = parser.next()? {
            let length = match arg {
                Long("sentences") => Length::Sentences(number(parser, "sentences")?),
                Long("ratio") => Length::Ratio(number(parser, "ratio")?),
                Long("words") => Length::Words(number(parser, "words")?),
                Long("chars") => Length::Chars(number(parser, "chars")?),
                Long("title") => {
                    options.title = Some(parser.value()?.string()?);
                    continue;
                }
                Long("language") => {
                    options.language = Some(parser.value()?.string()?);
                    continue;
                }
                Long("json") => {
                    json = true;
                    continue;
                }
                Value(v) if input.is_none() => {
                    input = Some(v.string()?);
                    continue;
                }
                other => return Err(other.unexpected().into()),
            };
            options.length = length;
            lengths += 1;
        }
        if lengths > 1 {
            return Err(abridge::Error::ConflictingLengths.into());
        }
        options.validate()?;
        Ok(TextArgs {
            input,
            options,
            json,
        })
    }
}

/// Runs the command line `args` (without the program name).
pub fn run(args: impl IntoIterator<Item = OsString>) -> Result<(), CliError> {
    let mut parser = lexopt::Parser::from_args(args);
    let command = match parser.next()? {
        Some(Value(cmd)) => cmd.string()?,
        Some(Long("help") | Short('h')) | None => {
            println!("{USAGE}");
            return Ok(());
        }
        Some(other) => return Err(other.unexpected().into()),
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match command.as_str() {
        "summarize" => summarize(TextArgs::parse(&mut parser)?, &mut out)?,
        "sentences" => sentences(TextArgs::parse(&mut parser)?, &mut out)?,
        "batch" => batch::run(&mut parser, &mut out)?,
        "eval" => eval::run(&mut parser, &mut out)?,
        other => return Err(CliError::Usage(format!("unknown command {other:?}"))),
    }
    out.flush()?;
    Ok(())
}

fn summarize(args: TextArgs, out: &mut impl Write) -> Result<(), CliError> {
    let text = crate::read_input(args.input.as_deref())?;
    let summary = abridge::summarize(&text, &args.options)?;
    if args.json {
        serde_json::to_writer_pretty(&mut *out, &summary)?;
        writeln!(out)?;
        return Ok(());
    }
    for sentence in summary.summary_sentences() {
        writeln!(out, "{}", sentence.text)?;
    }
    let mut quotes = summary.key_quotes().peekable();
    if quotes.peek().is_some() {
        writeln!(out, "\nKey quotes:")?;
    }
    for quote in quotes {
        let speaker = quote.speaker.unwrap_or("unknown speaker");
        writeln!(out, "  {speaker}: \u{201c}{}\u{201d}", quote.text)?;
    }
    if !summary.keywords.is_empty() {
        let words: Vec<&str> = summary.keywords.iter().map(|k| k.text.as_str()).collect();
        writeln!(out, "\nKeywords: {}", words.join(", "))?;
    }
    Ok(())
}

fn sentences(args: TextArgs, out: &mut impl Write) -> Result<(), CliError> {
    let text = crate::read_input(args.input.as_deref())?;
    let language = match &args.options.language {
        Some(code) => abridge::Language::get(code)?,
        None => abridge::Language::detect(&text),
    };
    let segmentation = abridge::segment(&text, language);
    let sentences = segmentation.sentences.iter().map(|s| s.span.slice(&text));
    if args.json {
        serde_json::to_writer(&mut *out, &sentences.collect::<Vec<_>>())?;
        writeln!(out)?;
    } else {
        for sentence in sentences {
            // One sentence a line: line breaks inside a sentence become spaces.
            writeln!(
                out,
                "{}",
                sentence.split_whitespace().collect::<Vec<_>>().join(" ")
            )?;
        }
    }
    Ok(())
}
