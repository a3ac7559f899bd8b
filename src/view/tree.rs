//! The view tree: elements with fixed tag and attribute names, and text.

use crate::engine::{Annotation, EntityInfo, Mention, Place};
use crate::model::url::{allowed_url, UrlUse};
use crate::model::{Article, Block};

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
    pub attrs: Vec<(&'static str, String)>,
    pub children: Vec<Node>,
}

impl Element {
    pub fn new(tag: &'static str) -> Element {
        Element {
            tag,
            attrs: Vec::new(),
            children: Vec::new(),
        }
    }

    pub fn attr(mut self, name: &'static str, value: impl Into<String>) -> Element {
        self.attrs.push((name, value.into()));
        self
    }

    pub fn class(self, value: &'static str) -> Element {
        self.attr("class", value)
    }

    pub fn child(mut self, node: impl Into<Node>) -> Element {
        self.children.push(node.into());
        self
    }

    pub fn text(self, text: impl Into<String>) -> Element {
        self.child(Node::Text(text.into()))
    }

    pub fn get(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
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

/// The words the widget itself shows. English is the default.
#[derive(Debug, Clone)]
pub struct Messages {
    pub by: String,
    pub updated: String,
    pub about_author: String,
    pub from_article: String,
    /// Follows the count: "3 mentions in this article".
    pub mentions: String,
    pub mention: String,
    pub previous: String,
    pub next: String,
    pub close: String,
    pub related: String,
    pub index_title: String,
    pub cards_toggle: String,
}

impl Default for Messages {
    fn default() -> Self {
        Messages {
            by: "By".into(),
            updated: "Updated".into(),
            about_author: "About the author".into(),
            from_article: "From this article".into(),
            mentions: "mentions in this article".into(),
            mention: "mention in this article".into(),
            previous: "Previous mention".into(),
            next: "Next mention".into(),
            close: "Close".into(),
            related: "Related".into(),
            index_title: "In this article".into(),
            cards_toggle: "Name cards".into(),
        }
    }
}

/// Choices that change the view but not the annotation.
#[derive(Debug, Clone, Default)]
pub struct ViewOptions {
    pub messages: Messages,
    /// Show the "In this article" entity index.
    pub index: bool,
}

/// A problem found while building the view that changed nothing but is worth a warning,
/// such as a URL that was dropped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub path: String,
    pub message: String,
}

/// Builds the article element. Returns it with any warnings.
pub fn build(
    article: &Article,
    annotation: &Annotation,
    options: &ViewOptions,
) -> (Element, Vec<Warning>) {
    let mut builder = Builder {
        annotation,
        run: 0,
        warnings: Vec::new(),
        messages: &options.messages,
    };
    let mut root = Element::new("article").class("gloss-article");
    if let Some(lang) = &article.lang {
        root = root.attr("lang", lang.clone());
    }
    if let Some(dir) = article.dir {
        root = root.attr("dir", dir.as_str());
    }

    let mut header = Element::new("header").class("gloss-header");
    if let Some(kicker) = &article.kicker {
        header = header.child(Element::new("p").class("gloss-kicker").text(kicker.clone()));
    }
    header = header.child(builder.marked(
        Element::new("h1").class("gloss-title"),
        Place::Title,
        &article.title,
    ));
    if let Some(subtitle) = &article.subtitle {
        header = header.child(builder.marked(
            Element::new("p").class("gloss-subtitle"),
            Place::Subtitle,
            subtitle,
        ));
    }
    if !article.authors.is_empty() {
        header = header.child(builder.byline(article));
    }
    if article.published.is_some() || article.updated.is_some() {
        let mut dates = Element::new("p").class("gloss-dates");
        if let Some(published) = &article.published {
            dates = dates.child(time(published, "gloss-published"));
        }
        if let Some(updated) = &article.updated {
            dates = dates
                .child(
                    Element::new("span")
                        .class("gloss-updated-label")
                        .text(builder.messages.updated.clone()),
                )
                .child(time(updated, "gloss-updated"));
        }
        header = header.child(dates);
    }
    root = root.child(header);

    if let Some(image) = &article.image {
        let mut figure = Element::new("figure").class("gloss-figure");
        if let Some(src) = image
            .src
            .as_deref()
            .and_then(|s| builder.url(s, UrlUse::Image, "image.src"))
        {
            figure = figure.child(
                Element::new("img")
                    .attr("src", src)
                    .attr("alt", image.alt.clone().unwrap_or_default())
                    .attr("loading", "lazy")
                    .attr("decoding", "async")
                    .attr("referrerpolicy", "no-referrer"),
            );
        }
        if image.caption.is_some() || image.credit.is_some() {
            let mut caption = Element::new("figcaption");
            if let Some(text) = &image.caption {
                caption = caption.child(builder.marked(
                    Element::new("span").class("gloss-caption"),
                    Place::Caption,
                    text,
                ));
            }
            if let Some(credit) = &image.credit {
                caption = caption.child(
                    Element::new("span")
                        .class("gloss-credit")
                        .text(credit.clone()),
                );
            }
            figure = figure.child(caption);
        }
        root = root.child(figure);
    }

    let mut body = Element::new("div").class("gloss-body");
    for (index, block) in article.body.iter().enumerate() {
        body = body.child(builder.block(index, block));
    }
    root = root.child(body);

    let has_bio = article.authors.iter().any(|a| a.bio.is_some());
    if article.disclaimer.is_some() || has_bio || !article.topics.is_empty() {
        let mut footer = Element::new("footer").class("gloss-footer");
        if let Some(disclaimer) = &article.disclaimer {
            footer = footer.child(builder.marked(
                Element::new("p").class("gloss-disclaimer"),
                Place::Disclaimer,
                disclaimer,
            ));
        }
        if !article.topics.is_empty() {
            let mut topics = Element::new("ul").class("gloss-topics");
            for topic in &article.topics {
                topics = topics.child(Element::new("li").text(topic.clone()));
            }
            footer = footer.child(topics);
        }
        if has_bio {
            let mut about = Element::new("section").class("gloss-about").child(
                Element::new("h2")
                    .class("gloss-about-title")
                    .text(builder.messages.about_author.clone()),
            );
            for (author, person) in article.authors.iter().enumerate() {
                if let Some(bio) = &person.bio {
                    about = about.child(builder.marked(
                        Element::new("p").class("gloss-bio"),
                        Place::Bio { author },
                        bio,
                    ));
                }
            }
            footer = footer.child(about);
        }
        root = root.child(footer);
    }
    (root, builder.warnings)
}

fn time(value: &str, class: &'static str) -> Element {
    Element::new("time")
        .class(class)
        .attr("datetime", value)
        .text(value)
}

struct Builder<'a> {
    annotation: &'a Annotation,
    /// The next run of the annotation, which lists runs in the order the view meets them.
    run: usize,
    warnings: Vec<Warning>,
    messages: &'a crate::view::tree::Messages,
}

