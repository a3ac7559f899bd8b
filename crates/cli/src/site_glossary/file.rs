//! The site glossary file: the serde types of what `gloss glossary build` reads and writes
//! (an entity with what the archive knows of it, an editor's override, a glossary as a
//! list or an object), reading them from a file, and applying the editors' overrides to
//! the finished entities before they are sorted by id.

use crate::json::{locate, parse_json, Json};
use crate::{diagnostic, read_json_text, Failure};
use gloss_engine::text::fold;
use gloss_model::path::{element_path, member_path};
use gloss_model::schema_org::link_label;
use gloss_model::{read_glossary, InputError};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::HashSet;
use std::path::Path;

/// One entity of the site glossary as written. Fields gloss reads come first; `archive`
/// is what the build knows of it, which gloss ignores; anything else an editor or an
/// earlier glossary gave (facts, links, image, related, sameAs) is kept as it was.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SiteEntity {
    pub id: String,
    pub name: String,
    #[serde(default = "other_kind")]
    pub kind: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub archive: Option<Archive>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

pub(super) fn other_kind() -> String {
    "other".into()
}

/// What the archive says of an entity.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Archive {
    /// Where the summary was found, when it was found in an article.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceArticle>,
    #[serde(default)]
    pub mentions: u64,
    #[serde(default)]
    pub articles: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_seen: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_seen: Option<String>,
}

/// The article a summary came from, and the sentence it was taken from.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceArticle {
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sentence: Option<String>,
}

/// A site glossary file: an entity array, or an object with `entities`.
#[derive(Deserialize)]
#[serde(untagged)]
pub(super) enum GlossaryFile<T> {
    List(Vec<T>),
    Object { entities: Vec<T> },
}

impl<T> GlossaryFile<T> {
    pub(super) fn entities(self) -> Vec<T> {
        match self {
            GlossaryFile::List(list) | GlossaryFile::Object { entities: list } => list,
        }
    }
}

/// One editor's override: the entity it applies to (by `id`, or by a name or alias in
/// `match`), and either `"suppress": true` or the fields to set.
#[derive(Debug, Deserialize)]
pub(super) struct Override {
    pub(super) id: Option<String>,
    #[serde(rename = "match")]
    pub(super) matches: Option<String>,
    #[serde(default)]
    pub(super) suppress: bool,
    #[serde(flatten)]
    pub(super) fields: Map<String, Value>,
}

/// A JSON file read into `T`, with the file's text for placing later problems; a
/// problem names the file and the place.
pub(super) fn read_json<T: for<'de> Deserialize<'de>>(path: &Path) -> Result<(T, String), Failure> {
    let file = path.display().to_string();
    let (text, _) = read_json_text(&file)?;
    match serde_json::from_str(&text) {
        Ok(value) => Ok((value, text)),
        Err(error) => {
            let problem = match parse_json(&text) {
                Err(syntax) => syntax,
                Ok(_) => {
                    let message = error.to_string();
                    let message = message.split(" at line ").next().unwrap_or_default();
                    InputError {
                        path: String::new(),
                        position: Some((error.line(), error.column())),
                        message: message.to_owned(),
                    }
                }
            };
            Err(Failure::input(&file, &problem))
        }
    }
}

/// The fields of an entity an override may set: the format's (`id` aside, which finds
/// the entry) and `sameAs`, which becomes links.
const SETTABLE: &[&str] = &[
    "name", "kind", "aliases", "summary", "facts", "links", "image", "related", "sameAs",
];

