//! JSON text natively: the model's reader over `serde_json::Value`, and errors that carry
//! the line and column of the place their path names. The wasm never reads JSON text (the
//! loader parses it), so none of this is in the download.

use crate::model::locate::position_of_path;
use crate::model::value::{JsonValue, Shape};
use crate::model::{read_article, read_glossary, Article, Entity, InputError, Read};

/// Reads and validates an article from JSON text, with line and column in every error.
pub fn article_from_json(text: &str) -> Result<Read<Article>, InputError> {
    let mut read = read_article(&parse_json(text)?).map_err(|e| locate(e, text))?;
    read.warnings = read.warnings.into_iter().map(|w| locate(w, text)).collect();
    Ok(read)
}

/// Reads and validates a glossary from JSON text.
pub fn glossary_from_json(text: &str) -> Result<Read<Vec<Entity>>, InputError> {
    read_glossary(&parse_json(text)?).map_err(|e| locate(e, text))
}

/// Parses JSON text. A syntax error has no path: the text is not JSON at all.
pub fn parse_json(text: &str) -> Result<serde_json::Value, InputError> {
    serde_json::from_str(text).map_err(|error| {
        let message = error.to_string();
        let message = match message.rfind(" at line ") {
            Some(at) => message[..at].to_owned(),
            None => message,
        };
        InputError {
            path: String::new(),
            position: Some((error.line(), error.column())),
            message,
        }
    })
}

/// Finds the place a problem's path names in the text.
pub fn locate(error: InputError, text: &str) -> InputError {
    let position = error
        .position
        .or_else(|| position_of_path(text, &error.path));
    InputError { position, ..error }
}

impl JsonValue for serde_json::Value {
    fn shape(&self) -> Shape {
        use serde_json::Value;
        match self {
            Value::Null => Shape::Null,
            Value::Bool(_) => Shape::Bool,
            Value::Number(_) => Shape::Number,
            Value::String(_) => Shape::String,
            Value::Array(_) => Shape::Array,
            Value::Object(_) => Shape::Object,
        }
    }
    fn member(&self, key: &'static str) -> Option<Self> {
        self.as_object()?.get(key).cloned()
    }
    fn string(&self) -> Option<String> {
        self.as_str().map(str::to_owned)
    }
    fn boolean(&self) -> Option<bool> {
        self.as_bool()
    }
    fn number(&self) -> Option<f64> {
        self.as_f64()
    }
    fn elements(&self) -> Option<Vec<Self>> {
        self.as_array().cloned()
    }
    fn keys(&self) -> Vec<String> {
        self.as_object()
            .map(|o| o.keys().cloned().collect())
            .unwrap_or_default()
    }
}
