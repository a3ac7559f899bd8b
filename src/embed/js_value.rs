//! The model's reader over a JS value: an article object from JavaScript is read
//! directly, never through JSON text, with the same rules and messages as natively.

use crate::model::value::{JsonValue, Shape};
use wasm_bindgen::JsCast;

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
        let key = crate::view::dom::js_strings::with(|strings| {
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
