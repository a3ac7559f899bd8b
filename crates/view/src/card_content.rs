//! What a card and the entity index say, as view trees. The browser's card adapter
//! only places and shows them.

use super::{image_element, Element, Messages};
use gloss_cards::controller::Action;
use gloss_engine::{Annotation, EntityInfo, Passage, Source};
use gloss_model::url::{allowed_url, UrlUse};
use gloss_model::Kind;

/// The card for one entity, with "mention `at` of `count`" for the navigation buttons:
/// its heading, what describes it, what else is known of it, and the way to its other
/// mentions.
pub fn card(annotation: &Annotation, entity: usize, at: usize, messages: &Messages) -> Element {
    let info = &annotation.entities[entity];
    let mut card = heading(Element::new("div").class("gloss-card-body"), info, messages);
    card = description(card, info, messages);
    // An entity nothing describes may get a summary from the knowledge source, if the
    // host turned one on: the slot holds its place until the answer comes.
    if let Some(slot) = super::knowledge::slot(info, messages) {
        card = card.child(slot);
    }
    card = facts_and_links(card, info);
    if !info.related.is_empty() {
        card = card.child(related(annotation, info, messages));
    }
    card.child(navigation(info, at, messages))
}

/// The close button, the kind, the name, and the entity's image and short form.
fn heading(mut card: Element, info: &EntityInfo, messages: &Messages) -> Element {
    card = card
        .child(
            Element::new("button")
                .class("gloss-card-close")
                .attr("type", "button")
                .attr(Action::ATTRIBUTE, Action::Close.name())
                .attr("aria-label", messages.close.clone())
                .text("\u{00D7}"),
        )
        .child(
            Element::new("p")
                .class("gloss-card-kind")
                .text(info.kind.label()),
        )
        .child(
            Element::new("h2")
                .class("gloss-card-name")
                .attr("id", "gloss-card-name")
                .text(info.name.clone()),
        );
    if let Some(src) = info
        .image
        .as_deref()
        .and_then(|u| allowed_url(u, UrlUse::Image))
    {
        card = card.child(image_element(
            Some("gloss-card-image"),
            src.to_owned(),
            String::new(),
            None,
        ));
    }
    if let Some(short) = &info.short {
        card = card.child(
            Element::new("p")
                .class("gloss-card-short")
                .text(short.clone()),
        );
    }
    card
}

/// The summary, or else the passage that first names the entity, and a line saying so
/// when the words are the article's.
pub fn description(mut card: Element, info: &EntityInfo, messages: &Messages) -> Element {
    let from_article = if let Some(summary) = &info.summary {
        card = card.child(
            Element::new("p")
                .class("gloss-card-summary")
                .text(summary.clone()),
        );
        matches!(info.source, Source::Article { .. } | Source::Acronym)
    } else if let Some(passage) = &info.passage {
        card = card.child(passage_element(passage));
        true
    } else {
        false
    };
    if from_article {
        card = card.child(
            Element::new("p")
                .class("gloss-card-source")
                .text(messages.from_article.clone()),
        );
    }
    card
}

/// The glossary's facts, as a description list, and its links that pass the allow-list.
pub fn facts_and_links(mut card: Element, info: &EntityInfo) -> Element {
    if !info.facts.is_empty() {
        let mut facts = Element::new("dl").class("gloss-card-facts");
        for fact in &info.facts {
            facts = facts
                .child(Element::new("dt").text(fact.label.clone()))
                .child(Element::new("dd").text(fact.value.clone()));
        }
        card = card.child(facts);
    }
    let links: Vec<Element> = info
        .links
        .iter()
        .filter_map(|link| {
            let href = allowed_url(&link.url, UrlUse::Link)?;
            Some(
                Element::new("li").child(
                    Element::new("a")
                        .attr("href", href.to_owned())
                        .attr("target", "_blank")
                        .attr("rel", "noopener noreferrer")
                        .text(link.label.clone()),
                ),
            )
        })
        .collect();
    if !links.is_empty() {
        let mut list = Element::new("ul").class("gloss-card-links");
        for link in links {
            list = list.child(link);
        }
        card = card.child(list);
    }
    card
}

/// The chips that open the cards of related entities.
fn related(annotation: &Annotation, info: &EntityInfo, messages: &Messages) -> Element {
    let mut chips = Element::new("ul")
        .class("gloss-card-related")
        .attr("aria-label", messages.related.clone());
    for &related in &info.related {
        chips = chips.child(
            Element::new("li").child(
                Element::new("button")
                    .class("gloss-chip")
                    .attr("type", "button")
                    .attr(
                        "data-gloss-related",
                        annotation.entities[related].id.clone(),
                    )
                    .text(annotation.entities[related].name.clone()),
            ),
        );
    }
    chips
}

