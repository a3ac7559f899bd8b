//! The one error type for bad input.

use std::fmt;

/// A problem with the input, located by JSON path and, when known, by line and column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    /// A JSON path such as `body[3]` or `entities[2].aliases[0]`; empty for the whole input.
    pub path: String,
    /// The 1-based line and column in the JSON text, when the input was text.
    pub position: Option<(usize, usize)>,
    /// What is wrong, in words a publisher can act on.
    pub message: String,
}

impl InputError {
    pub fn at(path: impl Into<String>, message: impl Into<String>) -> Self {
        InputError {
            path: path.into(),
            position: None,
            message: message.into(),
        }
    }
}

impl InputError {
    /// The error as a reader of the console sees it: `body[3]: expected ...`, or
    /// `line 4, column 12: ...` for text that is not JSON. The wasm calls this rather than
    /// [`Display`](fmt::Display), which keeps `core::fmt` out of it.
    pub fn describe(&self) -> String {
        let mut text = String::new();
        if !self.path.is_empty() {
            text.push_str(&self.path);
            text.push_str(": ");
        } else if let Some((line, column)) = self.position {
            text.push_str("line ");
            text.push_str(&gloss_base::decimal(line));
            text.push_str(", column ");
            text.push_str(&gloss_base::decimal(column));
            text.push_str(": ");
        }
        text.push_str(&self.message);
        text
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe())
    }
}

impl std::error::Error for InputError {}
