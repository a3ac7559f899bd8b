//! Builds real DOM nodes from a view tree. The only way input reaches the page is through
//! `createTextNode` and `setAttribute` values here.

pub mod js_strings;

use gloss_base::StringMap;
use gloss_view::{Element, Node};
use std::borrow::Cow;
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Document;

/// A mention element just made, with the id of its entity.
pub type MadeMention = (web_sys::Element, String);

/// Creates the DOM for `element` and its children.
pub fn create(document: &Document, element: &Element) -> web_sys::Element {
    create_noting_mentions(document, element, &mut Vec::new())
}

/// [`create`], noting every mention it makes, so that the cards can take them in without
/// searching the DOM and reading the ids back.
pub fn create_noting_mentions(
    document: &Document,
    element: &Element,
    mentions: &mut Vec<MadeMention>,
) -> web_sys::Element {
    if element.get("class") == Some("gloss-mention") {
        // Most mentions hold one text, and most texts are repeated ("Interpol", again), so
        // the model copied holds the text too.
        let dom = match element.children.as_slice() {
            [Node::Text(text)] => mention_from_model(document, element, text),
            _ => {
                let dom = mention_from_model(document, element, "");
                create_children(document, &element.children, &dom, mentions);
                dom
            }
        };
        if let Some(id) = element.get("data-gloss-entity") {
            mentions.push((dom.clone(), id.to_owned()));
        }
        return dom;
    }
    let dom = new_element(document, element);
    if element.tag == "time" {
        if let Some(value) = element.get("datetime") {
            dom.set_text_content(Some(&local_date(value)));
            return dom;
        }
    }
    // One call instead of two (create a text node, append it) for the commonest case: a
    // heading or a plain paragraph holds one text and nothing else.
    if let [Node::Text(text)] = element.children.as_slice() {
        dom.set_text_content(Some(text));
    } else {
        create_children(document, &element.children, &dom, mentions);
    }
    dom
}

/// `element` with no children yet, unless its one child is a text, and the children
/// still to make, which [`create_children`] makes a part at a time. A block as long as a
/// whole article (one paragraph of thousands of mentions) is then many units of work.
pub fn open<'a>(document: &Document, element: &'a Element) -> (web_sys::Element, &'a [Node]) {
    let dom = new_element(document, element);
    match element.children.as_slice() {
        [Node::Text(text)] => {
            dom.set_text_content(Some(text));
            (dom, &[])
        }
        children => (dom, children),
    }
}

/// An element with `element`'s tag and attributes, and no children yet.
fn new_element(document: &Document, element: &Element) -> web_sys::Element {
    js_strings::with(|strings| {
        let tag = strings.at(element.tag);
        let dom = fast(document).create_element(strings.get(tag));
        for (name, value) in &element.attrs {
            let name = strings.at(name);
            match value {
                Cow::Borrowed(value) => {
                    let value = strings.at(value);
                    fast(&dom).set_attribute(strings.get(name), strings.get(value));
                }
                Cow::Owned(value) => fast(&dom).set_attribute_str(strings.get(name), value),
            }
        }
        dom
    })
}

/// Appends `child` to `parent`: the view's nodes and blocks join the page this way.
pub fn append(parent: &web_sys::Node, child: &web_sys::Node) {
    fast(parent).append_child(child);
}

/// Makes `children` and appends them to `dom`.
pub fn create_children(
    document: &Document,
    children: &[Node],
    dom: &web_sys::Element,
    mentions: &mut Vec<MadeMention>,
) {
    for child in children {
        match child {
            Node::Text(text) => {
                append(dom, &document.create_text_node(text));
            }
            Node::Element(child) => {
                let made = create_noting_mentions(document, child, mentions);
                append(dom, &made);
            }
        }
    }
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// The DOM calls that build a view, bound without the `catch` of web-sys's bindings,
    /// which wraps every call in a closure and an `apply`: the large benchmark article
    /// rendered faster without it (docs/measurements.md, "gloss's own strings cross once,
    /// and other DOM calls"). With gloss's own tag and attribute names and its own nodes,
    /// these calls do not throw.
    type FastDom;
    #[wasm_bindgen(method, js_name = createElement)]
    fn create_element(this: &FastDom, tag: &JsValue) -> web_sys::Element;
    #[wasm_bindgen(method, js_name = setAttribute)]
    fn set_attribute(this: &FastDom, name: &JsValue, value: &JsValue);
    #[wasm_bindgen(method, js_name = setAttribute)]
    fn set_attribute_str(this: &FastDom, name: &JsValue, value: &str);
    #[wasm_bindgen(method, js_name = appendChild)]
    fn append_child(this: &FastDom, child: &web_sys::Node);
    #[wasm_bindgen(method, js_name = cloneNode)]
    fn clone_node(this: &FastDom, deep: bool) -> web_sys::Node;
}

