//! The entity table `gloss render` writes beside its HTML, read back so that cards can be
//! attached to the mentions it wrote with no engine pass (the enhancement's hydration).
//!
//! The table is versioned JSON: `{"version": 1, "entities": [...]}`. Each entity is an
//! entity of the article format (`id`, `name`, `kind`, `summary`, `facts`, `links`,
//! `image`, `related`), read with the format's own reader, with the card words the engine
//! worked out, which the format names too:
//!
//! - `source`: where the summary comes from: `"glossary"` (the default), `"article"` (a
//!   definition in the article), `"acronym"` (an acronym's expansion);
//! - `passage`: for an entity with no summary, the sentence that first names it, as
//!   `{"before": "…", "name": "…", "after": "…"}`, an ellipsis where it was cut;
//! - `short`: an acronym's short form, which the card shows under the name;
//! - `found`: true for a name the engine found itself, which the knowledge source may
//!   guess a page for.
//!
//! `gloss render` writes it (`crates/cli/src/render.rs`); `tests/cli.rs` holds the two
//! to each other, card by card.

use gloss_engine::{
    glossary_entity, link_related, Annotation, EntityInfo, Origin, Passage, Source,
};
use gloss_model::value::{JsonValue, Shape};
use gloss_model::{read_glossary, InputError, Read};

/// The version of the table that this gloss writes and reads.
pub const VERSION: u32 = 1;

/// Reads an entity table into the engine's entities, as the cards read them (no
/// mentions yet). A table of another version, or whose entities do not read, is an
/// error that names the place.
pub fn read<V: JsonValue>(table: &V) -> Result<Read<Vec<EntityInfo>>, InputError> {
    if table.shape() != Shape::Object {
        return Err(InputError::at("", "not a JSON object"));
    }
    if table.member("version").and_then(|v| v.number()) != Some(VERSION as f64) {
        return Err(InputError::at(
            "version",
            "expected 1, the version of the entity table this gloss reads",
        ));
    }
    let list = table
        .member("entities")
        .ok_or_else(|| InputError::at("entities", "this field is required"))?;
    let in_list = |error: InputError| InputError {
        path: ["entities", &error.path].concat(),
        ..error
    };
    let read = read_glossary(&list).map_err(in_list)?;
    // Each entity's card words are in its element of the list: the reader keeps the
    // elements' order, and may pass over one it cannot read.
    let elements = list.elements().unwrap_or_default();
    let mut next = 0;
    let mut entities = Vec::with_capacity(read.value.len());
    for entity in &read.value {
        let at = elements[next.min(elements.len())..]
            .iter()
            .position(|e| e.member("id").and_then(|v| v.string()).as_ref() == Some(&entity.id))
            .map(|found| next + found);
        next = at.map_or(next, |at| at + 1);
        let words = at.and_then(|at| elements.get(at));
        let word = |key| words.and_then(|w| w.member(key));
        let mut info = glossary_entity(entity);
        if info.summary.is_some() {
            match word("source").and_then(|v| v.string()).as_deref() {
                Some("article") => {
                    info.source = Source::Article {
                        run: 0,
                        sentence: String::new(),
                    }
                }
                Some("acronym") => info.source = Source::Acronym,
                _ => {}
            }
        }
        if word("found").and_then(|v| v.boolean()) == Some(true) {
            info.origin = Origin::Name;
        }
        info.short = word("short").and_then(|v| v.string());
        info.passage = word("passage").and_then(|p| passage(&p));
        entities.push(info);
    }
    let mut annotation = Annotation {
        runs: Vec::new(),
        entities,
    };
    link_related(&mut annotation, &read.value);
    Ok(Read {
        value: annotation.entities,
        warnings: read.warnings.into_iter().map(in_list).collect(),
    })
}

/// A passage written as the text before the name, the name and the text after it.
fn passage<V: JsonValue>(value: &V) -> Option<Passage> {
    let part = |key| value.member(key).and_then(|v| v.string());
    let before = part("before").unwrap_or_default();
    let name = part("name")?;
    let text = [before.as_str(), &name, &part("after").unwrap_or_default()].concat();
    Some(Passage {
        run: 0,
        start: 0,
        end: text.len(),
        mark_start: before.len(),
        mark_end: before.len() + name.len(),
        text,
        cut_before: false,
        cut_after: false,
    })
}
