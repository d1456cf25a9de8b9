//! What an article costs when it comes after a pause, as a reader's text does: the same
//! BBC articles summarized right after themselves (as benchmarks that repeat a text time
//! them), right after another article (as a batch meets them), and after the thread has
//! slept, with the floor (`abridge::bench::floor`) timed the same three ways.
//!
//! `cargo run --release --example idle` (reads the BBC dev articles from `$ABRIDGE_DATA` or
//! `../shared/data` when present, else repeats the seed article).
//!
//! Every word of these articles is known to the engine before timing starts, so what the
//! pause costs is the processor's: caches and branch predictors hold other work by then.

use std::time::{Duration, Instant};

use abridge::Options;

#[path = "../benches/corpus.rs"]
#[expect(dead_code, reason = "the long texts it makes are for other benchmarks")]
mod corpus;

/// About how many articles are timed: every n-th of the set, n its length ÷ this (102 of
/// the 1,114 BBC articles).
const SAMPLE: usize = 101;

/// How long the thread sleeps before a text: a reader pasting takes far longer, and this
/// pause already costs as much as one of a second (measured: 100 ms and 1 s alike).
const PAUSE: Duration = Duration::from_millis(100);

/// The median of each of the three ways of timing `f` on each of `texts`, in ms: after
/// itself, after the text before it, after a pause.
fn states(texts: &[&str], f: impl Fn(&str)) -> [f64; 3] {
    let time = |text: &str| {
        let start = Instant::now();
        f(text);
        start.elapsed().as_secs_f64() * 1e3
    };
    let mut times = [const { Vec::new() }; 3];
    // Without pauses, so that each text comes after another one that came after another:
    // a text after one that followed a pause would still pay for part of the pause.
    for text in texts {
        times[1].push(time(text));
        times[0].push(time(text));
    }
    for text in texts {
        std::thread::sleep(PAUSE);
        times[2].push(time(text));
    }
    times.map(|mut t| {
        t.sort_by(f64::total_cmp);
        t[t.len() / 2]
    })
}

fn main() {
    let articles = corpus::bbc().unwrap_or_else(|| vec![corpus::SEED.to_string()]);
    let step = (articles.len() / SAMPLE).max(1);
    let texts: Vec<&str> = articles.iter().step_by(step).map(String::as_str).collect();
    let summarize = |text: &str| {
        std::hint::black_box(abridge::summarize(text, &Options::new()).ok());
    };
    for article in &articles {
        summarize(article);
    }
    let abridge = states(&texts, summarize);
    let floor = states(&texts, |text| {
        std::hint::black_box(abridge::bench::floor(text));
    });
    println!(
        "{} articles, median ms (÷ the same text again), {} ms pause",
        texts.len(),
        PAUSE.as_millis()
    );
    println!(
        "  {:<28} {:>16} {:>16} {:>8}",
        "", "Abridge", "floor", "÷ floor"
    );
    let ways = [
        "the same text again",
        "after another article",
        "after a pause",
    ];
    for (i, way) in ways.iter().enumerate() {
        println!(
            "  {way:<28} {:>7.3} ({:>4.1}x) {:>7.3} ({:>4.1}x) {:>7.1}x",
            abridge[i],
            abridge[i] / abridge[0],
            floor[i],
            floor[i] / floor[0],
            abridge[i] / floor[i]
        );
    }
}
