//! schema.org input: a `NewsArticle` or `Article` in JSON-LD, as news sites publish it,
//! mapped to the v1 model. `mentions` and `about` Things become glossary entities.
//! Wherever schema.org allows one value or many, both are accepted.

pub use super::json_ld::is_json_ld;
use super::validate::{first_problem, has_word_character};
use super::value::{JsonValue, Shape};
use super::{
    validate_article, whole_pixels, Article, Author, Block, Entity, Image, InputError, Kind, Link,
    Read, Rich,
};

/// The `@type`s read as articles.
const ARTICLE_TYPES: &[&str] = &[
    "Article",
    "NewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "ReportageNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "BlogPosting",
    "Report",
    "ScholarlyArticle",
];

/// Reads a schema.org article and validates the v1 article it becomes.
// Every field spelled out: filled from `..Default::default()` measured 168 bytes more.
pub fn read_schema_org<V: JsonValue>(input: &V) -> Result<Read<Article>, InputError> {
    let node = find_article(input)
        .ok_or_else(|| InputError::at("@type", "no Article or NewsArticle in this JSON-LD"))?;
    let mut warnings = Vec::new();
    let title = text(&node, "headline")
        .or_else(|| text(&node, "name"))
        .ok_or_else(|| InputError::at("headline", "this field is required"))?;
    let body_text = text(&node, "articleBody").ok_or_else(|| {
        InputError::at(
            "articleBody",
            "this field is required to render the article",
        )
    })?;
    let mut article = Article {
        title,
        kicker: first_string(&node, "articleSection"),
        subtitle: text(&node, "alternativeHeadline"),
        lang: text(&node, "inLanguage"),
        dir: None,
        authors: authors(&node),
        published: text(&node, "datePublished"),
        updated: text(&node, "dateModified"),
        image: nodes(&node, "image").first().map(image),
        body: paragraphs(&body_text),
        disclaimer: None,
        topics: keywords(&node),
        url: text(&node, "url").or_else(|| page_id(&node)),
        entities: entities_from_schema_org(&node),
    };
    // A malformed date in someone else's metadata is worth a warning, not a refusal.
    for (field, value) in [
        ("datePublished", &mut article.published),
        ("dateModified", &mut article.updated),
    ] {
        if value
            .as_deref()
            .is_some_and(|d| !super::validate::is_iso_8601(d))
        {
            *value = None;
            warnings.push(InputError::at(field, "not an ISO 8601 date, ignored"));
        }
    }
    first_problem(validate_article(&article))?;
    // Its entities are made clean (`entities_from_schema_org`): none is skipped.
    Ok(Read {
        value: article,
        warnings,
        skipped: Vec::new(),
    })
}

/// `mainEntityOfPage`, the page the article is the main entity of: a URL, or a node
/// with an `@id`.
fn page_id<V: JsonValue>(node: &V) -> Option<String> {
    let page = node.member("mainEntityOfPage")?;
    page.string().or_else(|| page.member("@id")?.string())
}

/// The `author` nodes: a name, or a Person with `name`, `description` and `url`; one
/// without a name is left out. Plain loops here and below, rather than iterator chains,
/// since each chain is code of its own in the wasm (DESIGN.md, "Size").
fn authors<V: JsonValue>(node: &V) -> Vec<Author> {
    let mut authors = Vec::new();
    for author in nodes(node, "author") {
        if let Some(name) = author.string() {
            authors.push(Author {
                name,
                bio: None,
                url: None,
            });
        } else if let Some(name) = text(&author, "name") {
            authors.push(Author {
                name,
                bio: text(&author, "description"),
                url: text(&author, "url"),
            });
        }
    }
    authors
}

/// The glossary a JSON-LD node's `mentions` and `about` Things make. The in-place enhancer
/// uses this on its own, with a page's `<script type="application/ld+json">`.
// Each entity filled in place (see `read_schema_org`): 166 bytes less in the wasm.
#[allow(clippy::field_reassign_with_default)]
pub fn entities_from_schema_org<V: JsonValue>(input: &V) -> Vec<Entity> {
    let node = find_article(input).unwrap_or_else(|| input.clone());
    let mut entities: Vec<Entity> = Vec::new();
    for key in ["about", "mentions"] {
        for thing in &nodes(&node, key) {
            let Some(name) = thing.string().or_else(|| text(thing, "name")) else {
                continue;
            };
            if !has_word_character(&name) || entities.iter().any(|e| e.name == name) {
                continue;
            }
            let mut entity = Entity::default();
            entity.id = slug(&name);
            while entities.iter().any(|e| e.id == entity.id) {
                entity.id.push('-');
            }
            entity.kind = kind_of(&types(thing));
            for alias in strings(thing, "alternateName") {
                if has_word_character(&alias) {
                    entity.aliases.push(alias);
                }
            }
            entity.summary = text(thing, "description");
            for url in strings(thing, "sameAs") {
                entity.links.push(Link {
                    label: link_label(&url),
                    url,
                });
            }
            entity.name = name;
            entities.push(entity);
        }
    }
    entities
}

/// Finds the article node: the node itself, an element of an array, or one in `@graph`.
fn find_article<V: JsonValue>(input: &V) -> Option<V> {
    find_article_within(input, 4)
}

/// [`find_article`] at most `depth` arrays and graphs down (as [`is_json_ld`] looks): real
/// pages nest one or two, and a hostile one must not exhaust the stack.
fn find_article_within<V: JsonValue>(input: &V, depth: usize) -> Option<V> {
    let depth = depth.checked_sub(1)?;
    match input.shape() {
        Shape::Array => input
            .elements()?
            .iter()
            .find_map(|element| find_article_within(element, depth)),
        Shape::Object => {
            if types(input)
                .iter()
                .any(|t| ARTICLE_TYPES.contains(&t.as_str()))
            {
                return Some(input.clone());
            }
            input
                .member("@graph")
                .and_then(|graph| find_article_within(&graph, depth))
        }
        _ => None,
    }
}

