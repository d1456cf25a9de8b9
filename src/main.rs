//! The `abridge` command: summaries, sentences and batch work on the same core as the
//! browser.
// Native only. `wasm-pack test` builds every binary for wasm32 too, where this one is empty.
#![cfg_attr(target_arch = "wasm32", no_main)]
#![cfg(not(target_arch = "wasm32"))]

use std::io::{self, Read, Write};
use std::process::ExitCode;

mod cli;

/// mimalloc rather than the system's allocator (glibc's): a summary makes a few hundred
/// small allocations, and with mimalloc the BBC articles take 13–14% less time each (0.095
/// against 0.110 ms, six alternated runs; 6.6% fewer instructions). The library leaves the
/// choice to the program that uses it; the wasm has its own (src/wasm.rs).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    match cli::run(std::env::args_os().skip(1)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            // A closed pipe (`abridge … | head`) is the reader's choice, not a failure.
            if matches!(&err, cli::CliError::Io(e) if e.kind() == io::ErrorKind::BrokenPipe) {
                return ExitCode::SUCCESS;
            }
            let _ = writeln!(io::stderr(), "abridge: {err}");
            ExitCode::from(err.exit_code())
        }
    }
}

/// Reads a whole input: a file's path, or `-` (or nothing) for standard input. Invalid
/// UTF-8 is an error naming where it is, not a silent replacement.
fn read_input(path: Option<&str>) -> Result<String, cli::CliError> {
    let mut bytes = Vec::new();
    match path {
        None | Some("-") => {
            io::stdin().read_to_end(&mut bytes)?;
        }
        Some(path) => {
            bytes = std::fs::read(path).map_err(|e| cli::CliError::Open(path.to_string(), e))?;
        }
    }
    String::from_utf8(bytes).map_err(|e| {
        cli::CliError::Input(format!(
            "{} is not UTF-8 text (invalid byte at offset {}): convert it, \
             with iconv -t UTF-8 say",
            path.unwrap_or("standard input"),
            e.utf8_error().valid_up_to()
        ))
    })
}
