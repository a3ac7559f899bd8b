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

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.path.is_empty() {
            f.write_str(&self.path)?;
            f.write_str(": ")?;
        }
        if let Some((line, column)) = self.position {
            if self.path.is_empty() {
                write!(f, "line {line}, column {column}: ")?;
            }
        }
        f.write_str(&self.message)
    }
}

impl std::error::Error for InputError {}
