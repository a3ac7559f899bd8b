//! Builds real DOM nodes from a view tree. The only way input reaches the page is through
//! `createTextNode` and `setAttribute` values here.

use super::tree::{Element, Node};
use wasm_bindgen::JsValue;
use web_sys::Document;

/// A mention element just made, with the id of its entity.
pub type MadeMention = (web_sys::Element, String);

/// Creates the DOM for `element` and its children.
pub fn create(document: &Document, element: &Element) -> Result<web_sys::Element, JsValue> {
    create_noting_mentions(document, element, &mut Vec::new())
}

/// [`create`], noting every mention it makes, so that the cards can take them in without
/// searching the DOM and reading the ids back.
pub fn create_noting_mentions(
    document: &Document,
    element: &Element,
    mentions: &mut Vec<MadeMention>,
) -> Result<web_sys::Element, JsValue> {
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
                let node: web_sys::Node = create_noting_mentions(document, child, mentions)?.into();
                dom.append_child(&node)?;
            }
        }
    }
    if element.get("class") == Some("gloss-mention") {
        if let Some(id) = element.get("data-gloss-entity") {
            mentions.push((dom.clone(), id.to_owned()));
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
