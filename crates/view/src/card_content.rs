//! What a card and the entity index say, as view trees. The browser's card adapter
//! only places and shows them.

use super::{image_element, Element, Messages, Node};
use gloss_cards::controller::Action;
use gloss_engine::{Annotation, EntityInfo, Passage, Source};
use gloss_model::url::{allowed_url, UrlUse};
use gloss_model::Kind;

/// The card for one entity, with "mention `at` of `count`" for the navigation buttons:
/// its heading, what describes it, what else is known of it, and the way to its other
/// mentions.
pub fn card(annotation: &Annotation, entity: usize, at: usize, messages: &Messages) -> Element {
    let info = &annotation.entities[entity];
    let mut card = Element::new("div");
    card.set_attr("class", "gloss-card-body");
    heading(&mut card, info, messages);
    description(&mut card, info, messages);
    facts_and_links(&mut card, info);
    if !info.related.is_empty() {
        related(&mut card, annotation, info, messages);
    }
    navigation(&mut card, info, at, messages);
    // An entity nothing describes may get a summary from the knowledge source, if the
    // host turned one on. Its slot comes last, below every control, so that its answer
    // or its closing moves none of them (the stylesheet holds its space meanwhile).
    if let Some(slot) = super::knowledge::slot(info, messages) {
        card.add_element(slot);
    }
    card
}

/// The close button, the kind, the name, and the entity's image and short form.
fn heading(card: &mut Element, info: &EntityInfo, messages: &Messages) {
    card.add_with_class("button", "gloss-card-close")
        .set_attr("type", "button")
        .set_attr(Action::ATTRIBUTE, Action::Close.name())
        .set_attr("aria-label", messages.close())
        .add_text("\u{00D7}");
    card.add_with_class("p", "gloss-card-kind")
        .add_text(info.kind.label());
    card.add_with_class("h2", "gloss-card-name")
        .set_attr("id", "gloss-card-name")
        .add_text(&info.name);
    if let Some(src) = info
        .image
        .as_deref()
        .and_then(|u| allowed_url(u, UrlUse::Image))
    {
        card.add_element(image_element(
            Some("gloss-card-image"),
            src.to_owned(),
            String::new(),
            None,
        ));
    }
    // An abbreviation the article never spells out is its own name: no second line.
    if let Some(short) = info.short.as_ref().filter(|short| **short != info.name) {
        card.add_with_class("p", "gloss-card-short").add_text(short);
    }
}

/// The summary, or else the passage the card quotes (the sentence that first names a
/// name nothing defines), and a line saying so when the words are the article's. An
/// abbreviation the article never spells out has both: a line that says so, and the
/// sentence that uses it.
pub fn description(card: &mut Element, info: &EntityInfo, messages: &Messages) {
    if let Some(summary) = &info.summary {
        card.add_with_class("p", "gloss-card-summary")
            .add_text(summary);
    }
    let acronym = matches!(info.source, Source::Acronym);
    let passage = info
        .passage
        .as_ref()
        .filter(|_| info.summary.is_none() || acronym);
    if let Some(passage) = passage {
        passage_element(card, passage);
    }
    if passage.is_some() || acronym || matches!(info.source, Source::Article { .. }) {
        card.add_with_class("p", "gloss-card-source")
            .add_text(&messages.from_article());
    }
}

/// The glossary's facts, as a description list, and its links that pass the allow-list.
pub fn facts_and_links(card: &mut Element, info: &EntityInfo) {
    if !info.facts.is_empty() {
        let facts = card.add_with_class("dl", "gloss-card-facts");
        for fact in &info.facts {
            facts.add("dt").add_text(&fact.label);
            facts.add("dd").add_text(&fact.value);
        }
    }
    // Checked, then walked: smaller in the wasm than a peekable filter of the links.
    if info
        .links
        .iter()
        .any(|link| allowed_url(&link.url, UrlUse::Link).is_some())
    {
        let list = card.add_with_class("ul", "gloss-card-links");
        for link in &info.links {
            let Some(href) = allowed_url(&link.url, UrlUse::Link) else {
                continue;
            };
            list.add("li")
                .add("a")
                .set_attr("href", href.to_owned())
                .set_attr("target", "_blank")
                .set_attr("rel", "noopener noreferrer")
                .add_text(&link.label);
        }
    }
}

/// The chips that open the cards of related entities.
fn related(card: &mut Element, annotation: &Annotation, info: &EntityInfo, messages: &Messages) {
    let chips = card
        .add_with_class("ul", "gloss-card-related")
        .set_attr("aria-label", messages.related());
    for &related in &info.related {
        let related = &annotation.entities[related];
        chips
            .add("li")
            .add_with_class("button", "gloss-chip")
            .set_attr("type", "button")
            .set_attr("data-gloss-related", related.id.clone())
            .add_text(&related.name);
    }
}

/// The sentence a card quotes, with the name marked: the text is the article's own, cut
/// only where the passage says it was. It has the summary's style (a `mark` inside it is
/// what tells them apart).
fn passage_element(card: &mut Element, passage: &Passage) {
    let text = &passage.text;
    let (start, end) = (passage.mark_start, passage.mark_end);
    let cut = |cut: bool| if cut { "\u{2026}" } else { "" };
    let summary = card.add_with_class("p", "gloss-card-summary");
    summary.add_node(Node::Text(
        [
            cut(passage.cut_before),
            text.get(..start).unwrap_or_default(),
        ]
        .concat(),
    ));
    summary
        .add("mark")
        .add_text(text.get(start..end).unwrap_or_default());
    summary.add_node(Node::Text(
        [text.get(end..).unwrap_or_default(), cut(passage.cut_after)].concat(),
    ));
}

