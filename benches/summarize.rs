//! Throughput of `summarize` on the seed article, the BBC dev articles and a 10 MB text; the
//! cost of each stage; and the floor, the time to just iterate the text's Unicode words.
//!
//! `cargo bench --bench summarize` prints criterion's figures (MiB/s), then a table of
//! Abridge's time as a multiple of the floor and the share of each stage.

use std::hint::black_box;
use std::time::{Duration, Instant};

use abridge::bench::Stages;
use abridge::Options;
use criterion::{Criterion, Throughput};

mod corpus;

/// The allocator of the `abridge` command (src/main.rs), so that these are its figures.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// A set of texts, each summarized on its own.
struct Input {
    name: &'static str,
    texts: Vec<String>,
}

impl Input {
    fn bytes(&self) -> u64 {
        self.texts.iter().map(|t| t.len() as u64).sum()
    }
}

fn inputs() -> Vec<Input> {
    let bbc = corpus::bbc();
    let articles = bbc.clone().unwrap_or_default();
    let mut inputs = vec![Input {
        name: "seed article",
        texts: vec![corpus::SEED.to_string()],
    }];
    if let Some(texts) = bbc {
        inputs.push(Input {
            name: "bbc-dev articles",
            texts,
        });
    }
    inputs.push(Input {
        name: "10 MB text",
        texts: vec![corpus::concatenated(&articles, 10 << 20)],
    });
    inputs
}

fn summarize(texts: &[String]) {
    for text in texts {
        black_box(abridge::summarize(text, &Options::new()).ok());
    }
}

/// The floor: what any summarizer must at least do, read every word once.
fn floor(texts: &[String]) {
    for text in texts {
        black_box(abridge::bench::floor(text));
    }
}

/// The stages, each a function of prepared texts, in pipeline order.
const STAGES: [(&str, Stage); 6] = [
    ("language detection", |s| {
        black_box(s.detect());
    }),
    ("segmentation", |s| {
        black_box(s.segment());
    }),
    ("terms", |s| {
        black_box(s.terms());
    }),
    ("scoring model", |s| {
        black_box(s.model());
    }),
    ("quotes", |s| {
        black_box(s.quotes());
    }),
    ("keywords", |s| {
        black_box(s.keywords());
    }),
];

/// One stage run on one prepared text.
type Stage = fn(&Stages);

fn run_stage(stages: &[Stages], stage: Stage) {
    stages.iter().for_each(stage);
}

/// The median of five timed runs of `f`, after one untimed run.
fn median(mut f: impl FnMut()) -> Duration {
    f();
    let mut times: Vec<Duration> = (0..5)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort();
    times[2]
}

fn mb_per_s(bytes: u64, time: Duration) -> f64 {
    bytes as f64 / 1e6 / time.as_secs_f64()
}

fn main() {
    let inputs = inputs();
    let mut c = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5))
        .configure_from_args();
    for input in &inputs {
        let mut group = c.benchmark_group(input.name);
        group.throughput(Throughput::Bytes(input.bytes()));
        group.bench_function("summarize", |b| b.iter(|| summarize(&input.texts)));
        group.bench_function("floor (Unicode words)", |b| b.iter(|| floor(&input.texts)));
        group.finish();
    }
    // Stages on articles, as users run them: the BBC set when present, else the seed.
    let articles = &inputs[inputs.len().min(2) - 1];
    let stages: Vec<Stages> = articles.texts.iter().map(|t| Stages::new(t)).collect();
    let mut group = c.benchmark_group(format!("stages ({})", articles.name));
    group.throughput(Throughput::Bytes(articles.bytes()));
    for (name, stage) in STAGES {
        group.bench_function(name, |b| b.iter(|| run_stage(&stages, stage)));
    }
    group.finish();
    c.final_summary();

    println!(
        "\n{:<18} {:>10} {:>10} {:>10} {:>8}",
        "input", "MB", "MB/s", "floor MB/s", "ratio"
    );
    for input in &inputs {
        let ours = median(|| summarize(&input.texts));
        let base = median(|| floor(&input.texts));
        let mb = input.bytes() as f64 / 1e6;
        println!(
            "{:<18} {mb:>10.3} {:>10.1} {:>10.1} {:>7.1}x",
            input.name,
            mb_per_s(input.bytes(), ours),
            mb_per_s(input.bytes(), base),
            ours.as_secs_f64() / base.as_secs_f64()
        );
    }
    let total = median(|| summarize(&articles.texts));
    println!(
        "\nstages on the {}, share of summarize's time:",
        articles.name
    );
    let mut accounted = Duration::ZERO;
    for (name, stage) in STAGES {
        let time = median(|| run_stage(&stages, stage));
        accounted += time;
        let share = 100.0 * time.as_secs_f64() / total.as_secs_f64();
        println!("  {name:<44} {share:>5.1}%");
    }
    let rest = total.saturating_sub(accounted).as_secs_f64() / total.as_secs_f64();
    println!(
        "  {:<44} {:>5.1}%",
        "the rest (scores, selection, quote weights)",
        100.0 * rest
    );
}
