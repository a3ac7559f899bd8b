//! The entity table's entries: a glossary entry or a found acronym as an [`EntityInfo`],
//! readable ids for found entities, and glossary `related` ids as table indices.

use crate::text::{self, fold, Case};
use crate::{acronyms, lexicon, names, Annotation, EntityInfo, Origin, Source};
use gloss_base::StringMap;
use gloss_model::{Entity, Kind};

/// The folded words of a person's name that a reference may use: capitalised words of
/// two letters or more ("Laura K. Brenner" gives "laura" and "brenner").
pub(crate) fn name_words(name: &str) -> Vec<String> {
    text::tokenize(name)
        .iter()
        .filter(|t| t.is_word() && t.case != Case::Lower && t.end - t.start > 1)
        .map(|t| fold(t.text(name)))
        .collect()
}

/// The words of a person's name that a one-word reference may use, for a name of two
/// words or more: every word of [`name_words`] but a given name first ("Ruiz", not "Ana"
/// or "Will", which are words too), and a family name written first ("Hu" in "Hu
/// Binchen").
pub(crate) fn reference_words(name: &str, lexicon: &lexicon::Lexicon) -> Vec<String> {
    let mut words = name_words(name);
    if words.len() < 2 {
        return Vec::new();
    }
    if !lexicon
        .classes(&words[0])
        .any(lexicon::Classes::FAMILY_NAME_FIRST)
    {
        words.remove(0);
    }
    words
}

/// A glossary entry as a row of the entity table, with nothing found yet.
pub fn glossary_entity(entity: &Entity) -> EntityInfo {
    EntityInfo {
        id: entity.id.clone(),
        name: entity.name.clone(),
        kind: entity.kind,
        summary: entity.summary.clone(),
        source: if entity.summary.is_some() {
            Source::Glossary
        } else {
            Source::None
        },
        origin: Origin::Glossary,
        short: None,
        aliases: entity.aliases.clone(),
        facts: entity.facts.clone(),
        links: entity.links.clone(),
        image: entity.image.clone(),
        related: Vec::new(),
        mentions: Vec::new(),
        passage: None,
    }
}

pub(crate) fn acronym_entity(
    definition: &acronyms::Definition,
    lexicon: &lexicon::Lexicon,
) -> EntityInfo {
    let long = &definition.long;
    let proper = long.chars().next().is_some_and(text::is_upper);
    let words: Vec<String> = text::tokenize(long)
        .iter()
        .filter(|t| t.is_word())
        .map(|t| fold(t.text(long)))
        .collect();
    let kind = if proper {
        names::kind_from_words(&words, lexicon)
    } else {
        Kind::Concept
    };
    let name = if proper {
        long.clone()
    } else {
        text::capitalize(long)
    };
    EntityInfo::found(
        name,
        kind,
        Origin::Acronym,
        Some(definition.short.clone()),
        vec![definition.short.clone(), long.clone()],
    )
}

/// A readable id from a name ("Fox Hunt" → "fox-hunt"), made unique among `used`.
pub(crate) fn unique_id(name: &str, used: &mut StringMap) -> String {
    let mut slug = String::new();
    for c in name.chars() {
        if c.is_alphanumeric() {
            slug.push(text::lower(c));
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-').to_owned();
    let base = if slug.is_empty() {
        "entity".to_owned()
    } else {
        slug
    };
    let mut id = base.clone();
    let mut n = 2;
    while used.insert(id.clone(), 0).is_some() {
        id = [&base, "-", &gloss_base::decimal(n)].concat();
        n += 1;
    }
    id
}

/// Resolves each glossary entity's `related` ids to table indices.
pub fn link_related(annotation: &mut Annotation, glossary: &[Entity]) {
    if glossary.iter().all(|g| g.related.is_empty()) {
        return;
    }
    let index: StringMap = annotation
        .entities
        .iter()
        .enumerate()
        .map(|(i, e)| (e.id.clone(), i))
        .collect();
    let related: Vec<(usize, Vec<usize>)> = glossary
        .iter()
        .filter_map(|g| {
            let at = *index.get(g.id.as_str())?;
            Some((
                at,
                g.related
                    .iter()
                    .filter_map(|r| index.get(r.as_str()).copied())
                    .filter(|&r| r != at)
                    .collect(),
            ))
        })
        .collect();
    for (at, list) in related {
        annotation.entities[at].related = list;
    }
}