fn navigation(card: &mut Element, info: &EntityInfo, at: usize, messages: &Messages) {
    let count = info.mentions.len();
    let label = if count == 1 {
        messages.mention()
    } else {
        messages.mentions()
    };
    // Numbers and the counter are isolated, so that in a right-to-left article the count
    // stays with its words and "1 / 3" does not read "3 / 1". The count's own direction
    // follows its words (`dir="auto"`).
    let nav = card.add_with_class("div", "gloss-card-nav");
    let counter = nav
        .add_with_class("span", "gloss-card-count")
        .set_attr("dir", "auto");
    counter.add("bdi").add_text(&gloss_base::decimal(count));
    counter.add_node(Node::Text([" ", &label].concat()));
    if count > 1 {
        let position = [
            &gloss_base::decimal(at + 1),
            " / ",
            &gloss_base::decimal(count),
        ]
        .concat();
        nav.add("button")
            .set_attr("type", "button")
            .set_attr(Action::ATTRIBUTE, Action::Previous.name())
            .set_attr("aria-label", messages.previous())
            .add_text("\u{2039}");
        nav.add_with_class("bdi", "gloss-card-position")
            .set_attr("dir", "ltr")
            .add_node(Node::Text(position));
        nav.add("button")
            .set_attr("type", "button")
            .set_attr(Action::ATTRIBUTE, Action::Next.name())
            .set_attr("aria-label", messages.next())
            .add_text("\u{203A}");
    }
}

/// The "In this article" panel, hidden and with only its title: its entries are made
/// by [`index_entries`] when the reader first opens it, which a long article's many
/// entities would otherwise make every reader wait for.
pub fn index(messages: &Messages) -> Element {
    let mut index = Element::new("section");
    index
        .set_attr("class", "gloss-index")
        .set_attr("id", "gloss-index")
        .set_attr("aria-labelledby", "gloss-index-title")
        .set_attr("hidden", "")
        .add("h2")
        .set_attr("id", "gloss-index-title")
        .add_text(&messages.index_title());
    index
}

/// The index's entries: every entity with a mention, grouped by kind, with its count
/// and a strip that shows where in the article it is mentioned.
pub fn index_entries(annotation: &Annotation) -> Vec<Element> {
    let runs = annotation.runs.len().max(1);
    let mut entries = Vec::new();
    for kind in Kind::ALL {
        let mut members = Vec::new();
        for (e, info) in annotation.entities.iter().enumerate() {
            if info.kind == kind && !info.mentions.is_empty() {
                members.push(e);
            }
        }
        if members.is_empty() {
            continue;
        }
        // The most mentioned first; ties keep table order.
        super::sort_by_key(&mut members, &|e| {
            (usize::MAX - annotation.entities[e].mentions.len(), e)
        });
        let mut list = Element::new("ul");
        for e in members {
            let info = &annotation.entities[e];
            let entry = list
                .add("li")
                .add_with_class("button", "gloss-index-entry")
                .set_attr("type", "button")
                .set_attr("data-gloss-index", info.id.clone());
            entry
                .add_with_class("span", "gloss-index-name")
                .add_text(&info.name);
            entry
                .add_with_class("bdi", "gloss-index-count")
                .add_text(&gloss_base::decimal(info.mentions.len()));
            let strip = entry
                .add_with_class("span", "gloss-strip")
                .set_attr("aria-hidden", "true");
            let mut last_at = None;
            for &(run, _) in &info.mentions {
                // The tick's place along the strip, in steps of 5 per mille: finer than a
                // strip can show, and a thousand mentions make at most 201 ticks. The
                // browser code sets it through the CSSOM.
                let at = run * 200 / runs * 5;
                if last_at != Some(at) {
                    last_at = Some(at);
                    strip
                        .add_with_class("span", "gloss-tick")
                        .set_attr("data-at", gloss_base::decimal(at));
                }
            }
        }
        let mut heading = Element::new("h3");
        heading.add_text(kind.label());
        entries.push(heading);
        entries.push(list);
    }
    entries
}

/// The toolbar above the article: the cards switch, hidden where the host offers its own
/// (`with_toggle` false), and, when asked for, the index button; hidden itself when it
/// shows neither. An enhanced page's switch is a toolbar of its own, without the index.
pub fn toolbar(with_toggle: bool, with_index: bool, messages: &Messages) -> Element {
    let mut bar = Element::new("div");
    bar.set_attr("class", "gloss-toolbar");
    if !with_toggle && !with_index {
        bar.set_attr("hidden", "");
    }
    let toggle = bar
        .add_with_class("button", "gloss-toggle")
        .set_attr("type", "button")
        .set_attr(Action::ATTRIBUTE, Action::ToggleCards.name())
        .set_attr("aria-pressed", "true");
    if !with_toggle {
        // Still there, for `Gloss.setCards`, which switches cards as the reader would.
        toggle.set_attr("hidden", "");
    }
    toggle.add_text(&messages.cards_toggle());
    if with_index {
        bar.add_with_class("button", "gloss-index-button")
            .set_attr("type", "button")
            .set_attr(Action::ATTRIBUTE, Action::Index.name())
            .set_attr("aria-expanded", "false")
            .set_attr("aria-controls", "gloss-index")
            .add_text(&messages.index_title());
    }
    bar
}
