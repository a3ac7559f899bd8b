//! Reading input from JSON text (natively) or from any serde deserializer (in the
//! browser, a `serde_wasm_bindgen::Deserializer` over the JS object), with the
//! failing JSON path in every error.

use super::{validate_article, validate_glossary, Article, Entity, Glossary, InputError};
use serde::{Deserialize, Deserializer};
use std::fmt::Display;

/// Reads and validates an article from any deserializer.
pub fn article_from_deserializer<'de, D>(deserializer: D) -> Result<Article, InputError>
where
    D: Deserializer<'de>,
    D::Error: Display,
{
    let article: Article = deserialize_with_path(deserializer)?;
    first_problem(validate_article(&article))?;
    Ok(article)
}

/// Reads and validates a glossary (an entity array or `{"entities": [...]}`).
pub fn glossary_from_deserializer<'de, D>(deserializer: D) -> Result<Vec<Entity>, InputError>
where
    D: Deserializer<'de>,
    D::Error: Display,
{
    let glossary: Glossary = deserialize_with_path(deserializer)?;
    first_problem(validate_glossary(&glossary.entities, ""))?;
    Ok(glossary.entities)
}

/// Reads and validates an article from JSON text.
#[cfg(not(target_arch = "wasm32"))]
pub fn article_from_json(text: &str) -> Result<Article, InputError> {
    check_syntax(text)?;
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let article = article_from_deserializer(&mut deserializer).map_err(|e| locate(e, text))?;
    deserializer.end().map_err(json_error)?;
    Ok(article)
}

/// Reads and validates a glossary from JSON text.
#[cfg(not(target_arch = "wasm32"))]
pub fn glossary_from_json(text: &str) -> Result<Vec<Entity>, InputError> {
    check_syntax(text)?;
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let entities = glossary_from_deserializer(&mut deserializer).map_err(|e| locate(e, text))?;
    deserializer.end().map_err(json_error)?;
    Ok(entities)
}

fn deserialize_with_path<'de, T, D>(deserializer: D) -> Result<T, InputError>
where
    T: Deserialize<'de>,
    D: Deserializer<'de>,
    D::Error: Display,
{
    serde_path_to_error::deserialize(deserializer).map_err(|error| {
        let path = error.path().to_string();
        let path = if path == "." { String::new() } else { path };
        InputError::at(path, error.into_inner().to_string())
    })
}

fn first_problem(problems: Vec<InputError>) -> Result<(), InputError> {
    match problems.into_iter().next() {
        Some(problem) => Err(problem),
        None => Ok(()),
    }
}

/// serde_json appends " at line L column C" to its messages; this splits that off so the
/// position can be shown in gloss's own form.
#[cfg(not(target_arch = "wasm32"))]
fn split_position(message: &str) -> (String, Option<(usize, usize)>) {
    if let Some(at) = message.rfind(" at line ") {
        let mut numbers = message[at + 9..].split(" column ");
        if let (Some(line), Some(column)) = (numbers.next(), numbers.next()) {
            if let (Ok(line), Ok(column)) = (line.parse(), column.parse()) {
                return (message[..at].to_owned(), Some((line, column)));
            }
        }
    }
    (message.to_owned(), None)
}

/// Syntax errors come first and have no JSON path: the text is not JSON at all.
#[cfg(not(target_arch = "wasm32"))]
fn check_syntax(text: &str) -> Result<(), InputError> {
    serde_json::from_str::<serde_json::Value>(text)
        .map(drop)
        .map_err(json_error)
}

#[cfg(not(target_arch = "wasm32"))]
fn json_error(error: serde_json::Error) -> InputError {
    let (message, position) = split_position(&error.to_string());
    InputError {
        path: String::new(),
        position,
        message,
    }
}

/// Adds the line and column to an error that came out of serde_json, or, for a
/// validation problem, finds the place its path names in the text.
#[cfg(not(target_arch = "wasm32"))]
fn locate(error: InputError, text: &str) -> InputError {
    let (message, position) = split_position(&error.message);
    let position = position.or_else(|| super::locate::position_of_path(text, &error.path));
    InputError {
        path: error.path,
        position,
        message,
    }
}
