//! The article format v1 as Rust types. `schema/article.schema.json` describes the same format.

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};
use std::fmt;

/// An article: the headline, its metadata, the body and an optional glossary.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Article {
    pub title: String,
    #[serde(default)]
    pub kicker: Option<String>,
    #[serde(default)]
    pub subtitle: Option<String>,
    /// A BCP 47 language tag such as `en` or `zh-Hans`.
    #[serde(default)]
    pub lang: Option<String>,
    #[serde(default)]
    pub dir: Option<Direction>,
    #[serde(default)]
    pub authors: Vec<Author>,
    /// ISO 8601, checked by [`crate::model::validate_article`].
    #[serde(default)]
    pub published: Option<String>,
    #[serde(default)]
    pub updated: Option<String>,
    #[serde(default)]
    pub image: Option<Image>,
    pub body: Vec<Block>,
    #[serde(default)]
    pub disclaimer: Option<String>,
    #[serde(default)]
    pub topics: Vec<String>,
    /// The article's own glossary. Its entries win over a site glossary's on an id clash.
    #[serde(default)]
    pub entities: Vec<Entity>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
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

#[derive(Debug, Clone, Default, Deserialize)]
pub struct Author {
    pub name: String,
    #[serde(default)]
    pub bio: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
}

/// The lead image. `src` is optional: a caption and credit may stand without a picture.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Image {
    #[serde(default)]
    pub src: Option<String>,
    #[serde(default)]
    pub alt: Option<String>,
    #[serde(default)]
    pub caption: Option<String>,
    #[serde(default)]
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

/// The object form of a block, before its `type` is checked.
#[derive(Deserialize)]
struct BlockObject {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    level: Option<u8>,
    #[serde(default)]
    cite: Option<String>,
    #[serde(default)]
    ordered: Option<bool>,
    #[serde(default)]
    items: Option<Vec<String>>,
}

impl BlockObject {
    fn into_block<E: de::Error>(self) -> Result<Block, E> {
        let text = |text: Option<String>| text.ok_or_else(|| E::missing_field("text"));
        match self.kind.as_str() {
            "paragraph" => Ok(Block::Paragraph {
                text: text(self.text)?,
            }),
            "heading" => {
                let level = self.level.unwrap_or(2);
                if !(2..=4).contains(&level) {
                    return Err(E::custom("a heading's level must be 2, 3 or 4"));
                }
                Ok(Block::Heading {
                    text: text(self.text)?,
                    level,
                })
            }
            "quote" => Ok(Block::Quote {
                text: text(self.text)?,
                cite: self.cite,
            }),
            "list" => Ok(Block::List {
                ordered: self.ordered.unwrap_or(false),
                items: self.items.ok_or_else(|| E::missing_field("items"))?,
            }),
            _ => Err(E::unknown_variant(&self.kind, BLOCK_TYPES)),
        }
    }
}

const BLOCK_TYPES: &[&str] = &["paragraph", "heading", "quote", "list"];

impl<'de> Deserialize<'de> for Block {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct BlockVisitor;
        impl<'de> Visitor<'de> for BlockVisitor {
            type Value = Block;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string or an object")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<Block, E> {
                Ok(Block::Paragraph {
                    text: text.to_owned(),
                })
            }
            fn visit_string<E: de::Error>(self, text: String) -> Result<Block, E> {
                Ok(Block::Paragraph { text })
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Block, A::Error> {
                BlockObject::deserialize(de::value::MapAccessDeserializer::new(map))?.into_block()
            }
        }
        deserializer.deserialize_any(BlockVisitor)
    }
}

/// A glossary entry: something a reader may want a card for.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
pub struct Entity {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub kind: Kind,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub summary: Option<String>,
    #[serde(default)]
    pub facts: Vec<Fact>,
    #[serde(default)]
    pub links: Vec<Link>,
    /// An image URL for the card, loaded lazily.
    #[serde(default)]
    pub image: Option<String>,
    /// Ids of related entities, shown as chips on the card.
    #[serde(default)]
    pub related: Vec<String>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Person,
    #[serde(alias = "organisation")]
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

#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
pub struct Fact {
    pub label: String,
    pub value: String,
}

#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
pub struct Link {
    pub label: String,
    pub url: String,
}

/// A site glossary file: either a bare array of entities or `{"entities": [...]}`.
#[derive(Debug, Clone, Default)]
pub struct Glossary {
    pub entities: Vec<Entity>,
}

impl<'de> Deserialize<'de> for Glossary {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct GlossaryVisitor;
        impl<'de> Visitor<'de> for GlossaryVisitor {
            type Value = Glossary;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an array of entities or an object with `entities`")
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, seq: A) -> Result<Glossary, A::Error> {
                let entities = Vec::deserialize(de::value::SeqAccessDeserializer::new(seq))?;
                Ok(Glossary { entities })
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Glossary, A::Error> {
                #[derive(Deserialize)]
                struct Wrapped {
                    entities: Vec<Entity>,
                }
                let wrapped = Wrapped::deserialize(de::value::MapAccessDeserializer::new(map))?;
                Ok(Glossary {
                    entities: wrapped.entities,
                })
            }
        }
        deserializer.deserialize_any(GlossaryVisitor)
    }
}
