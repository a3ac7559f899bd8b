//! Pass 1's work on one article: read it (v1 or JSON-LD), annotate it with every finder
//! on, and keep what it says of each entity it mentions (names, aliases, short form, kind,
//! a ranked definition) with the article's title, URL and date, for `merge.rs`.

use super::input::Input;
use crate::json::Json;
use gloss_engine::{self as engine, Options, Source};
use gloss_model::{self as model, Article, Kind};
use serde_json::Value;

/// What one article says.
pub(super) struct Findings {
    pub(super) title: String,
    pub(super) url: Option<String>,
    pub(super) published: Option<String>,
    pub(super) entities: Vec<Found>,
}

/// What one article says of one entity.
pub(super) struct Found {
    pub(super) name: String,
    pub(super) kind: Kind,
    pub(super) aliases: Vec<String>,
    pub(super) short: Option<String>,
    pub(super) definition: Option<Definition>,
}

/// A summary, how much it is trusted, and the sentence it came from.
#[derive(Clone)]
pub(super) struct Definition {
    pub(super) summary: String,
    pub(super) rank: u8,
    pub(super) sentence: Option<String>,
}

/// Ranks of definitions: an acronym's expansion says least, then a definition the
/// engine read in an article, then one an editor wrote (an article's own glossary, or
/// a site glossary's summary with no article behind it).
pub(super) const RANK_ACRONYM: u8 = 1;
pub(super) const RANK_ARTICLE: u8 = 2;
pub(super) const RANK_EDITOR: u8 = 3;

/// Reads an article, v1 or JSON-LD, with its URL and date.
pub(super) fn read_article(input: &Input) -> Result<(Article, Value), String> {
    let json: Value =
        serde_json::from_str(&input.text).map_err(|e| format!("{}: {e}", input.name))?;
    let read = if model::schema_org::is_json_ld(&Json(&json)) {
        model::schema_org::read_schema_org(&Json(&json))
    } else {
        model::read_article(&Json(&json))
    };
    let article = read.map_err(|e| format!("{}: {e}", input.name))?.value;
    Ok((article, json))
}

/// The article's URL: `url` in a v1 article (which gloss itself ignores), or the
/// JSON-LD node's `url`, `mainEntityOfPage` or `@id`.
pub(super) fn article_url(json: &Value) -> Option<String> {
    let node = match json {
        Value::Object(map) => match map.get("@graph") {
            Some(Value::Array(nodes)) => nodes
                .iter()
                .find(|n| n.get("headline").is_some() || n.get("articleBody").is_some())
                .unwrap_or(json),
            _ => json,
        },
        Value::Array(nodes) => nodes.first()?,
        _ => return None,
    };
    ["url", "mainEntityOfPage", "@id"]
        .iter()
        .find_map(|key| match node.get(key)? {
            Value::String(url) => Some(url.clone()),
            Value::Object(page) => page.get("@id")?.as_str().map(str::to_owned),
            _ => None,
        })
}

/// The day an article was published (or updated), as `YYYY-MM-DD`.
pub(super) fn article_date(article: &Article) -> Option<String> {
    let date = article.published.as_ref().or(article.updated.as_ref())?;
    Some(date.get(..10).unwrap_or(date).to_owned())
}

pub(super) fn find(input: &Input, lexicon: &engine::lexicon::Lexicon) -> Result<Findings, String> {
    let (article, json) = read_article(input)?;
    let annotation = engine::annotate_with_lexicon(&article, &Options::default(), lexicon);
    let entities = annotation
        .entities
        .into_iter()
        .filter(|e| !e.mentions.is_empty())
        .map(|e| {
            let definition = e.summary.map(|summary| {
                let (rank, sentence) = match e.source {
                    Source::Article { sentence, .. } => (RANK_ARTICLE, Some(sentence)),
                    Source::Acronym => (RANK_ACRONYM, None),
                    Source::Glossary | Source::None => (RANK_EDITOR, None),
                };
                Definition {
                    summary,
                    rank,
                    sentence,
                }
            });
            Found {
                name: e.name,
                kind: e.kind,
                aliases: e.aliases,
                short: e.short,
                definition,
            }
        })
        .collect();
    Ok(Findings {
        url: article_url(&json),
        published: article_date(&article),
        title: article.title,
        entities,
    })
}
