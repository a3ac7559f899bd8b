//! `gloss glossary article`: an article's complete glossary, written at publish time so
//! that a page shows its names with no finders (docs/publishing.md).
//!
//! A complete glossary is `{"complete": true, "entities": [...]}` with every entity the
//! full engine marks in the article, each with every form the article writes it in as its
//! name or an alias, and the card words the engine worked out (those of `gloss render`'s
//! entity table). Matching that glossary alone marks what the full engine marks
//! (DESIGN.md, "Complete glossaries"); `tests/publish.rs` holds the two to each other.
//!
//! The article is a JSON file, or an HTML page with `--select`, read as in-place
//! enhancement reads it ([`crate::page`]), so that the lean enhancement build marks on the
//! page what the full one marks (`tests/browser/publish-page.test.mjs`).

use super::help::{self, Help};
use super::json::{decode, Json};
use super::page::{self, Page};
use super::render::{links_json, table_entities};
use super::{load, load_glossaries, pretty, usage_error, warn, Failure};
use gloss_engine::{self as engine, article_runs, Annotation, Options, Run, RunPlace};
use gloss_model::{schema_org, Article, Block, Entity};
use lexopt::prelude::*;
use serde_json::{json, Value};
/// The complete glossary of an article, from its full annotation of `texts`, the runs it
/// read (`article_runs`' texts, or a page's blocks).
pub fn complete_glossary(texts: &[&str], annotation: &Annotation) -> Value {
    let entities: Vec<Value> = table_entities(annotation)
        .into_iter()
        .map(|(index, mut entity)| {
            let info = &annotation.entities[index];
            let mut forms: Vec<&str> = info.aliases.iter().map(String::as_str).collect();
            for &(run, mention) in &info.mentions {
                let text = annotation.runs[run].mentions[mention].text(texts[run]);
                if text != info.name && !forms.contains(&text) {
                    forms.push(text);
                }
            }
            forms.retain(|form| *form != info.name);
            if !forms.is_empty() {
                entity.insert("aliases".into(), json!(forms));
            }
            Value::Object(entity)
        })
        .collect();
    json!({"complete": true, "entities": entities})
}

/// The full annotation of a page's article, as the full enhancement build makes it: its
/// blocks are the runs, and the glossary is the page's JSON-LD entities, then the site
/// glossaries, the first of each id winning (a complete site glossary replaces the
/// JSON-LD, as in the browser).
pub fn annotate_page(page: &Page, site: Vec<Entity>) -> Annotation {
    let mut candidates = Vec::new();
    if !site.iter().any(|entity| entity.complete) {
        for value in &page.json_ld {
            candidates.extend(schema_org::entities_from_schema_org(&Json(value)));
        }
    }
    candidates.extend(site);
    let glossary = engine::first_of_each_id(candidates);
    let runs: Vec<Run> = page
        .blocks
        .iter()
        .enumerate()
        .map(|(block, text)| Run::new(RunPlace::Body { block, item: 0 }, text))
        .collect();
    engine::annotate_runs(&runs, &glossary, &Options::default())
}

/// Whether a file is an HTML page rather than JSON: by its name, else by its first
/// character, since JSON starts with `{` or `[` and a page with `<`.
fn is_html(path: &str, text: &str) -> bool {
    matches!(extension(path).as_deref(), Some("html" | "htm")) || text.trim_start().starts_with('<')
}

/// A file name's extension, in lower case.
fn extension(path: &str) -> Option<String> {
    std::path::Path::new(path)
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
}

/// Whether a file's name says XHTML or XML, which browsers parse as XML whatever its
/// first character.
fn is_xml(path: &str) -> bool {
    matches!(extension(path).as_deref(), Some("xhtml" | "xht" | "xml"))
}

/// The complete glossary of `file` (a JSON article, or a page with `select`), writing the
/// article in format v1 to `article_out` if given.
fn glossary_of(
    file: &str,
    select: Option<&str>,
    article_out: Option<&str>,
    glossaries: &[String],
    help: &Help,
) -> Result<Value, Failure> {
    let bytes = std::fs::read(file).map_err(|e| Failure::file(file.as_ref(), e))?;
    let (text, mut warnings) = decode(bytes);
    if is_xml(file) {
        let message = [
            file,
            ": an XHTML or XML page is read by browsers as XML, not as HTML; \
             give gloss the page served as text/html",
        ]
        .concat();
        return Err(Failure::usage(help, message));
    }
    if !is_html(file, &text) {
        if select.is_some() {
            let message = [file, ": --select reads an HTML page, and this is JSON"].concat();
            return Err(Failure::usage(help, message));
        }
        let (article, glossary) = load(file, glossaries)?;
        if let Some(path) = article_out {
            let as_v1 = match serde_json::from_str::<Value>(&text) {
                Ok(value) if schema_org::is_json_ld(&Json(&value)) => pretty(&v1_article(&article)),
                _ => text.clone(),
            };
            std::fs::write(path, as_v1).map_err(|e| Failure::file(path.as_ref(), e))?;
        }
        let annotation = engine::annotate(&article, &glossary, &Options::default());
        let texts: Vec<&str> = article_runs(&article).iter().map(|run| run.text).collect();
        return Ok(complete_glossary(&texts, &annotation));
    }
    if article_out.is_some() {
        let message = [
            file,
            ": --article writes a JSON article for a widget, and a page is enhanced where it stands",
        ]
        .concat();
        return Err(Failure::usage(help, message));
    }
    let Some(selector) = select else {
        let message = [
            file,
            ": an HTML page needs --select SELECTOR, the containers of the article's text \
             as data-enhance names them",
        ]
        .concat();
        return Err(Failure::usage(help, message));
    };
    // Browsers read a page in its declared charset, not as UTF-8 with U+FFFD.
    for warning in &mut warnings {
        warning.message = "these bytes are not UTF-8, and gloss reads pages as UTF-8: \
                           a browser may read them otherwise"
            .into();
    }
    warn(file, &warnings);
    let chosen = page::parse_selector(selector).map_err(|e| Failure::usage(help, e))?;
    let page = page::read_page(&text, &chosen, selector).map_err(|message| Failure {
        message: [file, ": ", &message].concat(),
        code: help::PROBLEMS,
    })?;
    for warning in &page.warnings {
        eprintln!("gloss: {file}: warning: {warning}");
    }
    let annotation = annotate_page(&page, load_glossaries(glossaries)?);
    let texts: Vec<&str> = page.blocks.iter().map(String::as_str).collect();
    Ok(complete_glossary(&texts, &annotation))
}

