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
