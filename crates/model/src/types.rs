//! The article format v1 as Rust types. `schema/article.schema.json` describes the same format.

use super::InputError;

/// An article: the headline, its metadata, the body and an optional glossary.
#[derive(Debug, Clone, Default)]
pub struct Article {
    pub title: String,
    pub kicker: Option<String>,
    pub subtitle: Option<String>,
    /// A BCP 47 language tag such as `en` or `zh-Hans`.
    pub lang: Option<String>,
    pub dir: Option<Direction>,
    pub authors: Vec<Author>,
    /// ISO 8601, checked by [`crate::validate_article`].
    pub published: Option<String>,
    pub updated: Option<String>,
    pub image: Option<Image>,
    pub body: Vec<Block>,
    pub disclaimer: Option<String>,
    pub topics: Vec<String>,
    /// The article's own address, for the tools that list articles (the archive builder
    /// records where a summary came from). Allow-listed as a link when read.
    pub url: Option<String>,
    /// The article's own glossary. Its entries win over a site glossary's on an id clash.
    pub entities: Vec<Entity>,
}

impl Article {
    /// Whether the byline shows a date: `published`, `updated` or both.
    pub fn has_dates(&self) -> bool {
        self.published.is_some() || self.updated.is_some()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
    Auto,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
            Direction::Auto => "auto",
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct Author {
    pub name: String,
    pub bio: Option<String>,
    pub url: Option<String>,
}

/// The lead image. `src` is optional: a caption and credit may stand without a picture.
/// `width` and `height` reserve its box before it loads, as for a [`Figure`].
#[derive(Debug, Clone, Default)]
pub struct Image {
    pub src: Option<String>,
    pub alt: Option<String>,
    pub caption: Option<String>,
    pub credit: Option<String>,
    pub width: Option<u32>,
    pub height: Option<u32>,
}

/// One block of the body. In JSON a bare string is a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Paragraph { text: Rich },
    Heading { text: Rich, level: u8 },
    Quote { text: Rich, cite: Option<String> },
    List { ordered: bool, items: Vec<Rich> },
    Image(Figure),
    Divider,
}

impl Block {
    /// The block's texts in reading order: one for most blocks, one per item for a list,
    /// the caption for an image, none for a divider.
    pub fn texts(&self) -> Vec<&Rich> {
        match self {
            Block::Paragraph { text } | Block::Heading { text, .. } | Block::Quote { text, .. } => {
                vec![text]
            }
            Block::List { items, .. } => items.iter().collect(),
            Block::Image(figure) => figure.caption.iter().collect(),
            Block::Divider => Vec::new(),
        }
    }
}

/// A figure inside the body. `width` and `height` reserve its space before it loads.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Figure {
    pub src: String,
    pub alt: Option<String>,
    pub caption: Option<Rich>,
    pub credit: Option<String>,
    pub width: Option<u32>,
    pub height: Option<u32>,
}

/// Text with inline formatting. `text` is the plain text, exactly as given; `spans`
/// cover it end to end, in order, with their marks and links. Plain text has one span.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rich {
    pub text: String,
    pub spans: Vec<Span>,
}

/// A stretch of [`Rich`] text: a byte range, its marks and an optional link.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub marks: Marks,
    pub href: Option<String>,
}

/// Inline marks, as bits: em, strong, code, sup, sub.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Marks(pub u8);

impl Marks {
    /// Every mark with its name and the element that shows it, outermost first.
    pub const ALL: [(u8, &'static str); 5] = [
        (2, "strong"),
        (1, "em"),
        (4, "code"),
        (8, "sup"),
        (16, "sub"),
    ];

    pub fn parse(name: &str) -> Option<u8> {
        Marks::ALL
            .iter()
            .find(|(_, n)| *n == name)
            .map(|(bit, _)| *bit)
    }

    pub fn has(self, bit: u8) -> bool {
        self.0 & bit != 0
    }
}

impl Rich {
    pub fn plain(text: impl Into<String>) -> Rich {
        let text = text.into();
        let end = text.len();
        Rich {
            text,
            spans: vec![Span {
                start: 0,
                end,
                ..Span::default()
            }],
        }
    }

