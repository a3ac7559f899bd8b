//! The view: what the reader sees, as a tree of elements built from the model and the
//! engine's annotation.
//!
//! **Architecture Invariant:** every string from the input becomes a text node or an
//! attribute value. No input string is ever parsed as HTML or used as a tag or
//! attribute name: the tree has no "raw HTML" node, so it cannot express it.

pub mod card;
#[cfg(target_arch = "wasm32")]
pub mod cards;
#[cfg(target_arch = "wasm32")]
pub mod dom;
#[cfg(target_arch = "wasm32")]
pub mod enhance;
pub mod html;
#[cfg(target_arch = "wasm32")]
pub mod progress;
pub mod tree;

pub use tree::{build, Node, ViewOptions};

/// Sorts indices or offsets by `key`. The view's sorts all go through here so that the
/// wasm holds one copy of the sort's code, which is a few KB for each type and closure it
/// is used with.
pub(crate) fn sort_by_key(items: &mut [usize], key: &dyn Fn(usize) -> (usize, usize)) {
    items.sort_unstable_by_key(|&item| key(item));
}
