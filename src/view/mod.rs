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
