//! Builds real DOM nodes from a view tree. The only way input reaches the page is through
//! `createTextNode` and `setAttribute` values here.

use super::tree::{Element, Node};
use wasm_bindgen::JsValue;
use web_sys::Document;

/// Creates the DOM for `element` and its children.
pub fn create(document: &Document, element: &Element) -> Result<web_sys::Element, JsValue> {
    let dom = document.create_element(element.tag)?;
    for (name, value) in &element.attrs {
        dom.set_attribute(name, value)?;
    }
    if element.tag == "time" {
        if let Some(value) = element.get("datetime") {
            dom.set_text_content(Some(&local_date(value)));
            return Ok(dom);
        }
    }
    for child in &element.children {
        match child {
            Node::Text(text) => {
                dom.append_child(&document.create_text_node(text))?;
            }
            Node::Element(child) => {
                let node: web_sys::Node = create(document, child)?.into();
                dom.append_child(&node)?;
            }
        }
    }
    Ok(dom)
}

/// An ISO 8601 date in the reader's own locale ("22 November 2021"), through the
/// browser's `Intl`. A date the browser cannot read is shown as written.
fn local_date(value: &str) -> String {
    let date = js_sys::Date::new(&JsValue::from_str(value));
    if date.get_time().is_nan() {
        return value.to_owned();
    }
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"long".into());
    if value.len() > 10 {
        let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into());
    }
    String::from(date.to_locale_string("default", &options))
}
