//! `gloss render`: the reading view as static HTML that is good on its own and that the
//! loader brings to life without annotating again.
//!
//! For readers without JavaScript, nothing in it is a control that does nothing: a
//! mention is plain marked text (`span.gloss-mention` with its entity's id, not a button
//! or a tab stop), dates are written in the article's language inside `<time datetime>`,
//! and the names with what each card says are listed at the end, as in print. For the
//! loader, the article carries its entity table (`gloss_view::entity_table`, version 1)
//! in a `<script type="application/json" data-gloss-entities>`, and each mention its
//! entity's id and whether it is its entity's tab stop in its block (`data-gloss-tab`):
//! `data-enhance` (or `Gloss.enhance`) on the article takes those mentions, in document
//! order, and that table as they are, with no text walked and no engine pass.

use super::dates::format_date;
use gloss_engine::{self as engine, Annotation, EntityInfo, Options, Source};
use gloss_model::{Article, Entity};
use gloss_view::{self as view, card_content, Element, Messages, Node};
use serde_json::{json, Map, Value};

/// The reading view of `article` as static HTML, with its entity table; warnings go to
/// stderr.
pub fn render(article: &Article, glossary: &[Entity], options: &Options) -> String {
    let annotation = engine::annotate(article, glossary, options);
    let messages = Messages::for_language(article.lang.as_deref());
    let view_options = view::ViewOptions {
        messages: std::rc::Rc::new(messages.clone()),
        ..view::ViewOptions::default()
    };
    let (mut root, warnings) = view::build(article, &annotation, &view_options);
    for warning in warnings {
        eprintln!("gloss: warning: {}: {}", warning.path, warning.message);
    }
    make_static(&mut root, article.lang.as_deref());
    if let Some(Node::Element(notes)) = root.children.last_mut() {
        *notes = names(&annotation, &messages);
    }
    let html = view::html::to_html(&root.into());
    let close = html.len() - "</article>".len();
    [
        &html[..close],
        "<script type=\"application/json\" data-gloss-entities>",
        &script_json(&table(&annotation)),
        "</script></article>\n",
    ]
    .concat()
}

/// Takes out of the tree what only works with JavaScript: a mention keeps its class and
/// entity id, and `data-gloss-tab` where it is its entity's tab stop, but not its role,
/// tab stop or popup state; a date gets its words; the dates are spaced as text.
fn make_static(element: &mut Element, lang: Option<&str>) {
    if element.get("class") == Some("gloss-mention") {
        let tab_stop = element.get("tabindex") == Some("0");
        element
            .attrs
            .retain(|(name, _)| matches!(*name, "class" | "data-gloss-entity"));
        if tab_stop {
            element.attrs.push(("data-gloss-tab", "".into()));
        }
    }
    if element.tag == "time" {
        let words = element.get("datetime").and_then(|v| format_date(v, lang));
        if let Some(words) = words {
            element.children = vec![Node::Text(words)];
        }
    }
    if element.get("class") == Some("gloss-dates") {
        let children = std::mem::take(&mut element.children);
        for (at, child) in children.into_iter().enumerate() {
            if at > 0 {
                element.children.push(Node::Text(" ".into()));
            }
            element.children.push(child);
        }
    }
    for child in &mut element.children {
        if let Node::Element(child) = child {
            make_static(child, lang);
        }
    }
}

/// The names in the article with what each card says (its kind, summary or passage and
/// where the words come from, facts, links and related names), in the place of the
/// printed endnotes, and visible without any stylesheet.
fn names(annotation: &Annotation, messages: &Messages) -> Element {
    let mut list = Element::new("dl");
    for info in annotation
        .entities
        .iter()
        .filter(|e| !e.mentions.is_empty())
    {
        let mut name = Element::new("dt").text(info.name.clone());
        if let Some(short) = info.short.as_ref().filter(|s| **s != info.name) {
            name = name.text([" (", short, ")"].concat());
        }
        let mut about = Element::new("dd").child(
            Element::new("p")
                .class("gloss-card-kind")
                .text(info.kind.label()),
        );
        card_content::description(&mut about, info, messages);
        card_content::facts_and_links(&mut about, info);
        if !info.related.is_empty() {
            let related: Vec<&str> = info
                .related
                .iter()
                .map(|&r| annotation.entities[r].name.as_str())
                .collect();
            about = about.child(
                Element::new("p")
                    .class("gloss-card-related")
                    .text([&*messages.related(), ": ", &related.join(", ")].concat()),
            );
        }
        list = list.child(name).child(about);
    }
    gloss_view::builder::endnotes_aside(list, messages)
}

