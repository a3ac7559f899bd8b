//! The command line, as a library function so that tests can call it.
//!
//! - `gloss annotate FILE.json [--glossary G.json]... [--no-auto | --no-acronyms | --no-names
//!   | --no-people | --no-context]` prints the entity table and every mention as JSON;
//! - `gloss check FILE.json [--glossary G.json]...` lists problems, unused glossary
//!   entries and undefined acronyms;
//! - `gloss render FILE.json [--glossary G.json]... [--no-auto]` prints the reading view
//!   as HTML;
//! - `gloss glossary build ARTICLES... [-o FILE] [--update FILE] [--per-article DIR]
//!   [--overrides FILE] [--threads N] [--quiet]` builds a site glossary from an archive
//!   ([`site_glossary`]).
//!
//! Arguments are parsed with `lexopt`, which knows `--name value`, `--name=value` and `-o
//! value`, and stops at `--`.

use gloss_engine::{self as engine, Annotation, Options, RunPlace, Source};
use gloss_model::{self as model, Article, Entity, InputError};
use gloss_view as view;
use lexopt::prelude::*;

pub mod json;
pub mod site_glossary;
use serde_json::{json, Map, Value};
use std::collections::{BTreeSet, HashSet};

pub const USAGE: &str = "usage:
  gloss annotate FILE.json [--glossary G.json]... [FINDERS]
  gloss check FILE.json [--glossary G.json]...
  gloss render FILE.json [--glossary G.json]... [FINDERS]
  gloss glossary build ARTICLES... [-o site-glossary.json] [--update EXISTING]
      [--per-article DIR] [--overrides FILE] [--threads N] [--quiet]
FINDERS: --no-auto (all off), or any of --no-acronyms --no-names --no-people --no-context
ARTICLES: files (format v1 or schema.org JSON-LD), directories (searched for *.json and
  *.jsonld), JSON Lines files (*.jsonl, *.ndjson), or - for JSON Lines on stdin";

/// Runs one command and returns the process exit code.
pub fn run(args: Vec<String>) -> i32 {
    match execute(&args) {
        Ok((output, code)) => {
            print!("{output}");
            code
        }
        Err(message) => {
            eprintln!("gloss: {message}");
            2
        }
    }
}

/// Turns a `lexopt` error into the message the command line prints, with the usage for
/// anything that is not a problem with a value.
pub(crate) fn usage_error(error: lexopt::Error) -> String {
    match error {
        lexopt::Error::MissingValue {
            option: Some(option),
        } => {
            format!("{option} needs a value\n{USAGE}")
        }
        lexopt::Error::UnexpectedOption(option) => format!("unknown option {option}\n{USAGE}"),
        other => format!("{other}\n{USAGE}"),
    }
}

/// Runs a command and returns what it prints and its exit code.
pub fn execute(args: &[String]) -> Result<(String, i32), String> {
    let mut parser = lexopt::Parser::from_args(args.iter().cloned());
    let command = match parser.next().map_err(usage_error)? {
        Some(Value(command)) => command.string().map_err(usage_error)?,
        _ => return Err(USAGE.into()),
    };
    if command == "glossary" {
        return match parser.next().map_err(usage_error)? {
            Some(Value(sub)) if sub == "build" => site_glossary::command(&mut parser),
            _ => Err(USAGE.into()),
        };
    }
    let mut file = None;
    let mut glossaries = Vec::new();
    let mut options = Options::default();
    while let Some(arg) = parser.next().map_err(usage_error)? {
        match arg {
            Long("glossary") => glossaries.push(
                parser
                    .value()
                    .map_err(usage_error)?
                    .string()
                    .map_err(usage_error)?,
            ),
            Long("no-auto") => options = Options::glossary_only(),
            Long("no-acronyms") => options.acronyms = false,
            Long("no-names") => options.names = false,
            Long("no-people") => options.people = false,
            Long("no-context") => options.context = false,
            Value(value) if file.is_none() => file = Some(value.string().map_err(usage_error)?),
            Value(_) => return Err(USAGE.into()),
            other => return Err(usage_error(other.unexpected())),
        }
    }
    let file = file.ok_or(USAGE)?;
    match command.as_str() {
        "annotate" => {
            let (article, glossary) = load(&file, &glossaries)?;
            let annotation = engine::annotate(&article, &glossary, &options);
            Ok((pretty(&annotation_json(&article, &annotation)), 0))
        }
        "render" => {
            let (article, glossary) = load(&file, &glossaries)?;
            let annotation = engine::annotate(&article, &glossary, &options);
            let (root, warnings) =
                view::build(&article, &annotation, &view::ViewOptions::default());
            for warning in warnings {
                eprintln!("gloss: warning: {}: {}", warning.path, warning.message);
            }
            Ok((view::html::to_html(&root.into()) + "\n", 0))
        }
        "check" => check(&file, &glossaries),
        _ => Err(USAGE.into()),
    }
}

