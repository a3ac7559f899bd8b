//! The view tree: elements with fixed tag and attribute names, and text.

use std::borrow::Cow;

use crate::engine::pause::{pause_point, run_to_end, Clock, Unlimited};
use crate::engine::{Annotation, EntityInfo, Place};
use crate::model::url::{allowed_url, UrlUse};
use crate::model::{Article, Block, Marks, Rich, Span};

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
    pub fn new(tag: &'static str) -> Element {
        Element {
            tag,
            attrs: Vec::new(),
            children: Vec::new(),
        }
    }

    pub fn attr(mut self, name: &'static str, value: impl Into<Cow<'static, str>>) -> Element {
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

/// The words the widget itself shows. English is the default; French is built in; a
/// host page can replace any of them by name (`Messages::set`).
#[derive(Debug, Clone)]
pub struct Messages {
    pub by: String,
    pub updated: String,
    pub about_author: String,
    /// Follows the number of minutes: "5 min read".
    pub min_read: String,
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
    /// The title of the printed list of names, like endnotes.
    pub endnotes_title: String,
    /// Precedes the knowledge source's name: "From Wikipedia, CC BY-SA".
    pub from_source: String,
}

impl Default for Messages {
    fn default() -> Self {
        Messages::english()
    }
}

impl Messages {
    pub fn english() -> Messages {
        Messages {
            by: "By".into(),
            updated: "Updated".into(),
            about_author: "About the author".into(),
            min_read: "min read".into(),
            from_article: "From this article".into(),
            from_source: "From".into(),
            mentions: "mentions in this article".into(),
            mention: "mention in this article".into(),
            previous: "Previous mention".into(),
            next: "Next mention".into(),
            close: "Close".into(),
            related: "Related".into(),
            index_title: "In this article".into(),
            cards_toggle: "Name cards".into(),
            endnotes_title: "Names in this article".into(),
        }
    }

    pub fn french() -> Messages {
        Messages {
            by: "Par".into(),
            updated: "Mis à jour".into(),
            about_author: "À propos de l’auteur".into(),
            min_read: "min de lecture".into(),
            from_article: "Tiré de cet article".into(),
            from_source: "Source\u{a0}:".into(),
            mentions: "mentions dans cet article".into(),
            mention: "mention dans cet article".into(),
            previous: "Mention précédente".into(),
            next: "Mention suivante".into(),
            close: "Fermer".into(),
            related: "Voir aussi".into(),
            index_title: "Dans cet article".into(),
            cards_toggle: "Fiches des noms".into(),
            endnotes_title: "Les noms de cet article".into(),
        }
    }

    /// The table for a BCP 47 language tag: its primary subtag picks it, English otherwise.
    pub fn for_language(tag: Option<&str>) -> Messages {
        let primary = tag.unwrap_or("en").split(['-', '_']).next().unwrap_or("en");
        if primary.eq_ignore_ascii_case("fr") {
            Messages::french()
        } else {
            Messages::english()
        }
    }

    /// Replaces one message by its field name; false if there is no such message.
    pub fn set(&mut self, key: &str, value: String) -> bool {
        let slot = match key {
            "by" => &mut self.by,
            "updated" => &mut self.updated,
            "about_author" => &mut self.about_author,
            "min_read" => &mut self.min_read,
            "from_article" => &mut self.from_article,
            "from_source" => &mut self.from_source,
            "mentions" => &mut self.mentions,
            "mention" => &mut self.mention,
            "previous" => &mut self.previous,
            "next" => &mut self.next,
            "close" => &mut self.close,
            "related" => &mut self.related,
            "index_title" => &mut self.index_title,
            "cards_toggle" => &mut self.cards_toggle,
            "endnotes_title" => &mut self.endnotes_title,
            // The loader shows this one itself, before the wasm may be there.
            "error_title" => return true,
            _ => return false,
        };
        *slot = value;
        true
    }
}

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
/// screen and laid out again as blocks arrive, so a small chunk renders faster: 25 took
/// 0.87–0.91 of the time of 100 on the large benchmark article, and 10 took 0.96.
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
    annotation: &'a Annotation,
    options: &'a ViewOptions,
    /// The next run of the annotation, which lists runs in the order the view meets them.
    run: usize,
    /// URLs dropped and the like, with their JSON paths.
    pub warnings: Vec<Warning>,
    messages: &'a crate::view::tree::Messages,
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
            &crate::decimal(minutes.max(1)),
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
                    Place::Caption,
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
            tail.push(footer);
        }
        tail.push(endnotes(annotation, &options.messages));
        tail
    }
}