/// The entity table the cards need (`gloss_view::entity_table`): every entity the
/// article mentions, and those their cards name as related.
pub fn table(annotation: &Annotation) -> Value {
    let entities = table_entities(annotation)
        .into_iter()
        .map(|(_, entity)| Value::Object(entity))
        .collect();
    json!({"version": view::entity_table::VERSION, "entities": Value::Array(entities)})
}

/// The table's entities, each with its index in the annotation's.
pub(crate) fn table_entities(annotation: &Annotation) -> Vec<(usize, Map<String, Value>)> {
    let mut wanted: Vec<bool> = annotation
        .entities
        .iter()
        .map(|e| !e.mentions.is_empty())
        .collect();
    for info in annotation
        .entities
        .iter()
        .filter(|e| !e.mentions.is_empty())
    {
        for &related in &info.related {
            wanted[related] = true;
        }
    }
    annotation
        .entities
        .iter()
        .enumerate()
        .filter(|&(index, _)| wanted[index])
        .map(|(index, info)| (index, entity_json(annotation, info)))
        .collect()
}

/// One entity of the table, with only the members it has.
fn entity_json(annotation: &Annotation, info: &EntityInfo) -> Map<String, Value> {
    let mut entity = Map::new();
    entity.insert("id".into(), json!(info.id));
    entity.insert("name".into(), json!(info.name));
    entity.insert("kind".into(), json!(info.kind.as_str()));
    if let Some(summary) = &info.summary {
        entity.insert("summary".into(), json!(summary));
        let source = match info.source {
            Source::Article { .. } => "article",
            Source::Acronym => "acronym",
            Source::Glossary | Source::None => "glossary",
        };
        entity.insert("source".into(), json!(source));
    }
    if let Some(passage) = &info.passage {
        let text = &passage.text;
        let cut = |cut: bool| if cut { "\u{2026}" } else { "" };
        let (start, end) = (passage.mark_start, passage.mark_end);
        let before = [
            cut(passage.cut_before),
            text.get(..start).unwrap_or_default(),
        ]
        .concat();
        let after = [text.get(end..).unwrap_or_default(), cut(passage.cut_after)].concat();
        let name = text.get(start..end).unwrap_or_default();
        entity.insert(
            "passage".into(),
            json!({"before": before, "name": name, "after": after}),
        );
    }
    if let Some(short) = &info.short {
        entity.insert("short".into(), json!(short));
    }
    if info.origin == engine::Origin::Name {
        entity.insert("found".into(), json!(true));
    }
    if !info.facts.is_empty() {
        let facts: Vec<Value> = info
            .facts
            .iter()
            .map(|f| json!({"label": f.label, "value": f.value}))
            .collect();
        entity.insert("facts".into(), Value::Array(facts));
    }
    if !info.links.is_empty() {
        entity.insert("links".into(), links_json(&info.links));
    }
    if let Some(image) = &info.image {
        entity.insert("image".into(), json!(image));
    }
    if !info.related.is_empty() {
        let related: Vec<&str> = info
            .related
            .iter()
            .map(|&r| annotation.entities[r].id.as_str())
            .collect();
        entity.insert("related".into(), json!(related));
    }
    entity
}

/// JSON as the text of a `<script>`: the HTML parser ends a script at `</script` and
/// reads `<!--` inside one, so every `<` (and `>` and `&`, for good measure) is written
/// as a `\u` escape, which JSON reads back as the same character. Outside strings JSON
/// has none of them.
pub fn script_json(value: &Value) -> String {
    let text = serde_json::to_string(value).unwrap_or_default();
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            c => out.push(c),
        }
    }
    out
}

/// Links as a glossary entity writes them: `[{"label", "url"}]`.
pub(crate) fn links_json(links: &[gloss_model::Link]) -> Value {
    links
        .iter()
        .map(|link| json!({"label": link.label, "url": link.url}))
        .collect()
}
