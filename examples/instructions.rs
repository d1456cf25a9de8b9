//! What `summarize` and the floor (`abridge::bench::floor`: iterating the text's Unicode
//! words) cost in machine instructions and mispredicted branches, which, unlike time, a
//! shared or busy machine does not change.
//!
//! Run by `scripts/bench-instructions` under Valgrind's Callgrind, which counts what each of
//! the functions below executes; run alone it only prints what it read.

use std::hint::black_box;

use abridge::Options;

#[path = "../benches/corpus.rs"]
mod corpus;

/// The allocator of the `abridge` command (src/main.rs), so that these are its figures.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// How long the long text is: as the criterion benchmark's.
const LONG: usize = 10 << 20;

/// Summarizes each article on its own, as a reader's page or a batch does.
#[inline(never)]
fn summarize_articles(articles: &[String]) {
    for article in articles {
        black_box(abridge::summarize(article, &Options::new()).ok());
    }
}

/// Summarizes one long text.
#[inline(never)]
fn summarize_long(text: &str) {
    black_box(abridge::summarize(text, &Options::new()).ok());
}

/// The floor of each article.
#[inline(never)]
fn floor_articles(articles: &[String]) {
    for article in articles {
        black_box(abridge::bench::floor(article));
    }
}

/// The floor of the long text.
#[inline(never)]
fn floor_long(text: &str) {
    black_box(abridge::bench::floor(text));
}

fn main() {
    let articles = corpus::bbc().unwrap_or_else(|| vec![corpus::SEED.to_string()]);
    let long = corpus::concatenated(&articles, LONG);
    // The first summary builds the language's tables, once per process: not a cost of any
    // one text.
    black_box(abridge::summarize(corpus::SEED, &Options::new()).ok());
    summarize_articles(&articles);
    floor_articles(&articles);
    summarize_long(&long);
    floor_long(&long);
    println!("articles {}", articles.len());
    println!("long {}", long.len());
}
