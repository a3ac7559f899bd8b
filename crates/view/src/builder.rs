//! Builds the reading view from the model and the engine's annotation: header, figures,
//! blocks, footer and the printed endnotes, in parts and in reading order.

use super::reading::reading_words;
use super::{Element, Messages, Node};
use gloss_base::pause::{run_to_end, Unlimited};
use gloss_engine::{Annotation, EntityInfo, RunPlace};
use gloss_model::url::{allowed_url, UrlUse};
use gloss_model::{Article, Block};

/// Choices that change the view but not the annotation.
#[derive(Debug, Clone, Default)]
pub struct ViewOptions {
    pub messages: Messages,
    /// Show the "In this article" entity index.
    pub index: bool,
    /// Reading speed for the "N min read" estimate; 0 uses the default of 230.
    pub words_per_minute: u32,
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
    let words = run_to_end(reading_words(article, &Unlimited));
    let mut builder = Builder::new(article, annotation, options, words);
    let mut root = builder.head();
    if let Some(Node::Element(body)) = root.children.last_mut() {
        for index in 0..article.body.len() {
            if index % BLOCKS_PER_CHUNK == 0 {
                body.children.push(Node::Element(chunk()));
            }
            if let Some(Node::Element(chunk)) = body.children.last_mut() {
                chunk.children.push(Node::Element(builder.block(index)));
            }
        }
    }
    root.children
        .extend(builder.tail().into_iter().map(Node::Element));
    (root, builder.warnings)
}

/// The body's blocks come in chunks of this many, each a `div.gloss-chunk`: the
/// stylesheet lets the browser skip the layout and paint of chunks off screen, which keeps
/// a very long article cheap while it arrives and after. The first chunk is always on
/// screen and laid out again as blocks arrive, so a small chunk renders faster, until
/// there are so many chunks that they cost more (docs/measurements.md, "The page only
/// lays out what is on screen").
pub const BLOCKS_PER_CHUNK: usize = 25;

/// An empty chunk of the body.
pub fn chunk() -> Element {
    Element::new("div").class("gloss-chunk")
}

/// Builds the view in parts, in reading order, so that the browser can create a long
/// body block by block: [`Builder::head`] first, then every [`Builder::block`], then
/// [`Builder::tail`]. The order matters: the builder walks the annotation's runs as the
/// reader meets them.
pub struct Builder<'a> {
    words: usize,
    article: &'a Article,
    pub(super) annotation: &'a Annotation,
    options: &'a ViewOptions,
    /// The next run of the annotation, which lists runs in the order the view meets them.
    pub(super) run: usize,
    /// URLs dropped and the like, with their JSON paths.
    pub warnings: Vec<Warning>,
    messages: &'a Messages,
}

impl<'a> Builder<'a> {
    /// `words` is the article's length for the reading time, from [`reading_words`].
    pub fn new(
        article: &'a Article,
        annotation: &'a Annotation,
        options: &'a ViewOptions,
        words: usize,
    ) -> Builder<'a> {
        Builder {
            words,
            article,
            annotation,
            options,
            run: 0,
            warnings: Vec::new(),
            messages: &options.messages,
        }
    }

    /// The article element with its header and figure, ending in an empty
    /// `div.gloss-body` for the blocks.
    pub fn head(&mut self) -> Element {
        let (article, options) = (self.article, self.options);
        let builder = self;
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
            RunPlace::Title,
            &article.title,
        ));
        if let Some(subtitle) = &article.subtitle {
            header = header.child(builder.marked(
                Element::new("p").class("gloss-subtitle"),
                RunPlace::Subtitle,
                subtitle,
            ));
        }
        if !article.authors.is_empty() {
            header = header.child(builder.byline(article));
        }
        if article.has_dates() {
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
        let wpm = if options.words_per_minute == 0 {
            230
        } else {
            options.words_per_minute
        };
        let minutes = builder.words.div_ceil(wpm as usize);
        let reading = [
            &gloss_base::decimal(minutes.max(1)),
            " ",
            &builder.messages.min_read,
        ]
        .concat();
        header = header.child(Element::new("p").class("gloss-reading-time").text(reading));
        root = root.child(header);

        if let Some(image) = &article.image {
            let mut figure = Element::new("figure").class("gloss-figure");
            if let Some(src) = image
                .src
                .as_deref()
                .and_then(|s| builder.url(s, UrlUse::Image, "image.src"))
            {
                figure = figure.child(image_element(
                    None,
                    src,
                    image.alt.clone().unwrap_or_default(),
                    image.width.zip(image.height),
                ));
            }
            let caption = image.caption.as_deref().map(|text| {
                builder.marked(
                    Element::new("span").class("gloss-caption"),
                    RunPlace::Caption,
                    text,
                )
            });
            if let Some(caption) = figcaption(caption, image.credit.as_deref()) {
                figure = figure.child(caption);
            }
            root = root.child(figure);
        }

        root.child(Element::new("div").class("gloss-body"))
    }

    /// What follows the body: the footer, when there is one, and the endnotes.
    pub fn tail(&mut self) -> Vec<Element> {
        let (article, annotation, options) = (self.article, self.annotation, self.options);
        let builder = self;
        let mut tail = Vec::new();
        let has_bio = article.authors.iter().any(|a| a.bio.is_some());
        if article.disclaimer.is_some() || has_bio || !article.topics.is_empty() {
            let mut footer = Element::new("footer").class("gloss-footer");
            if let Some(disclaimer) = &article.disclaimer {
                footer = footer.child(builder.marked(
                    Element::new("p").class("gloss-disclaimer"),
                    RunPlace::Disclaimer,
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
                            RunPlace::Bio { author },
                            bio,
                        ));
                    }
                }
                footer = footer.child(about);
            }
            tail.push(footer);
        }
        tail.push(endnotes(annotation, &options.messages));
        tail
    }
}

