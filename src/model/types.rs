//! The article format v1 as Rust types. `schema/article.schema.json` describes the same format.

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
    /// ISO 8601, checked by [`crate::model::validate_article`].
    pub published: Option<String>,
    pub updated: Option<String>,
    pub image: Option<Image>,
    pub body: Vec<Block>,
    pub disclaimer: Option<String>,
    pub topics: Vec<String>,
    /// The article's own glossary. Its entries win over a site glossary's on an id clash.
    pub entities: Vec<Entity>,
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
#[derive(Debug, Clone, Default)]
pub struct Image {
    pub src: Option<String>,
    pub alt: Option<String>,
    pub caption: Option<String>,
    pub credit: Option<String>,
}

/// One block of the body. In JSON a bare string is a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Paragraph { text: String },
    Heading { text: String, level: u8 },
    Quote { text: String, cite: Option<String> },
    List { ordered: bool, items: Vec<String> },
}

impl Block {
    /// The block's texts in reading order: one for most blocks, one per item for a list.
    pub fn texts(&self) -> Vec<&str> {
        match self {
            Block::Paragraph { text } | Block::Heading { text, .. } | Block::Quote { text, .. } => {
                vec![text.as_str()]
            }
            Block::List { items, .. } => items.iter().map(String::as_str).collect(),
        }
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
