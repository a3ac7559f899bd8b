//! `gloss glossary article`: an article's complete glossary, written at publish time so
//! that a page shows its names with no finders (docs/publishing.md).
//!
//! A complete glossary is `{"complete": true, "entities": [...]}` with every entity the
//! full engine marks in the article, each with every form the article writes it in as its
//! name or an alias, and the card words the engine worked out (those of `gloss render`'s
//! entity table). Matching that glossary alone marks what the full engine marks
//! (DESIGN.md, "Complete glossaries"); `tests/publish.rs` holds the two to each other.

use super::help::{self, Help};
use super::render::table_entities;
use super::{load, pretty, usage_error, Failure};
use gloss_engine::{self as engine, article_runs, Annotation, Options};
use gloss_model::Article;
use lexopt::prelude::*;
use serde_json::{json, Value};

/// The complete glossary of an article, from its full annotation.
pub fn complete_glossary(article: &Article, annotation: &Annotation) -> Value {
    let runs = article_runs(article);
    let entities: Vec<Value> = table_entities(annotation)
        .into_iter()
        .map(|(index, mut entity)| {
            let info = &annotation.entities[index];
            let mut forms: Vec<&str> = info.aliases.iter().map(String::as_str).collect();
            for &(run, mention) in &info.mentions {
                let text = annotation.runs[run].mentions[mention].text(runs[run].text);
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

/// `gloss glossary article ARTICLE [--glossary G]... [-o FILE]`.
pub(crate) fn command(parser: &mut lexopt::Parser) -> Result<(String, i32), Failure> {
    let help: &Help = &help::GLOSSARY_ARTICLE;
    let usage = |e| usage_error(help, e);
    let (mut file, mut output, mut glossaries) = (None, None, Vec::new());
    while let Some(arg) = parser.next().map_err(usage)? {
        match arg {
            Short('h') | Long("help") => return Ok((help.text(), help::SUCCESS)),
            Long("glossary") => {
                glossaries.push(parser.value().map_err(usage)?.string().map_err(usage)?)
            }
            Short('o') | Long("output") => {
                output = Some(parser.value().map_err(usage)?.string().map_err(usage)?)
            }
            Value(value) if file.is_none() => file = Some(value.string().map_err(usage)?),
            other => return Err(usage(other.unexpected())),
        }
    }
    let file = file.ok_or_else(|| Failure::usage(help, "glossary article needs an article"))?;
    let (article, glossary) = load(&file, &glossaries)?;
    let annotation = engine::annotate(&article, &glossary, &Options::default());
    let json = pretty(&complete_glossary(&article, &annotation));
    match output {
        None => Ok((json, help::SUCCESS)),
        Some(path) => {
            std::fs::write(&path, json).map_err(|e| Failure::file(path.as_ref(), e))?;
            Ok((String::new(), help::SUCCESS))
        }
    }
}
