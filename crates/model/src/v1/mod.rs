//! The article format v1 read from any [`JsonValue`], with the JSON path in every error
//! and a warning for every field gloss does not know. This file reads the format's parts
//! (the article, its blocks, rich text and entities) with the field helpers of
//! `fields.rs`. An article is read for its shape only, and `read.rs` applies
//! `validate.rs`'s rules, since the checker wants every problem rather than the first.
//! Entities are the exception: a glossary is shared by every article of a site, so an
//! entry that breaks a rule is left out here, in the article's `entities` as in a
//! glossary, and the rest is read.

mod fields;

use super::path::{element_path, member_path};
use super::validate::entity_problem;
use super::value::{JsonValue, Shape};
use super::{
    Article, Author, Block, CardWords, Direction, Entity, Fact, Figure, Image, InputError, Kind,
    Link, Marks, Read, Rich, Span,
};
use fields::{expected, present, Problem, Reader};
use gloss_base::pause::Clock;
use gloss_base::StringMap;

/// Reads an article's shape, pausing between blocks and between entities when `clock`'s
/// time is up.
pub(crate) async fn read_article<V: JsonValue>(
    input: &V,
    clock: &dyn Clock,
) -> Result<Read<Article>, InputError> {
    let mut reader = Reader::default();
    let article = reader
        .article(input, clock)
        .await
        .map_err(|problem| *problem)?;
    Ok(Read {
        value: article,
        warnings: reader.warnings,
        skipped: reader.skipped,
    })
}

/// Reads a glossary: an entity array, or an object with `entities`, pausing between
/// entities when `clock`'s time is up. An entry that is wrong is left out, with its
/// problem in `skipped`; only a glossary with no list to read is an error.
pub async fn read_glossary_paused<V: JsonValue>(
    input: &V,
    clock: &dyn Clock,
) -> Result<Read<Vec<Entity>>, InputError> {
    let mut reader = Reader::default();
    let mut complete = false;
    let (list, prefix) = match input.shape() {
        Shape::Array => (input.clone(), ""),
        Shape::Object => {
            reader.known_fields(input, "", &["entities", "complete"]);
            complete = reader
                .optional_bool(input, "complete", "")
                .map_err(|problem| *problem)?
                == Some(true);
            let list = input
                .member("entities")
                .ok_or_else(|| InputError::at("entities", "this field is required"))?;
            (list, "entities")
        }
        other => return Err(*expected("", "an array of entities", other)),
    };
    let mut entities = Vec::new();
    let mut kept = Kept::default();
    reader
        .long_list(&list, prefix, clock, &mut |r, v, p| {
            r.keep_entity(v, p, prefix, &mut kept, &mut entities);
            Ok(())
        })
        .await
        .map_err(|problem| *problem)?;
    for entity in entities.iter_mut() {
        entity.complete = complete;
    }
    Ok(Read {
        value: entities,
        warnings: reader.warnings,
        skipped: reader.skipped,
    })
}

/// The problem of a name that is not one of those `expected`: `unknown kind "x"; expected ...`.
fn unknown(path: String, what: &str, name: &str, expected: &str) -> Problem {
    let message = ["unknown ", what, " \"", name, "\"; expected ", expected].concat();
    Box::new(InputError::at(path, message))
}

/// The entries of an entity list read so far: how many, and the index of each id kept.
#[derive(Default)]
struct Kept {
    entries: usize,
    ids: StringMap,
}