    /// Byte ranges of the linked spans: a name inside one is not marked, because a link is
    /// already a link, and a name may not run across the edge of one.
    pub fn linked(&self) -> Vec<(usize, usize)> {
        self.spans
            .iter()
            .filter(|s| s.href.is_some())
            .map(|s| (s.start, s.end))
            .collect()
    }
}

impl From<&str> for Rich {
    fn from(text: &str) -> Rich {
        Rich::plain(text)
    }
}

/// A glossary entry: something a reader may want a card for.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Entity {
    pub id: String,
    pub name: String,
    pub kind: Kind,
    pub aliases: Vec<String>,
    pub summary: Option<String>,
    pub facts: Vec<Fact>,
    pub links: Vec<Link>,
    /// An image URL for the card, loaded lazily.
    pub image: Option<String>,
    /// Ids of related entities, shown as chips on the card.
    pub related: Vec<String>,
    /// What the engine worked out for the card at publish time, shown as given.
    pub card: CardWords,
    /// Read from a complete glossary (`"complete": true`): its name and aliases are every
    /// form the article writes it in, matched as written (DESIGN.md, "Complete glossaries").
    pub complete: bool,
}

/// The card words `gloss render` and `gloss glossary article` write for an entity, which a
/// card shows instead of working them out again (docs/article-format.md).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CardWords {
    /// Where the summary comes from: `"article"`, `"acronym"`, or the glossary (`None`).
    pub source: Option<String>,
    /// For an entity with no summary, the sentence that first names it: the text before
    /// the name (an ellipsis where it was cut), the name, and the text after it.
    pub passage: Option<[String; 3]>,
    /// An acronym's short form, shown under the name.
    pub short: Option<String>,
    /// A name the engine found itself, for which the knowledge source may guess a page.
    pub found: bool,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Person,
    Organization,
    Place,
    Event,
    Concept,
    Work,
    #[default]
    Other,
}

impl Kind {
    pub const ALL: [Kind; 7] = [
        Kind::Person,
        Kind::Organization,
        Kind::Place,
        Kind::Event,
        Kind::Concept,
        Kind::Work,
        Kind::Other,
    ];

    pub fn parse(name: &str) -> Option<Kind> {
        Some(match name {
            "person" => Kind::Person,
            "organization" | "organisation" => Kind::Organization,
            "place" => Kind::Place,
            "event" => Kind::Event,
            "concept" => Kind::Concept,
            "work" => Kind::Work,
            "other" => Kind::Other,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Person => "person",
            Kind::Organization => "organization",
            Kind::Place => "place",
            Kind::Event => "event",
            Kind::Concept => "concept",
            Kind::Work => "work",
            Kind::Other => "other",
        }
    }

    /// The label a reader sees on a card.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Person => "Person",
            Kind::Organization => "Organization",
            Kind::Place => "Place",
            Kind::Event => "Event",
            Kind::Concept => "Term",
            Kind::Work => "Work",
            Kind::Other => "Name",
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Fact {
    pub label: String,
    pub value: String,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Link {
    pub label: String,
    pub url: String,
}

/// A value read from the input, with warnings about what was ignored.
#[derive(Debug, Clone)]
pub struct Read<T> {
    pub value: T,
    /// Unknown fields and the like: worth a console warning, but they change nothing.
    pub warnings: Vec<InputError>,
    /// Glossary entries left out because they are wrong, one problem each: a warning
    /// for a reader's console, an error for an author's checker. One bad entry never
    /// takes the rest down.
    pub skipped: Vec<InputError>,
}

/// `n` as a width or height: a whole number of pixels, 1 to 100,000.
pub(crate) fn whole_pixels(n: f64) -> Option<u32> {
    ((1.0..=100_000.0).contains(&n) && n == (n as u32) as f64).then_some(n as u32)
}
