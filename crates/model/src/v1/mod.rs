//! The article format v1 read from any [`JsonValue`], with the JSON path in every error
//! and a warning for every field gloss does not know. This file reads the format's parts
//! (the article, its blocks, rich text and entities) with the field helpers of
//! `fields.rs`. An article is read for its shape only, and `read.rs` applies
//! `validate.rs`'s rules, since the checker wants every problem rather than the first; a
//! glossary is validated here.

mod fields;

use super::path::{element_path, member_path};
use super::value::{JsonValue, Shape};
use super::{
    validate_glossary, Article, Author, Block, Direction, Entity, Fact, Figure, Image, InputError,
    Kind, Link, Marks, Read, Rich, Span,
};
use fields::{expected, present, Reader};
use gloss_base::pause::Clock;

/// Reads an article's shape, pausing between blocks and between entities when `clock`'s
/// time is up.
pub(crate) async fn read_article<V: JsonValue>(
    input: &V,
    clock: &dyn Clock,
) -> Result<Read<Article>, InputError> {
    let mut reader = Reader::default();
    let article = reader.article(input, clock).await?;
    Ok(Read {
        value: article,
        warnings: reader.warnings,
    })
}

/// Reads and validates a glossary: an entity array, or an object with `entities`,
/// pausing between entities when `clock`'s time is up. A glossary has one format, so it
/// is validated here rather than in `read.rs`: a second `async` layer around this one
/// would cost the wasm its own state machine.
pub async fn read_glossary_paused<V: JsonValue>(
    input: &V,
    clock: &dyn Clock,
) -> Result<Read<Vec<Entity>>, InputError> {
    let mut reader = Reader::default();
    let mut list = Vec::new();
    let mut entity = |r: &mut Reader, v: &V, p: &str| {
        list.push(r.entity(v, p)?);
        Ok(())
    };
    let prefix = match input.shape() {
        Shape::Array => {
            reader.long_list(input, "", clock, &mut entity).await?;
            ""
        }
        Shape::Object => {
            reader.known_fields(input, "", &["entities"]);
            let entities = input
                .member("entities")
                .ok_or_else(|| InputError::at("entities", "this field is required"))?;
            reader
                .long_list(&entities, "entities", clock, &mut entity)
                .await?;
            "entities"
        }
        other => return Err(expected("", "an array of entities", other)),
    };
    if let Some(problem) = validate_glossary(&list, prefix).into_iter().next() {
        return Err(problem);
    }
    Ok(Read {
        value: list,
        warnings: reader.warnings,
    })
}

