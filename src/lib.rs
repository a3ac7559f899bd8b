//! gloss turns an article into a reading view whose names carry inline context cards.
//!
//! Data flows one way: [`model`] reads and checks the input, [`engine`] finds the
//! mentions and builds each card's content, and [`view`] turns both into a tree of
//! elements that is either written out as HTML (natively) or built as DOM nodes
//! (in the browser, through `embed`).

/// The one string-keyed map gloss uses, for sets too: each distinct map type costs its
/// own copy of the hash table code in the wasm.
pub type StringMap = std::collections::HashMap<String, usize>;

pub mod engine;
pub mod model;
pub mod view;

#[cfg(target_arch = "wasm32")]
pub mod embed;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
