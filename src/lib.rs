//! gloss in the browser: the wasm entry. The layers below are crates of their own
//! (ARCHITECTURE.md): `gloss-model` reads and checks the input, `gloss-engine` finds the
//! mentions and builds each card's content, `gloss-cards` decides how cards behave, and
//! `gloss-view` turns it all into a tree of elements. This crate builds that tree as DOM
//! nodes and drives the cards on the page, behind the API the loader calls (`embed`).
//!
//! Natively it is empty: the command line is `gloss-cli`.

#[cfg(target_arch = "wasm32")]
pub mod card_adapter;
#[cfg(target_arch = "wasm32")]
pub mod dom;
#[cfg(target_arch = "wasm32")]
pub mod embed;
#[cfg(target_arch = "wasm32")]
pub mod enhance;
#[cfg(target_arch = "wasm32")]
pub mod listener;
#[cfg(target_arch = "wasm32")]
pub mod progress;

/// The wasm's allocator. talc was smaller than Rust's default (dlmalloc) and at least as
/// fast, with about the same memory after the large article (docs/measurements.md, "The
/// allocator"). Native builds keep the system's allocator.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
