//! The gloss command line: annotate, check and render articles natively.

fn main() {
    std::process::exit(gloss::cli::run(std::env::args().skip(1).collect()));
}
