//! `abridge eval`: ROUGE of Abridge's summaries against a dataset's reference summaries.

use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Write};

use abridge::{Length, Options, Signals};
use rayon::prelude::*;
use serde::Deserialize;
use serde_json::Value;

use super::rouge::{lines, Tokenizer};
use super::{Article, CliError};

/// What `eval` reads of an article of a dataset besides its text: the reference `summary`
/// (a string with one sentence a line, or a list of sentences) and the other fields, where
/// `--k-field` finds the length.
#[derive(Deserialize)]
struct Reference {
    summary: Summary,
    #[serde(flatten)]
    rest: serde_json::Map<String, Value>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum Summary {
    Text(String),
    Lines(Vec<String>),
}

impl Summary {
    fn text(&self) -> String {
        match self {
            Summary::Text(t) => t.clone(),
            Summary::Lines(l) => l.join("\n"),
        }
    }
}

/// How long each summary is.
enum Protocol {
    /// The default length.
    Auto,
    /// This many sentences.
    Sentences(usize),
    /// As many sentences as this field of the article says.
    Field(String),
}

impl Protocol {
    /// `given` where none was given before: `--sentences 3 --k-field k` is a mistake to say,
    /// not a choice to make for the user.
    fn once(self, given: Protocol) -> Result<Protocol, CliError> {
        match self {
            Protocol::Auto => Ok(given),
            _ => Err(CliError::Usage(
                "give one of --sentences and --k-field, once".into(),
            )),
        }
    }
}

/// The signal sets of the ablation, each adding one signal to the one before.
const ABLATION: [(&str, Signals); 6] = [
    ("TF only", Signals::TERMS_ONLY),
    (
        "+ position",
        Signals {
            position: true,
            ..Signals::TERMS_ONLY
        },
    ),
    (
        "+ title",
        Signals {
            position: true,
            title: true,
            ..Signals::TERMS_ONLY
        },
    ),
    (
        "+ length prior",
        Signals {
            position: true,
            title: true,
            length: true,
            ..Signals::TERMS_ONLY
        },
    ),
    (
        "+ redundancy control",
        Signals {
            openers: false,
            ..Signals::ALL
        },
    ),
    ("+ openers", Signals::ALL),
];

pub fn run(parser: &mut lexopt::Parser, out: &mut impl Write) -> Result<(), CliError> {
    use lexopt::prelude::*;
    let mut data = None;
    let mut protocol = Protocol::Auto;
    let mut ablation = false;
    let mut output = None;
    let mut language = None;
    let mut unicode = false;
    while let Some(arg) = parser.next()? {
        match arg {
            Long("sentences") => {
                protocol =
                    protocol.once(Protocol::Sentences(super::number(parser, "sentences")?))?
            }
            Long("k-field") => {
                protocol = protocol.once(Protocol::Field(parser.value()?.string()?))?
            }
            Long("ablation") => ablation = true,
            Long("output") => output = Some(parser.value()?.string()?),
            Long("language") => language = Some(parser.value()?.string()?),
            Long("tokenizer") => {
                unicode = match parser.value()?.string()?.as_str() {
                    "unicode" => true,
                    "default" => false,
                    other => {
                        return Err(CliError::Usage(format!(
                            "--tokenizer is default or unicode, got {other:?}"
                        )))
                    }
                }
            }
            Value(v) if data.is_none() => data = Some(v.string()?),
            other => return Err(other.unexpected().into()),
        }
    }
    let data = data.ok_or_else(|| CliError::Usage("eval needs a JSON Lines file".into()))?;
    if matches!(protocol, Protocol::Sentences(0)) {
        return Err(CliError::Usage(
            "--sentences must be at least 1, got 0".into(),
        ));
    }
    let file = File::open(&data).map_err(|e| CliError::Open(data.clone(), e))?;
    let mut articles = Vec::new();
    for (n, line) in BufReader::new(file).lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let article: Article<Reference> = serde_json::from_str(&line)
            .map_err(|e| CliError::Input(format!("{data} line {}: {e}", n + 1)))?;
        articles.push(article);
    }
    let options = |a: &Article<Reference>| -> Result<Options, CliError> {
        let length = match &protocol {
            Protocol::Auto => Length::Auto,
            Protocol::Sentences(n) => Length::Sentences(*n),
            Protocol::Field(field) => {
                let k = a
                    .fields
                    .rest
                    .get(field)
                    .and_then(serde_json::Value::as_u64)
                    .ok_or_else(|| {
                        CliError::Input(format!(
                            "article {} has no number in {field:?}: name the field that holds \
                             each summary's length",
                            a.id
                        ))
                    })?;
                Length::Sentences(k.max(1) as usize)
            }
        };
        let mut options = Options::new().length(length);
        options.title = a.title.clone().filter(|t| !t.trim().is_empty());
        options.language = language.clone();
        Ok(options)
    };
    let options: Vec<Options> = articles.iter().map(options).collect::<Result<_, _>>()?;
    let tokenizer = match (unicode, &language) {
        (false, _) => None,
        (true, Some(code)) => Some(abridge::Language::get(code)?),
        (true, None) => {
            return Err(CliError::Usage(
                "--tokenizer unicode stems in the --language given; none was".into(),
            ))
        }
    };
    let runs: &[(&str, Signals)] = if ablation {
        &ABLATION
    } else {
        &ABLATION[ABLATION.len() - 1..]
    };
    if ablation {
        writeln!(out, "| signals | R1 | R2 | RLsum |\n|---|---|---|---|")?;
    }
    for &(name, signals) in runs {
        let results: Vec<(Vec<&str>, [f64; 3])> = articles
            .par_iter()
            .zip(&options)
            .map_init(
                || tokenizer.map_or_else(Tokenizer::default, Tokenizer::unicode),
                |tokenizer, (article, options)| {
                    let summary = match abridge::summarize_with(&article.text, options, signals) {
                        Ok(s) => s.summary_sentences().map(|s| s.text).collect(),
                        Err(_) => Vec::new(),
                    };
                    let joined = summary.join("\n");
                    let reference = article.fields.summary.text();
                    let r = tokenizer.score(&lines(&reference), &lines(&joined));
                    (summary, [r.rouge1.f1, r.rouge2.f1, r.rouge_lsum.f1])
                },
            )
            .collect();
        let n = results.len().max(1) as f64;
        let mean = |k: usize| 100.0 * results.iter().map(|r| r.1[k]).sum::<f64>() / n;
        let (r1, r2, rl) = (mean(0), mean(1), mean(2));
        if ablation {
            writeln!(out, "| {name} | {r1:.2} | {r2:.2} | {rl:.2} |")?;
        } else {
            writeln!(
                out,
                "n={} R1={r1:.2} R2={r2:.2} RLsum={rl:.2}",
                results.len()
            )?;
        }
        if let Some(path) = &output {
            let file = File::create(path).map_err(|e| CliError::Open(path.clone(), e))?;
            let mut file = BufWriter::new(file);
            for (article, (summary, _)) in articles.iter().zip(&results) {
                let line = serde_json::json!({"id": article.id, "summary": summary});
                writeln!(file, "{line}")?;
            }
            file.flush()?;
        }
    }
    Ok(())
}
