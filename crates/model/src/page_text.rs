//! What in-place enhancement reads of a page the server rendered, as data: the elements
//! skipped with all they hold, the words that name page furniture in a `class` or `role`,
//! how much text furniture holds at most, the words a caption that is only a credit starts
//! with, and the elements that are blocks. The loader's walk (`www/loader/enhance.mjs`)
//! and the command line's reading of a page (`gloss glossary article PAGE --select`) both
//! follow this one file, so that the two read the same text (docs/enhancement.md, "What
//! enhancement skips"). The wasm never reads it.

/// `data/page-text.json`: `skip` and `blocks` are CSS selectors (joined with commas),
/// `furnitureWords` whole words of a `class` or `role`, `furnitureText` a length in UTF-16
/// code units, `creditWords` a caption's first words.
pub const RULES: &str = include_str!("../data/page-text.json");
