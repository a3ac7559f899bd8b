//! Reading the article format from any [`JsonValue`], with the JSON path in every error
//! and a warning for every field gloss does not know.

use super::value::{JsonValue, Shape};
use super::{
    validate_article, validate_glossary, Article, Author, Block, Direction, Entity, Fact, Figure,
    Image, InputError, Kind, Link, Marks, Rich, Span,
};
use crate::engine::pause::{pause_point, run_to_end, Clock, Unlimited};

/// A value read from the input, with warnings about what was ignored.
#[derive(Debug, Clone)]
pub struct Read<T> {
    pub value: T,
    /// Unknown fields and the like: worth a console warning, but they change nothing.
    pub warnings: Vec<InputError>,
}

/// Reads and validates an article: format v1, or a schema.org article in JSON-LD.
pub fn read_article<V: JsonValue>(input: &V) -> Result<Read<Article>, InputError> {
    run_to_end(read_article_paused(input, &Unlimited))
}

/// [`read_article`], pausing between blocks and between entities when `clock`'s time
/// is up.
pub async fn read_article_paused<V: JsonValue>(
    input: &V,
    clock: &dyn Clock,
) -> Result<Read<Article>, InputError> {
    if super::schema_org::is_json_ld(input) {
        return super::schema_org::read_schema_org(input);
    }
    let read = read_unvalidated(input, clock).await?;
    first_problem(validate_article(&read.value))?;
    Ok(read)
}

/// Reads an article's shape without the checks of [`validate_article`], so that a checker
/// can list every problem rather than stop at the first.
pub fn read_article_unvalidated<V: JsonValue>(input: &V) -> Result<Read<Article>, InputError> {
    run_to_end(read_unvalidated(input, &Unlimited))
}

async fn read_unvalidated<V: JsonValue>(
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

/// Reads and validates a glossary: an entity array, or an object with `entities`.
pub fn read_glossary<V: JsonValue>(input: &V) -> Result<Read<Vec<Entity>>, InputError> {
    run_to_end(read_glossary_paused(input, &Unlimited))
}

/// [`read_glossary`], pausing between entities when `clock`'s time is up.
pub async fn read_glossary_paused<V: JsonValue>(
    input: &V,
    clock: &dyn Clock,
) -> Result<Read<Vec<Entity>>, InputError> {
    let mut reader = Reader::default();
    let entity = |r: &mut Reader, v: &V, p: &str| r.entity(v, p);
    let (list, prefix) = match input.shape() {
        Shape::Array => (reader.long_list(input, "", clock, entity).await?, ""),
        Shape::Object => {
            reader.known_fields(input, "", &["entities"]);
            let list = input
                .member("entities")
                .ok_or_else(|| InputError::at("entities", "this field is required"))?;
            let list = reader.long_list(&list, "entities", clock, entity).await?;
            (list, "entities")
        }
        other => return Err(expected("", "an array of entities", other)),
    };
    first_problem(validate_glossary(&list, prefix))?;
    Ok(Read {
        value: list,
        warnings: reader.warnings,
    })
}

/// Reads and validates an article from JSON text, with line and column in every error.
#[cfg(not(target_arch = "wasm32"))]
pub fn article_from_json(text: &str) -> Result<Read<Article>, InputError> {
    let mut read = read_article(&parse_json(text)?).map_err(|e| locate(e, text))?;
    read.warnings = read.warnings.into_iter().map(|w| locate(w, text)).collect();
    Ok(read)
}

/// Reads and validates a glossary from JSON text.
#[cfg(not(target_arch = "wasm32"))]
pub fn glossary_from_json(text: &str) -> Result<Read<Vec<Entity>>, InputError> {
    read_glossary(&parse_json(text)?).map_err(|e| locate(e, text))
}

/// Parses JSON text. A syntax error has no path: the text is not JSON at all.
#[cfg(not(target_arch = "wasm32"))]
pub fn parse_json(text: &str) -> Result<serde_json::Value, InputError> {
    serde_json::from_str(text).map_err(|error| {
        let message = error.to_string();
        let message = match message.rfind(" at line ") {
            Some(at) => message[..at].to_owned(),
            None => message,
        };
        InputError {
            path: String::new(),
            position: Some((error.line(), error.column())),
            message,
        }
    })
}

/// Finds the place a problem's path names in the text.
#[cfg(not(target_arch = "wasm32"))]
pub fn locate(error: InputError, text: &str) -> InputError {
    let position = error
        .position
        .or_else(|| super::locate::position_of_path(text, &error.path));
    InputError { position, ..error }
}

/// `n` as a width or height: a whole number of pixels, 1 to 100,000.
pub(super) fn pixels(n: f64) -> Option<u32> {
    ((1.0..=100_000.0).contains(&n) && n == (n as u32) as f64).then_some(n as u32)
}

fn first_problem(problems: Vec<InputError>) -> Result<(), InputError> {
    match problems.into_iter().next() {
        Some(problem) => Err(problem),
        None => Ok(()),
    }
}

fn expected(path: &str, what: &str, found: Shape) -> InputError {
    let mut message = String::from("expected ");
    message.push_str(what);
    message.push_str(", found ");
    message.push_str(found.described());
    InputError::at(path, message)
}

/// The elements of `value`, which must be an array.
fn array<V: JsonValue>(value: &V, path: &str) -> Result<Vec<V>, InputError> {
    value
        .elements()
        .ok_or_else(|| expected(path, "an array", value.shape()))
}

/// The path of the member `key` of the value at `path`: `image.src`, or `title` at the top.
pub(super) fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        let mut joined = String::with_capacity(path.len() + key.len() + 1);
        joined.push_str(path);
        joined.push('.');
        joined.push_str(key);
        joined
    }
}

