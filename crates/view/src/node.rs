//! The view's nodes: elements with fixed tag and attribute names, and text.

use std::borrow::Cow;

/// A node of the view. Tag and attribute names are `&'static str`, so they can only come
/// from this crate's code, never from the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    Element(Element),
    Text(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Element {
    pub tag: &'static str,
    /// Most values are gloss's own ("gloss-mention", "button") and are borrowed, not
    /// copied: a long article has thousands of mentions with six attributes each.
    pub attrs: Vec<(&'static str, Cow<'static, str>)>,
    pub children: Vec<Node>,
}

impl Element {
    // Out of line: inlined, each of the view's many elements spelt out its empty vectors.
    #[inline(never)]
    pub fn new(tag: &'static str) -> Element {
        Element {
            tag,
            attrs: Vec::new(),
            children: Vec::new(),
        }
    }

    pub fn attr(self, name: &'static str, value: impl Into<Cow<'static, str>>) -> Element {
        self.push_attr(name, value.into())
    }

    pub fn class(self, value: &'static str) -> Element {
        self.push_attr("class", Cow::Borrowed(value))
    }

    pub fn child(self, node: impl Into<Node>) -> Element {
        self.push_child(node.into())
    }

    pub fn text(self, text: impl Into<String>) -> Element {
        self.push_child(Node::Text(text.into()))
    }

    // The generic methods above convert and call these two, kept out of line, so that the
    // pushing is in the wasm once rather than at every call site: smaller in gzip than
    // generic or inlined (docs/measurements.md, "Smaller changes, one at a time").
    #[inline(never)]
    fn push_attr(mut self, name: &'static str, value: Cow<'static, str>) -> Element {
        self.attrs.push((name, value));
        self
    }

    #[inline(never)]
    fn push_child(mut self, node: Node) -> Element {
        self.children.push(node);
        self
    }

    // The same, in place: a tree built by moving elements from call to call copied each one
    // at every step, which made most of the view's code. These fill an element where it
    // stands, and `add` makes a child there and hands it back to be filled.

    /// Appends a child element with `tag` and returns it.
    #[inline(never)]
    pub fn add(&mut self, tag: &'static str) -> &mut Element {
        self.add_element(Element::new(tag))
    }

    /// Appends a child element with `tag` and `class` and returns it.
    #[inline(never)]
    pub fn add_with_class(&mut self, tag: &'static str, class: &'static str) -> &mut Element {
        self.add(tag).set_attr("class", class)
    }

    /// Appends `child` and returns it.
    #[inline(never)]
    pub fn add_element(&mut self, child: Element) -> &mut Element {
        self.children.push(Node::Element(child));
        match self.children.last_mut() {
            Some(Node::Element(child)) => child,
            _ => unreachable!("the element just pushed"),
        }
    }

    pub fn set_attr(
        &mut self,
        name: &'static str,
        value: impl Into<Cow<'static, str>>,
    ) -> &mut Element {
        self.set_attr_value(name, value.into())
    }

    #[inline(never)]
    fn set_attr_value(&mut self, name: &'static str, value: Cow<'static, str>) -> &mut Element {
        self.attrs.push((name, value));
        self
    }

    /// Appends a copy of `text`.
    #[inline(never)]
    pub fn add_text(&mut self, text: &str) -> &mut Element {
        self.add_node(Node::Text(text.to_owned()))
    }

    #[inline(never)]
    pub fn add_node(&mut self, node: Node) -> &mut Element {
        self.children.push(node);
        self
    }

    pub fn get(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_ref())
    }
}

impl From<Element> for Node {
    fn from(element: Element) -> Node {
        Node::Element(element)
    }
}

impl Node {
    /// All text below this node, as the DOM's `textContent` would give it.
    pub fn text_content(&self) -> String {
        let mut out = String::new();
        self.collect_text(&mut out);
        out
    }

    fn collect_text(&self, out: &mut String) {
        match self {
            Node::Text(text) => out.push_str(text),
            Node::Element(element) => element.children.iter().for_each(|c| c.collect_text(out)),
        }
    }
}
