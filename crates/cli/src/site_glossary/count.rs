//! Pass 2's work on one article: match the finished glossary's names in it, count the
//! mentions of each entity and note the article's date, and write the article's slice of
//! the glossary (the entries a card needs) to a per-article file whose name is kept
//! inside the per-article directory.

use super::file::SiteEntity;
use super::find::read_article;
use super::find::{article_date, article_url};
use super::input::Input;
use gloss_engine::matcher::{Matcher, TokenMatch};
use gloss_engine::{self as engine, text};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

/// A matcher for every name and alias of the glossary, as the engine matches a glossary.
pub(super) fn matcher_for(entities: &[SiteEntity]) -> Matcher {
    let names: usize = entities.iter().map(|e| 1 + e.aliases.len()).sum();
    let mut matcher = Matcher::with_capacity(names);
    for (index, entity) in entities.iter().enumerate() {
        let plural = entity.kind == "concept";
        for name in std::iter::once(&entity.name).chain(&entity.aliases) {
            matcher.add(name, index, plural);
        }
    }
    matcher
}

/// An entity as a per-article file gives it: what a card needs, without `archive`.
pub(super) fn slice_entry(entity: &SiteEntity) -> Value {
    let mut slim = entity.clone();
    slim.archive = None;
    serde_json::to_value(slim).unwrap_or(Value::Null)
}

/// The entities an article mentions, with their mention counts, and its date.
pub(super) struct Seen {
    pub(super) entities: Vec<(usize, u32)>,
    pub(super) date: Option<String>,
}

pub(super) enum CountError {
    Unreadable,
    Write(String),
}

pub(super) fn count(
    input: &Input,
    matcher: &Matcher,
    slices: &[Value],
    per_article: Option<&Path>,
) -> Result<Seen, CountError> {
    let (article, json) = read_article(input).map_err(|_| CountError::Unreadable)?;
    let mut counts: BTreeMap<usize, u32> = BTreeMap::new();
    let mut tokens = Vec::new();
    let mut matches: Vec<TokenMatch> = Vec::new();
    for run in engine::article_runs(&article) {
        text::tokenize_into(run.text, &mut tokens);
        let title_case = engine::text::is_title_case(run.text, &tokens);
        matcher.find_into(run.text, &tokens, title_case, &mut matches);
        for m in &matches {
            *counts.entry(m.entity).or_default() += 1;
        }
    }
    if let Some(dir) = per_article {
        let name = if input.from_lines {
            json.get("id")
                .and_then(Value::as_str)
                .map(str::to_owned)
                .or_else(|| article_url(&json).map(|url| url_name(&url)))
                .unwrap_or_else(|| input.name.clone())
        } else {
            input.name.clone()
        };
        let path = dir.join(safe_name(&name) + ".json");
        let slice: Vec<&Value> = counts.keys().filter_map(|&e| slices.get(e)).collect();
        let write = || -> std::io::Result<()> {
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)?;
            }
            let mut text = serde_json::to_string(&slice)?;
            text.push('\n');
            std::fs::write(&path, text)
        };
        write().map_err(|e| CountError::Write(format!("{}: {e}", path.display())))?;
    }
    Ok(Seen {
        entities: counts.into_iter().collect(),
        date: article_date(&article),
    })
}

/// A file name from a URL's path: `https://example.org/2024/05/story` → `2024/05/story`.
pub(super) fn url_name(url: &str) -> String {
    let path = url.split_once("://").map_or(url, |(_, rest)| {
        rest.split_once('/').map_or("", |(_, path)| path)
    });
    let path = path.split(['?', '#']).next().unwrap_or("");
    let path = path.trim_matches('/');
    let path = path.strip_suffix(".html").unwrap_or(path);
    if path.is_empty() {
        "index".into()
    } else {
        path.into()
    }
}

/// A relative path that stays inside the per-article directory: letters, digits, `.`,
/// `_`, `-` and `/`, no empty, `.` or `..` segment.
pub fn safe_name(name: &str) -> String {
    let segments: Vec<String> = name
        .split('/')
        .map(|segment| {
            segment
                .chars()
                .map(|c| {
                    if c.is_alphanumeric() || matches!(c, '.' | '_' | '-') {
                        c
                    } else {
                        '-'
                    }
                })
                .collect::<String>()
        })
        .filter(|s| !s.is_empty() && s.chars().any(|c| c != '.'))
        .collect();
    if segments.is_empty() {
        "article".into()
    } else {
        segments.join("/")
    }
}
