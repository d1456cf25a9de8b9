//! The texts the benchmarks read: the seed article, the BBC dev articles when they are
//! beside the project, and long texts made by concatenating articles.

use std::path::PathBuf;

/// The seed article, always present.
pub const SEED: &str = include_str!("../seeds/000_664e613bfae1bd6e.txt");

/// Where the shared data is: `$ABRIDGE_DATA`, else `../shared/data` beside the clone.
fn data_dir() -> PathBuf {
    std::env::var_os("ABRIDGE_DATA").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data"),
        PathBuf::from,
    )
}

/// The texts of `bbc-dev.jsonl`, or `None` (with a message saying so) when it is absent.
pub fn bbc() -> Option<Vec<String>> {
    let path = data_dir().join("bbc-dev.jsonl");
    let Ok(lines) = std::fs::read_to_string(&path) else {
        eprintln!(
            "skipping the BBC figures: {} not found (set ABRIDGE_DATA to its folder)",
            path.display()
        );
        return None;
    };
    let texts = lines
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter_map(|article| Some(article.get("text")?.as_str()?.to_string()))
        .collect();
    Some(texts)
}

/// About `len` bytes of articles separated by blank lines: the BBC articles in turn when
/// there are any, else the seed article repeated.
pub fn concatenated(articles: &[String], len: usize) -> String {
    let seed = [SEED.to_string()];
    let articles = if articles.is_empty() { &seed } else { articles };
    let mut text = String::with_capacity(len + SEED.len());
    for article in articles.iter().cycle() {
        if text.len() >= len {
            break;
        }
        text.push_str(article);
        text.push_str("\n\n");
    }
    text
}
