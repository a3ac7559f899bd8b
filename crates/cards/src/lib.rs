//! Card behaviour as plain Rust: the [`controller`] decides which card is open and what the
//! page must do about it, and [`placement`] decides where the card goes. Neither touches
//! the DOM, so both run, and are table-tested, natively; the root package's
//! `card_adapter` is the thin browser adapter that turns DOM events into
//! [`controller::Input`]s and applies the [`controller::Effect`]s.
//!
//! **Architecture Invariant:** this crate depends on nothing, so it cannot touch web-sys,
//! js-sys or wasm-bindgen.

pub mod controller;
pub mod placement;

pub use controller::{Controller, Effect, Input, MentionId, Timing, Trigger};
pub use placement::{place, Placement, Rect};