/// The list of names with their summaries that prints at the end, like endnotes. It is
/// hidden on screen, where the cards say the same.
fn endnotes(annotation: &Annotation, messages: &Messages) -> Element {
    let mut list = Element::new("dl");
    for entity in annotation
        .entities
        .iter()
        .filter(|e| !e.mentions.is_empty())
    {
        list = list.child(Element::new("dt").text(entity.name.clone()));
        let mut about = String::from(entity.kind.label());
        if let Some(summary) = &entity.summary {
            about.push_str(". ");
            about.push_str(summary);
        }
        list = list.child(Element::new("dd").text(about));
    }
    endnotes_aside(list, messages)
}

/// The endnotes' frame around their list of names: the printed view's and `gloss
/// render`'s, which says more of each name.
pub fn endnotes_aside(list: Element, messages: &Messages) -> Element {
    Element::new("aside")
        .class("gloss-endnotes")
        .attr("aria-labelledby", "gloss-endnotes-title")
        .child(
            Element::new("h2")
                .attr("id", "gloss-endnotes-title")
                .text(messages.endnotes_title.clone()),
        )
        .child(list)
}

/// A figure's caption and credit, when it has either.
fn figcaption(caption: Option<Element>, credit: Option<&str>) -> Option<Element> {
    if caption.is_none() && credit.is_none() {
        return None;
    }
    let mut figcaption = Element::new("figcaption");
    if let Some(caption) = caption {
        figcaption = figcaption.child(caption);
    }
    if let Some(credit) = credit {
        figcaption = figcaption.child(
            Element::new("span")
                .class("gloss-credit")
                .text(credit.to_owned()),
        );
    }
    Some(figcaption)
}

fn time(value: &str, class: &'static str) -> Element {
    Element::new("time")
        .class(class)
        .attr("datetime", value.to_owned())
        .text(value)
}

impl Builder<'_> {
    pub(super) fn url(&mut self, url: &str, purpose: UrlUse, path: &str) -> Option<String> {
        let allowed = allowed_url(url, purpose).map(str::to_owned);
        if allowed.is_none() {
            self.warnings.push(Warning {
                path: path.to_owned(),
                message: gloss_model::url::DROPPED.into(),
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
            let path = ["authors[", &gloss_base::decimal(index), "].url"].concat();
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

    /// The body's block `index`.
    pub fn block(&mut self, index: usize) -> Element {
        let block = &self.article.body[index];
        let place = |item| RunPlace::Body { block: index, item };
        match block {
            Block::Paragraph { text } => self.rich(Element::new("p"), place(0), text),
            Block::Heading { text, level } => {
                let tag = match level {
                    3 => "h3",
                    4 => "h4",
                    _ => "h2",
                };
                self.rich(Element::new(tag), place(0), text)
            }
            Block::Quote { text, cite } => {
                let mut quote =
                    Element::new("blockquote").child(self.rich(Element::new("p"), place(0), text));
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
                    list = list.child(self.rich(Element::new("li"), place(item), text));
                }
                list
            }
            Block::Image(figure) => {
                let mut element = Element::new("figure").class("gloss-figure gloss-inline-figure");
                let path = ["body[", &gloss_base::decimal(index), "].src"].concat();
                if let Some(src) = self.url(&figure.src, UrlUse::Image, &path) {
                    // Width and height let the browser reserve the figure's box before the
                    // image arrives, so nothing below it moves.
                    let size = figure.width.zip(figure.height);
                    let alt = figure.alt.clone().unwrap_or_default();
                    element = element.child(image_element(None, src, alt, size));
                }
                let caption = figure.caption.as_ref().map(|text| {
                    self.rich(Element::new("span").class("gloss-caption"), place(0), text)
                });
                if let Some(caption) = figcaption(caption, figure.credit.as_deref()) {
                    element = element.child(caption);
                }
                element
            }
            Block::Divider => Element::new("hr").class("gloss-divider"),
        }
    }
}

/// An image from the input, loaded lazily and sent no referrer: every image gloss shows.
/// The source comes last, since a browser starts the load again when `referrerpolicy`
/// changes after it, which a long article with many figures pays for each
/// (docs/measurements.md, "gloss's own strings cross once, and other DOM calls").
pub fn image_element(
    class: Option<&'static str>,
    src: String,
    alt: String,
    size: Option<(u32, u32)>,
) -> Element {
    let mut image = Element::new("img");
    if let Some(class) = class {
        image = image.class(class);
    }
    image = image
        .attr("alt", alt)
        .attr("loading", "lazy")
        .attr("decoding", "async")
        .attr("referrerpolicy", "no-referrer");
    if let Some((width, height)) = size {
        image = image
            .attr("width", gloss_base::decimal(width as usize))
            .attr("height", gloss_base::decimal(height as usize));
    }
    image.attr("src", src)
}

/// The element that wraps a mention of `entity`: the view's and the in-place enhancer's.
/// `tab_stop` makes it the one mention of its entity that the Tab key reaches.
pub fn mention_element(entity: &EntityInfo, tab_stop: bool) -> Element {
    Element::new("span")
        .class("gloss-mention")
        .attr("data-gloss-entity", entity.id.clone())
        .attr("role", "button")
        .attr("tabindex", if tab_stop { "0" } else { "-1" })
        .attr("aria-expanded", "false")
        .attr("aria-haspopup", "dialog")
}
