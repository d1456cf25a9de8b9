//! Finds the word lists under `src/lang/<code>/<list>.txt`, so that a language gets every
//! list that exists for it and an empty one for each that does not: adding a list is
//! adding a file.

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

fn main() {
    let root = Path::new(&env::var("CARGO_MANIFEST_DIR").expect("set by cargo")).join("src/lang");
    println!("cargo:rerun-if-changed={}", root.display());
    // Without the `languages` feature, only English is built in.
    let all = env::var_os("CARGO_FEATURE_LANGUAGES").is_some();
    let mut files = Vec::new();
    for dir in fs::read_dir(&root).expect("src/lang exists").flatten() {
        let code = dir.file_name().to_string_lossy().into_owned();
        if !all && code != "en" {
            continue;
        }
        let Ok(lists) = fs::read_dir(dir.path()) else {
            continue;
        };
        for file in lists.flatten() {
            let path = file.path();
            if path.extension().is_some_and(|e| e == "txt") {
                let list = path.file_stem().expect("a .txt file has a stem");
                files.push((code.clone(), list.to_string_lossy().into_owned(), path));
            }
        }
    }
    files.sort();
    let mut out = String::from(
        "/// The text of `src/lang/{code}/{list}.txt`, or \"\" when there is no such file.\n\
         fn list(code: &str, list: &str) -> &'static str {\n    match (code, list) {\n",
    );
    for (code, list, path) in &files {
        // Comment lines (sources, licences, how to read a list) are for people: leaving them
        // out keeps about 21 KB of prose out of the wasm. The lists are written out as
        // literals, so cargo is told to watch each one.
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(path).expect("a list is UTF-8");
        let entries: String = text
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
            .flat_map(|l| [l, "\n"])
            .collect();
        writeln!(out, "        ({code:?}, {list:?}) => {entries:?},").unwrap();
    }
    out.push_str("        _ => \"\",\n    }\n}\n");
    let dest = Path::new(&env::var("OUT_DIR").expect("set by cargo")).join("lang_lists.rs");
    fs::write(dest, out).expect("OUT_DIR is writable");
}
