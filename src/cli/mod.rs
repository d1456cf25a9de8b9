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

/// What `--help` (or `-h`, or `help`, after any command) prints.
const HELP: &str = "\
abridge: extractive summaries, key quotes and keywords of news articles

usage: abridge summarize [FILE|-] [--sentences N | --ratio R | --words W | --chars C] [--title T] [--language L] [--json]
       abridge sentences [FILE|-] [--language L] [--json]
       abridge batch [--threads N] [--key-quotes] < articles.jsonl > summaries.jsonl
       abridge eval DATA.jsonl [--sentences N | --k-field FIELD] [--ablation] [--output FILE]
                    [--language L [--tokenizer unicode]]

summarize  the summary, a sentence a line, then the key quotes and the keywords of FILE
           (standard input when none or -)
  --sentences N  N sentences            --ratio R  this share of the sentences (0 < R <= 1)
  --words W      what fits in W words   --chars C  what fits in C characters
                 (none of them: a fifth of the sentences, 3 to 7)
  --title T      the article's title (default: a first line that reads as a headline)
  --language L   an ISO 639-1 code such as en, fr, de (default: detected)
  --json         everything, with UTF-8 byte spans and scores, as JSON
sentences  the text's sentences, a line each; --json: a JSON array of them
batch      JSON Lines in, one article a line: {\"id\", \"text\", \"title\"?, \"sentences\"? |
           \"words\"? | \"ratio\"?, \"language\"?, \"maxQuotes\"? (the most to give)}, other
           fields ignored; JSON Lines out, in input order: {\"id\", \"summary\", \"quotes\", \"keywords\"}
           or {\"id\", \"error\"}, quote offsets in code points
  --threads N    N threads (default: one per core)
  --key-quotes   statements only, no quoted fragments
eval       ROUGE-1, -2 and -L F1 of the summaries of DATA.jsonl against its \"summary\" fields
  --sentences N  summaries of N sentences (default: the summarize default)
  --k-field F    summaries of as many sentences as the article's field F says
  --ablation     a row for each scoring signal added in turn
  --output FILE  also writes each article's summary to FILE, as JSON Lines
  --language L   summarize in L; with --tokenizer unicode, ROUGE reads Unicode words
                 stemmed in L (for languages other than English)

  -h, --help     this help              -V, --version  abridge's version";

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

/// The subcommands that read one text.
#[derive(Clone, Copy, PartialEq, Eq)]
enum TextCommand {
    Summarize,
    Sentences,
}

/// The options and input shared by the subcommands that read one text.
struct TextArgs {
    input: Option<String>,
    options: Options,
    json: bool,
}

impl TextArgs {
    /// Reads the command's arguments; only `summarize` takes a length and a title.
    fn parse(parser: &mut lexopt::Parser, command: TextCommand) -> Result<TextArgs, CliError> {
        let summarizing = command == TextCommand::Summarize;
        let mut options = Options::new();
        let mut input = None;
        let mut json = false;
        let mut lengths = 0;
        while let Some(arg) = parser.next()? {
            let length = match arg {
                Long("sentences") if summarizing => Length::Sentences(number(parser, "sentences")?),
                Long("ratio") if summarizing => Length::Ratio(number(parser, "ratio")?),
                Long("words") if summarizing => Length::Words(number(parser, "words")?),
                Long("chars") if summarizing => Length::Chars(number(parser, "chars")?),
                Long("title") if summarizing => {
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
        // Also `--sentences 2 --sentences 3`: which one was meant?
        if lengths > 1 {
            return Err(CliError::Usage(
                "give one of --sentences, --ratio, --words and --chars, once".into(),
            ));
        }
        // `sentences must be at least 1, got 0`, of the option as written here.
        options
            .validate()
            .map_err(|e| CliError::Usage(format!("--{e}")))?;
        Ok(TextArgs {
            input,
            options,
            json,
        })
    }
}

/// Runs the command line `args` (without the program name).
pub fn run(args: impl IntoIterator<Item = OsString>) -> Result<(), CliError> {
    let args: Vec<OsString> = args.into_iter().collect();
    // Asked for anywhere, as in `abridge batch --help`: the one help covers every command.
    let asks = |flags: &[&str]| args.iter().any(|a| flags.iter().any(|f| a == f));
    if args.is_empty() || asks(&["--help", "-h"]) || args[0] == "help" {
        println!("{HELP}");
        return Ok(());
    }
    if asks(&["--version", "-V"]) {
        println!("abridge {}", env!("CARGO_PKG_VERSION"));
        return Ok(());
    }
    let mut parser = lexopt::Parser::from_args(args);
    let command = match parser.next()? {
        Some(Value(cmd)) => cmd.string()?,
        Some(other) => return Err(other.unexpected().into()),
        None => return Err(CliError::Usage("give a command".into())),
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match command.as_str() {
        "summarize" => summarize(
            TextArgs::parse(&mut parser, TextCommand::Summarize)?,
            &mut out,
        )?,
        "sentences" => sentences(
            TextArgs::parse(&mut parser, TextCommand::Sentences)?,
            &mut out,
        )?,
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
        write_words(out, sentence.text)?;
        writeln!(out)?;
    }
    let mut quotes = summary.key_quotes().peekable();
    if quotes.peek().is_some() {
        writeln!(out, "\nKey quotes:")?;
    }
    for quote in quotes {
        let speaker = quote.speaker.unwrap_or("unknown speaker");
        write!(out, "  {speaker}: \u{201c}")?;
        write_words(out, quote.text)?;
        writeln!(out, "\u{201d}")?;
    }
    if !summary.keywords.is_empty() {
        let words: Vec<&str> = summary.keywords.iter().map(|k| k.text.as_str()).collect();
        writeln!(out, "\nKeywords: {}", words.join(", "))?;
    }
    Ok(())
}

fn sentences(args: TextArgs, out: &mut impl Write) -> Result<(), CliError> {
    let text = crate::read_input(args.input.as_deref())?;
    let language = abridge::Language::given_or_detected(args.options.language.as_deref(), &text)?;
    let segmentation = abridge::segment(&text, language);
    let sentences = segmentation.sentences.iter().map(|s| s.span.slice(&text));
    if args.json {
        serde_json::to_writer(&mut *out, &sentences.collect::<Vec<_>>())?;
        writeln!(out)?;
    } else {
        for sentence in sentences {
            write_words(out, sentence)?;
            writeln!(out)?;
        }
    }
    Ok(())
}

/// Writes the words of `text` one space apart: a sentence or a quotation wrapped in its
/// text, or ending a Windows line (`\r`), is written on one line, as a reader or a script
/// reads lines.
fn write_words(out: &mut impl Write, text: &str) -> io::Result<()> {
    for (i, word) in text.split_whitespace().enumerate() {
        if i > 0 {
            out.write_all(b" ")?;
        }
        out.write_all(word.as_bytes())?;
    }
    Ok(())
}
