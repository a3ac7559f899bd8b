//! A view of parsed JSON that the model reads from: `serde_json::Value` natively and a
//! JS value in the browser. Reading through this one trait gives both the same rules and
//! the same error messages, and keeps serde's code out of the wasm (DESIGN.md has the
//! figures).

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

#[cfg(not(target_arch = "wasm32"))]
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

#[cfg(target_arch = "wasm32")]
impl JsonValue for wasm_bindgen::JsValue {
    // Each test is a call out of the wasm, so the commonest shapes are tested first.
    // `is_object` is false for functions, which JSON cannot hold.
    fn shape(&self) -> Shape {
        if self.is_string() {
            Shape::String
        } else if self.is_object() {
            if js_sys::Array::is_array(self) {
                Shape::Array
            } else {
                Shape::Object
            }
        } else if self.is_null() {
            Shape::Null
        } else if self.as_bool().is_some() {
            Shape::Bool
        } else if self.as_f64().is_some() {
            Shape::Number
        } else {
            Shape::Other
        }
    }
    fn member(&self, key: &'static str) -> Option<Self> {
        if !self.is_object() || js_sys::Array::is_array(self) {
            return None;
        }
        // The key is copied out first: a getter on the input object runs page code, which
        // may call into gloss again and must find the strings free.
        let key = crate::js_strings::with(|strings| {
            let at = strings.at(key);
            strings.get(at).clone()
        });
        js_sys::Reflect::get(self, &key)
            .ok()
            .filter(|v| !v.is_undefined())
    }
    fn string(&self) -> Option<String> {
        self.as_string()
    }
    fn boolean(&self) -> Option<bool> {
        self.as_bool()
    }
    fn number(&self) -> Option<f64> {
        self.as_f64()
    }
    fn elements(&self) -> Option<Vec<Self>> {
        js_sys::Array::is_array(self).then(|| js_sys::Array::from(self).iter().collect())
    }
    fn keys(&self) -> Vec<String> {
        if self.shape() != Shape::Object {
            return Vec::new();
        }
        js_sys::Object::keys(self.unchecked_ref::<js_sys::Object>())
            .iter()
            .filter_map(|k| k.as_string())
            .collect()
    }
}

#[cfg(target_arch = "wasm32")]
use wasm_bindgen::JsCast;
