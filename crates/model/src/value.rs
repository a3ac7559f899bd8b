//! A view of parsed JSON that the model reads from. The CLI implements it for a borrowed
//! `serde_json::Value` (`Json` in gloss-cli's `json.rs`) and the wasm entry for a JS value
//! (`Js` in `src/embed/js_value.rs`): reading through this one trait gives both the same rules and
//! the same error messages, keeps serde's code out of the wasm, and keeps the model free
//! of either.

/// What a JSON value is, for error messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Null,
    Bool,
    Number,
    String,
    Array,
    Object,
    /// A JS value JSON cannot hold: a function, a symbol, `undefined` inside an array.
    Other,
}

impl Shape {
    pub fn described(self) -> &'static str {
        match self {
            Shape::Null => "null",
            Shape::Bool => "a boolean",
            Shape::Number => "a number",
            Shape::String => "a string",
            Shape::Array => "an array",
            Shape::Object => "an object",
            Shape::Other => "a value JSON cannot hold",
        }
    }
}

/// Read access to one JSON value.
pub trait JsonValue: Sized + Clone {
    fn shape(&self) -> Shape;
    /// The member `key` of an object; `None` if absent (or `undefined` in JS). `key` is
    /// one of gloss's own field names, never one taken from the input.
    fn member(&self, key: &'static str) -> Option<Self>;
    fn string(&self) -> Option<String>;
    fn boolean(&self) -> Option<bool>;
    fn number(&self) -> Option<f64>;
    fn elements(&self) -> Option<Vec<Self>>;
    /// The keys of an object, in order, for unknown-field warnings.
    fn keys(&self) -> Vec<String>;
}