/// Any node, seen through [`FastDom`].
fn fast(node: &JsValue) -> &FastDom {
    node.unchecked_ref()
}

/// Model mentions, one per set of attributes and text, and where each set's key is.
#[derive(Default)]
struct MentionModels {
    keys: StringMap,
    elements: Vec<web_sys::Element>,
}

/// More sets than this, and the models are dropped and made again: a page that mounts
/// many different glossaries should not keep every one's elements.
const MAX_MENTION_MODELS: usize = 4096;

thread_local! {
    /// A page has thousands of mentions, most of them copies of a few dozen (one entity
    /// and name, tab stop or not), and one deep `cloneNode` costs far less than six
    /// `setAttribute` calls and a text, each of which also turns Rust strings into JS
    /// ones.
    static MENTION_MODELS: RefCell<MentionModels> = RefCell::default();
}

/// A mention element holding `text`: a copy of the model mention with the same
/// attributes and text, made the first time they are seen.
fn mention_from_model(document: &Document, element: &Element, text: &str) -> web_sys::Element {
    // The tag and each name end at a NUL (they are gloss's own) and each value comes
    // after its length, and the text follows a byte no name starts with, so that no two
    // mentions share a key, whatever the values and texts hold. Its size is known
    // beforehand: a NUL and up to eight bytes of length (as chars) per attribute.
    let length = element.tag.len()
        + 2
        + text.len()
        + (element.attrs.iter())
            .map(|(name, value)| name.len() + 9 + value.len())
            .sum::<usize>();
    let mut key = String::with_capacity(length);
    key.push_str(element.tag);
    key.push('\0');
    for (name, value) in &element.attrs {
        key.push_str(name);
        key.push('\0');
        key.extend((value.len() as u32).to_le_bytes().map(char::from));
        key.push_str(value);
    }
    key.push('\u{1}');
    key.push_str(text);
    MENTION_MODELS.with_borrow_mut(|models| {
        if let Some(&at) = models.keys.get(key.as_str()) {
            // A copy made from another document's model is adopted when it is inserted.
            return fast(&models.elements[at]).clone_node(true).unchecked_into();
        }
        let dom = new_element(document, element);
        if !text.is_empty() {
            dom.set_text_content(Some(text));
        }
        if models.elements.len() == MAX_MENTION_MODELS {
            *models = MentionModels::default();
        }
        models.keys.insert(key, models.elements.len());
        models
            .elements
            .push(fast(&dom).clone_node(true).unchecked_into());
        dom
    })
}

/// An ISO 8601 date in the reader's own locale ("22 November 2021"), through the
/// browser's `Intl`. A date the browser cannot read, or only a year or a month, is shown
/// as written, as `gloss render` writes it.
fn local_date(value: &str) -> String {
    let date = js_sys::Date::new(&JsValue::from_str(value));
    if date.get_time().is_nan() || value.len() < 10 {
        return value.to_owned();
    }
    let with_time = value.len() > 10;
    make_date_formats();
    DATE_FORMATS.with_borrow(|formats| {
        formats[with_time as usize]
            .as_ref()
            .and_then(|format| format.call1(&JsValue::NULL, &date).ok())
            .and_then(|text| text.as_string())
            .unwrap_or_else(|| value.to_owned())
    })
}

/// Whether the reader's date formats are made yet.
pub fn date_formats_made() -> bool {
    DATE_FORMATS.with_borrow(|formats| formats[0].is_some())
}

/// Makes the reader's date formats, if they are not made yet. The page's first
/// `Intl.DateTimeFormat` loads the locale's date data in one piece that no pause point can
/// split (docs/measurements.md, "The first mount and the first date format"), so a
/// rendering gives it a task of its own ([`date_formats_made`]).
pub fn make_date_formats() {
    if date_formats_made() {
        return;
    }
    DATE_FORMATS.with_borrow_mut(|formats| {
        for (with_time, format) in formats.iter_mut().enumerate() {
            let options = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"long".into());
            if with_time == 1 {
                let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into());
            } else {
                // A date alone is read as midnight UTC: shown in the reader's zone, it
                // would be the day before everywhere west of Greenwich.
                let _ = js_sys::Reflect::set(&options, &"timeZone".into(), &"UTC".into());
            }
            *format =
                Some(js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &options).format());
        }
    });
}

thread_local! {
    /// The reader's date format and date-and-time format, each made once: making one
    /// costs far more than formatting a date with it.
    static DATE_FORMATS: RefCell<[Option<js_sys::Function>; 2]> = const { RefCell::new([None, None]) };
}
