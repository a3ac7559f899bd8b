//! schema.org input: a `NewsArticle` or `Article` in JSON-LD, as news sites publish it,
//! mapped to the v1 model. `mentions` and `about` Things become glossary entities.
//! Wherever schema.org allows one value or many, both are accepted.

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

/// Whether `input` is JSON-LD rather than a v1 article: it has `@context`, `@type` or
/// `@graph` and no v1 `body`, or it is an array of such nodes.
pub fn is_json_ld<V: JsonValue>(input: &V) -> bool {
    match input.shape() {
        Shape::Array => input
            .elements()
            .is_some_and(|items| items.iter().any(is_json_ld)),
        Shape::Object => {
            input.member("body").is_none()
                && ["@context", "@type", "@graph"]
                    .iter()
                    .any(|key| input.member(key).is_some())
        }
        _ => false,
    }
}

/// Reads a schema.org article and validates the v1 article it becomes.
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
    let body = paragraphs(&body_text);
    let mut article = Article {
        title,
        kicker: strings(&node, "articleSection").into_iter().next(),
        subtitle: text(&node, "alternativeHeadline"),
        lang: text(&node, "inLanguage"),
        authors: authors(&node),
        published: text(&node, "datePublished"),
        updated: text(&node, "dateModified"),
        image: nodes(&node, "image").first().map(image),
        body,
        topics: keywords(&node),
        url: text(&node, "url").or_else(|| page_id(&node)),
        entities: entities_from_schema_org(&node),
        ..Article::default()
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
    if let Some(problem) = validate_article(&article).into_iter().next() {
        return Err(problem);
    }
    Ok(Read {
        value: article,
        warnings,
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
                ..Author::default()
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
pub fn entities_from_schema_org<V: JsonValue>(input: &V) -> Vec<Entity> {
    let node = find_article(input).unwrap_or_else(|| input.clone());
    let mut entities: Vec<Entity> = Vec::new();
    let mut things = nodes(&node, "about");
    things.append(&mut nodes(&node, "mentions"));
    for thing in &things {
        let Some(name) = thing.string().or_else(|| text(thing, "name")) else {
            continue;
        };
        if !name.chars().any(char::is_alphanumeric) || entities.iter().any(|e| e.name == name) {
            continue;
        }
        let mut id = slug(&name);
        while entities.iter().any(|e| e.id == id) {
            id.push('-');
        }
        let kind = kind_of(&types(thing));
        let mut aliases = Vec::new();
        for alias in strings(thing, "alternateName") {
            if alias.chars().any(char::is_alphanumeric) {
                aliases.push(alias);
            }
        }
        let summary = text(thing, "description");
        let mut links = Vec::new();
        for url in strings(thing, "sameAs") {
            links.push(Link {
                label: link_label(&url),
                url,
            });
        }
        entities.push(Entity {
            id,
            kind,
            aliases,
            summary,
            links,
            name,
            ..Entity::default()
        });
    }
    entities
}

/// Finds the article node: the node itself, an element of an array, or one in `@graph`.
fn find_article<V: JsonValue>(input: &V) -> Option<V> {
    find_article_within(input, 4)
}

/// [`find_article`] at most `depth` arrays and graphs down: real pages nest one or two,
/// and a hostile one must not exhaust the stack.
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
    let value = node.member(key)?;
    let first = match value.elements() {
        Some(items) => items.into_iter().next()?,
        None => value,
    };
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
            ..Image::default()
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