impl Reader {
    async fn article<V: JsonValue>(
        &mut self,
        v: &V,
        clock: &dyn Clock,
    ) -> Result<Article, InputError> {
        const FIELDS: &[&str] = &[
            "title",
            "kicker",
            "subtitle",
            "lang",
            "dir",
            "authors",
            "published",
            "updated",
            "image",
            "body",
            "disclaimer",
            "topics",
            "url",
            "entities",
        ];
        self.object(v, "", FIELDS)?;
        let title = self.required_string(v, "title", "")?;
        let body_value = self.required(v, "body", "")?;
        let dir = match self.optional_string(v, "dir", "")? {
            None => None,
            Some(dir) => Some(match dir.as_str() {
                "ltr" => Direction::Ltr,
                "rtl" => Direction::Rtl,
                "auto" => Direction::Auto,
                _ => {
                    return Err(InputError::at(
                        "dir",
                        "expected \"ltr\", \"rtl\" or \"auto\"",
                    ))
                }
            }),
        };
        let image = match present(v, "image") {
            None => None,
            Some(value) => {
                const FIELDS: &[&str] = &["src", "alt", "caption", "credit", "width", "height"];
                self.object(&value, "image", FIELDS)?;
                Some(Image {
                    src: self.optional_string(&value, "src", "image")?,
                    alt: self.optional_string(&value, "alt", "image")?,
                    caption: self.optional_string(&value, "caption", "image")?,
                    credit: self.optional_string(&value, "credit", "image")?,
                    width: self.dimension(&value, "width", "image")?,
                    height: self.dimension(&value, "height", "image")?,
                })
            }
        };
        let mut body = Vec::new();
        self.long_list(&body_value, "body", clock, &mut |r, v, p| {
            body.push(r.block(v, p)?);
            Ok(())
        })
        .await?;
        let mut entities = Vec::new();
        if let Some(list) = present(v, "entities") {
            self.long_list(&list, "entities", clock, &mut |r, v, p| {
                entities.push(r.entity(v, p)?);
                Ok(())
            })
            .await?;
        }
        let kicker = self.optional_string(v, "kicker", "")?;
        let subtitle = self.optional_string(v, "subtitle", "")?;
        let lang = self.optional_string(v, "lang", "")?;
        let mut authors = Vec::new();
        self.list(v, "authors", "", &mut |r, v, p| {
            r.object(v, p, &["name", "bio", "url"])?;
            authors.push(Author {
                name: r.required_string(v, "name", p)?,
                bio: r.optional_string(v, "bio", p)?,
                url: r.optional_string(v, "url", p)?,
            });
            Ok(())
        })?;
        Ok(Article {
            title,
            kicker,
            subtitle,
            lang,
            dir,
            authors,
            published: self.optional_string(v, "published", "")?,
            updated: self.optional_string(v, "updated", "")?,
            image,
            body,
            disclaimer: self.optional_string(v, "disclaimer", "")?,
            topics: self.strings(v, "topics", "")?,
            url: self.optional_string(v, "url", "")?,
            entities,
        })
    }

    fn block<V: JsonValue>(&mut self, v: &V, path: &str) -> Result<Block, InputError> {
        match v.shape() {
            Shape::String => {
                return Ok(Block::Paragraph {
                    text: Rich::plain(self.string(v, path)?),
                })
            }
            Shape::Object => {}
            other => return Err(expected(path, "a string or an object", other)),
        }
        let kind = self.required_string(v, "type", path)?;
        let (fields, block): (&[&str], Block) = match kind.as_str() {
            "paragraph" => (
                &["type", "text", "spans"],
                Block::Paragraph {
                    text: self.rich_text(v, path)?,
                },
            ),
            "heading" => {
                let level = match v.member("level") {
                    None => 2,
                    Some(level) => match level.number() {
                        Some(n) if n == 2.0 || n == 3.0 || n == 4.0 => n as u8,
                        _ => {
                            return Err(InputError::at(
                                member_path(path, "level"),
                                "a heading's level must be 2, 3 or 4",
                            ))
                        }
                    },
                };
                (
                    &["type", "text", "spans", "level"],
                    Block::Heading {
                        text: self.rich_text(v, path)?,
                        level,
                    },
                )
            }
            "quote" => (
                &["type", "text", "spans", "cite"],
                Block::Quote {
                    text: self.rich_text(v, path)?,
                    cite: self.optional_string(v, "cite", path)?,
                },
            ),
            "list" => {
                let items_value = self.required(v, "items", path)?;
                let ordered = self.optional_bool(v, "ordered", path)?.unwrap_or(false);
                let mut items = Vec::new();
                self.elements(&items_value, &member_path(path, "items"), &mut |r, v, p| {
                    items.push(match v.shape() {
                        Shape::Object => {
                            r.known_fields(v, p, &["text", "spans"]);
                            r.rich_text(v, p)?
                        }
                        _ => Rich::plain(r.string(v, p)?),
                    });
                    Ok(())
                })?;
                (
                    &["type", "ordered", "items"],
                    Block::List { ordered, items },
                )
            }
            "image" => (
                &["type", "src", "alt", "caption", "credit", "width", "height"],
                Block::Image(Figure {
                    src: self.required_string(v, "src", path)?,
                    alt: self.optional_string(v, "alt", path)?,
                    caption: self.optional_string(v, "caption", path)?.map(Rich::plain),
                    credit: self.optional_string(v, "credit", path)?,
                    width: self.dimension(v, "width", path)?,
                    height: self.dimension(v, "height", path)?,
                }),
            ),
            "divider" => (&["type"], Block::Divider),
            _ => {
                let mut message = String::from("unknown block type \"");
                message.push_str(&kind);
                message.push_str("\"; expected paragraph, heading, quote, list, image or divider");
                return Err(InputError::at(member_path(path, "type"), message));
            }
        };
        self.known_fields(v, path, fields);
        Ok(block)
    }

