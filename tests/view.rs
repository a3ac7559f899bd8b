//! The view of inline formatting: spans become marks and links, mentions may cross the
//! edge of an em or strong but never a link's, and a name inside a link is not marked.

use gloss_cli::json::article_from_json;
use gloss_engine::{annotate, Options};
use gloss_view::{self as view, html::to_html, Node};

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

/// Renders the card of entity `id` in an article (JSON) with no site glossary.
fn card_html(json: &str, id: &str) -> String {
    let article = article_from_json(json).unwrap().value;
    let annotation = annotate(&article, &[], &Options::default());
    let entity = annotation
        .entities
        .iter()
        .position(|e| e.id == id)
        .unwrap_or_else(|| panic!("no entity {id}"));
    let card = view::card_content::card(&annotation, entity, 0, &view::Messages::english());
    to_html(&Node::Element(card))
}

/// Rows for what a card says from the article: a summary when the article defines the
/// name, otherwise the sentence of its first mention with the name marked; never only a
/// kind and a count; and the sentence's markup is text, never HTML.
#[test]
fn cards_say_something_from_the_article() {
    // (row, article, entity id, present in the card, absent from it)
    type Row<'a> = (&'a str, &'a str, &'a str, &'a [&'a str], &'a [&'a str]);
    let rows: &[Row] = &[
        (
            "a defined name shows its summary",
            r#"{"title": "T", "body": ["Dahlin, who is a writer, spoke."], "entities": [{"id": "d", "name": "Dahlin", "kind": "person"}]}"#,
            "d",
            &[r#"<p class="gloss-card-summary">Dahlin, who is a writer.</p>"#, r#"<p class="gloss-card-source">From this article</p>"#],
            &["<mark>"],
        ),
        (
            "an undefined name shows its first sentence, the name marked",
            r#"{"title": "T", "body": ["Rain fell. Then Kestria shut its border. Kestria waited."], "entities": [{"id": "k", "name": "Kestria", "kind": "place"}]}"#,
            "k",
            &[r#"<p class="gloss-card-summary">Then <mark>Kestria</mark> shut its border.</p><p class="gloss-card-source">From this article</p>"#],
            &[],
        ),
        (
            "a glossary summary is not labelled as from the article",
            r#"{"title": "T", "body": ["Kestria shut its border."], "entities": [{"id": "k", "name": "Kestria", "kind": "place", "summary": "A made-up country."}]}"#,
            "k",
            &[r#"<p class="gloss-card-summary">A made-up country.</p>"#],
            &["<mark>", "From this article"],
        ),
        (
            "markup in the sentence stays text",
            r#"{"title": "T", "body": ["<b>Kestria</b> shut <img src=x onerror=alert(1)> its border."], "entities": [{"id": "k", "name": "Kestria", "kind": "place"}]}"#,
            "k",
            &["&lt;b&gt;<mark>Kestria</mark>&lt;/b&gt; shut &lt;img src=x onerror=alert(1)&gt; its border."],
            &["<img", "<b>"],
        ),
    ];
    for (row, json, id, present, absent) in rows {
        let html = card_html(json, id);
        for want in *present {
            assert!(html.contains(want), "row {row}: {want} not in {html}");
        }
        for unwanted in *absent {
            assert!(!html.contains(unwanted), "row {row}: {unwanted} in {html}");
        }
    }
}
