//! The article format v1: its types, how it is read, and how it is checked.
//!
//! **Architecture Invariant:** nothing here knows about the DOM or the engine. The
//! model is plain data plus the rules that make it valid; every error names the
//! place in the input (a JSON path, and a line and column when there is text).

mod error;
mod json_ld;
pub mod locate;
pub mod page_text;
pub mod path;
mod read;
// schema.org JSON-LD, for the CLI, native users and the full wasm builds; the lean ones
// leave it out (Cargo.toml, [features]).
#[cfg(feature = "schema-org")]
pub mod schema_org;
mod types;
pub mod url;
mod v1;
mod validate;
pub mod value;

pub use error::InputError;
pub use read::{
    read_article, read_article_paused, read_article_unvalidated, read_glossary,
    read_glossary_paused,
};
pub use types::*;
pub use validate::validate_article;
