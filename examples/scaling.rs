//! Time and peak memory of `summarize` on 1 KB to 10 MB of concatenated articles, and the
//! exponent of the fitted power law `time ∝ size^k`: 1 is linear, 2 quadratic.
//!
//! `cargo run --release --example scaling` (reads the BBC dev articles from `$ABRIDGE_DATA`
//! or `../shared/data` when present, else repeats the seed article).

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use abridge::Options;

#[path = "../benches/corpus.rs"]
mod corpus;

/// The system allocator, counting the bytes in use and their peak, to measure what one
/// summary needs at most.
struct Counting;

static IN_USE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let now = IN_USE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
        PEAK.fetch_max(now, Ordering::Relaxed);
        // SAFETY: the caller's layout goes to the system allocator unchanged.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: `ptr` was allocated above with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The most heap one summary of `text` holds at once, beyond what was held before it.
fn peak_memory(text: &str) -> usize {
    let before = IN_USE.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    std::hint::black_box(abridge::summarize(text, &Options::new()).ok());
    PEAK.load(Ordering::Relaxed) - before
}

const SIZES: [usize; 5] = [1_000, 10_000, 100_000, 1_000_000, 10_000_000];

/// The median time of `summarize` on `text`, over enough runs to take about a second
/// (at least three).
fn median_time(text: &str) -> Duration {
    let once = || {
        let start = Instant::now();
        std::hint::black_box(abridge::summarize(text, &Options::new()).ok());
        start.elapsed()
    };
    let first = once();
    let runs = (Duration::from_secs(1).as_secs_f64() / first.as_secs_f64().max(1e-6))
        .clamp(3.0, 201.0) as usize;
    let mut times: Vec<Duration> = (0..runs).map(|_| once()).collect();
    times.sort();
    times[runs / 2]
}

/// The least-squares slope of `ln y` against `ln x`.
fn log_log_slope(points: &[(f64, f64)]) -> f64 {
    let logs: Vec<(f64, f64)> = points.iter().map(|&(x, y)| (x.ln(), y.ln())).collect();
    let n = logs.len() as f64;
    let mean_x = logs.iter().map(|p| p.0).sum::<f64>() / n;
    let mean_y = logs.iter().map(|p| p.1).sum::<f64>() / n;
    let covariance: f64 = logs.iter().map(|p| (p.0 - mean_x) * (p.1 - mean_y)).sum();
    let variance: f64 = logs.iter().map(|p| (p.0 - mean_x).powi(2)).sum();
    covariance / variance
}

fn main() {
    let articles = corpus::bbc().unwrap_or_default();
    println!(
        "{:>12} {:>12} {:>10} {:>14}",
        "bytes", "time (ms)", "MB/s", "peak ÷ input"
    );
    let mut points = Vec::new();
    for size in SIZES {
        let mut text = corpus::concatenated(&articles, size);
        let mut end = size.min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text.truncate(end);
        let time = median_time(&text);
        let secs = time.as_secs_f64();
        println!(
            "{:>12} {:>12.3} {:>10.1} {:>13.1}x",
            text.len(),
            secs * 1e3,
            text.len() as f64 / 1e6 / secs,
            peak_memory(&text) as f64 / text.len() as f64
        );
        points.push((text.len() as f64, secs));
    }
    println!("fitted exponent (all sizes): {:.2}", log_log_slope(&points));
    // Small inputs are dominated by fixed costs (language tables, detection); the exponent
    // that tells linear from quadratic is the one over the large sizes.
    println!(
        "fitted exponent (100 KB and up): {:.2}",
        log_log_slope(&points[2..])
    );
}