/// Words a reader reads: white-space separated words, plus one word for every two
/// characters of scripts written without spaces. Pauses between blocks when `clock`'s
/// time is up.
pub async fn reading_words(article: &Article, clock: &dyn Clock) -> usize {
    let mut words = 0;
    for block in &article.body {
        pause_point(clock).await;
        for rich in block.texts() {
            words += count_words(&rich.text);
        }
    }
    words
}

/// The words in a text for reading time: runs between white space, plus one for every
/// two characters of Japanese, Chinese or Korean, which are written without spaces.
/// ASCII, most of any text, is read byte by byte.
fn count_words(text: &str) -> usize {
    let (mut words, mut unspaced) = (0, 0);
    let mut in_word = false;
    let mut at = 0;
    let bytes = text.as_bytes();
    while at < bytes.len() {
        let byte = bytes[at];
        let space = if byte < 0x80 {
            at += 1;
            matches!(byte, b'\t'..=b'\r' | b' ')
        } else {
            let c = text[at..].chars().next().unwrap_or(' ');
            at += c.len_utf8();
            unspaced +=
                matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x9FFF | 0xAC00..=0xD7AF) as usize;
            c.is_whitespace()
        };
        words += (!space && !in_word) as usize;
        in_word = !space;
    }
    words + unspaced / 2
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
            let path = ["authors[", &crate::decimal(index), "].url"].concat();
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
        let place = |item| Place::Body { block: index, item };
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
                let path = ["body[", &crate::decimal(index), "].src"].concat();
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

    fn rich(&mut self, element: Element, place: Place, rich: &Rich) -> Element {
        self.marked_spans(element, place, &rich.text, &rich.spans)
    }

    /// Fills `element` with plain `text`, wrapping each mention the engine found in it.
    fn marked(&mut self, element: Element, place: Place, text: &str) -> Element {
        self.marked_spans(element, place, text, &[])
    }

    /// Fills `element` with `text`, formatted by `spans`, with each mention wrapped. A
    /// mention may cross the edge of an em or strong ("*Safeguard* Defenders") but never a
    /// link's (the engine sees to that), so each mention holds marked pieces and each link
    /// holds marked pieces, and neither holds the other.
    fn marked_spans(
        &mut self,
        mut element: Element,
        place: Place,
        text: &str,
        spans: &[Span],
    ) -> Element {
        let annotation = self.annotation;
        let run = &annotation.runs[self.run];
        debug_assert_eq!(
            run.place, place,
            "the view must visit runs in the engine's order"
        );
        self.run += 1;
        let mut cuts: Vec<usize> = vec![0, text.len()];
        for span in spans {
            cuts.push(span.start);
            cuts.push(span.end);
        }
        for mention in &run.mentions {
            cuts.push(mention.start);
            cuts.push(mention.end);
        }
        super::sort_by_key(&mut cuts, &|cut| (cut, 0));
        cuts.dedup();
        let span_at = |at: usize| spans.iter().find(|s| s.start <= at && at < s.end);
        let mention_at = |at: usize| {
            run.mentions
                .iter()
                .position(|m| m.start <= at && at < m.end)
        };
        let mut seen: Vec<usize> = Vec::new();
        let mut pieces = cuts
            .windows(2)
            .map(|w| (w[0], w[1]))
            .filter(|(a, b)| a < b)
            .peekable();
        while let Some((start, end)) = pieces.next() {
            if let Some(m) = mention_at(start) {
                let mention = &run.mentions[m];
                // One tab stop per entity per run keeps long articles navigable.
                let first_here = !seen.contains(&mention.entity);
                if first_here {
                    seen.push(mention.entity);
                }
                let mut wrapper = mention_element(&annotation.entities[mention.entity], first_here);
                wrapper = wrapper.child(marks(&text[start..end], span_at(start)));
                while let Some(&(start, end)) = pieces.peek().filter(|(s, _)| *s < mention.end) {
                    wrapper = wrapper.child(marks(&text[start..end], span_at(start)));
                    pieces.next();
                }
                element = element.child(wrapper);
                continue;
            }
            let span = span_at(start);
            let href = span.and_then(|s| s.href.as_deref());
            match href.and_then(|h| self.url(h, UrlUse::Link, &span_path(place))) {
                Some(href) => {
                    element = element.child(
                        Element::new("a")
                            .attr("href", href)
                            .child(marks(&text[start..end], span)),
                    );
                }
                None => element = element.child(marks(&text[start..end], span)),
            }
        }
        element
    }
}

