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

use gloss_engine::{glossary_entities, link_related, Annotation, EntityInfo};
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
    // The card words are the format's own (`gloss_model::CardWords`), which
    // `glossary_entity` keeps.
    let read = read_glossary(&list).map_err(in_list)?;
    let entities = glossary_entities(&read.value);
    let mut annotation = Annotation {
        runs: Vec::new(),
        entities,
    };
    link_related(&mut annotation, &read.value);
    Ok(Read {
        value: annotation.entities,
        // An entry the reader left out is one more warning: its mentions stay text.
        warnings: read
            .warnings
            .into_iter()
            .chain(read.skipped)
            .map(in_list)
            .collect(),
        skipped: Vec::new(),
    })
}
