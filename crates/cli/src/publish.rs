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
use super::render::table_entities;
use super::{load, load_glossaries, pretty, usage_error, warn, Failure};
use gloss_engine::{self as engine, article_runs, Annotation, Options, Run, RunPlace};
use gloss_model::{schema_org, Entity};
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

/// The complete glossary of `file` (a JSON article, or a page with `select`).
fn glossary_of(
    file: &str,
    select: Option<&str>,
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
        let annotation = engine::annotate(&article, &glossary, &Options::default());
        let texts: Vec<&str> = article_runs(&article).iter().map(|run| run.text).collect();
        return Ok(complete_glossary(&texts, &annotation));
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

/// `gloss glossary article ARTICLE [--select SELECTOR] [--glossary G]... [-o FILE]`.
pub(crate) fn command(parser: &mut lexopt::Parser) -> Result<(String, i32), Failure> {
    let help: &Help = &help::GLOSSARY_ARTICLE;
    let usage = |e| usage_error(help, e);
    let (mut file, mut output, mut select, mut glossaries) = (None, None, None, Vec::new());
    while let Some(arg) = parser.next().map_err(usage)? {
        match arg {
            Short('h') | Long("help") => return Ok((help.text(), help::SUCCESS)),
            Long("glossary") => {
                glossaries.push(parser.value().map_err(usage)?.string().map_err(usage)?)
            }
            Long("select") => {
                select = Some(parser.value().map_err(usage)?.string().map_err(usage)?)
            }
            Short('o') | Long("output") => {
                output = Some(parser.value().map_err(usage)?.string().map_err(usage)?)
            }
            Value(value) if file.is_none() => file = Some(value.string().map_err(usage)?),
            other => return Err(usage(other.unexpected())),
        }
    }
    let file = file.ok_or_else(|| Failure::usage(help, "glossary article needs an article"))?;
    let json = pretty(&glossary_of(&file, select.as_deref(), &glossaries, help)?);
    match output {
        None => Ok((json, help::SUCCESS)),
        Some(path) => {
            std::fs::write(&path, json).map_err(|e| Failure::file(path.as_ref(), e))?;
            Ok((String::new(), help::SUCCESS))
        }
    }
}
