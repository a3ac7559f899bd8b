//! The site glossary file: the serde types of what `gloss glossary build` reads and writes
//! (an entity with what the archive knows of it, an editor's override, a glossary as a
//! list or an object), reading them from a file, and applying the editors' overrides to
//! the finished entities before they are sorted by id.

use gloss_engine::text::fold;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
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

pub(super) fn read_json<T: for<'de> Deserialize<'de>>(path: &Path) -> Result<T, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Applies editors' overrides: an entry found by `id` (or by a name or alias in `match`)
/// is removed when suppressed, or has the given fields replaced.
pub(super) fn apply_overrides(
    entities: &mut Vec<SiteEntity>,
    overrides: &[Override],
) -> Result<(), String> {
    for (index, change) in overrides.iter().enumerate() {
        let position = match (&change.id, &change.matches) {
            (Some(id), _) => entities.iter().position(|e| e.id == *id),
            (None, Some(name)) => {
                let folded = fold(name);
                entities.iter().position(|e| {
                    fold(&e.name) == folded || e.aliases.iter().any(|a| fold(a) == folded)
                })
            }
            (None, None) => {
                return Err(format!(
                    "overrides: entities[{index}]: needs an \"id\" or a \"match\""
                ))
            }
        };
        let Some(position) = position else {
            eprintln!(
                "gloss: warning: overrides: entities[{index}]: no entity {}",
                change
                    .id
                    .as_deref()
                    .or(change.matches.as_deref())
                    .unwrap_or("")
            );
            continue;
        };
        if change.suppress {
            entities.remove(position);
            continue;
        }
        let mut object = match serde_json::to_value(&entities[position]) {
            Ok(Value::Object(object)) => object,
            _ => continue,
        };
        for (field, value) in &change.fields {
            object.insert(field.clone(), value.clone());
        }
        entities[position] = serde_json::from_value(Value::Object(object))
            .map_err(|e| format!("overrides: entities[{index}]: {e}"))?;
    }
    Ok(())
}

pub(super) fn sort_by_id(entities: &mut [SiteEntity]) {
    entities.sort_by(|a, b| a.id.cmp(&b.id));
}