fn kind_of(types: &[String]) -> Kind {
    for t in types {
        let kind = match t.as_str() {
            "Person" => Kind::Person,
            "Organization"
            | "NewsMediaOrganization"
            | "GovernmentOrganization"
            | "NGO"
            | "Corporation"
            | "EducationalOrganization"
            | "PoliticalParty"
            | "SportsOrganization"
            | "Airline" => Kind::Organization,
            "Place"
            | "Country"
            | "City"
            | "State"
            | "AdministrativeArea"
            | "Continent"
            | "Landform"
            | "LandmarksOrHistoricalBuildings" => Kind::Place,
            "Event" | "NewsEvent" => Kind::Event,
            "CreativeWork" | "Book" | "Movie" | "Report" | "Legislation" | "MusicComposition" => {
                Kind::Work
            }
            "DefinedTerm" | "Intangible" => Kind::Concept,
            _ => continue,
        };
        return kind;
    }
    Kind::Other
}

/// A member as text: a string, or the first string of an array, or an object's `name`.
fn text<V: JsonValue>(node: &V, key: &'static str) -> Option<String> {
    let first = nodes(node, key).into_iter().next()?;
    first
        .string()
        .or_else(|| first.member("name").and_then(|n| n.string()))
        .filter(|s| !s.trim().is_empty())
}

/// The `@type` values of a node.
fn types<V: JsonValue>(node: &V) -> Vec<String> {
    strings(node, "@type")
}

/// A member that may be one string or an array of strings.
fn strings<V: JsonValue>(node: &V, key: &'static str) -> Vec<String> {
    let mut out = Vec::new();
    for value in nodes(node, key) {
        if let Some(string) = value.string() {
            out.push(string);
        }
    }
    out
}

/// The first string of a member that may be one string or an array of strings.
fn first_string<V: JsonValue>(node: &V, key: &'static str) -> Option<String> {
    for value in nodes(node, key) {
        if let Some(string) = value.string() {
            return Some(string);
        }
    }
    None
}

/// A member that may be one node or an array of nodes.
fn nodes<V: JsonValue>(node: &V, key: &'static str) -> Vec<V> {
    match node.member(key) {
        None => Vec::new(),
        Some(value) => value.elements().unwrap_or_else(|| vec![value]),
    }
}

/// `keywords`: an array, or one comma-separated string.
fn keywords<V: JsonValue>(node: &V) -> Vec<String> {
    let mut out = Vec::new();
    for keywords in strings(node, "keywords") {
        for keyword in keywords.split(',') {
            let keyword = keyword.trim();
            if !keyword.is_empty() {
                out.push(keyword.to_owned());
            }
        }
    }
    out
}

/// An image: a URL, or an ImageObject with `url` or `contentUrl`, `caption`, `creditText`,
/// `width` and `height`.
fn image<V: JsonValue>(node: &V) -> Image {
    match node.string() {
        Some(src) => Image {
            src: Some(src),
            alt: None,
            caption: None,
            credit: None,
            width: None,
            height: None,
        },
        None => Image {
            src: text(node, "url").or_else(|| text(node, "contentUrl")),
            alt: text(node, "description"),
            caption: text(node, "caption"),
            credit: text(node, "creditText").or_else(|| text(node, "copyrightHolder")),
            width: pixels(node, "width"),
            height: pixels(node, "height"),
        },
    }
}

/// An ImageObject's `width` or `height` in pixels, given as a number.
fn pixels<V: JsonValue>(node: &V, key: &'static str) -> Option<u32> {
    node.member(key)?.number().and_then(whole_pixels)
}

/// `articleBody` is plain text: blank lines, or else single line breaks, part paragraphs.
fn paragraphs(body: &str) -> Vec<Block> {
    // Split by hand rather than on a string pattern, whose searcher costs the wasm more
    // than this loop.
    let bytes = body.as_bytes();
    let blank_lines = bytes.windows(2).any(|pair| pair == b"\n\n");
    let separator = if blank_lines { 2 } else { 1 };
    let mut blocks = Vec::new();
    let mut push = |piece: &str| {
        let piece = piece.trim();
        if !piece.is_empty() {
            blocks.push(Block::Paragraph {
                text: Rich::plain(piece),
            });
        }
    };
    let (mut start, mut at) = (0, 0);
    while at < bytes.len() {
        if bytes[at] == b'\n' && (!blank_lines || bytes.get(at + 1) == Some(&b'\n')) {
            push(&body[start..at]);
            at += separator;
            start = at;
        } else {
            at += 1;
        }
    }
    push(&body[start..]);
    blocks
}

fn slug(name: &str) -> String {
    let mut slug = String::new();
    for c in name.chars() {
        if c.is_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        "entity".to_owned()
    } else {
        slug.to_owned()
    }
}

/// A link's label: the host of its URL ("en.wikipedia.org"), as a `sameAs` URL becomes a
/// link.
pub fn link_label(url: &str) -> String {
    let rest = url
        .match_indices(':')
        .find(|&(at, _)| url[at + 1..].starts_with("//"))
        .map_or(url, |(at, _)| &url[at + 3..]);
    // A byte scan rather than `split` on a pattern of chars (see `url::scheme_of`).
    let end = rest
        .bytes()
        .position(|b| matches!(b, b'/' | b'?' | b'#'))
        .unwrap_or(rest.len());
    let mut host = &rest[..end];
    while let Some(shorter) = host.strip_prefix("www.") {
        host = shorter;
    }
    host.to_owned()
}
