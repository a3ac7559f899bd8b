//! The gloss command line: annotate, check and render articles, and build site glossaries.

fn main() {
    std::process::exit(gloss_cli::run(std::env::args_os().skip(1)));
}
