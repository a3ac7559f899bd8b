//! `gloss check`: every problem with its place, then the notes: glossary entries the
//! article never mentions, and acronyms it uses without a definition.

use super::{diagnostic, help, json, read_json_text, Failure};
use gloss_engine::{self as engine, Annotation, Options};
use gloss_model::url::{allowed_url, UrlUse, DROPPED};
use gloss_model::{self as model, Article, Entity, InputError};
use gloss_view as view;
use std::collections::{BTreeSet, HashSet};

/// `gloss check`: the report, and [`help::PROBLEMS`] when the article or a glossary
/// has problems. Warnings (unknown fields, dropped URLs, text not as written) and notes
/// are not problems.
pub(crate) fn check(file: &str, glossaries: &[String]) -> Result<(String, i32), Failure> {
    let (text, warnings) = read_json_text(file)?;
    let mut report = String::new();
    let mut line = |file: &str, warning: bool, error: &InputError| {
        report.push_str(&diagnostic(file, warning, error));
        report.push('\n');
    };
    warnings.iter().for_each(|w| line(file, true, w));
    let mut problems = 0;
    let mut article = None;
    // A JSON-LD article's paths start at its article node, which the text's own paths
    // do not: those problems are named by path alone.
    let parsed = json::parse_json(&text);
    let json_ld = parsed
        .as_ref()
        .is_ok_and(|value| model::schema_org::is_json_ld(&json::Json(value)));
    let place = |error: InputError| {
        if json_ld {
            error
        } else {
            json::locate(error, &text)
        }
    };
    match parsed.and_then(|value| read(&json::Json(&value))) {
        Err(error) => {
            problems += 1;
            line(file, false, &place(error));
        }
        Ok(read) => {
            for problem in model::validate_article(&read.value) {
                problems += 1;
                line(file, false, &place(problem));
            }
            // What a reader's browser would skip is still a problem for the author.
            for problem in read.skipped {
                problems += 1;
                line(file, false, &place(skipped(problem)));
            }
            for warning in read.warnings {
                line(file, true, &place(warning));
            }
            article = Some(read.value);
        }
    }
    let mut site = Vec::new();
    for path in glossaries {
        let (text, warnings) = read_json_text(path)?;
        warnings.iter().for_each(|w| line(path, true, w));
        // Every entry a browser would skip, not only the first.
        match json::parse_json(&text).and_then(|value| model::read_glossary(&json::Json(&value))) {
            Ok(glossary) => {
                for problem in glossary.skipped {
                    problems += 1;
                    line(path, false, &json::locate(skipped(problem), &text));
                }
                for warning in glossary.warnings {
                    line(path, true, &json::locate(warning, &text));
                }
                site.extend(glossary.value);
            }
            Err(error) => {
                problems += 1;
                line(path, false, &json::locate(error, &text));
            }
        }
    }
    let Some(article) = article.filter(|_| problems == 0) else {
        return Ok((report, help::PROBLEMS));
    };
    let annotation = engine::annotate(&article, &site, &Options::default());
    for warning in url_warnings(&article, &annotation) {
        line(file, true, &place(warning));
    }
    let notes = report_unmentioned(file, &article, &site, &annotation, &mut report)
        + report_undefined_acronyms(file, &article, &annotation, &mut report);
    if notes == 0 {
        let mentions: usize = annotation.runs.iter().map(|r| r.mentions.len()).sum();
        report.push_str(&format!(
            "{file}: ok, {} entities, {mentions} mentions\n",
            annotation.entities.len()
        ));
    }
    Ok((report, help::SUCCESS))
}

/// `problem`, an entry a browser leaves out, saying so.
fn skipped(problem: InputError) -> InputError {
    let message = problem.message.clone() + " (a browser skips this entry)";
    InputError { message, ..problem }
}

/// Reads an article's shape, v1 or JSON-LD, without stopping at the first rule a v1
/// article breaks.
fn read(value: &json::Json) -> Result<model::Read<Article>, InputError> {
    if model::schema_org::is_json_ld(value) {
        model::schema_org::read_schema_org(value)
    } else {
        model::read_article_unvalidated(value)
    }
}

/// The URLs the allow-list drops: those the view drops as it builds, and the article's
/// own `url`, which the archive builder would leave out.
fn url_warnings(article: &Article, annotation: &Annotation) -> Vec<InputError> {
    let (_, dropped) = view::build(article, annotation, &view::ViewOptions::default());
    let mut warnings: Vec<InputError> = dropped
        .into_iter()
        .map(|w| InputError::at(w.path, w.message))
        .collect();
    if let Some(url) = &article.url {
        if allowed_url(url, UrlUse::Link).is_none() {
            warnings.push(InputError::at("url", DROPPED));
        }
    }
    warnings
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