/// `gloss glossary article ARTICLE [--select SELECTOR] [--article FILE] [--glossary G]...
/// [-o FILE]`.
pub(crate) fn command(parser: &mut lexopt::Parser) -> Result<(String, i32), Failure> {
    let help: &Help = &help::GLOSSARY_ARTICLE;
    let usage = |e| usage_error(help, e);
    let (mut file, mut output, mut select, mut glossaries) = (None, None, None, Vec::new());
    let mut article_out = None;
    while let Some(arg) = parser.next().map_err(usage)? {
        match arg {
            Short('h') | Long("help") => return Ok((help.text(), help::SUCCESS)),
            Long("glossary") => {
                glossaries.push(parser.value().map_err(usage)?.string().map_err(usage)?)
            }
            Long("select") => {
                select = Some(parser.value().map_err(usage)?.string().map_err(usage)?)
            }
            Long("article") => {
                article_out = Some(parser.value().map_err(usage)?.string().map_err(usage)?)
            }
            Short('o') | Long("output") => {
                output = Some(parser.value().map_err(usage)?.string().map_err(usage)?)
            }
            Value(value) if file.is_none() => file = Some(value.string().map_err(usage)?),
            other => return Err(usage(other.unexpected())),
        }
    }
    let file = file.ok_or_else(|| Failure::usage(help, "glossary article needs an article"))?;
    let glossary = glossary_of(
        &file,
        select.as_deref(),
        article_out.as_deref(),
        &glossaries,
        help,
    )?;
    let json = pretty(&glossary);
    match output {
        None => Ok((json, help::SUCCESS)),
        Some(path) => {
            std::fs::write(&path, json).map_err(|e| Failure::file(path.as_ref(), e))?;
            Ok((String::new(), help::SUCCESS))
        }
    }
}

/// A schema.org article in format v1, which the lean widget build reads (it has no
/// schema.org reader): what `read_schema_org` takes from the JSON-LD, its entities
/// included. The body is plain paragraphs, all a JSON-LD `articleBody` gives.
fn v1_article(article: &Article) -> Value {
    let mut v1 = serde_json::Map::new();
    let mut put = |key: &str, value: Option<&String>| {
        if let Some(value) = value {
            v1.insert(key.into(), json!(value));
        }
    };
    put("title", Some(&article.title));
    put("kicker", article.kicker.as_ref());
    put("subtitle", article.subtitle.as_ref());
    put("lang", article.lang.as_ref());
    put("published", article.published.as_ref());
    put("updated", article.updated.as_ref());
    put("url", article.url.as_ref());
    if !article.authors.is_empty() {
        let authors: Vec<Value> = article
            .authors
            .iter()
            .map(|author| {
                let mut value = json!({"name": author.name});
                for (key, field) in [("bio", &author.bio), ("url", &author.url)] {
                    if let Some(field) = field {
                        value[key] = json!(field);
                    }
                }
                value
            })
            .collect();
        v1.insert("authors".into(), json!(authors));
    }
    if let Some(image) = &article.image {
        let mut value = serde_json::Map::new();
        for (key, field) in [
            ("src", &image.src),
            ("alt", &image.alt),
            ("caption", &image.caption),
            ("credit", &image.credit),
        ] {
            if let Some(field) = field {
                value.insert(key.into(), json!(field));
            }
        }
        for (key, field) in [("width", image.width), ("height", image.height)] {
            if let Some(field) = field {
                value.insert(key.into(), json!(field));
            }
        }
        v1.insert("image".into(), Value::Object(value));
    }
    let body: Vec<Value> = article
        .body
        .iter()
        .filter_map(|block| match block {
            Block::Paragraph { text } => Some(json!(text.text)),
            _ => None,
        })
        .collect();
    v1.insert("body".into(), json!(body));
    if !article.topics.is_empty() {
        v1.insert("topics".into(), json!(article.topics));
    }
    // The entities a JSON-LD `about` and `mentions` make: a name, its kind, aliases, a
    // description and `sameAs` links.
    let entities: Vec<Value> = article
        .entities
        .iter()
        .map(|entity| {
            let mut value =
                json!({"id": entity.id, "name": entity.name, "kind": entity.kind.as_str()});
            if !entity.aliases.is_empty() {
                value["aliases"] = json!(entity.aliases);
            }
            if let Some(summary) = &entity.summary {
                value["summary"] = json!(summary);
            }
            if !entity.links.is_empty() {
                value["links"] = links_json(&entity.links);
            }
            value
        })
        .collect();
    if !entities.is_empty() {
        v1.insert("entities".into(), json!(entities));
    }
    Value::Object(v1)
}
