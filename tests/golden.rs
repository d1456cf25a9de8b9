//! Golden tests: the summary, key quotes and keywords of every article in `seeds/`, with the
//! default options, against reviewed expectations in `tests/golden/<seed>.json`.
//!
//! A change that alters them fails here; review the difference, then rewrite the files with
//! `UPDATE_GOLDEN=1 cargo test --test golden` and commit them with the change that caused it.

use std::fs;
use std::path::{Path, PathBuf};

use abridge::{Options, QuoteKind};
use serde_json::{json, Value};

/// What a reader sees of a summary: offsets and scores are left to the other tests, so that
/// a golden file changes only when what is shown changes.
fn shown(text: &str) -> Value {
    let summary = abridge::summarize(text, &Options::new()).expect("seeds are articles");
    let quotes = |kind| {
        summary
            .quotes
            .iter()
            .filter(|q| q.kind == kind)
            .map(|q| json!({"speaker": q.speaker, "cue": q.cue, "text": q.text}))
            .collect::<Vec<_>>()
    };
    json!({
        "language": summary.language,
        "title": summary.title,
        "summary": summary.summary_sentences().map(|s| &s.text).collect::<Vec<_>>(),
        "key_quotes": quotes(QuoteKind::Statement),
        "fragments": quotes(QuoteKind::Fragment),
        "keywords": summary.keywords.iter().map(|k| &k.text).collect::<Vec<_>>(),
    })
}

fn seeds() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut seeds: Vec<PathBuf> = fs::read_dir(dir)
        .expect("seeds/ exists")
        .map(|entry| entry.expect("seeds/ is readable").path())
        .filter(|path| path.extension().is_some_and(|e| e == "txt"))
        .collect();
    seeds.sort();
    seeds
}

#[test]
fn seeds_match_their_reviewed_output() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let seeds = seeds();
    assert!(!seeds.is_empty(), "no seed articles found");
    for seed in seeds {
        let text = fs::read_to_string(&seed).expect("seeds are UTF-8");
        let actual = shown(&text);
        let name = seed.file_stem().expect("a file name").to_string_lossy();
        let golden = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/golden")
            .join(format!("{name}.json"));
        if update {
            let pretty = serde_json::to_string_pretty(&actual).expect("JSON values serialize");
            fs::write(&golden, pretty + "\n").expect("tests/golden is writable");
            continue;
        }
        let expected: Value =
            serde_json::from_str(&fs::read_to_string(&golden).unwrap_or_else(|_| {
                panic!("{} is missing: run UPDATE_GOLDEN=1", golden.display())
            }))
            .expect("golden files are JSON");
        assert_eq!(
            actual,
            expected,
            "{} differs from its golden file",
            seed.display()
        );
    }
}
