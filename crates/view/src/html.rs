//! Writes a view tree as an HTML string, for the native CLI and for tests.

use super::{Element, Node};

/// Elements that have no end tag.
const VOID: &[&str] = &["img", "br", "hr", "wbr", "input", "meta", "link", "source"];

pub fn to_html(node: &Node) -> String {
    let mut out = String::new();
    write_node(node, &mut out);
    out
}

fn write_node(node: &Node, out: &mut String) {
    match node {
        Node::Text(text) => escape(text, false, out),
        Node::Element(element) => write_element(element, out),
    }
}

fn write_element(element: &Element, out: &mut String) {
    out.push('<');
    out.push_str(element.tag);
    for (name, value) in &element.attrs {
        out.push(' ');
        out.push_str(name);
        out.push_str("=\"");
        escape(value, true, out);
        out.push('"');
    }
    out.push('>');
    if VOID.contains(&element.tag) {
        return;
    }
    for child in &element.children {
        write_node(child, out);
    }
    out.push_str("</");
    out.push_str(element.tag);
    out.push('>');
}

/// Escapes text for HTML: `&`, `<` and `>` always, and `"` inside attribute values.
pub fn escape(text: &str, attribute: bool, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attribute => out.push_str("&quot;"),
            '\u{A0}' => out.push_str("&nbsp;"),
            c => out.push(c),
        }
    }
}
