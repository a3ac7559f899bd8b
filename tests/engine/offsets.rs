//! Offsets and the token's size: figures that the browser and the speed depend on.

use crate::{glossary, run_texts, ORG};
use gloss_engine::{annotate_runs, Options};

#[test]
fn offsets_in_three_units() {
    let text = "😀 café Interpol";
    let annotation = annotate_runs(
        &run_texts(&[text]),
        &glossary(&[("i", "Interpol", ORG, &[])]),
        &Options::glossary_only(),
    );
    let m = annotation.runs[0].mentions[0];
    assert_eq!((m.start, m.end), (11, 19), "bytes");
    assert_eq!((m.start_char, m.end_char), (7, 15), "scalar values");
    assert_eq!((m.start_utf16, m.end_utf16), (8, 16), "UTF-16 code units");
}

#[test]
fn a_token_is_16_bytes() {
    // Every pass goes through every token of the article: the size is a speed and
    // memory figure, kept on purpose (see `engine::text::Token`).
    assert_eq!(std::mem::size_of::<gloss_engine::text::Token>(), 16);
}
