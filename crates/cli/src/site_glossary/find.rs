//! Pass 1's work on one article: read it (v1 or JSON-LD), annotate it with every finder
//! on, and keep what it says of each entity it mentions (names, aliases, short form, kind,
//! a ranked definition) with the article's title, URL and date, for `merge.rs`.

use super::input::Input;
use crate::json::{locate, parse_json, Json};
use gloss_engine::{self as engine, Options, Source};
use gloss_model::url::{allowed_url, UrlUse, DROPPED};
use gloss_model::{self as model, Article, InputError, Kind};

/// What one article says.
pub(super) struct Findings {
    pub(super) title: String,
    pub(super) url: Option<String>,
    /// A warning for stderr: the article's `url` was dropped.
    pub(super) warning: Option<String>,
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

/// Reads an article, v1 or JSON-LD; an error names the input's file and place.
pub(super) fn read_article(input: &Input) -> Result<Article, String> {
    let json = parse_json(&input.text).map_err(|e| input.diagnostic(false, e))?;
    let read = if model::schema_org::is_json_ld(&Json(&json)) {
        model::schema_org::read_schema_org(&Json(&json))
    } else {
        model::read_article(&Json(&json))
    };
    read.map(|read| read.value)
        .map_err(|e| input.diagnostic(false, locate(e, &input.text)))
}

/// The article's `url` if the allow-list takes it, else a warning that names it.
pub(super) fn article_url(article: &Article, input: &Input) -> Result<Option<String>, String> {
    match article.url.as_deref() {
        None => Ok(None),
        Some(url) => match allowed_url(url, UrlUse::Link) {
            Some(url) => Ok(Some(url.to_owned())),
            None => {
                Err(input.diagnostic(true, locate(InputError::at("url", DROPPED), &input.text)))
            }
        },
    }
}

/// The day an article was published (or updated), as `YYYY-MM-DD`.
pub(super) fn article_date(article: &Article) -> Option<String> {
    let date = article.published.as_ref().or(article.updated.as_ref())?;
    Some(date.get(..10).unwrap_or(date).to_owned())
}

pub(super) fn find(input: &Input, lexicon: &engine::lexicon::Lexicon) -> Result<Findings, String> {
    let article = read_article(input)?;
    let (url, warning) = match article_url(&article, input) {
        Ok(url) => (url, None),
        Err(warning) => (None, Some(warning)),
    };
    let annotation = engine::annotate_with_lexicon(&article, &Options::default(), lexicon);
    let entities = annotation
        .entities
        .into_iter()
        .filter(|e| !e.mentions.is_empty())
        .map(|e| {
            // An acronym the article never spells out has a note for a summary ("an
            // abbreviation the article does not spell out"), true of that article only:
            // it defines nothing, and another article's long form must win.
            let spelled_out = e.short.as_ref() != Some(&e.name);
            let definition = e.summary.filter(|_| spelled_out).map(|summary| {
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
        url,
        warning,
        published: article_date(&article),
        title: article.title,
        entities,
    })
}