/// The JSON path of a run's spans, for warnings: `body[3].spans`, `body[5].items[1].spans`.
fn span_path(place: Place) -> String {
    let Place::Body { block, item } = place else {
        return String::from("spans");
    };
    let mut path = String::from("body[");
    path.push_str(&crate::decimal(block));
    path.push(']');
    if item > 0 {
        path.push_str(".items[");
        path.push_str(&crate::decimal(item));
        path.push(']');
    }
    path.push_str(".spans");
    path
}

/// Text inside the elements for its marks, outermost first; plain text without marks.
fn marks(text: &str, span: Option<&Span>) -> Node {
    let mut node = Node::Text(text.to_owned());
    let Some(span) = span else { return node };
    for (bit, tag) in Marks::ALL.iter().rev() {
        if span.marks.has(*bit) {
            node = Node::Element(Element::new(tag).child(node));
        }
    }
    node
}

/// An image from the input, loaded lazily and sent no referrer: every image gloss shows.
/// The source comes last, since a browser starts the load again when `referrerpolicy`
/// changes after it: on the large benchmark article's 100 figures, that was 18 ms.
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
            .attr("width", crate::decimal(width as usize))
            .attr("height", crate::decimal(height as usize));
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

#[cfg(test)]
mod tests {
    use super::count_words;
    use proptest::prelude::*;

    /// What `count_words` must equal: Unicode white space splits words, and every two
    /// unspaced CJK characters count as one.
    fn reference(text: &str) -> usize {
        let unspaced = text
            .chars()
            .filter(|c| matches!(*c as u32, 0x3040..=0x30FF | 0x3400..=0x9FFF | 0xAC00..=0xD7AF))
            .count();
        text.split_whitespace().count() + unspaced / 2
    }

    #[test]
    fn words_are_counted_like_split_whitespace() {
        for text in [
            "",
            "  ",
            "one",
            " two  words ",
            "tab\tnew\nline\rform\u{c}feed\u{b}vertical",
            "no\u{a0}break and\u{3000}ideographic\u{2028}line",
            "国际刑警组织 Interpol 인터폴",
            "\u{1c}\u{1f} control characters are not spaces",
        ] {
            assert_eq!(count_words(text), reference(text), "{text:?}");
        }
    }

    proptest! {
        #[test]
        fn any_text_counts_like_the_reference(text in "[ a\\t\\n\\u{b}\\u{1c}\\u{a0}\\u{3000}\\u{2029}国인é-]{0,40}") {
            prop_assert_eq!(count_words(&text), reference(&text));
        }
    }
}