impl Builder<'_> {
    fn url(&mut self, url: &str, purpose: UrlUse, path: &str) -> Option<String> {
        let allowed = allowed_url(url, purpose).map(str::to_owned);
        if allowed.is_none() {
            self.warnings.push(Warning {
                path: path.to_owned(),
                message: "this URL was dropped: only http, https, mailto (for links) and relative URLs are allowed".into(),
            });
        }
        allowed
    }

    fn byline(&mut self, article: &Article) -> Element {
        let mut byline = Element::new("p")
            .class("gloss-byline")
            .child(
                Element::new("span")
                    .class("gloss-by")
                    .text(self.messages.by.clone()),
            )
            .text(" ");
        for (index, author) in article.authors.iter().enumerate() {
            if index > 0 {
                byline = byline.text(if index + 1 == article.authors.len() {
                    " & "
                } else {
                    ", "
                });
            }
            let path = format!("authors[{index}].url");
            let link = author
                .url
                .as_deref()
                .and_then(|u| self.url(u, UrlUse::Link, &path));
            byline = byline.child(match link {
                Some(href) => Element::new("a")
                    .class("gloss-author")
                    .attr("href", href)
                    .attr("rel", "author")
                    .text(author.name.clone()),
                None => Element::new("span")
                    .class("gloss-author")
                    .text(author.name.clone()),
            });
        }
        byline
    }

    fn block(&mut self, index: usize, block: &Block) -> Element {
        let place = |item| Place::Body { block: index, item };
        match block {
            Block::Paragraph { text } => self.marked(Element::new("p"), place(0), text),
            Block::Heading { text, level } => {
                let tag = match level {
                    3 => "h3",
                    4 => "h4",
                    _ => "h2",
                };
                self.marked(Element::new(tag), place(0), text)
            }
            Block::Quote { text, cite } => {
                let mut quote = Element::new("blockquote").child(self.marked(
                    Element::new("p"),
                    place(0),
                    text,
                ));
                if let Some(cite) = cite {
                    quote = quote.child(
                        Element::new("footer").child(Element::new("cite").text(cite.clone())),
                    );
                }
                quote
            }
            Block::List { ordered, items } => {
                let mut list = Element::new(if *ordered { "ol" } else { "ul" });
                for (item, text) in items.iter().enumerate() {
                    list = list.child(self.marked(Element::new("li"), place(item), text));
                }
                list
            }
        }
    }

    /// Fills `element` with `text`, wrapping each mention the engine found in it.
    fn marked(&mut self, mut element: Element, place: Place, text: &str) -> Element {
        let run = &self.annotation.runs[self.run];
        debug_assert_eq!(
            run.place, place,
            "the view must visit runs in the engine's order"
        );
        self.run += 1;
        let mut at = 0;
        let mut seen: Vec<usize> = Vec::new();
        for mention in &run.mentions {
            if mention.start > at {
                element = element.text(&text[at..mention.start]);
            }
            let entity = &self.annotation.entities[mention.entity];
            // One tab stop per entity per run keeps long articles navigable.
            let first_here = !seen.contains(&mention.entity);
            if first_here {
                seen.push(mention.entity);
            }
            element = element.child(mention_element(entity, mention, text, first_here));
            at = mention.end;
        }
        if at < text.len() {
            element = element.text(&text[at..]);
        }
        element
    }
}

fn mention_element(entity: &EntityInfo, mention: &Mention, text: &str, tab_stop: bool) -> Element {
    Element::new("span")
        .class("gloss-mention")
        .attr("data-gloss-entity", entity.id.clone())
        .attr("role", "button")
        .attr("tabindex", if tab_stop { "0" } else { "-1" })
        .attr("aria-expanded", "false")
        .attr("aria-haspopup", "dialog")
        .text(mention.text(text))
}