fn read(path: &str) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))
}

fn load(file: &str, glossaries: &[String]) -> Result<(Article, Vec<Entity>), String> {
    let article =
        json::article_from_json(&read(file)?).map_err(|e| format!("{file}: {}", describe(&e)))?;
    for warning in &article.warnings {
        eprintln!("gloss: warning: {file}: {}", describe(warning));
    }
    let mut entities = Vec::new();
    for path in glossaries {
        let glossary = json::glossary_from_json(&read(path)?)
            .map_err(|e| format!("{path}: {}", describe(&e)))?;
        entities.extend(glossary.value);
    }
    Ok((article.value, entities))
}

fn pretty(value: &Value) -> String {
    serde_json::to_string_pretty(value).unwrap_or_default() + "\n"
}

/// The `annotate` output: the entity table, the body's mentions, and the mentions in the
/// title, caption, disclaimer and bios under keys of their own.
pub fn annotation_json(article: &Article, annotation: &Annotation) -> Value {
    let runs = engine::article_runs(article);
    let entities: Vec<Value> = annotation
        .entities
        .iter()
        .map(|e| {
            let source = match &e.source {
                Source::Glossary => json!("glossary"),
                Source::Acronym => json!({"from": "acronym"}),
                Source::None => Value::Null,
                Source::Article { run, sentence } => {
                    let mut place = place_json(runs[*run].place);
                    place.insert("from".into(), json!("article"));
                    place.insert("sentence".into(), json!(sentence));
                    Value::Object(place)
                }
            };
            // With no summary, the sentence the card quotes instead.
            let passage = e.passage.as_ref().map(|p| {
                let mut place = place_json(runs[p.run].place);
                place.insert("text".into(), json!(p.text));
                place.insert("name".into(), json!(&p.text[p.mark_start..p.mark_end]));
                Value::Object(place)
            });
            json!({
                "id": e.id,
                "name": e.name,
                "kind": e.kind.as_str(),
                "summary": e.summary,
                "source": source,
                "passage": passage,
                "mentions": e.mentions.len(),
            })
        })
        .collect();
    let mut out = Map::new();
    out.insert("entities".into(), Value::Array(entities));
    // The body's mentions under "mentions", the other runs under keys of their own.
    const KEYS: [&str; 6] = [
        "mentions",
        "title",
        "subtitle",
        "caption",
        "disclaimer",
        "bio",
    ];
    let mut groups: [Vec<Value>; 6] = Default::default();
    for (run, annotated) in runs.iter().zip(&annotation.runs) {
        let list = &mut groups[match run.place {
            RunPlace::Body { .. } => 0,
            RunPlace::Title => 1,
            RunPlace::Subtitle => 2,
            RunPlace::Caption => 3,
            RunPlace::Disclaimer => 4,
            RunPlace::Bio { .. } => 5,
        }];
        for mention in &annotated.mentions {
            let mut row = place_json(run.place);
            row.insert("start".into(), json!(mention.start_char));
            row.insert("end".into(), json!(mention.end_char));
            row.insert("text".into(), json!(mention.text(run.text)));
            row.insert(
                "entity".into(),
                json!(annotation.entities[mention.entity].id),
            );
            list.push(Value::Object(row));
        }
    }
    for (key, list) in KEYS.iter().zip(groups) {
        out.insert((*key).into(), Value::Array(list));
    }
    Value::Object(out)
}

fn place_json(place: RunPlace) -> Map<String, Value> {
    let mut map = Map::new();
    match place {
        RunPlace::Body { block, item } => {
            map.insert("block".into(), json!(block));
            if item > 0 {
                map.insert("item".into(), json!(item));
            }
        }
        RunPlace::Bio { author } => {
            map.insert("author".into(), json!(author));
        }
        _ => {}
    }
    map
}

