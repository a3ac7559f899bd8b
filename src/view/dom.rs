//! Builds real DOM nodes from a view tree. The only way input reaches the page is through
//! `createTextNode` and `setAttribute` values here.

use super::tree::{Element, Node};
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};
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
    let mention = element.get("class") == Some("gloss-mention");
    let dom = if mention {
        mention_from_model(document, element)?
    } else {
        let dom = document.create_element(element.tag)?;
        for (name, value) in &element.attrs {
            dom.set_attribute(name, value)?;
        }
        dom
    };
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
    if mention {
        if let Some(id) = element.get("data-gloss-entity") {
            mentions.push((dom.clone(), id.to_owned()));
        }
    }
    Ok(dom)
}

/// A mention element, and the attributes it was made with.
type MentionModel = (web_sys::Element, Vec<(&'static str, String)>);

thread_local! {
    /// The first mention made: a page has thousands of mentions that differ in an
    /// attribute or two, and one `cloneNode` costs far less than six `setAttribute` calls.
    static MENTION_MODEL: RefCell<Option<MentionModel>> = const { RefCell::new(None) };
}

/// A mention element: a copy of the model mention with the attributes that differ set
/// again, so that it ends up exactly as `element` says.
fn mention_from_model(document: &Document, element: &Element) -> Result<web_sys::Element, JsValue> {
    MENTION_MODEL.with_borrow_mut(|model| {
        if let Some((model_element, model_attrs)) = model.as_ref() {
            // A copy made from another document's model is adopted when it is inserted.
            if model_attrs.len() == element.attrs.len()
                && model_attrs
                    .iter()
                    .zip(&element.attrs)
                    .all(|(a, b)| a.0 == b.0)
            {
                let dom: web_sys::Element = model_element.clone_node()?.unchecked_into();
                for ((name, value), (_, model_value)) in element.attrs.iter().zip(model_attrs) {
                    if value != model_value {
                        dom.set_attribute(name, value)?;
                    }
                }
                return Ok(dom);
            }
        }
        let dom = document.create_element(element.tag)?;
        for (name, value) in &element.attrs {
            dom.set_attribute(name, value)?;
        }
        *model = Some((dom.clone_node()?.unchecked_into(), element.attrs.clone()));
        Ok(dom)
    })
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
