//! Pass 2's work on one article: match the finished glossary's names in it, count the
//! mentions of each entity and note the article's date, and make the article's slice of
//! the glossary (the entries a card needs), named by the input's id and kept inside the
//! per-article directory.

use super::file::SiteEntity;
use super::find::{article_date, article_url, read_article};
use super::input::Input;
use gloss_engine::matcher::{Matcher, TokenMatch};
use gloss_engine::{self as engine, text};
use gloss_model::Article;
use serde_json::Value;
use std::collections::BTreeMap;

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

/// The entities an article mentions, with their mention counts, its date, and its
/// slice of the glossary with the name of the file it goes to, for the driver to write.
pub(super) struct Seen {
    pub(super) entities: Vec<(usize, u32)>,
    pub(super) date: Option<String>,
    pub(super) slice: Option<Slice>,
}

/// One article's slice: the name of its file (a safe relative path, without `.json`),
/// its text, and where the article is, for a message about a name two inputs share.
pub(super) struct Slice {
    pub(super) name: String,
    pub(super) text: String,
    pub(super) input: String,
}

/// Counts the glossary's names in one article; with `slices`, makes its slice too.
/// `None` for an article that does not read (reported in the first pass already).
pub(super) fn count(input: &Input, matcher: &Matcher, slices: Option<&[Value]>) -> Option<Seen> {
    let article = read_article(input).ok()?;
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
    let slice = slices.map(|slices| {
        let entries: Vec<&Value> = counts.keys().filter_map(|&e| slices.get(e)).collect();
        Slice {
            name: safe_name(&input_id(input, &article)),
            text: serde_json::to_string(&entries).unwrap_or_default() + "\n",
            input: input.place(),
        }
    });
    Some(Seen {
        entities: counts.into_iter().collect(),
        date: article_date(&article),
        slice,
    })
}

/// An input's id, which names its slice: a file's path under the directory given (or its
/// name, for a file given alone), without the extension, so that the slices mirror the
/// archive; a JSON Lines record's `url` path (`https://news.example/2024/05/dam-vote` is
/// `2024/05/dam-vote`), so that each slice sits at its page's path, or, without a `url`,
/// the file's name and the record's line (`archive-7`, `stdin-3`).
pub(super) fn input_id(input: &Input, article: &Article) -> String {
    match article_url(article, input) {
        Ok(Some(url)) if input.from_lines => url_name(&url),
        _ => input.name.clone(),
    }
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