    /// The text of a block object: `text` (a string) or `spans` (formatted pieces).
    fn rich_text<V: JsonValue>(&mut self, v: &V, path: &str) -> Result<Rich, InputError> {
        match (v.member("text"), v.member("spans")) {
            (Some(text), None) => Ok(Rich::plain(self.string(&text, &member_path(path, "text"))?)),
            (None, Some(spans)) => {
                let path = member_path(path, "spans");
                let mut rich = Rich::default();
                self.elements(&spans, &path, &mut |r, v, p| {
                    r.object(v, p, &["text", "marks", "href"])?;
                    let text = r.required_string(v, "text", p)?;
                    let mut marks = Marks::default();
                    let names = r.strings(v, "marks", p)?;
                    for (at, name) in names.iter().enumerate() {
                        let bit = Marks::parse(name).ok_or_else(|| {
                            let mut message = String::from("unknown mark \"");
                            message.push_str(name);
                            message.push_str("\"; expected em, strong, code, sup or sub");
                            InputError::at(element_path(&member_path(p, "marks"), at), message)
                        })?;
                        marks.0 |= bit;
                    }
                    let href = r.optional_string(v, "href", p)?;
                    let start = rich.text.len();
                    rich.text.push_str(&text);
                    rich.spans.push(Span {
                        start,
                        end: rich.text.len(),
                        marks,
                        href,
                    });
                    Ok(())
                })?;
                Ok(rich)
            }
            (Some(_), Some(_)) => Err(InputError::at(
                path,
                "give either `text` or `spans`, not both",
            )),
            (None, None) => Err(InputError::at(
                member_path(path, "text"),
                "this field is required (or give `spans`)",
            )),
        }
    }

    fn entity<V: JsonValue>(&mut self, v: &V, path: &str) -> Result<Entity, InputError> {
        self.object(
            v,
            path,
            &[
                "id", "name", "kind", "aliases", "summary", "facts", "links", "image", "related",
                // What `gloss glossary build` knows of the entity, and the card words
                // `gloss render` writes in its entity table (`gloss_view::entity_table`
                // reads them): read past in silence.
                "archive", "source", "passage", "short", "found",
            ],
        )?;
        let kind = match self.optional_string(v, "kind", path)? {
            None => Kind::Other,
            Some(name) => Kind::parse(&name).ok_or_else(|| {
                let mut message = String::from("unknown kind \"");
                message.push_str(&name);
                message.push_str(
                    "\"; expected person, organization, place, event, concept, work or other",
                );
                InputError::at(member_path(path, "kind"), message)
            })?,
        };
        let id = self.required_string(v, "id", path)?;
        let name = self.required_string(v, "name", path)?;
        let aliases = self.strings(v, "aliases", path)?;
        let summary = self.optional_string(v, "summary", path)?;
        let mut facts = Vec::new();
        self.list(v, "facts", path, &mut |r, v, p| {
            r.object(v, p, &["label", "value"])?;
            facts.push(Fact {
                label: r.required_string(v, "label", p)?,
                value: r.required_string(v, "value", p)?,
            });
            Ok(())
        })?;
        let mut links = Vec::new();
        self.list(v, "links", path, &mut |r, v, p| {
            r.object(v, p, &["label", "url"])?;
            links.push(Link {
                label: r.required_string(v, "label", p)?,
                url: r.required_string(v, "url", p)?,
            });
            Ok(())
        })?;
        Ok(Entity {
            id,
            name,
            kind,
            aliases,
            summary,
            facts,
            links,
            image: self.optional_string(v, "image", path)?,
            related: self.strings(v, "related", path)?,
        })
    }
}
