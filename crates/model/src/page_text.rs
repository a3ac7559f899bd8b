//! What in-place enhancement reads of a page the server rendered, as data: the elements
//! skipped with all they hold, the words that name page furniture in a `class` or `role`,
//! how much text furniture holds at most, the words a caption that is only a credit starts
//! with, and the elements that are blocks. The loader's walk (`www/loader/enhance.mjs`)
//! imports it (its two regular expressions are literals, which
//! `tests/loader/modules.test.mjs` holds to these words), and the command line's reading of
//! a page (`gloss glossary article PAGE --select`) follows it, so that the two read the
//! same text (docs/enhancement.md, "What enhancement skips"). The wasm never reads it.

/// `data/page-text.json`: `skip` and `blocks` are CSS selectors, `furniture` and `credit`
/// words separated by `|` that the loader puts in its regular expressions (a word may end
/// in an optional part, `credits?` or `photo(graph)?`, and nothing else is special), and
/// `furnitureText` a length in UTF-16 code units.
pub const RULES: &str = include_str!("../data/page-text.json");
