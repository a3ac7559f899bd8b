//! The view: what the reader sees, as a tree of elements built from the model and the
//! engine's annotation.
//!
//! **Architecture Invariant:** every string from the input becomes a text node or an
//! attribute value. No input string is ever parsed as HTML or used as a tag or
//! attribute name: the tree has no "raw HTML" node, so it cannot express it.
//!
//! **Architecture Invariant:** the view is plain Rust. It depends on no web crate, so it
//! cannot touch the DOM: the root crate builds DOM nodes from its tree, and the CLI
//! writes the tree out as HTML ([`html`]).

pub mod builder;
pub mod card_content;
pub mod entity_table;
pub mod html;
pub mod knowledge;
mod messages;
mod node;
mod reading;
mod spans;

pub use builder::{
    build, chunk, image_element, mention_element, Builder, ViewOptions, Warning, BLOCKS_PER_CHUNK,
};
pub use messages::Messages;
pub use node::{Element, Node};
pub use reading::reading_words;

/// Sorts indices or offsets by `key`, smallest first; equal keys may come in any order.
/// A heapsort: far less wasm than std's sort for the one type it was used with
/// (docs/measurements.md, "Libraries against gloss's own helpers"). The view sorts a run's
/// cut points and the entities of an index, a few thousand items at most, so a
/// heapsort's speed is plenty.
pub fn sort_by_key(items: &mut [usize], key: &dyn Fn(usize) -> (usize, usize)) {
    // Moves items[root] down until it is no smaller than its children in items[..end].
    let sift_down = |items: &mut [usize], mut root: usize, end: usize| loop {
        let mut child = 2 * root + 1;
        if child >= end {
            return;
        }
        if child + 1 < end && key(items[child]) < key(items[child + 1]) {
            child += 1;
        }
        if key(items[root]) >= key(items[child]) {
            return;
        }
        items.swap(root, child);
        root = child;
    };
    let len = items.len();
    for root in (0..len / 2).rev() {
        sift_down(items, root, len);
    }
    for end in (1..len).rev() {
        items.swap(0, end);
        sift_down(items, 0, end);
    }
}

#[cfg(test)]
mod tests {
    use super::sort_by_key;
    use proptest::prelude::*;

    proptest! {
        /// The heapsort orders by key exactly as std's sort does.
        #[test]
        fn sort_by_key_orders_as_std_does(
            mut items in proptest::collection::vec(0usize..50, 0..300),
            modulus in 1usize..60,
        ) {
            let key = |item: usize| (item % modulus, item / modulus);
            let mut expected = items.clone();
            expected.sort_by_key(|&item| key(item));
            sort_by_key(&mut items, &key);
            prop_assert_eq!(items, expected);
        }
    }
}