/// The path of element `at` of the array at `path`: `body[3]`.
pub(super) fn index(path: &str, at: usize) -> String {
    let mut indexed = String::from(path);
    indexed.push('[');
    indexed.push_str(&crate::decimal(at));
    indexed.push(']');
    indexed
}

#[derive(Default)]
struct Reader {
    warnings: Vec<InputError>,
}

impl Reader {
    /// Warns about every member of `object` that is not in `known`.
    fn known_fields<V: JsonValue>(&mut self, object: &V, path: &str, known: &[&str]) {
        for key in object.keys() {
            if !known.contains(&key.as_str()) {
                self.warnings
                    .push(InputError::at(join(path, &key), "unknown field, ignored"));
            }
        }
    }

    fn object<V: JsonValue>(
        &mut self,
        value: &V,
        path: &str,
        known: &[&str],
    ) -> Result<(), InputError> {
        match value.shape() {
            Shape::Object => {
                self.known_fields(value, path, known);
                Ok(())
            }
            other => Err(expected(path, "an object", other)),
        }
    }

    fn string<V: JsonValue>(&mut self, value: &V, path: &str) -> Result<String, InputError> {
        value
            .string()
            .ok_or_else(|| expected(path, "a string", value.shape()))
    }

    fn required<V: JsonValue>(
        &mut self,
        object: &V,
        key: &'static str,
        path: &str,
    ) -> Result<V, InputError> {
        object
            .member(key)
            .ok_or_else(|| InputError::at(join(path, key), "this field is required"))
    }

    fn required_string<V: JsonValue>(
        &mut self,
        object: &V,
        key: &'static str,
        path: &str,
    ) -> Result<String, InputError> {
        let value = self.required(object, key, path)?;
        self.string(&value, &join(path, key))
    }

    /// A string that may be missing or null.
    fn optional_string<V: JsonValue>(
        &mut self,
        object: &V,
        key: &'static str,
        path: &str,
    ) -> Result<Option<String>, InputError> {
        match object.member(key) {
            None => Ok(None),
            Some(value) if value.shape() == Shape::Null => Ok(None),
            Some(value) => self.string(&value, &join(path, key)).map(Some),
        }
    }

