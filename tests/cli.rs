//! How the `abridge` command fails: one line on stderr that names the problem and says what
//! to do, nothing on stdout, and a non-zero exit (2 for a wrong command line, 1 for the rest).

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

/// A file under the system's temporary folder holding `bytes`, removed when dropped.
struct TempFile(PathBuf);

impl TempFile {
    fn new(name: &str, bytes: &[u8]) -> TempFile {
        let path = std::env::temp_dir().join(format!("abridge-cli-{}-{name}", std::process::id()));
        std::fs::write(&path, bytes).unwrap();
        TempFile(path)
    }

    fn path(&self) -> &str {
        self.0.to_str().unwrap()
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// Runs `abridge args…` with `stdin`: its exit, its output and its stderr.
fn run(args: &[&str], stdin: &[u8]) -> (std::process::Output, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_abridge"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // A command that fails before reading its input closes the pipe: that is not an error here.
    let _ = child.stdin.take().unwrap().write_all(stdin);
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    (out, stderr)
}

/// Runs `abridge args…` with `stdin`, and checks that it fails with `code` and one line on
/// stderr: `abridge: ` then `message`.
fn fails(args: &[&str], stdin: &[u8], code: i32, message: &str) {
    let (out, stderr) = run(args, stdin);
    assert_eq!(out.status.code(), Some(code), "{args:?}: {stderr}");
    assert_eq!(stderr, format!("abridge: {message}\n"), "{args:?}");
    assert!(out.stdout.is_empty(), "{args:?}: stdout {:?}", out.stdout);
}

/// One test per case: `name: [args…], stdin => exit code, "the message",`.
macro_rules! cases {
    ($($name:ident: [$($arg:expr),*], $stdin:expr => $code:expr, $message:expr,)*) => {$(
        #[test]
        fn $name() {
            fails(&[$($arg),*], $stdin, $code, $message);
        }
    )*};
}

const USAGE: &str = "(abridge --help shows the usage)";

cases! {
    unknown_command: ["frob"], b"" => 2,
        &format!("unknown command \"frob\" {USAGE}"),
    unknown_option: ["summarize", "--bogus"], b"" => 2,
        &format!("invalid option '--bogus' {USAGE}"),
    length_not_a_number: ["summarize", "--sentences", "three"], b"" => 2,
        &format!("--sentences needs a number, got \"three\" {USAGE}"),
    ratio_not_a_number: ["summarize", "--ratio", "half"], b"" => 2,
        &format!("--ratio needs a number, got \"half\" {USAGE}"),
    option_without_value: ["summarize", "--words"], b"" => 2,
        &format!("missing argument for option '--words' {USAGE}"),
    threads_not_a_number: ["batch", "--threads", "all"], b"" => 2,
        &format!("--threads needs a number, got \"all\" {USAGE}"),
    eval_without_data: ["eval"], b"" => 2,
        &format!("eval needs a JSON Lines file {USAGE}"),
    no_command: ["--"], b"" => 2,
        &format!("give a command {USAGE}"),
    zero_sentences: ["summarize", "--sentences", "0"], b"One. Two." => 2,
        &format!("--sentences must be at least 1, got 0 {USAGE}"),
    ratio_above_one: ["summarize", "--ratio", "2"], b"One. Two." => 2,
        &format!("--ratio must be a number above 0 and at most 1, got 2 {USAGE}"),
    two_lengths: ["summarize", "--sentences", "2", "--words", "10"], b"One. Two." => 2,
        &format!("give one of --sentences, --ratio, --words and --chars, once {USAGE}"),
    a_length_twice: ["summarize", "--sentences", "2", "--sentences", "3"], b"One. Two." => 2,
        &format!("give one of --sentences, --ratio, --words and --chars, once {USAGE}"),
    a_length_for_sentences: ["sentences", "--sentences", "2"], b"One. Two." => 2,
        &format!("invalid option '--sentences' {USAGE}"),
    a_title_for_sentences: ["sentences", "--title", "Votes"], b"One. Two." => 2,
        &format!("invalid option '--title' {USAGE}"),
    eval_with_two_lengths: ["eval", "data.jsonl", "--sentences", "3", "--k-field", "k"], b"" => 2,
        &format!("give one of --sentences and --k-field, once {USAGE}"),
    eval_zero_sentences: ["eval", "data.jsonl", "--sentences", "0"], b"" => 2,
        &format!("--sentences must be at least 1, got 0 {USAGE}"),
    unknown_language: ["summarize", "--language", "german"], b"One. Two." => 1,
        "unknown language \"german\": give a two-letter ISO 639-1 code such as \"de\", \
         or none to detect the language",
    unknown_language_in_sentences: ["sentences", "--language", "german"], b"One. Two." => 1,
        "unknown language \"german\": give a two-letter ISO 639-1 code such as \"de\", \
         or none to detect the language",
    empty_input: ["summarize"], b" \n\t\n" => 1,
        "the text is empty: paste or load an article",
    missing_file: ["summarize", "/nonexistent/article.txt"], b"" => 1,
        "cannot read /nonexistent/article.txt: No such file or directory (os error 2)",
    missing_dataset: ["eval", "/nonexistent/data.jsonl"], b"" => 1,
        "cannot read /nonexistent/data.jsonl: No such file or directory (os error 2)",
    invalid_utf8_on_stdin: ["summarize"], b"Fine. \xff\xfe Broken." => 1,
        "standard input is not UTF-8 text (invalid byte at offset 6): convert it, \
         with iconv -t UTF-8 say",
}

#[test]
fn invalid_utf8_in_a_file_names_the_file() {
    let file = TempFile::new("latin1.txt", b"Caf\xe9 owners met on Monday.");
    fails(
        &["sentences", file.path()],
        b"",
        1,
        &format!(
            "{} is not UTF-8 text (invalid byte at offset 3): convert it, with iconv -t UTF-8 say",
            file.path()
        ),
    );
}

#[test]
fn a_directory_is_not_a_file() {
    let dir = std::env::temp_dir();
    let path = dir.to_str().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_abridge"))
        .args(["summarize", path])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.starts_with(&format!("abridge: cannot read {path}: ")),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
}

/// `abridge batch` reports a bad article in its output line and goes on with the next.
#[test]
fn batch_reports_bad_lines_and_goes_on() {
    let input = concat!(
        "{\"id\": 1, \"text\": \"\"}\n",
        "not json\n",
        "{\"id\": 3, \"text\": \"One. Two.\", \"sentences\": 0}\n",
        "{\"id\": 4, \"text\": \"The vote passed. Everyone cheered.\"}\n",
    );
    let mut child = Command::new(env!("CARGO_BIN_EXE_abridge"))
        .arg("batch")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    assert!(out.stderr.is_empty());
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 4);
    assert_eq!(
        lines[0]["error"],
        "line 1: the text is empty: paste or load an article"
    );
    assert_eq!(lines[1]["id"], 2);
    assert!(
        lines[1]["error"]
            .as_str()
            .unwrap()
            .starts_with("line 2: expected"),
        "{}",
        lines[1]
    );
    assert_eq!(
        lines[2]["error"],
        "line 3: sentences must be at least 1, got 0"
    );
    assert_eq!(lines[3]["id"], 4);
    assert_eq!(lines[3]["summary"].as_array().unwrap().len(), 2);
}

#[test]
fn eval_names_the_line_or_the_field_it_cannot_read() {
    let data = TempFile::new(
        "eval.jsonl",
        b"{\"id\": \"a\", \"text\": \"One. Two.\", \"summary\": \"One.\", \"k\": 1}\n{\"id\": \"b\", \"text\": \"x\"}\n",
    );
    fails(
        &["eval", data.path()],
        b"",
        1,
        &format!(
            "{} line 2: missing field `summary` at line 1 column 24",
            data.path()
        ),
    );
    let data = TempFile::new(
        "eval-k.jsonl",
        b"{\"id\": \"a\", \"text\": \"One. Two.\", \"summary\": \"One.\", \"k\": 1}\n",
    );
    fails(
        &["eval", data.path(), "--k-field", "n"],
        b"",
        1,
        "article \"a\" has no number in \"n\": name the field that holds each summary's length",
    );
}

/// A blank language is none given, as in the library and in JavaScript: the text's own is
/// detected (German, whose `1. Januar` ends no sentence; English rules would split there).
#[test]
fn sentences_with_a_blank_language_detect_it() {
    let text = b"Der Vertrag gilt ab dem 1. Januar f\xc3\xbcr alle B\xc3\xbcrger der Stadt. \
        Er wurde gestern vom Rat beschlossen.";
    let german = output(&["sentences", "--language", "de"], text);
    assert_eq!(german.lines().count(), 2, "{german}");
    assert_eq!(output(&["sentences", "--language", " "], text), german);
    assert_ne!(output(&["sentences", "--language", "en"], text), german);
}

/// Runs `abridge args…` on `stdin`, expecting success, and returns what it printed.
fn output(args: &[&str], stdin: &[u8]) -> String {
    let (out, stderr) = run(args, stdin);
    assert!(out.status.success(), "{args:?}: {stderr}");
    assert!(stderr.is_empty(), "{args:?}: {stderr}");
    String::from_utf8(out.stdout).unwrap()
}

/// The help is asked for as each tool's is: alone, as `help`, or after any command.
#[test]
fn help_and_version_are_printed_wherever_asked() {
    let help = output(&["--help"], b"");
    assert!(help.contains("usage: abridge summarize"), "{help}");
    assert!(help.contains("--key-quotes"), "{help}");
    for args in [
        &[][..],
        &["help"],
        &["-h"],
        &["summarize", "--help"],
        &["batch", "-h"],
    ] {
        assert_eq!(output(args, b""), help, "{args:?}");
    }
    let version = format!("abridge {}\n", env!("CARGO_PKG_VERSION"));
    assert_eq!(output(&["--version"], b""), version);
    assert_eq!(output(&["eval", "-V"], b""), version);
}

/// A sentence or a quotation wrapped in the text, or in a file of Windows lines, is printed on
/// one line; a quotation without the comma that led into its attribution.
#[test]
fn summaries_print_a_sentence_a_line() {
    let text = b"The council met on Monday\r\nand voted. \"We will build it,\r\nnow,\" Mayor Ana \
        Ruiz said.\r\n";
    let printed = output(&["summarize", "--sentences", "2"], text);
    let lines: Vec<&str> = printed.lines().collect();
    assert_eq!(
        lines[..5],
        [
            "The council met on Monday and voted.",
            "\"We will build it, now,\" Mayor Ana Ruiz said.",
            "",
            "Key quotes:",
            "  Ana Ruiz: \u{201c}We will build it, now\u{201d}",
        ],
        "{printed}"
    );
    assert!(!printed.contains('\r'), "{printed:?}");
}

/// A dataset's own fields are no options: a corpus's annotated `quotes` (a list) is read past,
/// while `maxQuotes` bounds the quotes given.
#[test]
fn batch_reads_past_a_datasets_fields() {
    let text = "\"We will build it,\" Mayor Ana Ruiz said. \"It opens in 2028,\" she added. \
        \"Nobody asked us,\" a resident said.";
    let line = |extra: &str| {
        format!("{{\"id\": 1, \"text\": {text:?}, \"quotes\": [{{\"x\": 1}}]{extra}}}\n")
    };
    for (extra, quotes) in [("", 3), (", \"maxQuotes\": 1", 1)] {
        let printed = output(&["batch"], line(extra).as_bytes());
        let out: serde_json::Value = serde_json::from_str(&printed).unwrap();
        assert_eq!(
            out["quotes"].as_array().map(Vec::len),
            Some(quotes),
            "{printed}"
        );
    }
}