/// Applies editors' overrides, in order, to the finished entities: an entry found by `id`
/// (or by a name or alias in `match`) is removed when suppressed, or has the given
/// fields set. A rename keeps the old name as an alias, since the articles still use it;
/// `sameAs` (a URL or a list, as in JSON-LD) becomes links. An override that finds no
/// entry, a field that is not an entity's, and an override whose result gloss would not
/// read are skipped with a warning that names them, added to `warnings`. Returns the ids
/// of the entries overrides changed, which the build keeps even where no article names
/// them.
pub(super) fn apply_overrides(
    entities: &mut Vec<SiteEntity>,
    overrides: &[Override],
    (file, text): (&str, &str),
    warnings: &mut Vec<String>,
) -> HashSet<String> {
    let mut changed = HashSet::new();
    let warnings = std::cell::RefCell::new(warnings);
    let prefix = if text.trim_start().starts_with('{') {
        "entities"
    } else {
        ""
    };
    for (index, change) in overrides.iter().enumerate() {
        let path = element_path(prefix, index);
        let warn = |path: &str, message: &str| {
            let problem = locate(InputError::at(path, message), text);
            warnings.borrow_mut().push(diagnostic(file, true, &problem));
        };
        let position = match (&change.id, &change.matches) {
            (Some(id), _) => entities.iter().position(|e| e.id == *id),
            (None, Some(name)) => {
                let folded = fold(name);
                entities.iter().position(|e| {
                    fold(&e.name) == folded || e.aliases.iter().any(|a| fold(a) == folded)
                })
            }
            (None, None) => {
                warn(&path, "needs an \"id\" or a \"match\"; skipped");
                continue;
            }
        };
        let Some(position) = position else {
            let wanted = change.id.as_deref().or(change.matches.as_deref());
            warn(&path, &["no entity ", wanted.unwrap_or("")].concat());
            continue;
        };
        if change.suppress {
            entities.remove(position);
            continue;
        }
        match changed_entity(&entities[position], change, &path, &warn) {
            Ok(entity) => {
                changed.insert(entity.id.clone());
                entities[position] = entity;
            }
            Err(problem) => warn(
                &problem.path,
                &[&problem.message, "; override skipped"].concat(),
            ),
        }
    }
    changed
}

/// `entity` with an override's fields set, checked by gloss's own reader.
fn changed_entity(
    entity: &SiteEntity,
    change: &Override,
    path: &str,
    warn: &dyn Fn(&str, &str),
) -> Result<SiteEntity, InputError> {
    let mut object = match serde_json::to_value(entity) {
        Ok(Value::Object(object)) => object,
        _ => Map::new(),
    };
    for (field, value) in &change.fields {
        match field.as_str() {
            "sameAs" => {
                let urls: Vec<&str> = match value {
                    Value::String(url) => vec![url.as_str()],
                    Value::Array(list) => list.iter().filter_map(Value::as_str).collect(),
                    _ => Vec::new(),
                };
                let links = object
                    .entry("links")
                    .or_insert_with(|| Value::Array(Vec::new()));
                if let Value::Array(links) = links {
                    for url in urls {
                        if !links.iter().any(|l| l["url"] == url) {
                            links.push(serde_json::json!({"label": link_label(url), "url": url}));
                        }
                    }
                }
            }
            _ if SETTABLE.contains(&field.as_str()) => {
                object.insert(field.clone(), value.clone());
            }
            _ => warn(
                &member_path(path, field),
                "not a field of an entity; ignored",
            ),
        }
    }
    // A rename keeps the old name, which the archive's articles use, as an alias.
    let new_name = object
        .get("name")
        .and_then(Value::as_str)
        .unwrap_or_default();
    if fold(new_name) != fold(&entity.name) {
        let aliases = object
            .entry("aliases")
            .or_insert_with(|| Value::Array(Vec::new()));
        if let Value::Array(aliases) = aliases {
            let folded = fold(&entity.name);
            if !aliases
                .iter()
                .any(|a| a.as_str().is_some_and(|a| fold(a) == folded))
            {
                aliases.push(Value::String(entity.name.clone()));
            }
        }
    }
    let mut read = object.clone();
    read.remove("archive");
    let read = Value::Array(vec![Value::Object(read)]);
    let checked = read_glossary(&Json(&read)).map_err(|e| InputError {
        path: [path, e.path.trim_start_matches("[0]")].concat(),
        ..e
    })?;
    if let Some(warning) = checked.skipped.first().or(checked.warnings.first()) {
        return Err(InputError::at(
            [path, warning.path.trim_start_matches("[0]")].concat(),
            warning.message.clone(),
        ));
    }
    serde_json::from_value(Value::Object(object)).map_err(|e| InputError::at(path, e.to_string()))
}

pub(super) fn sort_by_id(entities: &mut [SiteEntity]) {
    entities.sort_by(|a, b| a.id.cmp(&b.id));
}
