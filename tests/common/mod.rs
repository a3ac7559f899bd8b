//! Helpers for more than one test target. Each target includes this file with `mod common;`
//! (or `#[path]` from a directory target).

use std::io::Write;
use std::path::Path;

/// The text of `../shared/fixtures/<name>`, or `None` with a note on stderr when that
/// folder is not here: a plain clone lacks it, CI has it. Where the folder is here, a
/// missing or unreadable fixture fails the test rather than skipping it.
pub fn shared_fixture(name: &str) -> Option<String> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/fixtures");
    let path = folder.join(name);
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(text),
        Err(error) if folder.is_dir() => panic!("{}: {error}", path.display()),
        Err(_) => {
            // The harness names each test's thread after the test.
            let current = std::thread::current();
            let test = current.name().unwrap_or("a test");
            // Straight to the handle: the harness captures `eprintln!` and shows it only
            // for failing tests, and a skip must be seen.
            let _ = writeln!(
                std::io::stderr(),
                "SKIPPED {test}: ../shared/fixtures/{name} is not here (CI has it)"
            );
            None
        }
    }
}