    fn optional_bool<V: JsonValue>(
        &mut self,
        object: &V,
        key: &'static str,
        path: &str,
    ) -> Result<Option<bool>, InputError> {
        match object.member(key) {
            None => Ok(None),
            Some(value) if value.shape() == Shape::Null => Ok(None),
            Some(value) => value
                .boolean()
                .map(Some)
                .ok_or_else(|| expected(&join(path, key), "true or false", value.shape())),
        }
    }

    /// An array that may be missing or null, each element read by `read`.
    fn list<V: JsonValue, T>(
        &mut self,
        object: &V,
        key: &'static str,
        path: &str,
        mut read: impl FnMut(&mut Self, &V, &str) -> Result<T, InputError>,
    ) -> Result<Vec<T>, InputError> {
        let path = join(path, key);
        match object.member(key) {
            None => Ok(Vec::new()),
            Some(value) if value.shape() == Shape::Null => Ok(Vec::new()),
            Some(value) => self.elements(&value, &path, &mut read),
        }
    }

    fn elements<V: JsonValue, T>(
        &mut self,
        value: &V,
        path: &str,
        read: &mut impl FnMut(&mut Self, &V, &str) -> Result<T, InputError>,
    ) -> Result<Vec<T>, InputError> {
        let elements = array(value, path)?;
        let mut out = Vec::with_capacity(elements.len());
        for (at, element) in elements.iter().enumerate() {
            out.push(read(self, element, &index(path, at))?);
        }
        Ok(out)
    }

    /// [`Reader::elements`] for the lists that can be long (the body, the entities),
    /// pausing between elements when `clock`'s time is up.
    async fn long_list<V: JsonValue, T>(
        &mut self,
        value: &V,
        path: &str,
        clock: &dyn Clock,
        read: impl Fn(&mut Self, &V, &str) -> Result<T, InputError>,
    ) -> Result<Vec<T>, InputError> {
        let elements = array(value, path)?;
        let mut out = Vec::with_capacity(elements.len());
        for (at, element) in elements.iter().enumerate() {
            pause_point(clock).await;
            out.push(read(self, element, &index(path, at))?);
        }
        Ok(out)
    }

