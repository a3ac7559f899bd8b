//! Builds the reading view from the model and the engine's annotation: header, figures,
//! blocks, footer and the printed endnotes, in parts and in reading order.

use super::reading::reading_words;
use super::{Element, Messages, Node};
use gloss_base::pause::{run_to_end, Unlimited};
use gloss_engine::{Annotation, EntityInfo, RunPlace};
use gloss_model::url::{allowed_url, UrlUse};
use gloss_model::{Article, Block};
use std::rc::Rc;

/// Choices that change the view but not the annotation.
#[derive(Debug, Clone, Default)]
pub struct ViewOptions {
    /// Shared, so that the cards keep the same words without a copy of them.
    pub messages: Rc<Messages>,
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
    let mut chunk = Element::new("div");
    chunk.set_attr("class", "gloss-chunk");
    chunk
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
        let mut root = Element::new("article");
        root.set_attr("class", "gloss-article");
        if let Some(lang) = &article.lang {
            root.set_attr("lang", lang.clone());
        }
        if let Some(dir) = article.dir {
            root.set_attr("dir", dir.as_str());
        }

        let header = root.add_with_class("header", "gloss-header");
        if let Some(kicker) = &article.kicker {
            header.add_with_class("p", "gloss-kicker").add_text(kicker);
        }
        let title = header.add_with_class("h1", "gloss-title");
        builder.marked(title, RunPlace::Title, &article.title);
        if let Some(subtitle) = &article.subtitle {
            let into = header.add_with_class("p", "gloss-subtitle");
            builder.marked(into, RunPlace::Subtitle, subtitle);
        }
        if !article.authors.is_empty() {
            builder.byline(header.add_with_class("p", "gloss-byline"), article);
        }
        if article.has_dates() {
            let dates = header.add_with_class("p", "gloss-dates");
            if let Some(published) = &article.published {
                dates.add_element(time(published, "gloss-published"));
            }
            if let Some(updated) = &article.updated {
                dates
                    .add_with_class("span", "gloss-updated-label")
                    .add_text(&builder.messages.updated());
                dates.add_element(time(updated, "gloss-updated"));
            }
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
            &*builder.messages.min_read(),
        ]
        .concat();
        header
            .add_with_class("p", "gloss-reading-time")
            .add_node(Node::Text(reading));

        if let Some(image) = &article.image {
            let figure = root.add_with_class("figure", "gloss-figure");
            if let Some(src) = image
                .src
                .as_deref()
                .and_then(|s| builder.url(s, UrlUse::Image, "image.src"))
            {
                figure.add_element(image_element(
                    None,
                    src,
                    image.alt.clone().unwrap_or_default(),
                    image.width.zip(image.height),
                ));
            }
            let caption = image.caption.as_deref().map(|text| {
                let mut caption = Element::new("span");
                caption.set_attr("class", "gloss-caption");
                builder.marked(&mut caption, RunPlace::Caption, text);
                caption
            });
            if let Some(caption) = figcaption(caption, image.credit.as_deref()) {
                figure.add_element(caption);
            }
        }