/// `gloss check`: every problem with its path and position, then the glossary entries
/// that are never mentioned and the acronyms used without a definition.
fn check(file: &str, glossaries: &[String]) -> Result<(String, i32), String> {
    let text = read(file)?;
    let mut report = String::new();
    let mut problems: Vec<InputError> = Vec::new();
    let mut article = None;
    match json::parse_json(&text)
        .and_then(|json| model::read_article_unvalidated(&json::Json(&json)))
    {
        Err(error) => problems.push(json::locate(error, &text)),
        Ok(read) => {
            // What a reader's browser would skip is still a problem for the author.
            problems.extend(
                model::validate_article(&read.value)
                    .into_iter()
                    .chain(read.skipped)
                    .map(|p| json::locate(p, &text)),
            );
            for warning in read.warnings {
                report.push_str(&format!(
                    "{file}: warning: {}\n",
                    describe(&json::locate(warning, &text))
                ));
            }
            article = Some(read.value);
        }
    }
    let mut site = Vec::new();
    for path in glossaries {
        let text = read(path)?;
        // Every entry a browser would skip, not only the first.
        let (entries, wrong) = match json::parse_json(&text)
            .and_then(|json| model::read_glossary(&json::Json(&json)))
        {
            Ok(glossary) => (glossary.value, glossary.skipped),
            Err(error) => (Vec::new(), vec![error]),
        };
        site.extend(entries);
        problems.extend(wrong.into_iter().map(|error| {
            let error = json::locate(error, &text);
            InputError {
                path: format!("{path}: {}", error.path),
                ..error
            }
        }));
    }
    for problem in &problems {
        report.push_str(&format!("{file}: {}\n", describe(problem)));
    }
    let Some(article) = article.filter(|_| problems.is_empty()) else {
        return Ok((report, 1));
    };
    let annotation = engine::annotate(&article, &site, &Options::default());
    let warnings = report_unmentioned(file, &article, &site, &annotation, &mut report)
        + report_undefined_acronyms(file, &article, &annotation, &mut report);
    if warnings == 0 {
        report.push_str(&format!(
            "{file}: ok, {} entities, {} mentions\n",
            annotation.entities.len(),
            annotation
                .runs
                .iter()
                .map(|r| r.mentions.len())
                .sum::<usize>()
        ));
    }
    Ok((report, 0))
}

/// Reports the glossary entries the article never mentions; returns how many.
fn report_unmentioned(
    file: &str,
    article: &Article,
    site: &[Entity],
    annotation: &Annotation,
    report: &mut String,
) -> usize {
    let glossary_ids: HashSet<&str> = article
        .entities
        .iter()
        .chain(site)
        .map(|e| e.id.as_str())
        .collect();
    let mut warnings = 0;
    for entity in &annotation.entities {
        if glossary_ids.contains(entity.id.as_str()) && entity.mentions.is_empty() {
            report.push_str(&format!(
                "{file}: glossary entry \"{}\" ({}) is never mentioned\n",
                entity.id, entity.name
            ));
            warnings += 1;
        }
    }
    warnings
}

/// Reports the words in capitals that no entity names, defines or describes; returns
/// how many.
fn report_undefined_acronyms(
    file: &str,
    article: &Article,
    annotation: &Annotation,
    report: &mut String,
) -> usize {
    let known: HashSet<String> = annotation
        .entities
        .iter()
        .flat_map(|e| {
            std::iter::once(e.name.clone())
                .chain(e.aliases.iter().cloned())
                .chain(e.short.clone())
        })
        .collect();
    let mut undefined = BTreeSet::new();
    for run in engine::article_runs(article) {
        for token in engine::text::tokenize(run.text) {
            let word = token.text(run.text);
            if token.case == engine::text::Case::AllCaps
                && word.chars().count() >= 2
                && !known.contains(word)
                && !engine::text::fold(word).chars().all(|c| c.is_numeric())
                && !is_headline_caps(run.text)
            {
                undefined.insert(word.to_owned());
            }
        }
    }
    for acronym in &undefined {
        report.push_str(&format!(
            "{file}: acronym {acronym} is used but never defined or described\n"
        ));
    }
    undefined.len()
}

/// A run written wholly in capitals is a shouted headline, not a list of acronyms.
fn is_headline_caps(text: &str) -> bool {
    !text.chars().any(char::is_lowercase)
}

fn describe(error: &InputError) -> String {
    match error.position {
        Some((line, column)) if !error.path.is_empty() => format!(
            "{}: {} (line {line}, column {column})",
            error.path, error.message
        ),
        _ => error.to_string(),
    }
}