/// The sentence that first names an entity, with the name marked: the text is the
/// article's own, cut only where the passage says it was. It takes the summary's place
/// and style (a `mark` inside it is what tells them apart).
fn passage_element(passage: &Passage) -> Element {
    let text = &passage.text;
    let (start, end) = (passage.mark_start, passage.mark_end);
    let cut = |cut: bool| if cut { "\u{2026}" } else { "" };
    Element::new("p")
        .class("gloss-card-summary")
        .text(
            [
                cut(passage.cut_before),
                text.get(..start).unwrap_or_default(),
            ]
            .concat(),
        )
        .child(Element::new("mark").text(text.get(start..end).unwrap_or_default()))
        .text([text.get(end..).unwrap_or_default(), cut(passage.cut_after)].concat())
}

fn navigation(info: &EntityInfo, at: usize, messages: &Messages) -> Element {
    let count = info.mentions.len();
    let label = if count == 1 {
        &messages.mention
    } else {
        &messages.mentions
    };
    // Numbers and the counter are isolated, so that in a right-to-left article the count
    // stays with its words and "1 / 3" does not read "3 / 1". The count's own direction
    // follows its words (`dir="auto"`).
    let mut nav = Element::new("div").class("gloss-card-nav").child(
        Element::new("span")
            .class("gloss-card-count")
            .attr("dir", "auto")
            .child(Element::new("bdi").text(gloss_base::decimal(count)))
            .text([" ", label.as_str()].concat()),
    );
    if count > 1 {
        let position = [
            &gloss_base::decimal(at + 1),
            " / ",
            &gloss_base::decimal(count),
        ]
        .concat();
        nav = nav
            .child(
                Element::new("button")
                    .attr("type", "button")
                    .attr(Action::ATTRIBUTE, Action::Previous.name())
                    .attr("aria-label", messages.previous.clone())
                    .text("\u{2039}"),
            )
            .child(
                Element::new("bdi")
                    .class("gloss-card-position")
                    .attr("dir", "ltr")
                    .text(position),
            )
            .child(
                Element::new("button")
                    .attr("type", "button")
                    .attr(Action::ATTRIBUTE, Action::Next.name())
                    .attr("aria-label", messages.next.clone())
                    .text("\u{203A}"),
            );
    }
    nav
}

/// The "In this article" panel, hidden and with only its title: its entries are made
/// by [`index_entries`] when the reader first opens it, which a long article's many
/// entities would otherwise make every reader wait for.
pub fn index(messages: &Messages) -> Element {
    Element::new("section")
        .class("gloss-index")
        .attr("id", "gloss-index")
        .attr("aria-labelledby", "gloss-index-title")
        .attr("hidden", "")
        .child(
            Element::new("h2")
                .attr("id", "gloss-index-title")
                .text(messages.index_title.clone()),
        )
}

/// The index's entries: every entity with a mention, grouped by kind, with its count
/// and a strip that shows where in the article it is mentioned.
pub fn index_entries(annotation: &Annotation) -> Vec<Element> {
    let runs = annotation.runs.len().max(1);
    let mut entries = Vec::new();
    for kind in Kind::ALL {
        let mut members: Vec<usize> = (0..annotation.entities.len())
            .filter(|&e| {
                annotation.entities[e].kind == kind && !annotation.entities[e].mentions.is_empty()
            })
            .collect();
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
            let mut strip = Element::new("span")
                .class("gloss-strip")
                .attr("aria-hidden", "true");
            let mut last_at = None;
            for &(run, _) in &info.mentions {
                // The tick's place along the strip, in steps of 5 per mille: finer than a
                // strip can show, and a thousand mentions make at most 201 ticks. The
                // browser code sets it through the CSSOM.
                let at = run * 200 / runs * 5;
                if last_at != Some(at) {
                    last_at = Some(at);
                    strip = strip.child(
                        Element::new("span")
                            .class("gloss-tick")
                            .attr("data-at", gloss_base::decimal(at)),
                    );
                }
            }
            list = list.child(
                Element::new("li").child(
                    Element::new("button")
                        .class("gloss-index-entry")
                        .attr("type", "button")
                        .attr("data-gloss-index", info.id.clone())
                        .child(
                            Element::new("span")
                                .class("gloss-index-name")
                                .text(info.name.clone()),
                        )
                        .child(
                            Element::new("bdi")
                                .class("gloss-index-count")
                                .text(gloss_base::decimal(info.mentions.len())),
                        )
                        .child(strip),
                ),
            );
        }
        entries.push(Element::new("h3").text(kind.label()));
        entries.push(list);
    }
    entries
}

/// The toolbar above the article: the cards switch and, when asked for, the index button.
pub fn toolbar(with_index: bool, messages: &Messages) -> Element {
    let mut bar = Element::new("div").class("gloss-toolbar").child(
        Element::new("button")
            .class("gloss-toggle")
            .attr("type", "button")
            .attr(Action::ATTRIBUTE, Action::ToggleCards.name())
            .attr("aria-pressed", "true")
            .text(messages.cards_toggle.clone()),
    );
    if with_index {
        bar = bar.child(
            Element::new("button")
                .class("gloss-index-button")
                .attr("type", "button")
                .attr(Action::ATTRIBUTE, Action::Index.name())
                .attr("aria-expanded", "false")
                .attr("aria-controls", "gloss-index")
                .text(messages.index_title.clone()),
        );
    }
    bar
}