        root.add_with_class("div", "gloss-body");
        root
    }

    /// What follows the body: the footer, when there is one, and the endnotes.
    pub fn tail(&mut self) -> Vec<Element> {
        let (article, annotation, options) = (self.article, self.annotation, self.options);
        let builder = self;
        let mut tail = Vec::new();
        let has_bio = article.authors.iter().any(|a| a.bio.is_some());
        if article.disclaimer.is_some() || has_bio || !article.topics.is_empty() {
            let mut footer = Element::new("footer");
            footer.set_attr("class", "gloss-footer");
            if let Some(disclaimer) = &article.disclaimer {
                let into = footer.add_with_class("p", "gloss-disclaimer");
                builder.marked(into, RunPlace::Disclaimer, disclaimer);
            }
            if !article.topics.is_empty() {
                let topics = footer.add_with_class("ul", "gloss-topics");
                for topic in &article.topics {
                    topics.add("li").add_text(topic);
                }
            }
            if has_bio {
                let about = footer.add_with_class("section", "gloss-about");
                about
                    .add_with_class("h2", "gloss-about-title")
                    .add_text(&builder.messages.about_author());
                for (author, person) in article.authors.iter().enumerate() {
                    if let Some(bio) = &person.bio {
                        let into = about.add_with_class("p", "gloss-bio");
                        builder.marked(into, RunPlace::Bio { author }, bio);
                    }
                }
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
        list.add("dt").add_text(&entity.name);
        let mut about = String::from(entity.kind.label());
        if let Some(summary) = &entity.summary {
            about.push_str(". ");
            about.push_str(summary);
        }
        list.add("dd").add_node(Node::Text(about));
    }
    endnotes_aside(list, messages)
}

/// The endnotes' frame around their list of names: the printed view's and `gloss
/// render`'s, which says more of each name.
pub fn endnotes_aside(list: Element, messages: &Messages) -> Element {
    let mut aside = Element::new("aside");
    aside
        .set_attr("class", "gloss-endnotes")
        .set_attr("aria-labelledby", "gloss-endnotes-title")
        .add("h2")
        .set_attr("id", "gloss-endnotes-title")
        .add_text(&messages.endnotes_title());
    aside.add_element(list);
    aside
}

/// A figure's caption and credit, when it has either.
fn figcaption(caption: Option<Element>, credit: Option<&str>) -> Option<Element> {
    if caption.is_none() && credit.is_none() {
        return None;
    }
    let mut figcaption = Element::new("figcaption");
    if let Some(caption) = caption {
        figcaption.add_element(caption);
    }
    if let Some(credit) = credit {
        figcaption
            .add_with_class("span", "gloss-credit")
            .add_text(credit);
    }
    Some(figcaption)
}

fn time(value: &str, class: &'static str) -> Element {
    let mut time = Element::new("time");
    time.set_attr("class", class)
        .set_attr("datetime", value.to_owned())
        .add_text(value);
    time
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

    /// Fills `byline` with the article's authors, linked where they have an allowed URL.
    fn byline(&mut self, byline: &mut Element, article: &Article) {
        byline
            .add_with_class("span", "gloss-by")
            .add_text(&self.messages.by());
        byline.add_text(" ");
        for (index, author) in article.authors.iter().enumerate() {
            if index > 0 {
                byline.add_text(if index + 1 == article.authors.len() {
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
            let name = match link {
                Some(href) => byline
                    .add_with_class("a", "gloss-author")
                    .set_attr("href", href)
                    .set_attr("rel", "author"),
                None => byline.add_with_class("span", "gloss-author"),
            };
            name.add_text(&author.name);
        }
    }

    /// The body's block `index`.
    pub fn block(&mut self, index: usize) -> Element {
        let block = &self.article.body[index];
        let place = |item| RunPlace::Body { block: index, item };
        let mut element = Element::new(match block {
            Block::Paragraph { .. } => "p",
            Block::Heading { level: 3, .. } => "h3",
            Block::Heading { level: 4, .. } => "h4",
            Block::Heading { .. } => "h2",
            Block::Quote { .. } => "blockquote",
            Block::List { ordered: true, .. } => "ol",
            Block::List { .. } => "ul",
            Block::Image(_) => "figure",
            Block::Divider => "hr",
        });
        match block {
            Block::Paragraph { text } | Block::Heading { text, .. } => {
                self.rich(&mut element, place(0), text);
            }
            Block::Quote { text, cite } => {
                self.rich(element.add("p"), place(0), text);
                if let Some(cite) = cite {
                    element.add("footer").add("cite").add_text(cite);
                }
            }
            Block::List { items, .. } => {
                for (item, text) in items.iter().enumerate() {
                    self.rich(element.add("li"), place(item), text);
                }
            }
            Block::Image(figure) => {
                element.set_attr("class", "gloss-figure gloss-inline-figure");
                let path = ["body[", &gloss_base::decimal(index), "].src"].concat();
                if let Some(src) = self.url(&figure.src, UrlUse::Image, &path) {
                    // Width and height let the browser reserve the figure's box before the
                    // image arrives, so nothing below it moves.
                    let size = figure.width.zip(figure.height);
                    let alt = figure.alt.clone().unwrap_or_default();
                    element.add_element(image_element(None, src, alt, size));
                }
                let caption = figure.caption.as_ref().map(|text| {
                    let mut caption = Element::new("span");
                    caption.set_attr("class", "gloss-caption");
                    self.rich(&mut caption, place(0), text);
                    caption
                });
                if let Some(caption) = figcaption(caption, figure.credit.as_deref()) {
                    element.add_element(caption);
                }
            }
            Block::Divider => {
                element.set_attr("class", "gloss-divider");
            }
        }
        element
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
        image.set_attr("class", class);
    }
    image
        .set_attr("alt", alt)
        .set_attr("loading", "lazy")
        .set_attr("decoding", "async")
        .set_attr("referrerpolicy", "no-referrer");
    if let Some((width, height)) = size {
        image
            .set_attr("width", gloss_base::decimal(width as usize))
            .set_attr("height", gloss_base::decimal(height as usize));
    }
    image.set_attr("src", src);
    image
}

/// The element that wraps a mention of `entity`: the view's and the in-place enhancer's.
/// `tab_stop` makes it the one mention of its entity that the Tab key reaches.
pub fn mention_element(entity: &EntityInfo, tab_stop: bool) -> Element {
    let mut mention = Element::new("span");
    mention
        .set_attr("class", "gloss-mention")
        .set_attr("data-gloss-entity", entity.id.clone())
        .set_attr("role", "button")
        .set_attr("tabindex", if tab_stop { "0" } else { "-1" })
        .set_attr("aria-expanded", "false")
        .set_attr("aria-haspopup", "dialog");
    mention
}
