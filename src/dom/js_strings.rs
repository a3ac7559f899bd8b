//! gloss's own strings (tags, attribute and class names, the article format's field
//! names) as JS strings, each made once. A long article names "p", "class" and "text"
//! over and over, and every string handed over from Rust costs a UTF-8 decode
//! (docs/measurements.md, "gloss's own strings cross once, and other DOM calls").

use std::cell::RefCell;
use wasm_bindgen::JsValue;

/// The strings made so far, found by address.
#[derive(Default)]
pub struct JsStrings {
    strings: Vec<(&'static str, JsValue)>,
}

impl JsStrings {
    /// Where `text` is kept, made on first use. Only gloss's literals come here, so the
    /// address tells them apart without comparing text; a literal that the compiler keeps
    /// at two addresses is made twice.
    pub fn at(&mut self, text: &'static str) -> usize {
        match (self.strings.iter()).position(|(known, _)| std::ptr::eq(*known, text)) {
            Some(at) => at,
            None => {
                self.strings.push((text, JsValue::from_str(text)));
                self.strings.len() - 1
            }
        }
    }

    /// The JS string kept at `at`.
    pub fn get(&self, at: usize) -> &JsValue {
        &self.strings[at].1
    }
}

thread_local! {
    static JS_STRINGS: RefCell<JsStrings> = RefCell::default();
}

/// Runs `work` with the page's strings.
pub fn with<R>(work: impl FnOnce(&mut JsStrings) -> R) -> R {
    JS_STRINGS.with_borrow_mut(work)
}
