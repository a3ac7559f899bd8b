//! The gloss command line: annotate, check and render articles natively.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    std::process::exit(gloss::cli::run(std::env::args().skip(1).collect()));
}

/// The command line is native only; on wasm this binary is an empty shell so that
/// `cargo test --target wasm32-unknown-unknown` can build the whole package.
#[cfg(target_arch = "wasm32")]
fn main() {}
