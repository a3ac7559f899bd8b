//! The view of inline formatting: spans become marks and links, mentions may cross the
//! edge of an em or strong but never a link's, and a name inside a link is not marked.

use gloss::cli::json::article_from_json;
use gloss::engine::{annotate, Options};
use gloss::view::{self, html::to_html, Node};

/// Renders the first body block of an article whose body is `block` (JSON), with a
/// glossary that knows Safeguard Defenders and Interpol.
fn render_block(block: &str) -> String {
    let json = format!(
        r#"{{"title": "T", "body": [{block}], "entities": [
            {{"id": "sd", "name": "Safeguard Defenders", "kind": "organization"}},
            {{"id": "interpol", "name": "Interpol", "kind": "organization"}}]}}"#
    );
    let article = article_from_json(&json).unwrap().value;
    let annotation = annotate(&article, &[], &Options::glossary_only());
    let (root, _) = view::build(&article, &annotation, &view::ViewOptions::default());
    let Node::Element(root) = Node::Element(root) else {
        unreachable!()
    };
    let body = root.children.iter().find_map(|c| match c {
        Node::Element(e) if e.get("class") == Some("gloss-body") => Some(e.clone()),
        _ => None,
    });
    let Some(Node::Element(chunk)) = body.unwrap().children.first().cloned() else {
        panic!("the body has no chunk")
    };
    let block = chunk.children[0].clone();
    to_html(&block)
}

const MENTION: &str = r#"<span class="gloss-mention" data-gloss-entity="sd" role="button" tabindex="0" aria-expanded="false" aria-haspopup="dialog">"#;

#[test]
fn rows() {
    let rows: &[(&str, &str, String)] = &[
        ("plain text stays valid", r#"{"type": "paragraph", "text": "Hello."}"#, "<p>Hello.</p>".into()),
        (
            "marks become elements",
            r#"{"type": "paragraph", "spans": [{"text": "a "}, {"text": "b", "marks": ["em", "strong"]}, {"text": "2", "marks": ["sup"]}]}"#,
            "<p>a <strong><em>b</em></strong><sup>2</sup></p>".into(),
        ),
        (
            "a link becomes an anchor",
            r#"{"type": "paragraph", "spans": [{"text": "see "}, {"text": "this", "href": "https://example.org/"}]}"#,
            r#"<p>see <a href="https://example.org/">this</a></p>"#.into(),
        ),
        (
            "a bad link is dropped, its text kept",
            r#"{"type": "paragraph", "spans": [{"text": "click", "href": "javascript:alert(1)"}]}"#,
            "<p>click</p>".into(),
        ),
        (
            "a mention crosses the edge of an em",
            r#"{"type": "paragraph", "spans": [{"text": "Safeguard", "marks": ["em"]}, {"text": " Defenders said."}]}"#,
            format!("<p>{MENTION}<em>Safeguard</em> Defenders</span> said.</p>"),
        ),
        (
            "a name inside a link is not marked",
            r#"{"type": "paragraph", "spans": [{"text": "Safeguard Defenders", "href": "https://example.org/sd"}, {"text": " said."}]}"#,
            r#"<p><a href="https://example.org/sd">Safeguard Defenders</a> said.</p>"#.into(),
        ),
        (
            "a name across the edge of a link is not marked",
            r#"{"type": "paragraph", "spans": [{"text": "Safeguard "}, {"text": "Defenders", "href": "https://example.org/sd"}]}"#,
            r#"<p>Safeguard <a href="https://example.org/sd">Defenders</a></p>"#.into(),
        ),
        (
            "list items with spans",
            r#"{"type": "list", "items": ["Safeguard Defenders", {"spans": [{"text": "x", "marks": ["code"]}]}]}"#,
            format!("<ul><li>{MENTION}Safeguard Defenders</span></li><li><code>x</code></li></ul>"),
        ),
        (
            "an image reserves its box, and its source is set last",
            r#"{"type": "image", "src": "a.png", "alt": "A", "width": 640, "height": 360, "caption": "Interpol"}"#,
            r#"<figure class="gloss-figure gloss-inline-figure"><img alt="A" loading="lazy" decoding="async" referrerpolicy="no-referrer" width="640" height="360" src="a.png"><figcaption><span class="gloss-caption"><span class="gloss-mention" data-gloss-entity="interpol" role="button" tabindex="0" aria-expanded="false" aria-haspopup="dialog">Interpol</span></span></figcaption></figure>"#.into(),
        ),
        ("a divider", r#"{"type": "divider"}"#, r#"<hr class="gloss-divider">"#.into()),
    ];
    for (name, block, expected) in rows {
        assert_eq!(render_block(block), *expected, "row: {name}");
    }
}

#[test]
fn the_lead_image_reserves_its_box_like_a_figure() {
    let json = r#"{"title": "T", "body": ["a"],
        "image": {"src": "lead.jpg", "alt": "A", "width": 1200, "height": 675}}"#;
    let article = article_from_json(json).unwrap().value;
    let annotation = annotate(&article, &[], &Options::glossary_only());
    let (root, _) = view::build(&article, &annotation, &view::ViewOptions::default());
    let html = to_html(&Node::Element(root));
    let image = r#"<figure class="gloss-figure"><img alt="A" loading="lazy" decoding="async" referrerpolicy="no-referrer" width="1200" height="675" src="lead.jpg">"#;
    assert!(html.contains(image), "{html}");
}