    fn strings<V: JsonValue>(
        &mut self,
        object: &V,
        key: &'static str,
        path: &str,
    ) -> Result<Vec<String>, InputError> {
        self.list(object, key, path, |r, v, p| r.string(v, p))
    }

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
        let image = match v.member("image") {
            None => None,
            Some(value) if value.shape() == Shape::Null => None,
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
        let body = self
            .long_list(&body_value, "body", clock, |r, v, p| r.block(v, p))
            .await?;
        let entities = match v.member("entities") {
            Some(list) if list.shape() != Shape::Null => {
                self.long_list(&list, "entities", clock, |r, v, p| r.entity(v, p))
                    .await?
            }
            _ => Vec::new(),
        };
        Ok(Article {
            title,
            kicker: self.optional_string(v, "kicker", "")?,
            subtitle: self.optional_string(v, "subtitle", "")?,
            lang: self.optional_string(v, "lang", "")?,
            dir,
            authors: self.list(v, "authors", "", |r, v, p| {
                r.object(v, p, &["name", "bio", "url"])?;
                Ok(Author {
                    name: r.required_string(v, "name", p)?,
                    bio: r.optional_string(v, "bio", p)?,
                    url: r.optional_string(v, "url", p)?,
                })
            })?,
            published: self.optional_string(v, "published", "")?,
            updated: self.optional_string(v, "updated", "")?,
            image,
            body,
            disclaimer: self.optional_string(v, "disclaimer", "")?,
            topics: self.strings(v, "topics", "")?,
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
                                join(path, "level"),
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
                let items = self.required(v, "items", path)?;
                (
                    &["type", "ordered", "items"],
                    Block::List {
                        ordered: self.optional_bool(v, "ordered", path)?.unwrap_or(false),
                        items: self.elements(
                            &items,
                            &join(path, "items"),
                            &mut |r, v, p| match v.shape() {
                                Shape::Object => {
                                    r.known_fields(v, p, &["text", "spans"]);
                                    r.rich_text(v, p)
                                }
                                _ => r.string(v, p).map(Rich::plain),
                            },
                        )?,
                    },
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
                return Err(InputError::at(join(path, "type"), message));
            }
        };
        self.known_fields(v, path, fields);
        Ok(block)
    }

    /// A whole number of pixels, 1 to 100,000.
    fn dimension<V: JsonValue>(
        &mut self,
        object: &V,
        key: &'static str,
        path: &str,
    ) -> Result<Option<u32>, InputError> {
        match object.member(key) {
            None => Ok(None),
            Some(value) if value.shape() == Shape::Null => Ok(None),
            Some(value) => match value.number().and_then(pixels) {
                Some(pixels) => Ok(Some(pixels)),
                None => Err(InputError::at(
                    join(path, key),
                    "expected a whole number of pixels",
                )),
            },
        }
    }

    /// The text of a block object: `text` (a string) or `spans` (formatted pieces).
    fn rich_text<V: JsonValue>(&mut self, v: &V, path: &str) -> Result<Rich, InputError> {
        match (v.member("text"), v.member("spans")) {
            (Some(text), None) => Ok(Rich::plain(self.string(&text, &join(path, "text"))?)),
            (None, Some(spans)) => {
                let path = join(path, "spans");
                let mut rich = Rich::default();
                let pieces = self.elements(&spans, &path, &mut |r, v, p| {
                    r.object(v, p, &["text", "marks", "href"])?;
                    let text = r.required_string(v, "text", p)?;
                    let mut marks = Marks::default();
                    let names = r.strings(v, "marks", p)?;
                    for (at, name) in names.iter().enumerate() {
                        let bit = Marks::parse(name).ok_or_else(|| {
                            let mut message = String::from("unknown mark \"");
                            message.push_str(name);
                            message.push_str("\"; expected em, strong, code, sup or sub");
                            InputError::at(index(&join(p, "marks"), at), message)
                        })?;
                        marks.0 |= bit;
                    }
                    Ok((text, marks, r.optional_string(v, "href", p)?))
                })?;
                for (text, marks, href) in pieces {
                    let start = rich.text.len();
                    rich.text.push_str(&text);
                    rich.spans.push(Span {
                        start,
                        end: rich.text.len(),
                        marks,
                        href,
                    });
                }
                Ok(rich)
            }
            (Some(_), Some(_)) => Err(InputError::at(
                path,
                "give either `text` or `spans`, not both",
            )),
            (None, None) => Err(InputError::at(
                join(path, "text"),
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
                // What `gloss glossary build` knows of the entity: read past in silence.
                "archive",
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
                InputError::at(join(path, "kind"), message)
            })?,
        };
        Ok(Entity {
            id: self.required_string(v, "id", path)?,
            name: self.required_string(v, "name", path)?,
            kind,
            aliases: self.strings(v, "aliases", path)?,
            summary: self.optional_string(v, "summary", path)?,
            facts: self.list(v, "facts", path, |r, v, p| {
                r.object(v, p, &["label", "value"])?;
                Ok(Fact {
                    label: r.required_string(v, "label", p)?,
                    value: r.required_string(v, "value", p)?,
                })
            })?,
            links: self.list(v, "links", path, |r, v, p| {
                r.object(v, p, &["label", "url"])?;
                Ok(Link {
                    label: r.required_string(v, "label", p)?,
                    url: r.required_string(v, "url", p)?,
                })
            })?,
            image: self.optional_string(v, "image", path)?,
            related: self.strings(v, "related", path)?,
        })
    }
}