/// The fields of an article.
const ARTICLE_FIELDS: &[&str] = &[
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

impl Reader {
    /// Reads an article. Its fields are read into one `Article` in place, so that an error
    /// drops one value rather than every field read before it, and outside the `async`
    /// function, whose state machine would otherwise hold their code.
    async fn article<V: JsonValue>(
        &mut self,
        v: &V,
        clock: &dyn Clock,
    ) -> Result<Article, Problem> {
        let mut article = Article::default();
        let body_value = self.article_head(v, &mut article)?;
        let body = &mut article.body;
        self.long_list(&body_value, "body", clock, &mut |r, v, p| {
            r.block(v, p, body)
        })
        .await?;
        if let Some(list) = present(v, "entities") {
            let mut kept = Kept::default();
            let entities = &mut article.entities;
            let mut keep = |r: &mut Reader, v: &V, p: &str| {
                r.keep_entity(v, p, "entities", &mut kept, entities);
                Ok(())
            };
            // Entities that are not a list are left out as a whole, as a glossary would be.
            if let Err(problem) = self.long_list(&list, "entities", clock, &mut keep).await {
                self.skipped.push(*problem);
            }
        }
        self.article_tail(v, &mut article)?;
        Ok(article)
    }

    /// The fields an article's body is read after: the title, the direction and the lead
    /// image. Returns the body, which must be there.
    fn article_head<V: JsonValue>(&mut self, v: &V, article: &mut Article) -> Result<V, Problem> {
        self.object(v, "", ARTICLE_FIELDS)?;
        article.title = self.required_string(v, "title", "")?;
        let body = self.required(v, "body", "")?;
        if let Some(dir) = self.optional_string(v, "dir", "")? {
            article.dir = Some(match dir.as_str() {
                "ltr" => Direction::Ltr,
                "rtl" => Direction::Rtl,
                "auto" => Direction::Auto,
                _ => {
                    return Err(
                        InputError::at("dir", "expected \"ltr\", \"rtl\" or \"auto\"").into(),
                    )
                }
            });
        }
        if let Some(value) = present(v, "image") {
            const FIELDS: &[&str] = &["src", "alt", "caption", "credit", "width", "height"];
            self.object(&value, "image", FIELDS)?;
            article.image = Some(self.picture(&value, "image", false)?);
        }
        Ok(body)
    }

    /// The fields an article's entities are read before.
    fn article_tail<V: JsonValue>(&mut self, v: &V, article: &mut Article) -> Result<(), Problem> {
        article.kicker = self.optional_string(v, "kicker", "")?;
        article.subtitle = self.optional_string(v, "subtitle", "")?;
        article.lang = self.optional_string(v, "lang", "")?;
        let authors = &mut article.authors;
        self.list(v, "authors", "", &mut |r, v, p| {
            r.object(v, p, &["name", "bio", "url"])?;
            authors.push(Author {
                name: r.required_string(v, "name", p)?,
                bio: r.optional_string(v, "bio", p)?,
                url: r.optional_string(v, "url", p)?,
            });
            Ok(())
        })?;
        article.published = self.optional_string(v, "published", "")?;
        article.updated = self.optional_string(v, "updated", "")?;
        article.disclaimer = self.optional_string(v, "disclaimer", "")?;
        article.topics = self.strings(v, "topics", "")?;
        article.url = self.optional_string(v, "url", "")?;
        Ok(())
    }

    /// Reads a block into `body`, pushed where it is made rather than moved out.
    fn block<V: JsonValue>(
        &mut self,
        v: &V,
        path: &str,
        body: &mut Vec<Block>,
    ) -> Result<(), Problem> {
        match v.shape() {
            Shape::String => {
                body.push(Block::Paragraph {
                    text: Rich::plain(self.string(v, path)?),
                });
                return Ok(());
            }
            Shape::Object => {}
            other => return Err(expected(path, "a string or an object", other)),
        }
        let kind = self.required_string(v, "type", path)?;
        let fields: &[&str] = match kind.as_str() {
            "paragraph" => {
                body.push(Block::Paragraph {
                    text: self.rich_text(v, path)?,
                });
                &["type", "text", "spans"]
            }
            "heading" => {
                let level = match v.member("level") {
                    None => 2,
                    Some(level) => match level.number() {
                        Some(n) if n == 2.0 || n == 3.0 || n == 4.0 => n as u8,
                        _ => {
                            return Err(InputError::at(
                                member_path(path, "level"),
                                "a heading's level must be 2, 3 or 4",
                            )
                            .into())
                        }
                    },
                };
                body.push(Block::Heading {
                    text: self.rich_text(v, path)?,
                    level,
                });
                &["type", "text", "spans", "level"]
            }
            "quote" => {
                body.push(Block::Quote {
                    text: self.rich_text(v, path)?,
                    cite: self.optional_string(v, "cite", path)?,
                });
                &["type", "text", "spans", "cite"]
            }
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
                body.push(Block::List { ordered, items });
                &["type", "ordered", "items"]
            }
            "image" => {
                let image = self.picture(v, path, true)?;
                body.push(Block::Image(Figure {
                    src: image.src.unwrap_or_default(),
                    alt: image.alt,
                    caption: image.caption.map(Rich::plain),
                    credit: image.credit,
                    width: image.width,
                    height: image.height,
                }));
                &["type", "src", "alt", "caption", "credit", "width", "height"]
            }
            "divider" => {
                body.push(Block::Divider);
                &["type"]
            }
            _ => {
                return Err(unknown(
                    member_path(path, "type"),
                    "block type",
                    &kind,
                    "paragraph, heading, quote, list, image or divider",
                ));
            }
        };
        self.known_fields(v, path, fields);
        Ok(())
    }

    /// The fields of a picture, the lead image's or a figure's, whose `src` is `required`.
    fn picture<V: JsonValue>(
        &mut self,
        v: &V,
        path: &str,
        required: bool,
    ) -> Result<Image, Problem> {
        let mut image = Image {
            src: if required {
                Some(self.required_string(v, "src", path)?)
            } else {
                self.optional_string(v, "src", path)?
            },
            alt: None,
            caption: None,
            credit: None,
            width: None,
            height: None,
        };
        image.alt = self.optional_string(v, "alt", path)?;
        image.caption = self.optional_string(v, "caption", path)?;
        image.credit = self.optional_string(v, "credit", path)?;
        image.width = self.dimension(v, "width", path)?;
        image.height = self.dimension(v, "height", path)?;
        Ok(image)
    }

    /// The text of a block object: `text` (a string) or `spans` (formatted pieces).
    fn rich_text<V: JsonValue>(&mut self, v: &V, path: &str) -> Result<Rich, Problem> {
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
                    let mut at = 0;
                    // A counter rather than `enumerate`: 18 bytes less in the wasm.
                    #[allow(clippy::explicit_counter_loop)]
                    for name in &names {
                        let Some(bit) = Marks::parse(name) else {
                            let path = element_path(&member_path(p, "marks"), at);
                            return Err(unknown(
                                path,
                                "mark",
                                name,
                                "em, strong, code, sup or sub",
                            ));
                        };
                        marks.0 |= bit;
                        at += 1;
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
            (Some(_), Some(_)) => {
                Err(InputError::at(path, "give either `text` or `spans`, not both").into())
            }
            (None, None) => Err(InputError::at(
                member_path(path, "text"),
                "this field is required (or give `spans`)",
            )
            .into()),
        }
    }

    /// Reads the entity at `path`, the next entry of the list at `list`, into `entities`,
    /// unless it is wrong: then it is left out with its first problem in `skipped`, and
    /// its warnings go with it, so that an entry costs a reader's console one line.
    fn keep_entity<V: JsonValue>(
        &mut self,
        v: &V,
        path: &str,
        list: &str,
        kept: &mut Kept,
        entities: &mut Vec<Entity>,
    ) {
        let warned = self.warnings.len();
        let mut entity = Entity::default();
        let problem = match self.entity(v, path, &mut entity) {
            Err(problem) => Some(*problem),
            Ok(()) => entity_problem(&entity, path, list, &kept.ids),
        };
        match problem {
            None => {
                kept.ids.insert(entity.id.clone(), kept.entries);
                entities.push(entity);
            }
            Some(problem) => {
                self.warnings.truncate(warned);
                self.skipped.push(problem);
            }
        }
        kept.entries += 1;
    }

    /// Reads an entity into `entity`, built in place so that a field's error drops one
    /// value rather than every field read before it.
    fn entity<V: JsonValue>(
        &mut self,
        v: &V,
        path: &str,
        entity: &mut Entity,
    ) -> Result<(), Problem> {
        self.object(
            v,
            path,
            &[
                "id", "name", "kind", "aliases", "summary", "facts", "links", "image", "related",
                // What `gloss glossary build` knows of the entity, read past in silence,
                // and the card words (`card_words`).
                "archive", "source", "passage", "short", "found",
            ],
        )?;
        if let Some(name) = self.optional_string(v, "kind", path)? {
            entity.kind = Kind::parse(&name).ok_or_else(|| {
                unknown(
                    member_path(path, "kind"),
                    "kind",
                    &name,
                    "person, organization, place, event, concept, work or other",
                )
            })?;
        }
        entity.id = self.required_string(v, "id", path)?;
        entity.name = self.required_string(v, "name", path)?;
        entity.aliases = self.strings(v, "aliases", path)?;
        entity.summary = self.optional_string(v, "summary", path)?;
        let facts = &mut entity.facts;
        self.list(v, "facts", path, &mut |r, v, p| {
            r.object(v, p, &["label", "value"])?;
            facts.push(Fact {
                label: r.required_string(v, "label", p)?,
                value: r.required_string(v, "value", p)?,
            });
            Ok(())
        })?;
        let links = &mut entity.links;
        self.list(v, "links", path, &mut |r, v, p| {
            r.object(v, p, &["label", "url"])?;
            links.push(Link {
                label: r.required_string(v, "label", p)?,
                url: r.required_string(v, "url", p)?,
            });
            Ok(())
        })?;
        entity.image = self.optional_string(v, "image", path)?;
        entity.related = self.strings(v, "related", path)?;
        self.card_words(v, path, &mut entity.card)
    }

    /// The card words an entity may carry: docs/article-format.md, "Card words".
    fn card_words<V: JsonValue>(
        &mut self,
        v: &V,
        path: &str,
        card: &mut CardWords,
    ) -> Result<(), Problem> {
        if let Some(p) = present(v, "passage") {
            let at = member_path(path, "passage");
            let mut passage: [String; 3] = Default::default();
            passage[0] = self.optional_string(&p, "before", &at)?.unwrap_or_default();
            passage[1] = self.required_string(&p, "name", &at)?;
            passage[2] = self.optional_string(&p, "after", &at)?.unwrap_or_default();
            card.passage = Some(passage);
        }
        card.source = self.optional_string(v, "source", path)?;
        card.short = self.optional_string(v, "short", path)?;
        card.found = self.optional_bool(v, "found", path)? == Some(true);
        Ok(())
    }
}
