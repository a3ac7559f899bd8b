//! Writes a synthetic news archive as JSON Lines on stdout, for the `gloss glossary
//! build` benchmark: `cargo run --release --example corpus -- 100000 > corpus.jsonl`.
//! Arguments: the number of articles (default 1,000), then the bytes of text per
//! article (default 6,000), then the seed (default 1).

#[path = "corpus.rs"]
mod corpus;

use std::io::Write;

fn main() {
    let mut args = std::env::args().skip(1);
    let count = args.next().and_then(|a| a.parse().ok()).unwrap_or(1000);
    let bytes = args.next().and_then(|a| a.parse().ok()).unwrap_or(6000);
    let seed = args.next().and_then(|a| a.parse().ok()).unwrap_or(1);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let truth = corpus::generate(count, seed, bytes, |line| {
        let _ = writeln!(out, "{line}");
    });
    let _ = out.flush();
    let defined = truth.iter().filter(|t| t.defined_in > 0).count();
    eprintln!(
        "corpus: {count} articles, {} entities, {defined} defined somewhere",
        truth.len()
    );
}
