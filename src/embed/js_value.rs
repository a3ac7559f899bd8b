//! The model's reader over a JS value: an article object from JavaScript is read
//! directly, never through JSON text, with the same rules and messages as natively.

use gloss_model::value::{JsonValue, Shape};
use wasm_bindgen::{JsCast, JsValue};

/// A JS value as the model reads it.
#[derive(Clone)]
pub struct Js(pub JsValue);

impl JsonValue for Js {
    // Each test is a call out of the wasm, so the commonest shapes are tested first.
    // `is_object` is false for functions, which JSON cannot hold.
    fn shape(&self) -> Shape {
        let value = &self.0;
        if value.is_string() {
            Shape::String
        } else if value.is_object() {
            if js_sys::Array::is_array(value) {
                Shape::Array
            } else {
                Shape::Object
            }
        } else if value.is_null() {
            Shape::Null
        } else if value.as_bool().is_some() {
            Shape::Bool
        } else if value.as_f64().is_some() {
            Shape::Number
        } else {
            Shape::Other
        }
    }
    fn member(&self, key: &'static str) -> Option<Self> {
        if !self.0.is_object() || js_sys::Array::is_array(&self.0) {
            return None;
        }
        // The key is copied out first: a getter on the input object runs page code, which
        // may call into gloss again and must find the strings free.
        let key = crate::dom::js_strings::with(|strings| {
            let at = strings.at(key);
            strings.get(at).clone()
        });
        js_sys::Reflect::get(&self.0, &key)
            .ok()
            .filter(|v| !v.is_undefined())
            .map(Js)
    }
    fn string(&self) -> Option<String> {
        self.0.as_string()
    }
    fn boolean(&self) -> Option<bool> {
        self.0.as_bool()
    }
    fn number(&self) -> Option<f64> {
        self.0.as_f64()
    }
    // Plain loops over the arrays rather than iterator chains, which are code of their
    // own in the wasm.
    fn elements(&self) -> Option<Vec<Self>> {
        if !js_sys::Array::is_array(&self.0) {
            return None;
        }
        let array: &js_sys::Array = self.0.unchecked_ref();
        let length = array.length();
        let mut elements = Vec::with_capacity(length as usize);
        for at in 0..length {
            elements.push(Js(array.get(at)));
        }
        Some(elements)
    }
    fn keys(&self) -> Vec<String> {
        let mut keys = Vec::new();
        if self.shape() != Shape::Object {
            return keys;
        }
        let names = js_sys::Object::keys(self.0.unchecked_ref::<js_sys::Object>());
        for at in 0..names.length() {
            if let Some(key) = names.get(at).as_string() {
                keys.push(key);
            }
        }
        keys
    }
}
