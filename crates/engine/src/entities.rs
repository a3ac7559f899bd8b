//! The entity table's entries: a glossary entry or a found acronym as an [`EntityInfo`],
//! readable ids for found entities, and glossary `related` ids as table indices.

use crate::text::{self, Case, Token};
use crate::{acronyms, lexicon, names, Annotation, EntityInfo, Origin, Passage, Source};
use gloss_base::StringMap;
use gloss_model::{Entity, Kind};

/// The folded words of a person's name that a reference may use: capitalised words of
/// two letters or more ("Laura K. Brenner" gives "laura" and "brenner").
pub(crate) fn name_words(name: &str) -> Vec<String> {
    text::folded_words(name, &text::tokenize(name), &|t| {
        t.is_word() && t.case != Case::Lower && t.end - t.start > 1
    })
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

/// The glossary's entries as rows of the entity table, in order. A plain loop, and one for
/// the engine and the entity table's reader: smaller in the wasm than a `map` collected.
pub fn glossary_entities(glossary: &[Entity]) -> Vec<EntityInfo> {
    let mut entities = Vec::with_capacity(glossary.len());
    for entity in glossary {
        entities.push(glossary_entity(entity));
    }
    entities
}

/// A glossary entry as a row of the entity table, with nothing found yet but the card
/// words it gives, which it keeps as given.
pub fn glossary_entity(entity: &Entity) -> EntityInfo {
    let card = &entity.card;
    let source = match (&entity.summary, card.source.as_deref()) {
        (None, _) => Source::None,
        (Some(_), Some("article")) => Source::Article {
            run: 0,
            sentence: String::new(),
        },
        (Some(_), Some("acronym")) => Source::Acronym,
        (Some(_), _) => Source::Glossary,
    };
    EntityInfo {
        id: entity.id.clone(),
        name: entity.name.clone(),
        kind: entity.kind,
        summary: entity.summary.clone(),
        source,
        // A name found at publish time may have its page guessed by the knowledge source,
        // which needs the word lists to check the answer: the lean builds guess nothing.
        origin: if card.found && cfg!(feature = "finders") {
            Origin::Name
        } else {
            Origin::Glossary
        },
        short: card.short.clone(),
        aliases: entity.aliases.clone(),
        facts: entity.facts.clone(),
        links: entity.links.clone(),
        image: entity.image.clone(),
        related: Vec::new(),
        mentions: Vec::new(),
        passage: card.passage.as_ref().map(given_passage),
    }
}

/// A passage as a glossary gives it: the text before the name, the name, the text after.
fn given_passage([before, name, after]: &[String; 3]) -> Passage {
    let text = [before.as_str(), name, after].concat();
    Passage {
        run: 0,
        start: 0,
        end: text.len(),
        mark_start: before.len(),
        mark_end: before.len() + name.len(),
        text,
        cut_before: false,
        cut_after: false,
    }
}

pub(crate) fn acronym_entity(
    definition: &acronyms::Definition,
    lexicon: &lexicon::Lexicon,
) -> EntityInfo {
    let long = &definition.long;
    let proper = long.chars().next().is_some_and(text::is_upper);
    let words = text::folded_words(long, &text::tokenize(long), &Token::is_word);
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

/// Each entity's place in `entities`, by id (the last of an id wins). One function for the
/// engine, the cards and the enhancer's hydration, so that the wasm holds one copy of it.
pub fn index_by_id(entities: &[EntityInfo]) -> StringMap {
    let mut index = StringMap::default();
    index.reserve(entities.len());
    for (at, entity) in entities.iter().enumerate() {
        index.insert(entity.id.clone(), at);
    }
    index
}

/// Resolves each glossary entity's `related` ids to table indices.
pub fn link_related(annotation: &mut Annotation, glossary: &[Entity]) {
    if glossary.iter().all(|g| g.related.is_empty()) {
        return;
    }
    let index = index_by_id(&annotation.entities);
    // Plain loops: the iterators' `filter_map`s compiled to a fold of their own.
    for g in glossary {
        let Some(&at) = index.get(g.id.as_str()) else {
            continue;
        };
        let mut list = Vec::new();
        for r in &g.related {
            match index.get(r.as_str()) {
                Some(&r) if r != at => list.push(r),
                _ => {}
            }
        }
        annotation.entities[at].related = list;
    }
}
